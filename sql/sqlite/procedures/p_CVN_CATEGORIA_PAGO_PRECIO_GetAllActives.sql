-- p_CVN_CATEGORIA_PAGO_PRECIO_GetAllActives (SQLite dialect of Romsoft.p_CVN_CATEGORIA_PAGO_PRECIO_GetAllActives)
-- The active prices of one tariff line in each active payment category, by the category's
-- description; c_codigo and t_descripcion are the category's. Prices with the two decimals of
-- their SQL Server columns (DECIMAL(12, 2)).

SELECT
    p.id_categoria_pago_precio AS id_categoria_pago_precio,
    p.id_tarifario_segus AS id_tarifario_segus,
    p.id_categoria_pago AS id_categoria_pago,
    c.c_codigo AS c_codigo,
    c.t_descripcion AS t_descripcion,
    printf('%.2f', p.n_precio_sol) AS n_precio_sol,
    printf('%.2f', p.n_precio_usd) AS n_precio_usd
FROM CVN_CATEGORIA_PAGO_PRECIO AS p
INNER JOIN CVN_CATEGORIA_PAGO AS c ON p.id_categoria_pago = c.id_categoria_pago
WHERE
    p.id_tarifario_segus = :id_tarifario_segus
    AND p.f_estado = 1
    AND c.f_estado = 1
ORDER BY c.t_descripcion, p.id_categoria_pago_precio;
