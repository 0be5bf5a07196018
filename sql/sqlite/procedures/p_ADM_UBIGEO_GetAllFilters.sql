-- p_ADM_UBIGEO_GetAllFilters (SQLite dialect of Romsoft.p_ADM_UBIGEO_GetAllFilters)
-- Active districts matching :valor, ordered by code, at most 200:
--   * by code prefix: '20' = department Piura, '2001' = its province Piura, '200101' = one
--     district;
--   * or by the words of department, province and district, in order, ignoring case and accents:
--     'PIURA' finds Piura, 'ñaña' and 'nana' find the same districts, 'lima miraflores' finds
--     Miraflores in Lima (romsoft_patron over t_busqueda, see p_ADM_CIE10_GetAllFilter).
-- NULL or blank :valor: the first 200 districts. Two branches, as in p_ADM_CIE10_GetAllFilter.

SELECT * FROM (
    SELECT
        u.id_ubigeo AS id_ubigeo,
        u.c_codigo AS c_codigo,
        u.t_pais AS t_pais,
        u.t_departamento AS t_departamento,
        u.t_provincia AS t_provincia,
        u.t_distrito AS t_distrito
    FROM ADM_UBIGEO AS u
    WHERE
        u.f_estado = 1
        AND u.c_codigo >= replace(trim(coalesce(:valor, '')), ' ', '')
        AND u.c_codigo < replace(trim(coalesce(:valor, '')), ' ', '') || '~'
    ORDER BY u.c_codigo
    LIMIT 200
)
UNION
SELECT
    u.id_ubigeo AS id_ubigeo,
    u.c_codigo AS c_codigo,
    u.t_pais AS t_pais,
    u.t_departamento AS t_departamento,
    u.t_provincia AS t_provincia,
    u.t_distrito AS t_distrito
FROM ADM_UBIGEO AS u
WHERE
    romsoft_patron(:valor) <> '%'
    AND u.rowid IN (SELECT b.rowid FROM ADM_UBIGEO AS b WHERE b.t_busqueda LIKE romsoft_patron(:valor) ESCAPE '\')
    AND u.f_estado = 1
ORDER BY c_codigo
LIMIT 200;
