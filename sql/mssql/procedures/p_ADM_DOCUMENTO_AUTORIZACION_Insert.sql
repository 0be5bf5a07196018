/*
    Romsoft.p_ADM_DOCUMENTO_AUTORIZACION_Insert
    ADM_DOCUMENTO_AUTORIZACION/GetAddAtencionAll: records an insurer's authorization (SUSALUD
    SITEDS, the one row of @DOC_AUTORIZA) AND opens its attention, in one transaction: both rows
    or neither. Resolved from the authorization:
      the patient   the active patient with its document number (NUM_DOCUMENTO);
      the plan      The plan of an authorization: the active plan of that IAFA (c_codigo_iafa) whose product
                    (CVN_PRODUCTO_PLAN.c_codigo) is the authorization's, else one without a product, valid on
                    the authorization's date (today when it has none).;
      from the plan its payment category and product; the benefit = the plan's active benefit
      line whose benefit code is the authorization's sub-coverage or coverage code; the patient
      type = "EPS" when the guarantor is an EPS contact, else "SEG";
      affiliation and filiation types, currency by their codes; the co-payments as numbers.
    The attention: consulta externa (ADM_TIPO_ATENCION "CE"), Registrado, now, its service
    document the SITEDS code (ADM_DOCUMENTO_PRESTACION "SIT") with the authorization's number
    and date. An authorization registered before without an attention (Add) is superseded (set
    inactive) by the new row. Nothing is written when the patient or the plan is not found or
    the code already opened an attention (the service checks these first and says which).
    Rows: the new authorization with the ids the attention form needs (none = nothing written).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_DOCUMENTO_AUTORIZACION_Insert
    @id_user_registro INT,
    @DOC_AUTORIZA Romsoft.ADM_DOCUMENTO_AUTORIZACION_TYPE READONLY
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @codigo NVARCHAR(30), @numero NVARCHAR(20), @iafa NVARCHAR(10), @producto NVARCHAR(30);
    DECLARE @fecha DATETIME2(3), @cobertura NVARCHAR(30), @subcobertura NVARCHAR(30);
    DECLARE @ahora DATETIME2(3) = SYSDATETIME();
    DECLARE @id_paciente INT, @id_plan_seguro INT, @id_categoria_pago INT, @id_producto_plan INT;
    DECLARE @id_beneficio INT, @id_tipo_paciente INT, @id_tipo_atencion INT, @id_documento_prestacion INT;
    DECLARE @id_tipo_filiacion INT, @id_tipo_afiliacion INT, @id_moneda INT;
    DECLARE @n_copago_fijo DECIMAL(12, 2), @n_copago_variable DECIMAL(5, 2);
    DECLARE @id_atencion INT, @id_documento_autorizacion INT;

    SELECT TOP (1)
        @codigo = LTRIM(RTRIM(d.c_cod_autorizacion)),
        @numero = LTRIM(RTRIM(d.c_numero_paciente)),
        @iafa = d.c_cod_iafa,
        @producto = d.c_cod_producto,
        @fecha = d.d_fecha_autorizacion,
        @cobertura = UPPER(LTRIM(RTRIM(d.c_cod_cobertura))),
        @subcobertura = UPPER(LTRIM(RTRIM(d.c_cod_subcobertura))),
        @n_copago_fijo = ISNULL(TRY_CAST(NULLIF(LTRIM(RTRIM(d.c_num_copago_fijo)), N'') AS DECIMAL(12, 2)), 0),
        @n_copago_variable = ISNULL(TRY_CAST(NULLIF(LTRIM(RTRIM(d.c_num_copago_variable)), N'') AS DECIMAL(5, 2)), 0),
        @id_tipo_filiacion = (
            SELECT TOP (1) t.id_tipo_filiacion FROM Romsoft.ADM_TIPO_FILIACION AS t
            WHERE t.f_estado = 1 AND UPPER(LTRIM(RTRIM(d.c_cod_tipo_filiacion))) IN (UPPER(t.c_codigo_susalud), UPPER(t.c_codigo))
        ),
        @id_tipo_afiliacion = (
            SELECT TOP (1) t.id_tipo_afiliacion FROM Romsoft.ADM_TIPO_AFILIACION AS t
            WHERE t.f_estado = 1 AND UPPER(t.c_codigo) = UPPER(LTRIM(RTRIM(d.c_cod_tafiliacion)))
        ),
        @id_moneda = (
            SELECT TOP (1) m.id_moneda FROM Romsoft.CVN_MONEDA AS m
            WHERE m.f_estado = 1 AND UPPER(LTRIM(RTRIM(d.c_cod_moneda))) IN (UPPER(m.c_codigo), CAST(m.id_moneda AS NVARCHAR(10)))
        )
    FROM @DOC_AUTORIZA AS d;

    IF NULLIF(@codigo, N'') IS NULL RETURN;

    SELECT @id_paciente = MIN(p.id_paciente)
    FROM Romsoft.ADM_PACIENTE AS p
    WHERE p.f_estado = 1 AND UPPER(p.c_documento_identidad) = UPPER(@numero);

    SET @id_plan_seguro = (
        SELECT TOP (1) ps.id_plan_seguro
        FROM Romsoft.CVN_PLAN_SEGURO AS ps
        LEFT JOIN Romsoft.CVN_PRODUCTO_PLAN AS pp ON ps.id_producto_plan = pp.id_producto_plan
        WHERE ps.f_estado = 1
            AND UPPER(LTRIM(RTRIM(ps.c_codigo_iafa))) = UPPER(LTRIM(RTRIM(@iafa)))
            AND (ps.id_producto_plan IS NULL OR UPPER(pp.c_codigo) = UPPER(LTRIM(RTRIM(@producto))))
            AND (ps.d_fecha_i_vigencia IS NULL OR CAST(ps.d_fecha_i_vigencia AS DATE) <= CAST(ISNULL(@fecha, SYSDATETIME()) AS DATE))
            AND (ps.d_fecha_f_vigencia IS NULL OR CAST(ps.d_fecha_f_vigencia AS DATE) >= CAST(ISNULL(@fecha, SYSDATETIME()) AS DATE))
        ORDER BY CASE WHEN ps.id_producto_plan IS NULL THEN 1 ELSE 0 END, ps.id_plan_seguro
    );

    -- Nothing is written without the patient and the plan, or when the code opened an attention.
    IF @id_paciente IS NULL OR @id_plan_seguro IS NULL RETURN;
    IF EXISTS (
        SELECT 1 FROM Romsoft.ADM_DOCUMENTO_AUTORIZACION AS x
        WHERE x.f_estado = 1 AND x.c_cod_autorizacion = @codigo AND x.id_atencion IS NOT NULL
    ) RETURN;

    SELECT @id_categoria_pago = ps.id_categoria_pago, @id_producto_plan = ps.id_producto_plan
    FROM Romsoft.CVN_PLAN_SEGURO AS ps
    WHERE ps.id_plan_seguro = @id_plan_seguro;

    SET @id_beneficio = (
        SELECT TOP (1) det.id_beneficio
        FROM Romsoft.CVN_PLAN_SEGURO_DETALLE AS det
        INNER JOIN Romsoft.CVN_BENEFICIO AS b ON det.id_beneficio = b.id_beneficio
        WHERE det.id_plan_seguro = @id_plan_seguro AND det.f_estado = 1
            AND UPPER(b.c_codigo) IN (@subcobertura, @cobertura)
        ORDER BY CASE WHEN UPPER(b.c_codigo) = @subcobertura THEN 0 ELSE 1 END
    );
    SET @id_tipo_paciente = (
        SELECT tp.id_tipo_paciente FROM Romsoft.ADM_TIPO_PACIENTE AS tp
        WHERE tp.c_codigo = ISNULL((
            SELECT CASE WHEN tc.c_codigo = N'EPS' THEN N'EPS' END
            FROM Romsoft.CVN_PLAN_SEGURO AS ps
            INNER JOIN Romsoft.CON_CONTACTO AS g ON ps.id_contacto_garante = g.id_contacto
            INNER JOIN Romsoft.CON_TIPO_CONTACTO AS tc ON g.id_tipo_contacto = tc.id_tipo_contacto
            WHERE ps.id_plan_seguro = @id_plan_seguro
        ), N'SEG')
    );
    SET @id_tipo_atencion = (SELECT t.id_tipo_atencion FROM Romsoft.ADM_TIPO_ATENCION AS t WHERE t.c_codigo = N'CE');
    SET @id_documento_prestacion = (
        SELECT t.id_documento_prestacion FROM Romsoft.ADM_DOCUMENTO_PRESTACION AS t WHERE t.c_codigo = N'SIT'
    );

    BEGIN TRANSACTION;

    UPDATE Romsoft.ADM_DOCUMENTO_AUTORIZACION
    SET f_estado = 0, id_user_modifica = @id_user_registro, d_fecha_modifica = @ahora
    WHERE f_estado = 1 AND id_atencion IS NULL AND c_cod_autorizacion = @codigo;

    INSERT INTO Romsoft.ADM_ATENCION (
        id_paciente, id_tipo_paciente, id_tipo_atencion, d_fecha_registro,
        c_hora_registro, id_plan_seguro, id_categoria_pago, c_codigo_asegurado,
        c_contrato, id_beneficio, id_documento_prestacion1, c_documento_prestacion1,
        d_fecha_autorizacion1, id_tipo_filiacion, t_nombre_titular, id_tipo_afiliacion,
        id_moneda, n_copago_fijo, n_copago_variable, id_producto_plan,
        f_estado, id_user_registro, id_user_modifica, d_fecha_modifica
    )
    SELECT TOP (1)
        @id_paciente, @id_tipo_paciente, @id_tipo_atencion, @ahora,
        CONVERT(NVARCHAR(5), @ahora, 108), @id_plan_seguro, @id_categoria_pago, NULLIF(LTRIM(RTRIM(d.c_cod_asegurado)), N''),
        NULLIF(LTRIM(RTRIM(d.c_num_poliza)), N''), @id_beneficio, @id_documento_prestacion, @codigo,
        d.d_fecha_autorizacion, @id_tipo_filiacion, NULLIF(LTRIM(RTRIM(d.t_nombre_titular)), N''), @id_tipo_afiliacion,
        @id_moneda, @n_copago_fijo, @n_copago_variable, @id_producto_plan,
        1, @id_user_registro, @id_user_registro, @ahora
    FROM @DOC_AUTORIZA AS d;
    SET @id_atencion = CAST(SCOPE_IDENTITY() AS INT);

    INSERT INTO Romsoft.ADM_DOCUMENTO_AUTORIZACION (
        c_cod_iafa, c_cod_asegurado, c_cod_autorizacion, d_fecha_autorizacion,
        c_cod_ipress, c_ruc_ipress, t_nombre_paciente, c_cod_sexo,
        d_fecha_nacimiento, c_cod_paciente, c_numero_paciente, n_numero_edad,
        t_apellido_paterno, t_apellido_materno, t_nombres_completo, c_cod_asegurado_titular,
        t_nombre_titular, c_cod_doc_titular, c_numero_doc_titular, c_cod_tipo_filiacion,
        c_des_tipo_afiliacion, c_cod_cobertura, c_cod_subcobertura, t_des_beneficio,
        c_cod_producto, t_des_producto, c_cod_tplan, t_des_tplan,
        c_cod_tafiliacion, t_des_tafiliacion, c_num_poliza, c_num_plan,
        c_cod_contratante, c_cod_contratante_abr, c_num_contratante, t_des_contratante,
        d_ini_vigencia, d_fin_vigencia, d_incldate, c_cod_moneda,
        c_num_copago_fijo, c_num_copago_variable, c_cod_servicio, c_num_ip,
        id_paciente, id_plan_seguro, id_categoria_pago, id_beneficio,
        id_producto_plan, id_tipo_filiacion, id_tipo_afiliacion, id_moneda,
        n_copago_fijo, n_copago_variable, id_atencion, f_estado,
        id_user_registro
    )
    SELECT TOP (1)
        NULLIF(LTRIM(RTRIM(d.c_cod_iafa)), N''),
        NULLIF(LTRIM(RTRIM(d.c_cod_asegurado)), N''),
        @codigo,
        d.d_fecha_autorizacion,
        NULLIF(LTRIM(RTRIM(d.c_cod_ipress)), N''),
        NULLIF(LTRIM(RTRIM(d.c_ruc_ipress)), N''),
        NULLIF(LTRIM(RTRIM(d.t_nombre_paciente)), N''),
        NULLIF(LTRIM(RTRIM(d.c_cod_sexo)), N''),
        d.d_fecha_nacimiento,
        NULLIF(LTRIM(RTRIM(d.c_cod_paciente)), N''),
        NULLIF(LTRIM(RTRIM(d.c_numero_paciente)), N''),
        NULLIF(LTRIM(RTRIM(d.n_numero_edad)), N''),
        NULLIF(LTRIM(RTRIM(d.t_apellido_paterno)), N''),
        NULLIF(LTRIM(RTRIM(d.t_apellido_materno)), N''),
        NULLIF(LTRIM(RTRIM(d.t_nombres_completo)), N''),
        NULLIF(LTRIM(RTRIM(d.c_cod_asegurado_titular)), N''),
        NULLIF(LTRIM(RTRIM(d.t_nombre_titular)), N''),
        NULLIF(LTRIM(RTRIM(d.c_cod_doc_titular)), N''),
        NULLIF(LTRIM(RTRIM(d.c_numero_doc_titular)), N''),
        NULLIF(LTRIM(RTRIM(d.c_cod_tipo_filiacion)), N''),
        NULLIF(LTRIM(RTRIM(d.c_des_tipo_afiliacion)), N''),
        NULLIF(LTRIM(RTRIM(d.c_cod_cobertura)), N''),
        NULLIF(LTRIM(RTRIM(d.c_cod_subcobertura)), N''),
        NULLIF(LTRIM(RTRIM(d.t_des_beneficio)), N''),
        NULLIF(LTRIM(RTRIM(d.c_cod_producto)), N''),
        NULLIF(LTRIM(RTRIM(d.t_des_producto)), N''),
        NULLIF(LTRIM(RTRIM(d.c_cod_tplan)), N''),
        NULLIF(LTRIM(RTRIM(d.t_des_tplan)), N''),
        NULLIF(LTRIM(RTRIM(d.c_cod_tafiliacion)), N''),
        NULLIF(LTRIM(RTRIM(d.t_des_tafiliacion)), N''),
        NULLIF(LTRIM(RTRIM(d.c_num_poliza)), N''),
        NULLIF(LTRIM(RTRIM(d.c_num_plan)), N''),
        NULLIF(LTRIM(RTRIM(d.c_cod_contratante)), N''),
        NULLIF(LTRIM(RTRIM(d.c_cod_contratante_abr)), N''),
        NULLIF(LTRIM(RTRIM(d.c_num_contratante)), N''),
        NULLIF(LTRIM(RTRIM(d.t_des_contratante)), N''),
        d.d_ini_vigencia,
        d.d_fin_vigencia,
        d.d_incldate,
        NULLIF(LTRIM(RTRIM(d.c_cod_moneda)), N''),
        NULLIF(LTRIM(RTRIM(d.c_num_copago_fijo)), N''),
        NULLIF(LTRIM(RTRIM(d.c_num_copago_variable)), N''),
        NULLIF(LTRIM(RTRIM(d.c_cod_servicio)), N''),
        NULLIF(LTRIM(RTRIM(d.c_num_ip)), N''),
        @id_paciente,
        @id_plan_seguro,
        @id_categoria_pago,
        @id_beneficio,
        @id_producto_plan,
        @id_tipo_filiacion,
        @id_tipo_afiliacion,
        @id_moneda,
        @n_copago_fijo,
        @n_copago_variable,
        @id_atencion,
        1,
        @id_user_registro
    FROM @DOC_AUTORIZA AS d;
    SET @id_documento_autorizacion = CAST(SCOPE_IDENTITY() AS INT);

    COMMIT TRANSACTION;

    SELECT
        a.id_documento_autorizacion AS id_documento_autorizacion,
        a.id_plan_seguro AS id_plan_seguro,
        a.id_categoria_pago AS id_categoria_pago,
        a.c_cod_asegurado AS codigo_asegurado,
        a.c_num_poliza AS numero_contrato,
        a.id_beneficio AS id_beneficio,
        a.id_atencion AS id_atencion_autoriza,
        a.c_cod_autorizacion AS c_cod_autorizacion,
        a.d_fecha_autorizacion AS d_fecha_autorizacion,
        a.id_tipo_filiacion AS id_tipo_filiacion,
        a.t_nombre_titular AS t_nombre_titular,
        a.id_tipo_afiliacion AS id_tipo_afiliacion,
        a.id_moneda AS id_moneda,
        a.n_copago_fijo AS c_num_copago_fijo,
        a.n_copago_variable AS c_num_copago_variable,
        a.id_producto_plan AS id_producto_plan
    FROM Romsoft.ADM_DOCUMENTO_AUTORIZACION AS a
    WHERE a.id_documento_autorizacion = @id_documento_autorizacion;
END;
GO
