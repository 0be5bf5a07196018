/*
    Romsoft.p_ADM_ATENCION_Update
    Updates an attention with the same checks as p_ADM_ATENCION_Insert (and the attention must
    exist); on a failure nothing is written, @Response 0 and @Response_t the reason naming the
    field. f_estado is stored as sent: 1 Registrado, 2 Atendido, 0 Anulado. d_fecha_registro
    unset keeps the stored one; id_user_registro is kept (filled only when it was missing).
    Otherwise @Response = rows changed.
    Origin:  legacy (same name, parameters and outputs as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_ATENCION_Update
    @id_atencion INT = NULL,
    @id_paciente INT = NULL,
    @id_tipo_paciente INT = NULL,
    @id_tipo_atencion INT = NULL,
    @d_fecha_registro DATETIME2(3) = NULL,
    @c_hora_registro NVARCHAR(8) = NULL,
    @n_paciente_derivado INT = NULL,
    @id_plan_seguro INT = NULL,
    @id_categoria_pago INT = NULL,
    @c_codigo_asegurado NVARCHAR(30) = NULL,
    @c_contrato NVARCHAR(30) = NULL,
    @id_beneficio INT = NULL,
    @id_documento_prestacion1 INT = NULL,
    @c_documento_prestacion1 NVARCHAR(30) = NULL,
    @d_fecha_autorizacion1 DATETIME2(3) = NULL,
    @id_documento_prestacion2 INT = NULL,
    @c_documento_prestacion2 NVARCHAR(30) = NULL,
    @d_fecha_autorizacion2 DATETIME2(3) = NULL,
    @id_tipo_filiacion INT = NULL,
    @t_nombre_titular NVARCHAR(200) = NULL,
    @id_tipo_afiliacion INT = NULL,
    @id_moneda INT = NULL,
    @n_copago_fijo DECIMAL(12, 2) = NULL,
    @n_copago_variable DECIMAL(12, 2) = NULL,
    @n_copago_variable_far DECIMAL(12, 2) = NULL,
    @id_producto_plan INT = NULL,
    @n_limite_cobertura NVARCHAR(30) = NULL,
    @id_tipo_diagnostico INT = NULL,
    @id_diagnostico INT = NULL,
    @c_numero_placa NVARCHAR(10) = NULL,
    @n_deja_denuncia INT = NULL,
    @n_deja_carta INT = NULL,
    @t_observacion_accidente NVARCHAR(500) = NULL,
    @id_profesional INT = NULL,
    @id_hospitalizacion INT = NULL,
    @t_observacion_general NVARCHAR(500) = NULL,
    @d_fecha_cierre DATETIME2(3) = NULL,
    @c_hora_cierre NVARCHAR(8) = NULL,
    @id_tipo_facturacion INT = NULL,
    @n_a_no_gravado DECIMAL(12, 2) = NULL,
    @n_a_gravado DECIMAL(12, 2) = NULL,
    @n_a_impuesto DECIMAL(12, 2) = NULL,
    @n_a_total DECIMAL(12, 2) = NULL,
    @n_p_no_gravado DECIMAL(12, 2) = NULL,
    @n_p_gravado DECIMAL(12, 2) = NULL,
    @n_p_impuesto DECIMAL(12, 2) = NULL,
    @n_p_total DECIMAL(12, 2) = NULL,
    @n_g_no_gravado DECIMAL(12, 2) = NULL,
    @n_g_gravado DECIMAL(12, 2) = NULL,
    @n_g_impuesto DECIMAL(12, 2) = NULL,
    @n_g_total DECIMAL(12, 2) = NULL,
    @f_estado INT = NULL,
    @id_user_registro INT = NULL,
    @id_user_modifica INT = NULL,
    @d_fecha_modifica DATETIME2(3) = NULL,
    @d_fecha_hospitalizacion DATETIME2(3) = NULL,
    @c_hora_hospitalizacion NVARCHAR(8) = NULL,
    @id_habitacion INT = NULL,
    @Response INT OUTPUT,
    @Response_t NVARCHAR(100) OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    SET @Response = 0;
    SET @Response_t = NULL;

    IF @Response_t IS NULL AND NOT EXISTS (SELECT 1 FROM Romsoft.ADM_ATENCION AS a WHERE a.id_atencion = @id_atencion)
        SET @Response_t = CONCAT(N'La atenci', NCHAR(243), N'n ', ISNULL(@id_atencion, 0), N' no existe.');
    IF @Response_t IS NULL AND ISNULL(@id_paciente, 0) = 0
        SET @Response_t = N'El campo ''id_paciente'' es obligatorio.';
    IF @Response_t IS NULL AND NOT EXISTS (SELECT 1 FROM Romsoft.ADM_PACIENTE AS p WHERE p.id_paciente = @id_paciente AND p.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_paciente'' no es v', NCHAR(225), N'lido: el paciente ', @id_paciente, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@id_tipo_atencion, 0) = 0
        SET @Response_t = N'El campo ''id_tipo_atencion'' es obligatorio.';
    IF @Response_t IS NULL AND ISNULL(@id_tipo_paciente, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.ADM_TIPO_PACIENTE AS c WHERE c.id_tipo_paciente = @id_tipo_paciente AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_tipo_paciente'' no es v', NCHAR(225), N'lido: el valor ', @id_tipo_paciente, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@id_tipo_atencion, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.ADM_TIPO_ATENCION AS c WHERE c.id_tipo_atencion = @id_tipo_atencion AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_tipo_atencion'' no es v', NCHAR(225), N'lido: el valor ', @id_tipo_atencion, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@id_beneficio, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.CVN_BENEFICIO AS c WHERE c.id_beneficio = @id_beneficio AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_beneficio'' no es v', NCHAR(225), N'lido: el valor ', @id_beneficio, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@id_documento_prestacion1, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.ADM_DOCUMENTO_PRESTACION AS c WHERE c.id_documento_prestacion = @id_documento_prestacion1 AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_documento_prestacion1'' no es v', NCHAR(225), N'lido: el valor ', @id_documento_prestacion1, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@id_documento_prestacion2, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.ADM_DOCUMENTO_PRESTACION AS c WHERE c.id_documento_prestacion = @id_documento_prestacion2 AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_documento_prestacion2'' no es v', NCHAR(225), N'lido: el valor ', @id_documento_prestacion2, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@id_tipo_filiacion, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.ADM_TIPO_FILIACION AS c WHERE c.id_tipo_filiacion = @id_tipo_filiacion AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_tipo_filiacion'' no es v', NCHAR(225), N'lido: el valor ', @id_tipo_filiacion, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@id_tipo_afiliacion, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.ADM_TIPO_AFILIACION AS c WHERE c.id_tipo_afiliacion = @id_tipo_afiliacion AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_tipo_afiliacion'' no es v', NCHAR(225), N'lido: el valor ', @id_tipo_afiliacion, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@id_moneda, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.CVN_MONEDA AS c WHERE c.id_moneda = @id_moneda AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_moneda'' no es v', NCHAR(225), N'lido: el valor ', @id_moneda, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@id_producto_plan, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.CVN_PRODUCTO_PLAN AS c WHERE c.id_producto_plan = @id_producto_plan AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_producto_plan'' no es v', NCHAR(225), N'lido: el valor ', @id_producto_plan, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@id_tipo_diagnostico, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.ADM_TIPO_CIE10 AS c WHERE c.id_tipo_cie10 = @id_tipo_diagnostico AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_tipo_diagnostico'' no es v', NCHAR(225), N'lido: el valor ', @id_tipo_diagnostico, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@id_diagnostico, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.ADM_CIE10 AS c WHERE c.id_cie10 = @id_diagnostico AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_diagnostico'' no es v', NCHAR(225), N'lido: el valor ', @id_diagnostico, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@id_habitacion, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.ADM_HABITACION AS c WHERE c.id_habitacion = @id_habitacion AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_habitacion'' no es v', NCHAR(225), N'lido: el valor ', @id_habitacion, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@id_profesional, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.ADM_PROFESIONAL AS c WHERE c.id_profesional = @id_profesional AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_profesional'' no es v', NCHAR(225), N'lido: el valor ', @id_profesional, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@f_estado, 0) NOT IN (0, 1, 2)
        SET @Response_t = CONCAT(N'El campo ''f_estado'' no es v', NCHAR(225), N'lido: use 1 (Registrado), 2 (Atendido) o 0 (Anulado).');
    IF @Response_t IS NULL AND ISNULL(@n_deja_denuncia, 0) NOT IN (0, 1)
        SET @Response_t = CONCAT(N'El campo ''n_deja_denuncia'' no es v', NCHAR(225), N'lido: use 1 (s', NCHAR(237), N') o 0 (no).');
    IF @Response_t IS NULL AND ISNULL(@n_deja_carta, 0) NOT IN (0, 1)
        SET @Response_t = CONCAT(N'El campo ''n_deja_carta'' no es v', NCHAR(225), N'lido: use 1 (s', NCHAR(237), N') o 0 (no).');
    IF @Response_t IS NULL AND NULLIF(LTRIM(RTRIM(@n_limite_cobertura)), N'') IS NOT NULL
        AND TRY_CAST(LTRIM(RTRIM(@n_limite_cobertura)) AS DECIMAL(12, 2)) IS NULL
        SET @Response_t = CONCAT(N'El campo ''n_limite_cobertura'' no es v', NCHAR(225), N'lido: no es un importe.');

    IF @Response_t IS NOT NULL
        RETURN;

    UPDATE a
    SET
        id_paciente = NULLIF(@id_paciente, 0),
        id_tipo_paciente = NULLIF(@id_tipo_paciente, 0),
        id_tipo_atencion = NULLIF(@id_tipo_atencion, 0),
        d_fecha_registro = ISNULL(@d_fecha_registro, a.d_fecha_registro),
        c_hora_registro = NULLIF(LTRIM(RTRIM(@c_hora_registro)), N''),
        n_paciente_derivado = @n_paciente_derivado,
        id_plan_seguro = NULLIF(@id_plan_seguro, 0),
        id_categoria_pago = NULLIF(@id_categoria_pago, 0),
        c_codigo_asegurado = NULLIF(LTRIM(RTRIM(@c_codigo_asegurado)), N''),
        c_contrato = NULLIF(LTRIM(RTRIM(@c_contrato)), N''),
        id_beneficio = NULLIF(@id_beneficio, 0),
        id_documento_prestacion1 = NULLIF(@id_documento_prestacion1, 0),
        c_documento_prestacion1 = NULLIF(LTRIM(RTRIM(@c_documento_prestacion1)), N''),
        d_fecha_autorizacion1 = @d_fecha_autorizacion1,
        id_documento_prestacion2 = NULLIF(@id_documento_prestacion2, 0),
        c_documento_prestacion2 = NULLIF(LTRIM(RTRIM(@c_documento_prestacion2)), N''),
        d_fecha_autorizacion2 = @d_fecha_autorizacion2,
        id_tipo_filiacion = NULLIF(@id_tipo_filiacion, 0),
        t_nombre_titular = NULLIF(LTRIM(RTRIM(@t_nombre_titular)), N''),
        id_tipo_afiliacion = NULLIF(@id_tipo_afiliacion, 0),
        id_moneda = NULLIF(@id_moneda, 0),
        n_copago_fijo = @n_copago_fijo,
        n_copago_variable = @n_copago_variable,
        n_copago_variable_far = @n_copago_variable_far,
        id_producto_plan = NULLIF(@id_producto_plan, 0),
        n_limite_cobertura = TRY_CAST(NULLIF(LTRIM(RTRIM(@n_limite_cobertura)), N'') AS DECIMAL(12, 2)),
        id_tipo_diagnostico = NULLIF(@id_tipo_diagnostico, 0),
        id_diagnostico = NULLIF(@id_diagnostico, 0),
        c_numero_placa = NULLIF(LTRIM(RTRIM(@c_numero_placa)), N''),
        n_deja_denuncia = ISNULL(@n_deja_denuncia, 0),
        n_deja_carta = ISNULL(@n_deja_carta, 0),
        t_observacion_accidente = NULLIF(LTRIM(RTRIM(@t_observacion_accidente)), N''),
        id_profesional = NULLIF(@id_profesional, 0),
        id_hospitalizacion = NULLIF(@id_hospitalizacion, 0),
        t_observacion_general = NULLIF(LTRIM(RTRIM(@t_observacion_general)), N''),
        d_fecha_cierre = @d_fecha_cierre,
        c_hora_cierre = NULLIF(LTRIM(RTRIM(@c_hora_cierre)), N''),
        id_tipo_facturacion = NULLIF(@id_tipo_facturacion, 0),
        n_a_no_gravado = ISNULL(@n_a_no_gravado, 0),
        n_a_gravado = ISNULL(@n_a_gravado, 0),
        n_a_impuesto = ISNULL(@n_a_impuesto, 0),
        n_a_total = ISNULL(@n_a_total, 0),
        n_p_no_gravado = ISNULL(@n_p_no_gravado, 0),
        n_p_gravado = ISNULL(@n_p_gravado, 0),
        n_p_impuesto = ISNULL(@n_p_impuesto, 0),
        n_p_total = ISNULL(@n_p_total, 0),
        n_g_no_gravado = ISNULL(@n_g_no_gravado, 0),
        n_g_gravado = ISNULL(@n_g_gravado, 0),
        n_g_impuesto = ISNULL(@n_g_impuesto, 0),
        n_g_total = ISNULL(@n_g_total, 0),
        f_estado = ISNULL(@f_estado, 0),
        id_user_registro = ISNULL(a.id_user_registro, @id_user_registro),
        id_user_modifica = @id_user_modifica,
        d_fecha_modifica = ISNULL(@d_fecha_modifica, SYSDATETIME()),
        d_fecha_hospitalizacion = @d_fecha_hospitalizacion,
        c_hora_hospitalizacion = NULLIF(LTRIM(RTRIM(@c_hora_hospitalizacion)), N''),
        id_habitacion = NULLIF(@id_habitacion, 0)
    FROM Romsoft.ADM_ATENCION AS a
    WHERE a.id_atencion = @id_atencion;

    SET @Response = @@ROWCOUNT;
END;
GO
