-- p_CVN_PLAN_SEGURO_DETALLE_GetAllActives (SQLite dialect of Romsoft.p_CVN_PLAN_SEGURO_DETALLE_GetAllActives)
-- The active benefit lines of a plan, by benefit code. codigo / beneficio = the benefit's code
-- and description, moneda = the currency's description; amounts with two decimals, as the
-- SQL Server DECIMAL(12,2) / DECIMAL(5,2) columns give them (printf: the NUMERIC column keeps
-- 150.00 as the integer 150).

SELECT
    d.id_plan_seguro_detalle AS id_plan_seguro_detalle,
    d.id_plan_seguro AS id_plan_seguro,
    d.id_beneficio AS id_beneficio,
    b.c_codigo AS codigo,
    b.t_descripcion AS beneficio,
    m.t_descripcion AS moneda,
    printf('%.2f', d.n_copago_fijo) AS n_copago_fijo,
    printf('%.2f', d.n_copago_variable) AS n_copago_variable,
    printf('%.2f', d.n_copago_variable_farmacia) AS n_copago_variable_farmacia,
    d.f_estado AS f_estado,
    CASE WHEN d.f_estado = 1 THEN 'Activo' ELSE 'Inactivo' END AS estado
FROM CVN_PLAN_SEGURO_DETALLE AS d
INNER JOIN CVN_BENEFICIO AS b ON d.id_beneficio = b.id_beneficio
LEFT JOIN CVN_MONEDA AS m ON d.id_moneda = m.id_moneda
WHERE d.id_plan_seguro = :id_plan_seguro AND d.f_estado = 1
ORDER BY b.c_codigo, d.id_plan_seguro_detalle;
