/*
    Romsoft.p_ADM_PACIENTE_ATENCION_GetAllFilter
    ADM_PACIENTE/GetAllPacienteAtencionFilters: the patients found by one datum (t_dato, upper
    case) of the kind c_tipo_dato says, each with its attentions that are not annulled (the most
    recent first; a patient without one comes once with the attention's columns empty):
      HC   the clinical record number (digits)      DOC  the identity document number
      ATE  the attention number (digits)            NOM  words of the surnames and names, in order,
                                                         ignoring case and accents
      ''   free text: the words anywhere in surnames, names, document and record number.
    The service validates c_tipo_dato and t_dato (accepting the long forms HISTORIA, DOCUMENTO,
    DNI, ATENCION, NOMBRE, APELLIDO) before the call. Active patients only; at most 200 rows.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_PACIENTE_ATENCION_GetAllFilter
    @t_dato NVARCHAR(200) = NULL,
    @c_tipo_dato NVARCHAR(10) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    -- Words in order: blanks between them become %, LIKE's own wildcards are escaped.
    DECLARE @p_dato NVARCHAR(420) = N'%' + REPLACE(
        REPLACE(REPLACE(REPLACE(LTRIM(RTRIM(ISNULL(@t_dato, N''))), N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]'),
        N' ', N'%'
    ) + N'%';
    DECLARE @numero INT = TRY_CAST(@t_dato AS INT);

    SELECT TOP (200)
        p.n_historia_clinica AS n_historia_clinica,
        p.t_apellido_paterno AS t_apellido_paterno,
        p.t_apellido_materno AS t_apellido_materno,
        p.t_nombres AS t_nombres,
        p.t_paciente AS t_paciente,
        p.d_fecha_nacimiento AS d_fecha_nacimiento,
        p.id_genero AS id_genero,
        g.t_descripcion AS Genero,
        p.id_estado_civil AS id_estado_civil,
        ec.t_descripcion AS EstadoCivil,
        p.id_documento_identidad AS id_documento_identidad,
        p.c_documento_identidad AS c_documento_identidad,
        p.id_grupo_sanguineo AS id_grupo_sanguineo,
        p.id_ocupacion AS id_ocupacion,
        p.t_ocupacion AS t_ocupacion,
        p.t_email_paciente AS t_email_paciente,
        p.c_p_fono_casa AS c_p_fono_casa,
        p.c_p_fono_personal AS c_p_fono_personal,
        p.c_p_fono_corporativo AS c_p_fono_corporativo,
        p.id_ubigeo_nacimiento AS id_ubigeo_nacimiento,
        un.t_distrito + N', ' + un.t_provincia + N', ' + un.t_departamento AS UbigeoNacimiento,
        p.id_ubigeo_domicilio AS id_ubigeo_domicilio,
        ud.t_distrito + N', ' + ud.t_provincia + N', ' + ud.t_departamento AS UbigeoDomicilio,
        p.t_referencia AS t_referencia,
        p.t_direccion AS t_direccion,
        p.t_responsable AS t_responsable,
        p.t_email_responsable AS t_email_responsable,
        p.c_r_fono_casa AS c_r_fono_casa,
        p.c_r_fono_personal AS c_r_fono_personal,
        p.f_estado AS f_estado,
        CASE WHEN p.f_estado = 1 THEN N'Activo' ELSE N'Inactivo' END AS estado,
        a.id_atencion AS id_atencion,
        p.id_paciente AS id_paciente,
        a.id_tipo_paciente AS id_tipo_paciente,
        a.id_tipo_atencion AS id_tipo_atencion,
        a.d_fecha_registro AS d_fecha_registro,
        a.c_hora_registro AS c_hora_registro,
        a.n_paciente_derivado AS n_paciente_derivado,
        a.id_plan_seguro AS id_plan_seguro,
        ps.t_descripcion AS plan_seguro,
        a.id_categoria_pago AS id_categoria_pago,
        cp.t_descripcion AS categoria_pago,
        a.c_codigo_asegurado AS c_codigo_asegurado,
        a.c_contrato AS c_contrato,
        a.id_beneficio AS id_beneficio,
        b.c_codigo AS codigo_beneficio,
        b.t_descripcion AS beneficio,
        a.id_documento_prestacion1 AS id_documento_prestacion1,
        dp.t_descripcion AS documento_prestacion,
        a.c_documento_prestacion1 AS c_documento_prestacion1,
        a.d_fecha_autorizacion1 AS d_fecha_autorizacion1,
        a.id_tipo_filiacion AS id_tipo_filiacion,
        tf.t_descripcion AS tipo_filiacion,
        a.t_nombre_titular AS t_nombre_titular,
        a.id_tipo_afiliacion AS id_tipo_afiliacion,
        taf.t_descripcion AS tipo_afiliacion,
        a.n_copago_fijo AS n_copago_fijo,
        a.n_copago_variable AS n_copago_variable,
        a.id_tipo_diagnostico AS id_tipo_diagnostico,
        tc.t_descripcion AS tipo_diagnostico,
        a.id_diagnostico AS id_diagnostico,
        cie.c_codigo AS c_codigo_diagnostico,
        cie.t_descripcion AS diagnostico,
        a.id_profesional AS id_profesional,
        pr.t_apellidos + N' ' + pr.t_nombres AS profesional,
        pr.c_numero_documento AS c_numero_documento_profesional,
        pr.id_especialidad AS id_especialidad,
        es.t_descripcion AS especialidad,
        a.d_fecha_cierre AS d_fecha_cierre,
        a.c_hora_cierre AS c_hora_cierre
    FROM Romsoft.ADM_PACIENTE AS p
    LEFT JOIN Romsoft.ADM_ATENCION AS a ON a.id_paciente = p.id_paciente AND a.f_estado <> 0
    LEFT JOIN Romsoft.ADM_GENERO AS g ON p.id_genero = g.id_genero
    LEFT JOIN Romsoft.ADM_ESTADO_CIVIL AS ec ON p.id_estado_civil = ec.id_estado_civil
    LEFT JOIN Romsoft.ADM_UBIGEO AS un ON p.id_ubigeo_nacimiento = un.id_ubigeo
    LEFT JOIN Romsoft.ADM_UBIGEO AS ud ON p.id_ubigeo_domicilio = ud.id_ubigeo
    LEFT JOIN Romsoft.CVN_PLAN_SEGURO AS ps ON a.id_plan_seguro = ps.id_plan_seguro
    LEFT JOIN Romsoft.CVN_CATEGORIA_PAGO AS cp ON a.id_categoria_pago = cp.id_categoria_pago
    LEFT JOIN Romsoft.CVN_BENEFICIO AS b ON a.id_beneficio = b.id_beneficio
    LEFT JOIN Romsoft.ADM_DOCUMENTO_PRESTACION AS dp ON a.id_documento_prestacion1 = dp.id_documento_prestacion
    LEFT JOIN Romsoft.ADM_TIPO_FILIACION AS tf ON a.id_tipo_filiacion = tf.id_tipo_filiacion
    LEFT JOIN Romsoft.ADM_TIPO_AFILIACION AS taf ON a.id_tipo_afiliacion = taf.id_tipo_afiliacion
    LEFT JOIN Romsoft.ADM_TIPO_CIE10 AS tc ON a.id_tipo_diagnostico = tc.id_tipo_cie10
    LEFT JOIN Romsoft.ADM_CIE10 AS cie ON a.id_diagnostico = cie.id_cie10
    LEFT JOIN Romsoft.ADM_PROFESIONAL AS pr ON a.id_profesional = pr.id_profesional
    LEFT JOIN Romsoft.ADM_ESPECIALIDAD AS es ON pr.id_especialidad = es.id_especialidad
    WHERE
        p.f_estado = 1
        AND (
            (@c_tipo_dato = N'HC' AND p.n_historia_clinica = @numero)
            OR (@c_tipo_dato = N'DOC' AND UPPER(p.c_documento_identidad) = @t_dato)
            OR (
                @c_tipo_dato = N'ATE'
                AND p.id_paciente = (SELECT x.id_paciente FROM Romsoft.ADM_ATENCION AS x WHERE x.id_atencion = @numero)
            )
            OR (
                @c_tipo_dato = N'NOM'
                AND (p.t_apellido_paterno + N' ' + ISNULL(p.t_apellido_materno, N'') + N' ' + p.t_nombres)
                COLLATE Latin1_General_CI_AI LIKE @p_dato
            )
            OR (ISNULL(@c_tipo_dato, N'') NOT IN (N'HC', N'DOC', N'ATE', N'NOM') AND p.t_busqueda LIKE @p_dato)
        )
    ORDER BY p.t_apellido_paterno, p.t_apellido_materno, p.t_nombres, p.id_paciente, a.d_fecha_registro DESC, a.id_atencion DESC;
END;
GO
