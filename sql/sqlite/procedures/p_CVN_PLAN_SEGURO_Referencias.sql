-- p_CVN_PLAN_SEGURO_Referencias (SQLite dialect of Romsoft.p_CVN_PLAN_SEGURO_Referencias)
-- One row, 1 (valid) or 0 per reference of a plan: the guarantor is an active contact with
-- n_flag_garante = 1; the contracting party (0/NULL = not sent, valid) an active contact with
-- n_flag_contratante = 1; the payment category and the product (0/NULL = not sent) active rows.

SELECT
    CASE WHEN EXISTS (
        SELECT 1 FROM CON_CONTACTO AS g
        WHERE g.id_contacto = :id_contacto_garante AND g.f_estado = 1 AND g.n_flag_garante = 1
    ) THEN 1 ELSE 0 END AS garante,
    CASE WHEN coalesce(:id_contacto_contratante, 0) = 0 OR EXISTS (
        SELECT 1 FROM CON_CONTACTO AS c
        WHERE c.id_contacto = :id_contacto_contratante AND c.f_estado = 1 AND c.n_flag_contratante = 1
    ) THEN 1 ELSE 0 END AS contratante,
    CASE WHEN coalesce(:id_categoria_pago, 0) = 0 OR EXISTS (
        SELECT 1 FROM CVN_CATEGORIA_PAGO AS k
        WHERE k.id_categoria_pago = :id_categoria_pago AND k.f_estado = 1
    ) THEN 1 ELSE 0 END AS categoria_pago,
    CASE WHEN coalesce(:id_producto_plan, 0) = 0 OR EXISTS (
        SELECT 1 FROM CVN_PRODUCTO_PLAN AS r
        WHERE r.id_producto_plan = :id_producto_plan AND r.f_estado = 1
    ) THEN 1 ELSE 0 END AS producto;
