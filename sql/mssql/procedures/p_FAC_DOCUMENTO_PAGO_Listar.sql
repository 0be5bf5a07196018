/*
    Romsoft.p_FAC_DOCUMENTO_PAGO_Listar
    FAC_DOCUMENTO_PAGO/GetAllDocumentoPagoFilters: receipts, the most recent first, at most 500.
    @c_dato (blank = any) matches the code (B001-00000012 or B001-12), the series (B001), the
    customer's document number, the attention number, or words of the customer's name in order
    (ignoring case and accents). The contract's columns first: id_documento_pago, c_codigo
    (series-number), t_descripcion (type and code); then the header.
    Origin:  Romsoft (the legacy p_FAC_DOCUMENTO_PAGO_GetAllFilter answered three columns).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_FAC_DOCUMENTO_PAGO_Listar
    @c_dato NVARCHAR(200) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @dato NVARCHAR(200) = LTRIM(RTRIM(ISNULL(@c_dato, N'')));
    -- Words in order: blanks between them become %, LIKE's own wildcards are escaped.
    DECLARE @p_dato NVARCHAR(420) = N'%' + REPLACE(
        REPLACE(REPLACE(REPLACE(@dato, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]'),
        N' ', N'%'
    ) + N'%';

    SELECT TOP (500)
        d.id_documento_pago AS id_documento_pago,
        CONCAT(d.c_serie, N'-', RIGHT(CONCAT(N'00000000', d.n_numero), 8)) AS c_codigo,
        CONCAT(t.t_descripcion, N' ', d.c_serie, N'-', RIGHT(CONCAT(N'00000000', d.n_numero), 8)) AS t_descripcion,
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
        d.n_porcen_igv AS n_porcen_igv,
        d.n_total_bruto AS n_total_bruto,
        d.n_total_descuento AS n_total_descuento,
        d.n_total_anticipo AS n_total_anticipo,
        d.n_total_gravada AS n_total_gravada,
        d.n_total_no_gravada AS n_total_no_gravada,
        d.n_total_icbper AS n_total_icbper,
        d.n_total_impuesto AS n_total_impuesto,
        d.n_total_neto AS n_total_neto,
        (SELECT COUNT(*) FROM Romsoft.FAC_DOCUMENTO_PAGO_DET AS l WHERE l.id_documento_pago = d.id_documento_pago) AS n_lineas,
        d.t_observacion AS t_observacion,
        d.f_estado AS f_estado,
        d.id_user_registro AS id_user_registro,
        d.d_fecha_registro AS d_fecha_registro
    FROM Romsoft.FAC_DOCUMENTO_PAGO AS d
    INNER JOIN Romsoft.FAC_TIPO_COMPROBANTE AS t ON d.id_tipo_comprobante = t.id_tipo_comprobante
    WHERE
        @dato = N''
        OR CONCAT(d.c_serie, N'-', RIGHT(CONCAT(N'00000000', d.n_numero), 8)) = @dato
        OR CONCAT(d.c_serie, N'-', d.n_numero) = @dato
        OR d.c_serie = @dato
        OR d.c_numero_de_documento = @dato
        OR CAST(d.id_atencion AS NVARCHAR(12)) = @dato
        OR d.t_paciente COLLATE Latin1_General_CI_AI LIKE @p_dato
    ORDER BY d.d_fecha_registro DESC, d.id_documento_pago DESC;
END;
GO
