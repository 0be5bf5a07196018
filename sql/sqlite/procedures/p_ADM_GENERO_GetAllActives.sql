-- p_ADM_GENERO_GetAllActives (SQLite dialect of Romsoft.p_ADM_GENERO_GetAllActives)
-- Active sexes (f_estado = 1), ordered by description.

SELECT
    g.id_genero AS id_genero,
    g.c_codigo AS c_codigo,
    g.t_descripcion AS t_descripcion
FROM ADM_GENERO AS g
WHERE g.f_estado = 1
ORDER BY g.t_descripcion;
