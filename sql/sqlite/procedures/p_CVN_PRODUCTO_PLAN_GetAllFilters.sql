-- p_CVN_PRODUCTO_PLAN_GetAllFilters (SQLite dialect of Romsoft.p_CVN_PRODUCTO_PLAN_GetAllFilters)
-- The active plan products of one insurer (:c_codigo_iafa, SUSALUD's numeric IAFA code; the
-- stored code may carry leading zeros), ordered by description. No code: every active product.

SELECT
    p.id_producto_plan AS id_producto_plan,
    p.c_codigo AS c_codigo,
    p.t_descripcion AS t_descripcion
FROM CVN_PRODUCTO_PLAN AS p
WHERE
    p.f_estado = 1
    AND (:c_codigo_iafa IS NULL OR :c_codigo_iafa = 0 OR CAST(p.c_codigo_iafa AS INTEGER) = :c_codigo_iafa)
ORDER BY p.t_descripcion;
