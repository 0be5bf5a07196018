-- p_CVN_CATEGORIA_PAGO_PRECIO_Validar (SQLite dialect of Romsoft.p_CVN_CATEGORIA_PAGO_PRECIO_Validar)
-- Before a price is added (one row, 1/0): the category exists and is active, the tariff line
-- exists and is active.

SELECT
    EXISTS (
        SELECT 1 FROM CVN_CATEGORIA_PAGO AS c
        WHERE c.id_categoria_pago = :id_categoria_pago AND c.f_estado = 1
    ) AS categoria_activa,
    EXISTS (
        SELECT 1 FROM CVN_TARIFARIO_SEGUS AS t
        WHERE t.id_tarifario_segus = :id_tarifario_segus AND t.f_estado = 1
    ) AS tarifario_activo;
