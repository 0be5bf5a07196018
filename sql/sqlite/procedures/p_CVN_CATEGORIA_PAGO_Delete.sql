-- p_CVN_CATEGORIA_PAGO_Delete (SQLite dialect of Romsoft.p_CVN_CATEGORIA_PAGO_Delete)
-- Soft delete: f_estado = 0. Response = rows changed.

UPDATE CVN_CATEGORIA_PAGO
SET
    f_estado = 0,
    d_fecha_modifica = strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')
WHERE id_categoria_pago = :id_categoria_pago AND f_estado = 1;

SELECT changes() AS Response;
