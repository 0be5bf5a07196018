-- p_CVN_CATEGORIA_PAGO_PRECIO_Delete (SQLite dialect of Romsoft.p_CVN_CATEGORIA_PAGO_PRECIO_Delete)
-- Soft delete of a price: f_estado = 0. Response = rows changed.

UPDATE CVN_CATEGORIA_PAGO_PRECIO
SET
    f_estado = 0,
    d_fecha_modifica = strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')
WHERE id_categoria_pago_precio = :id_categoria_pago_precio AND f_estado = 1;

SELECT changes() AS Response;
