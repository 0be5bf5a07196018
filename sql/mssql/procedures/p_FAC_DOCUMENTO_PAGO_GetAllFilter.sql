/*
    Romsoft.p_FAC_DOCUMENTO_PAGO_GetAllFilter
    =========================================
    Receipts, the most recent first, at most 500: the same rows and filter as
    p_FAC_DOCUMENTO_PAGO_Listar (what FAC_DOCUMENTO_PAGO/GetAllDocumentoPagoFilters uses), with
    only the legacy procedure's three columns.
    @c_dato (blank = any) matches the code (B001-00000012 or B001-12), the series (B001), the
    customer's document number, the attention number, or words of the customer's name in order
    (ignoring case and accents).

    Returns: rows (id_documento_pago, c_codigo = series-number, t_descripcion = type and code).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure);
             not called by this API; kept so a DBA's scripts and reports keep working.
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_FAC_DOCUMENTO_PAGO_GetAllFilter
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
        CONCAT(t.t_descripcion, N' ', d.c_serie, N'-', RIGHT(CONCAT(N'00000000', d.n_numero), 8)) AS t_descripcion
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
