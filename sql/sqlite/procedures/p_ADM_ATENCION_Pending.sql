-- p_ADM_ATENCION_Pending (SQLite dialect of Romsoft.p_ADM_ATENCION_Pending)
-- ADM_ATENCION/GetAtencionPendingAllFilters: the attentions waiting at the cash desk, each with
-- the line its type bills (ADM_TIPO_ATENCION.c_codigo_segus) priced for the cashier's receipt.
-- Filters (the service has validated the codes): :id_atencion (0 = all); :c_tipo_pendiente
-- 'R' Registrado, 'A' Atendido, '' both (annulled attentions are never pending);
-- :c_tipo_facturacion 'S' insured (with a plan), 'P' particular, '' both; :id_usuario (0 = all,
-- else the attentions that user registered); :c_idioma 'ENG' = the line's English description.
-- The most recent first, at most 500.
--
-- Amounts (soles, exact: integer cents, as p_CVN_TARIFARIO_SEGUS_GetPrice):
--   n_precio     the category's explicit price for the line, else n_unidad x the category's
--                factor (procedure factor for SEGUS classifications 02-04, service factor for
--                the rest), rounded half away from zero; 0 without a payment category or line;
--   n_descuento  insured: what the insurer covers, n_precio - the fixed co-payment (never below
--                0); particular: 0;  n_total = n_subtotal - n_descuento (what the patient pays);
--   n_gravado    n_total / 1.18 rounded to cents (prices include IGV 18%), n_impuesto the rest.
-- The payer is the patient (t_adquiriente, document and address); payment form cash (008);
-- id_documento_pago 0 (the cashier chooses boleta or factura).

SELECT
    coalesce(x.id_moneda, 1) AS id_moneda,
    printf('%d.%02d', x.copago / 100, x.copago % 100) AS n_copago_fijo,
    0 AS id_documento_pago,
    coalesce((SELECT fp.id_forma_pago FROM ADM_FORMA_PAGO AS fp WHERE fp.c_codigo = '008'), 0) AS id_forma_pago,
    x.id_documento_identidad AS id_documento_identidad,
    x.c_documento_identidad AS c_documento_identidad,
    x.t_paciente AS t_adquiriente,
    x.t_direccion AS t_direccion,
    x.t_paciente AS t_paciente,
    x.id_tipo_atencion AS id_tipo_atencion,
    x.n_historia_clinica AS n_historia_clinica,
    x.id_atencion AS id_atencion,
    x.d_fecha_registro AS d_fecha_registro,
    coalesce(x.id_clasificacion_segus, 0) AS id_clasificacion_segus,
    x.t_clasificacion_segus AS t_clasificacion_segus,
    coalesce(x.id_tarifario_segus, 0) AS id_tarifario_segus,
    x.c_codigo_segus AS c_codigo_segus,
    x.t_descripcion_segus AS t_descripcion_segus,
    printf('%d.%02d', x.precio / 100, x.precio % 100) AS n_precio,
    CASE WHEN x.id_tarifario_segus IS NULL THEN '0.00' ELSE '1.00' END AS n_cantidad,
    printf('%d.%02d', x.precio / 100, x.precio % 100) AS n_subtotal,
    printf('%d.%02d', x.descuento / 100, x.descuento % 100) AS n_descuento,
    printf('%d.%02d', (x.precio - x.descuento) / 100, (x.precio - x.descuento) % 100) AS n_total,
    coalesce(x.id_profesional, 0) AS id_profesional,
    0 AS id_naciones_unidas,
    '0.00' AS n_anticipo,
    printf('%d.%02d', x.gravado / 100, x.gravado % 100) AS n_gravado,
    '0.00' AS n_no_gravado,
    printf('%d.%02d', (x.precio - x.descuento - x.gravado) / 100, (x.precio - x.descuento - x.gravado) % 100) AS n_impuesto,
    printf('%d.%02d', (x.precio - x.descuento) / 100, (x.precio - x.descuento) % 100) AS total
