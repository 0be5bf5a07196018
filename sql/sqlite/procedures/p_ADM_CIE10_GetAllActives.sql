-- p_ADM_CIE10_GetAllActives (SQLite dialect of Romsoft.p_ADM_CIE10_GetAllActives)
-- The active CIE-10 codes usable for a diagnosis: 3-character categories and 4-character
-- subcategories (J45, J450 …); chapters and groups (ranges such as 'J40-J47') are left out.
-- Ordered by code. The legacy result has no c_codigo column (only id and description).

SELECT
    c.id_cie10 AS id_cie10,
    c.t_descripcion AS t_descripcion
FROM ADM_CIE10 AS c
WHERE c.f_estado = 1 AND instr(c.c_codigo, '-') = 0
ORDER BY c.c_codigo;
