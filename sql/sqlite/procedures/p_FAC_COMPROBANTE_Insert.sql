-- p_FAC_COMPROBANTE_Insert (SQLite dialect of Romsoft.p_FAC_COMPROBANTE_Insert)
-- FAC_DOCUMENTO_PAGO/addComprobante: a receipt's header AND its lines (the table-valued
-- parameter @comprobante_detalle, here the temporary table comprobante_detalle, one row per
-- line in the order sent), in one transaction: everything or nothing. The arithmetic (line
-- subtotals, totals, IGV) was checked by the service (business::fac::comprobante).
-- Checked here, against the stored rows, the first failure being Response_t (nothing written):
-- the attention exists and is not annulled; the receipt type (id_documento_pago, as the legacy
-- client sends the chosen payment document: 1 factura, 3 boleta) is active and has an active
-- series; the customer's document type (id_tipo_documento, 0 = none) active; payment form and
-- currency active; a factura's customer document is a RUC; every line's tariff (and
-- classification, 0 = none) exists and is active.
-- The number: the type's active series (the first by code) counts one up inside this
-- transaction (SQLite's write lock serialises concurrent receipts: no gaps, no duplicates).
-- The customer's name defaults to the attention's patient. A line is inafecto (no IGV) when
-- its total equals its subtotal under a non-zero IGV rate.
-- Response = the new id_documento_pago; 0 with Response_t the reason.

DROP TABLE IF EXISTS temp.comprobante_resuelto;

CREATE TEMP TABLE comprobante_resuelto (
    id_paciente INTEGER,
    t_paciente TEXT,
    c_serie TEXT,
    t_error TEXT
);

INSERT INTO temp.comprobante_resuelto (id_paciente, t_paciente, c_serie, t_error)
SELECT
    a.id_paciente,
    coalesce(
        nullif(trim(:t_paciente), ''),
        trim(p.t_apellido_paterno || ' ' || coalesce(p.t_apellido_materno, '') || ' ' || coalesce(p.t_nombres, ''))
    ),
    (
        SELECT min(s.c_serie) FROM FAC_SERIE AS s
        WHERE s.id_tipo_comprobante = :id_documento_pago AND s.f_estado = 1
    ),
    CASE
        WHEN a.id_atencion IS NULL
            THEN 'El campo ''id_atencion'' no es válido: la atención ' || coalesce(:id_atencion, 0) || ' no existe o está anulada.'
        WHEN NOT EXISTS (
            SELECT 1 FROM FAC_TIPO_COMPROBANTE AS t WHERE t.id_tipo_comprobante = :id_documento_pago AND t.f_estado = 1
        )
            THEN 'El campo ''id_documento_pago'' no es válido: use 1 (factura) o 3 (boleta).'
        WHEN NOT EXISTS (
            SELECT 1 FROM FAC_SERIE AS s WHERE s.id_tipo_comprobante = :id_documento_pago AND s.f_estado = 1
        )
            THEN 'No hay una serie activa para el tipo de comprobante ' || :id_documento_pago || '.'
        WHEN coalesce(:id_tipo_documento, 0) <> 0 AND NOT EXISTS (
            SELECT 1 FROM ADM_DOCUMENTO_IDENTIDAD AS i WHERE i.id_documento_identidad = :id_tipo_documento AND i.f_estado = 1
        )
            THEN 'El campo ''id_tipo_documento'' no es válido: el valor ' || :id_tipo_documento || ' no existe o está inactivo.'
        WHEN NOT EXISTS (
            SELECT 1 FROM ADM_FORMA_PAGO AS f WHERE f.id_forma_pago = :id_condicion_pago AND f.f_estado = 1
        )
            THEN 'El campo ''id_condicion_pago'' no es válido: el valor ' || coalesce(:id_condicion_pago, 0) || ' no existe o está inactivo.'
        WHEN NOT EXISTS (SELECT 1 FROM CVN_MONEDA AS m WHERE m.id_moneda = :id_moneda AND m.f_estado = 1)
            THEN 'El campo ''id_moneda'' no es válido: el valor ' || coalesce(:id_moneda, 0) || ' no existe o está inactivo.'
        WHEN EXISTS (SELECT 1 FROM FAC_TIPO_COMPROBANTE AS t WHERE t.id_tipo_comprobante = :id_documento_pago AND t.c_codigo = '01')
            AND NOT EXISTS (
                SELECT 1 FROM ADM_DOCUMENTO_IDENTIDAD AS i
                WHERE i.id_documento_identidad = :id_tipo_documento AND i.c_codigo = '6'
                    AND length(trim(coalesce(:c_numero_de_documento, ''))) = 11 AND trim(:c_numero_de_documento) NOT GLOB '*[^0-9]*'
            )
            THEN 'Una factura requiere el RUC del cliente (id_tipo_documento RUC, c_numero_de_documento).'
        ELSE (
            SELECT x.mensaje FROM (
            SELECT l.rowid AS n, 'La línea ' || l.rowid || ': el tarifario ' || coalesce(l.id_tarifario_segus, '') || ' no existe o está inactivo.' AS mensaje
            FROM temp.comprobante_detalle AS l
            WHERE NOT EXISTS (
                SELECT 1 FROM CVN_TARIFARIO_SEGUS AS t
                WHERE t.id_tarifario_segus = CAST(l.id_tarifario_segus AS INTEGER) AND t.f_estado = 1
            )
            UNION ALL
            SELECT l.rowid AS n, 'La línea ' || l.rowid || ': la clasificación ' || l.id_clasificacion_segus || ' no existe o está inactiva.' AS mensaje
            FROM temp.comprobante_detalle AS l
            WHERE coalesce(CAST(l.id_clasificacion_segus AS INTEGER), 0) <> 0
                AND NOT EXISTS (
                    SELECT 1 FROM CVN_CLASIFICACION_SEGUS AS c
                    WHERE c.id_clasificacion_segus = CAST(l.id_clasificacion_segus AS INTEGER) AND c.f_estado = 1
                )
            ) AS x
            ORDER BY x.n
            LIMIT 1
        )
    END
FROM (SELECT 1) AS uno
LEFT JOIN ADM_ATENCION AS a ON a.id_atencion = :id_atencion AND a.f_estado <> 0
LEFT JOIN ADM_PACIENTE AS p ON a.id_paciente = p.id_paciente;

-- The next number of the series, only when nothing failed.
UPDATE FAC_SERIE
SET n_ultimo = n_ultimo + 1
WHERE c_serie = (SELECT r.c_serie FROM temp.comprobante_resuelto AS r WHERE r.t_error IS NULL);

INSERT INTO FAC_DOCUMENTO_PAGO (
    id_tipo_comprobante, c_serie, n_numero, id_atencion,
    id_paciente, id_tipo_documento, c_numero_de_documento, t_direccion, t_paciente,
    d_fecha_emis, id_condicion_pago, id_moneda, n_porcen_igv,
    n_porcen_descu, n_total_bruto, n_total_descuento, n_total_anticipo,
    n_total_gravada, n_total_no_gravada, n_total_icbper, n_total_impuesto,
    n_total_neto, t_observacion, f_estado, id_user_registro
)
SELECT
    :id_documento_pago,
    s.c_serie,
    s.n_ultimo,
    :id_atencion,
    r.id_paciente,
    nullif(:id_tipo_documento, 0),
    nullif(trim(:c_numero_de_documento), ''),
    nullif(trim(:t_direccion), ''),
    r.t_paciente,
    coalesce(:d_fecha_emis, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    :id_condicion_pago,
    :id_moneda,
    :n_porcen_igv,
    coalesce(:n_porcen_descu, 0),
    :n_total_bruto,
    coalesce(:n_total_descuento, 0),
    coalesce(:n_total_anticipo, 0),
    :n_total_gravada,
    :n_total_no_gravada,
    coalesce(:n_total_icbper, 0),
    :n_total_impuesto,
    :n_total_neto,
    nullif(trim(:t_observacion), ''),
    1,
    :id_user_registro
FROM temp.comprobante_resuelto AS r
INNER JOIN FAC_SERIE AS s ON r.c_serie = s.c_serie
WHERE r.t_error IS NULL;

INSERT INTO FAC_DOCUMENTO_PAGO_DET (
    id_documento_pago, n_item, id_tarifario_segus, t_tarifario_segus,
    c_codigo_segus, id_clasificacion_segus, t_clasificacion_segus, n_precio,
    n_cantidad, n_subtotal, n_descuento, n_total,
    f_inafecto
)
SELECT
    d.id_documento_pago,
    l.rowid,
    CAST(l.id_tarifario_segus AS INTEGER),
    coalesce(nullif(trim(l.t_tarifario_segus), ''), t.t_descripcion_esp),
    coalesce(nullif(trim(l.c_codigo_segus), ''), t.c_codigo),
    nullif(CAST(l.id_clasificacion_segus AS INTEGER), 0),
    nullif(trim(l.t_clasificacion_segus), ''),
    l.n_precio,
    l.n_cantidad,
    l.n_subtotal,
    coalesce(l.n_descuento, 0),
    l.n_total,
    CASE WHEN :n_porcen_igv > 0 AND l.n_subtotal > 0 AND CAST(l.n_total AS NUMERIC) = CAST(l.n_subtotal AS NUMERIC) THEN 1 ELSE 0 END
FROM temp.comprobante_resuelto AS r
INNER JOIN FAC_SERIE AS s ON r.c_serie = s.c_serie
INNER JOIN FAC_DOCUMENTO_PAGO AS d ON d.c_serie = s.c_serie AND d.n_numero = s.n_ultimo
CROSS JOIN temp.comprobante_detalle AS l
INNER JOIN CVN_TARIFARIO_SEGUS AS t ON t.id_tarifario_segus = CAST(l.id_tarifario_segus AS INTEGER)
WHERE r.t_error IS NULL
ORDER BY l.rowid;

SELECT
    coalesce((
        SELECT d.id_documento_pago
        FROM temp.comprobante_resuelto AS r
        INNER JOIN FAC_SERIE AS s ON r.c_serie = s.c_serie
        INNER JOIN FAC_DOCUMENTO_PAGO AS d ON d.c_serie = s.c_serie AND d.n_numero = s.n_ultimo
        WHERE r.t_error IS NULL
    ), 0) AS Response,
    (SELECT r.t_error FROM temp.comprobante_resuelto AS r) AS Response_t;
