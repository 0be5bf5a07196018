-- p_FAC_DOCUMENTO_PAGO_GetAllFilter (SQLite dialect of Romsoft.p_FAC_DOCUMENTO_PAGO_GetAllFilter)
-- Receipts, the most recent first, at most 500: the same rows and filter as
-- p_FAC_DOCUMENTO_PAGO_Listar (what FAC_DOCUMENTO_PAGO/GetAllDocumentoPagoFilters uses), with
-- only the legacy procedure's three columns: id_documento_pago, c_codigo (series-number),
-- t_descripcion (type and code).
-- :c_dato (blank = any) matches the code (B001-00000012 or B001-12), the series (B001), the
-- customer's document number, the attention number, or words of the customer's name in order
-- (ignoring case and accents).
-- Legacy procedure not called by this API; kept so a DBA's scripts and reports keep working.

SELECT
    d.id_documento_pago AS id_documento_pago,
    d.c_serie || '-' || substr('00000000' || d.n_numero, -8) AS c_codigo,
    t.t_descripcion || ' ' || d.c_serie || '-' || substr('00000000' || d.n_numero, -8) AS t_descripcion
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
