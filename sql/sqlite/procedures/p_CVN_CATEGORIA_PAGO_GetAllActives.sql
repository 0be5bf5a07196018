-- p_CVN_CATEGORIA_PAGO_GetAllActives (SQLite dialect of Romsoft.p_CVN_CATEGORIA_PAGO_GetAllActives)
-- Active payment categories (f_estado = 1), ordered by description.

SELECT
    c.id_categoria_pago AS id_categoria_pago,
    c.c_codigo AS c_codigo,
    c.t_descripcion AS t_descripcion
FROM CVN_CATEGORIA_PAGO AS c
WHERE c.f_estado = 1
ORDER BY c.t_descripcion;
