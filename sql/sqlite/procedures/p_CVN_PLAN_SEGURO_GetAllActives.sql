-- p_CVN_PLAN_SEGURO_GetAllActives (SQLite dialect of Romsoft.p_CVN_PLAN_SEGURO_GetAllActives)
-- Active plans (f_estado = 1), ordered by description.

SELECT
    p.id_plan_seguro AS id_plan_seguro,
    p.c_codigo AS c_codigo,
    p.t_descripcion AS t_descripcion
FROM CVN_PLAN_SEGURO AS p
WHERE p.f_estado = 1
ORDER BY p.t_descripcion, p.id_plan_seguro;
