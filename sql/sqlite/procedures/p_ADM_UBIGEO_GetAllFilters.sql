-- p_ADM_UBIGEO_GetAllFilters (SQLite dialect of Romsoft.p_ADM_UBIGEO_GetAllFilters)
-- Active districts matching :valor, ordered by code, at most 200:
--   * by code prefix: '20' = department Piura, '2001' = its province Piura, '200101' = one
--     district;
--   * or by the words of department, province and district, in order, ignoring case and accents:
--     'PIURA' finds Piura, 'ñaña' and 'nana' find the same districts, 'lima miraflores' finds
--     Miraflores in Lima (romsoft_patron over t_busqueda, see p_ADM_CIE10_GetAllFilter).
-- NULL or blank :valor: the first 200 districts.

WITH q AS (
    SELECT
        replace(trim(coalesce(:valor, '')), ' ', '') AS codigo,
        romsoft_patron(:valor) AS patron
)
SELECT
    u.id_ubigeo AS id_ubigeo,
    u.c_codigo AS c_codigo,
    u.t_pais AS t_pais,
    u.t_departamento AS t_departamento,
    u.t_provincia AS t_provincia,
    u.t_distrito AS t_distrito
FROM ADM_UBIGEO AS u, q
WHERE
    u.f_estado = 1
    AND (
        (u.c_codigo >= q.codigo AND u.c_codigo < q.codigo || '~')
        OR u.t_busqueda LIKE q.patron ESCAPE '\'
    )
ORDER BY u.c_codigo
LIMIT 200;
