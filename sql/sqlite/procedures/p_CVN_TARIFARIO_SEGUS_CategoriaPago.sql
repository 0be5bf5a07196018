-- p_CVN_TARIFARIO_SEGUS_CategoriaPago (SQLite dialect of Romsoft.p_CVN_TARIFARIO_SEGUS_CategoriaPago)
-- The payment category GetPrice prices under, active or not (zero or one row), so that the API
-- can name a missing or inactive one in its warning.

SELECT
    c.id_categoria_pago AS id_categoria_pago,
    c.c_codigo AS c_codigo,
    c.t_descripcion AS t_descripcion,
    c.f_estado AS f_estado
FROM CVN_CATEGORIA_PAGO AS c
WHERE c.id_categoria_pago = :id_categoria_pago;
