-- p_ADM_CIE10_GetAllFilter (SQLite dialect of Romsoft.p_ADM_CIE10_GetAllFilter)
-- Active CIE-10 codes usable for a diagnosis (no chapters or groups) matching :valor, ordered
-- by code, at most 200:
--   * by code prefix, written with or without the dot, any case: 'J45' finds J45, J450 …;
--     'j45.0' finds J450;
--   * or by the words of the description, in order, ignoring case and accents: 'neumonia
--     bacteriana' finds 'Neumonía bacteriana, no especificada' (romsoft_plegar/romsoft_patron:
--     the API's own folding, the same that filled t_busqueda when loading the seed).
-- NULL or blank :valor: the first 200 codes.

WITH q AS (
    SELECT
        upper(replace(replace(trim(coalesce(:valor, '')), '.', ''), ' ', '')) AS codigo,
        romsoft_patron(:valor) AS patron
)
SELECT
    c.id_cie10 AS id_cie10,
    c.c_codigo AS c_codigo,
    c.t_descripcion AS t_descripcion
FROM ADM_CIE10 AS c, q
WHERE
    c.f_estado = 1
    AND instr(c.c_codigo, '-') = 0
    AND (
        (c.c_codigo >= q.codigo AND c.c_codigo < q.codigo || '~')
        OR c.t_busqueda LIKE q.patron ESCAPE '\'
    )
ORDER BY c.c_codigo
LIMIT 200;
