/*
    Romsoft.p_FAC_COMPROBANTE_Insert
    FAC_DOCUMENTO_PAGO/addComprobante: a receipt's header AND its lines (@comprobante_detalle,
    one row per line, n_item in the order sent) in one transaction: everything or nothing. The
    arithmetic (line subtotals, totals, IGV) was checked by the API (business::fac::comprobante).
    Checked here, against the stored rows, the first failure being @Response_t (nothing
    written): the attention exists and is not annulled; the receipt type (@id_documento_pago,
    as the legacy client sends the chosen payment document: 1 factura, 3 boleta) is active and
    has an active series; the customer's document type (@id_tipo_documento, 0 = none) active;
    payment form and currency active; a factura's customer document is an 11-digit RUC; every
    line's tariff (and classification, 0 = none) exists and is active.
    The number: the type's active series (the first by code) counts one up inside the
    transaction, its row locked (UPDLOCK, HOLDLOCK) until the commit: concurrent receipts
    wait for each other, no gaps, no duplicates. The customer's name defaults to the
    attention's patient. A line is inafecto (no IGV) when its total equals its subtotal under a
    non-zero IGV rate.
    @Response = the new id_documento_pago; 0 with @Response_t the reason.
    Origin:  legacy (same name, parameters and outputs as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_FAC_COMPROBANTE_Insert
    @id_documento_pago INT = NULL,
    @id_atencion INT = NULL,
    @id_tipo_documento INT = NULL,
    @c_numero_de_documento NVARCHAR(20) = NULL,
    @t_direccion NVARCHAR(200) = NULL,
    @t_paciente NVARCHAR(200) = NULL,
    @d_fecha_emis DATETIME2(3) = NULL,
    @id_condicion_pago INT = NULL,
    @id_moneda INT = NULL,
    @n_porcen_igv DECIMAL(5, 2) = NULL,
    @n_porcen_descu DECIMAL(5, 2) = NULL,
    @n_total_bruto DECIMAL(12, 2) = NULL,
    @n_total_descuento DECIMAL(12, 2) = NULL,
    @n_total_anticipo DECIMAL(12, 2) = NULL,
    @n_total_gravada DECIMAL(12, 2) = NULL,
    @n_total_no_gravada DECIMAL(12, 2) = NULL,
    @n_total_icbper DECIMAL(12, 2) = NULL,
    @n_total_impuesto DECIMAL(12, 2) = NULL,
    @n_total_neto DECIMAL(12, 2) = NULL,
    @t_observacion NVARCHAR(500) = NULL,
    @id_user_registro INT = NULL,
    @comprobante_detalle Romsoft.FAC_COMPROBANTE_DET_TYPE READONLY,
    @Response INT OUTPUT,
    @Response_t NVARCHAR(100) OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @id_paciente INT, @serie NVARCHAR(4), @numero INT, @id INT, @linea INT, @valor NVARCHAR(20);
    DECLARE @nombre NVARCHAR(200), @es_factura BIT = 0;

    SET @Response = 0;
    SET @Response_t = NULL;

    SELECT
        @id_paciente = a.id_paciente,
        @nombre = LTRIM(RTRIM(p.t_apellido_paterno + N' ' + ISNULL(p.t_apellido_materno, N'') + N' ' + ISNULL(p.t_nombres, N'')))
    FROM Romsoft.ADM_ATENCION AS a
    INNER JOIN Romsoft.ADM_PACIENTE AS p ON a.id_paciente = p.id_paciente
    WHERE a.id_atencion = @id_atencion AND a.f_estado <> 0;
    SELECT @es_factura = 1 FROM Romsoft.FAC_TIPO_COMPROBANTE AS t
    WHERE t.id_tipo_comprobante = @id_documento_pago AND t.c_codigo = N'01';

    IF @id_paciente IS NULL
        SET @Response_t = CONCAT(N'El campo ''id_atencion'' no es v', NCHAR(225), N'lido: la atenci', NCHAR(243), N'n ', ISNULL(@id_atencion, 0), N' no existe o est', NCHAR(225), N' anulada.');
    IF @Response_t IS NULL AND NOT EXISTS (
        SELECT 1 FROM Romsoft.FAC_TIPO_COMPROBANTE AS t WHERE t.id_tipo_comprobante = @id_documento_pago AND t.f_estado = 1
    )
        SET @Response_t = CONCAT(N'El campo ''id_documento_pago'' no es v', NCHAR(225), N'lido: use 1 (factura) o 3 (boleta).');
    IF @Response_t IS NULL AND NOT EXISTS (
        SELECT 1 FROM Romsoft.FAC_SERIE AS s WHERE s.id_tipo_comprobante = @id_documento_pago AND s.f_estado = 1
    )
        SET @Response_t = CONCAT(N'No hay una serie activa para el tipo de comprobante ', @id_documento_pago, N'.');
    IF @Response_t IS NULL AND ISNULL(@id_tipo_documento, 0) <> 0 AND NOT EXISTS (
        SELECT 1 FROM Romsoft.ADM_DOCUMENTO_IDENTIDAD AS i WHERE i.id_documento_identidad = @id_tipo_documento AND i.f_estado = 1
    )
        SET @Response_t = CONCAT(N'El campo ''id_tipo_documento'' no es v', NCHAR(225), N'lido: el valor ', @id_tipo_documento, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND NOT EXISTS (
        SELECT 1 FROM Romsoft.ADM_FORMA_PAGO AS f WHERE f.id_forma_pago = @id_condicion_pago AND f.f_estado = 1
    )
        SET @Response_t = CONCAT(N'El campo ''id_condicion_pago'' no es v', NCHAR(225), N'lido: el valor ', ISNULL(@id_condicion_pago, 0), N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND NOT EXISTS (SELECT 1 FROM Romsoft.CVN_MONEDA AS m WHERE m.id_moneda = @id_moneda AND m.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_moneda'' no es v', NCHAR(225), N'lido: el valor ', ISNULL(@id_moneda, 0), N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND @es_factura = 1 AND NOT EXISTS (
        SELECT 1 FROM Romsoft.ADM_DOCUMENTO_IDENTIDAD AS i
        WHERE i.id_documento_identidad = @id_tipo_documento AND i.c_codigo = N'6'
            AND LEN(LTRIM(RTRIM(ISNULL(@c_numero_de_documento, N'')))) = 11
            AND LTRIM(RTRIM(@c_numero_de_documento)) NOT LIKE N'%[^0-9]%'
    )
        SET @Response_t = N'Una factura requiere el RUC del cliente (id_tipo_documento RUC, c_numero_de_documento).';
    IF @Response_t IS NULL
    BEGIN
        SELECT TOP (1) @linea = l.n_item, @valor = l.id_tarifario_segus
        FROM @comprobante_detalle AS l
        WHERE NOT EXISTS (
            SELECT 1 FROM Romsoft.CVN_TARIFARIO_SEGUS AS t
            WHERE t.id_tarifario_segus = TRY_CAST(l.id_tarifario_segus AS INT) AND t.f_estado = 1
        )
        ORDER BY l.n_item;
        IF @linea IS NOT NULL
            SET @Response_t = CONCAT(N'La l', NCHAR(237), N'nea ', @linea, N': el tarifario ', @valor, N' no existe o est', NCHAR(225), N' inactivo.');
    END;
    IF @Response_t IS NULL
    BEGIN
        SELECT TOP (1) @linea = l.n_item, @valor = l.id_clasificacion_segus
        FROM @comprobante_detalle AS l
        WHERE ISNULL(TRY_CAST(l.id_clasificacion_segus AS INT), 0) <> 0
            AND NOT EXISTS (
                SELECT 1 FROM Romsoft.CVN_CLASIFICACION_SEGUS AS c
                WHERE c.id_clasificacion_segus = TRY_CAST(l.id_clasificacion_segus AS INT) AND c.f_estado = 1
            )
        ORDER BY l.n_item;
        IF @linea IS NOT NULL
            SET @Response_t = CONCAT(N'La l', NCHAR(237), N'nea ', @linea, N': la clasificaci', NCHAR(243), N'n ', @valor, N' no existe o est', NCHAR(225), N' inactiva.');
    END;
    IF @Response_t IS NOT NULL
        RETURN;

    BEGIN TRANSACTION;

    -- The series row stays locked until the commit: the next receipt of the series waits here.
    SELECT TOP (1) @serie = s.c_serie
    FROM Romsoft.FAC_SERIE AS s WITH (UPDLOCK, HOLDLOCK)
    WHERE s.id_tipo_comprobante = @id_documento_pago AND s.f_estado = 1
    ORDER BY s.c_serie;

    UPDATE Romsoft.FAC_SERIE WITH (UPDLOCK, HOLDLOCK)
    SET @numero = n_ultimo = n_ultimo + 1
    WHERE c_serie = @serie;

    INSERT INTO Romsoft.FAC_DOCUMENTO_PAGO (
        id_tipo_comprobante, c_serie, n_numero, id_atencion,
        id_paciente, id_tipo_documento, c_numero_de_documento, t_direccion, t_paciente,
        d_fecha_emis, id_condicion_pago, id_moneda, n_porcen_igv,
        n_porcen_descu, n_total_bruto, n_total_descuento, n_total_anticipo,
        n_total_gravada, n_total_no_gravada, n_total_icbper, n_total_impuesto,
        n_total_neto, t_observacion, f_estado, id_user_registro
    )
    VALUES (
        @id_documento_pago, @serie, @numero, @id_atencion,
        @id_paciente, NULLIF(@id_tipo_documento, 0), NULLIF(LTRIM(RTRIM(@c_numero_de_documento)), N''), NULLIF(LTRIM(RTRIM(@t_direccion)), N''),
        ISNULL(NULLIF(LTRIM(RTRIM(@t_paciente)), N''), @nombre),
        ISNULL(@d_fecha_emis, SYSDATETIME()), @id_condicion_pago, @id_moneda, @n_porcen_igv,
        ISNULL(@n_porcen_descu, 0), @n_total_bruto, ISNULL(@n_total_descuento, 0), ISNULL(@n_total_anticipo, 0),
        @n_total_gravada, @n_total_no_gravada, ISNULL(@n_total_icbper, 0), @n_total_impuesto,
        @n_total_neto, NULLIF(LTRIM(RTRIM(@t_observacion)), N''), 1, @id_user_registro
    );
    SET @id = CAST(SCOPE_IDENTITY() AS INT);

    INSERT INTO Romsoft.FAC_DOCUMENTO_PAGO_DET (
        id_documento_pago, n_item, id_tarifario_segus, t_tarifario_segus,
        c_codigo_segus, id_clasificacion_segus, t_clasificacion_segus, n_precio,
        n_cantidad, n_subtotal, n_descuento, n_total,
        f_inafecto
    )
    SELECT
        @id,
        l.n_item,
        t.id_tarifario_segus,
        ISNULL(NULLIF(LTRIM(RTRIM(l.t_tarifario_segus)), N''), t.t_descripcion_esp),
        ISNULL(NULLIF(LTRIM(RTRIM(l.c_codigo_segus)), N''), t.c_codigo),
        NULLIF(TRY_CAST(l.id_clasificacion_segus AS INT), 0),
        NULLIF(LTRIM(RTRIM(l.t_clasificacion_segus)), N''),
        l.n_precio,
        l.n_cantidad,
        l.n_subtotal,
        ISNULL(l.n_descuento, 0),
        l.n_total,
        CASE WHEN @n_porcen_igv > 0 AND l.n_subtotal > 0 AND l.n_total = l.n_subtotal THEN 1 ELSE 0 END
    FROM @comprobante_detalle AS l
    INNER JOIN Romsoft.CVN_TARIFARIO_SEGUS AS t ON t.id_tarifario_segus = TRY_CAST(l.id_tarifario_segus AS INT);

    COMMIT TRANSACTION;
    SET @Response = @id;
END;
GO