FROM (
    SELECT
        y.*,
        ((y.precio - y.descuento) * 100 + 59) / 118 AS gravado
    FROM (
        SELECT
            z.*,
            CASE WHEN z.id_plan_seguro IS NULL THEN 0 ELSE max(z.precio - z.copago, 0) END AS descuento
        FROM (
            SELECT
                a.id_atencion,
                a.id_moneda,
                a.id_tipo_atencion,
                a.d_fecha_registro,
                a.id_profesional,
                a.id_plan_seguro,
                CAST(round(coalesce(a.n_copago_fijo, 0) * 100) AS INTEGER) AS copago,
                p.id_documento_identidad,
                p.c_documento_identidad,
                p.t_paciente,
                p.t_direccion,
                p.n_historia_clinica,
                t.id_tarifario_segus,
                t.c_codigo AS c_codigo_segus,
                CASE
                    WHEN upper(trim(coalesce(:c_idioma, ''))) = 'ENG' THEN coalesce(nullif(trim(t.t_descripcion_eng), ''), t.t_descripcion_esp)
                    ELSE t.t_descripcion_esp
                END AS t_descripcion_segus,
                t.id_clasificacion_segus,
                cs.t_descripcion AS t_clasificacion_segus,
                CASE
                    WHEN t.id_tarifario_segus IS NULL OR c.id_categoria_pago IS NULL THEN 0
                    WHEN pr.id_categoria_pago_precio IS NOT NULL THEN CAST(round(pr.n_precio_sol * 100) AS INTEGER)
                    ELSE (
                        CAST(round(t.n_unidad * 100) AS INTEGER)
                        * CAST(round(
                            CASE WHEN cs.c_codigo IN ('02', '03', '04') THEN c.n_factor_procedimiento ELSE c.n_factor_servicio END * 10000
                        ) AS INTEGER)
                        + 5000
                    ) / 10000
                END AS precio
            FROM ADM_ATENCION AS a
            INNER JOIN ADM_PACIENTE AS p ON a.id_paciente = p.id_paciente
            LEFT JOIN ADM_TIPO_ATENCION AS ta ON a.id_tipo_atencion = ta.id_tipo_atencion
            LEFT JOIN CVN_TARIFARIO_SEGUS AS t ON t.c_codigo = nullif(trim(ta.c_codigo_segus), '') AND t.f_estado = 1
            LEFT JOIN CVN_CLASIFICACION_SEGUS AS cs ON t.id_clasificacion_segus = cs.id_clasificacion_segus
            LEFT JOIN CVN_CATEGORIA_PAGO AS c ON a.id_categoria_pago = c.id_categoria_pago AND c.f_estado = 1
            LEFT JOIN CVN_CATEGORIA_PAGO_PRECIO AS pr
                ON pr.id_categoria_pago = c.id_categoria_pago AND pr.id_tarifario_segus = t.id_tarifario_segus AND pr.f_estado = 1
            WHERE
                a.f_estado IN (1, 2)
                AND (coalesce(:id_atencion, 0) = 0 OR a.id_atencion = :id_atencion)
                AND (
                    coalesce(:c_tipo_pendiente, '') = ''
                    OR (:c_tipo_pendiente = 'R' AND a.f_estado = 1)
                    OR (:c_tipo_pendiente = 'A' AND a.f_estado = 2)
                )
                AND (
                    coalesce(:c_tipo_facturacion, '') = ''
                    OR (:c_tipo_facturacion = 'S' AND a.id_plan_seguro IS NOT NULL)
                    OR (:c_tipo_facturacion = 'P' AND a.id_plan_seguro IS NULL)
                )
                AND (coalesce(:id_usuario, 0) = 0 OR a.id_user_registro = :id_usuario)
            ORDER BY a.d_fecha_registro DESC, a.id_atencion DESC
            LIMIT 500
        ) AS z
    ) AS y
) AS x
ORDER BY x.d_fecha_registro DESC, x.id_atencion DESC;
