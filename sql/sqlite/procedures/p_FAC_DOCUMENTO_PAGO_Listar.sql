-- p_FAC_DOCUMENTO_PAGO_Listar (SQLite dialect of Romsoft.p_FAC_DOCUMENTO_PAGO_Listar)
-- FAC_DOCUMENTO_PAGO/GetAllDocumentoPagoFilters: receipts, the most recent first, at most 500.
-- :c_dato (blank = any) matches the code (B001-00000012 or B001-12), the series (B001), the
-- customer's document number, the attention number, or words of the customer's name in order
-- (ignoring case and accents). The contract's columns first: id_documento_pago, c_codigo
-- (series-number), t_descripcion (type and code); then the header; amounts with two decimals.

SELECT
    d.id_documento_pago AS id_documento_pago,
    d.c_serie || '-' || substr('00000000' || d.n_numero, -8) AS c_codigo,
    t.t_descripcion || ' ' || d.c_serie || '-' || substr('00000000' || d.n_numero, -8) AS t_descripcion,
    d.id_tipo_comprobante AS id_tipo_comprobante,
    t.c_codigo AS c_tipo_comprobante,
    d.c_serie AS c_serie,
    d.n_numero AS n_numero,
    d.id_atencion AS id_atencion,
    d.id_paciente AS id_paciente,
    d.id_tipo_documento AS id_tipo_documento,
    d.c_numero_de_documento AS c_numero_de_documento,
    d.t_paciente AS t_paciente,
    d.t_direccion AS t_direccion,
    d.d_fecha_emis AS d_fecha_emis,
    d.id_condicion_pago AS id_condicion_pago,
    d.id_moneda AS id_moneda,
    printf('%.2f', d.n_porcen_igv) AS n_porcen_igv,
    printf('%.2f', d.n_total_bruto) AS n_total_bruto,
    printf('%.2f', d.n_total_descuento) AS n_total_descuento,
    printf('%.2f', d.n_total_anticipo) AS n_total_anticipo,
    printf('%.2f', d.n_total_gravada) AS n_total_gravada,
    printf('%.2f', d.n_total_no_gravada) AS n_total_no_gravada,
    printf('%.2f', d.n_total_icbper) AS n_total_icbper,
    printf('%.2f', d.n_total_impuesto) AS n_total_impuesto,
    printf('%.2f', d.n_total_neto) AS n_total_neto,
    (SELECT count(*) FROM FAC_DOCUMENTO_PAGO_DET AS l WHERE l.id_documento_pago = d.id_documento_pago) AS n_lineas,
    d.t_observacion AS t_observacion,
    d.f_estado AS f_estado,
    d.id_user_registro AS id_user_registro,
    d.d_fecha_registro AS d_fecha_registro
FROM FAC_DOCUMENTO_PAGO AS d
INNER JOIN FAC_TIPO_COMPROBANTE AS t ON d.id_tipo_comprobante = t.id_tipo_comprobante
WHERE
    nullif(trim(:c_dato), '') IS NULL
    OR upper(d.c_serie || '-' || substr('00000000' || d.n_numero, -8)) = upper(trim(:c_dato))
    OR upper(d.c_serie || '-' || d.n_numero) = upper(trim(:c_dato))
    OR upper(d.c_serie) = upper(trim(:c_dato))
    OR d.c_numero_de_documento = trim(:c_dato)
    OR CAST(d.id_atencion AS TEXT) = trim(:c_dato)
    OR romsoft_plegar(d.t_paciente) LIKE romsoft_patron(:c_dato) ESCAPE '\'
ORDER BY d.d_fecha_registro DESC, d.id_documento_pago DESC
LIMIT 500;
