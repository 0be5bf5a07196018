/*
    Romsoft.p_ADM_DOCUMENTO_AUTORIZACION_Registrar
    Records an insurer's authorization (SUSALUD SITEDS) as the receptionist brought it, without
    opening an attention (ADM_DOCUMENTO_AUTORIZACION/Add): the one row of the table-valued
    parameter, texts trimmed (blank = NULL), the co-payments as numbers (not a number = 0).
    The service has checked the code is given and not registered among the active rows; a
    concurrent registration of the same code writes nothing (the unique index over the active
    rows). Response = the new id, 0 = nothing written.
    Origin:  this API (the legacy Add never reached the database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_DOCUMENTO_AUTORIZACION_Registrar
    @id_user_registro INT,
    @DOC_AUTORIZA Romsoft.ADM_DOCUMENTO_AUTORIZACION_TYPE READONLY,
    @Response INT = 0 OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;
    SET @Response = 0;

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
        n_copago_fijo, n_copago_variable, f_estado, id_user_registro
    )
    SELECT TOP (1)
        NULLIF(LTRIM(RTRIM(d.c_cod_iafa)), N''),
        NULLIF(LTRIM(RTRIM(d.c_cod_asegurado)), N''),
        LTRIM(RTRIM(d.c_cod_autorizacion)),
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
        ISNULL(TRY_CAST(NULLIF(LTRIM(RTRIM(d.c_num_copago_fijo)), N'') AS DECIMAL(12, 2)), 0),
        ISNULL(TRY_CAST(NULLIF(LTRIM(RTRIM(d.c_num_copago_variable)), N'') AS DECIMAL(5, 2)), 0),
        1,
        @id_user_registro
    FROM @DOC_AUTORIZA AS d
    WHERE
        NULLIF(LTRIM(RTRIM(d.c_cod_autorizacion)), N'') IS NOT NULL
        AND NOT EXISTS (
            SELECT 1 FROM Romsoft.ADM_DOCUMENTO_AUTORIZACION AS x
            WHERE x.f_estado = 1 AND x.c_cod_autorizacion = LTRIM(RTRIM(d.c_cod_autorizacion))
        );

    IF @@ROWCOUNT > 0 SET @Response = CAST(SCOPE_IDENTITY() AS INT);
END;
GO
