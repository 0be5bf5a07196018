-- p_ADM_CIE10_GetAllFilter (SQLite dialect of Romsoft.p_ADM_CIE10_GetAllFilter)
-- Active CIE-10 codes usable for a diagnosis (no chapters or groups) matching :valor, ordered
-- by code, at most 200:
--   * by code prefix, written with or without the dot, any case: 'J45' finds J45, J450 …;
--     'j45.0' finds J450;
--   * or by the words of the description, in order, ignoring case and accents: 'neumonia
--     bacteriana' finds 'Neumonía bacteriana, no especificada' (romsoft_patron over t_busqueda:
--     the API's own folding, the same that filled t_busqueda when loading the seed).
-- NULL or blank :valor: the first 200 codes.
-- Two branches, so that each stays cheap on the full catalog: the code prefix reads the code
-- index in order and stops at 200; the words make one pass over t_busqueda (skipped when there
-- are no words).

SELECT * FROM (
    SELECT
        c.id_cie10 AS id_cie10,
        c.c_codigo AS c_codigo,
        c.t_descripcion AS t_descripcion
    FROM ADM_CIE10 AS c
    WHERE
        c.f_estado = 1
        AND instr(c.c_codigo, '-') = 0
        AND c.c_codigo >= upper(replace(replace(trim(coalesce(:valor, '')), '.', ''), ' ', ''))
        AND c.c_codigo < upper(replace(replace(trim(coalesce(:valor, '')), '.', ''), ' ', '')) || '~'
    ORDER BY c.c_codigo
    LIMIT 200
)
UNION
SELECT
    c.id_cie10 AS id_cie10,
    c.c_codigo AS c_codigo,
    c.t_descripcion AS t_descripcion
FROM ADM_CIE10 AS c
WHERE
    romsoft_patron(:valor) <> '%'
    AND c.rowid IN (SELECT b.rowid FROM ADM_CIE10 AS b WHERE b.t_busqueda LIKE romsoft_patron(:valor) ESCAPE '\')
    AND c.f_estado = 1
    AND instr(c.c_codigo, '-') = 0
ORDER BY c_codigo
LIMIT 200;
