-- p_CVN_PRODUCTO_PLAN_GetAllFilters (SQLite dialect of Romsoft.p_CVN_PRODUCTO_PLAN_GetAllFilters)
-- The active plan products of one insurer (:c_codigo_iafa, SUSALUD's IAFA code, compared as
-- a number when both are digits, so leading zeros do not matter), ordered by description.
-- Blank or '0': every active product. A code no product has: no rows.

SELECT
    p.id_producto_plan AS id_producto_plan,
    p.c_codigo AS c_codigo,
    p.t_descripcion AS t_descripcion
FROM CVN_PRODUCTO_PLAN AS p
WHERE
    p.f_estado = 1
    AND (
        COALESCE(TRIM(:c_codigo_iafa), '') IN ('', '0')
        OR p.c_codigo_iafa = TRIM(:c_codigo_iafa)
        OR (
            TRIM(:c_codigo_iafa) NOT GLOB '*[^0-9]*'
            AND p.c_codigo_iafa NOT GLOB '*[^0-9]*'
            AND CAST(p.c_codigo_iafa AS INTEGER) = CAST(TRIM(:c_codigo_iafa) AS INTEGER)
        )
    )
ORDER BY p.t_descripcion;
