/*
    Romsoft.p_ADM_PROFESIONAL_GetAllFilter
    Professionals matching every filter given, by surnames and names:
      * @t_apellidos, @t_nombres: their words, in order, anywhere, ignoring case and accents
        (collation Latin1_General_CI_AI: 'perez' finds Perez with its accent); blank = any;
      * @c_numero_documento: the document number starts with it; blank = any;
      * @id_especialidad: the main specialty or an active one of ADM_PROFESIONAL_ESPECIALIDAD;
        NULL/0 = any;
      * @f_estado: 1 active, 0 inactive, anything else (-1) or NULL = both.
    Wildcards typed by the user match themselves.
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_PROFESIONAL_GetAllFilter
    @t_apellidos NVARCHAR(100) = NULL,
    @t_nombres NVARCHAR(100) = NULL,
    @c_numero_documento NVARCHAR(20) = NULL,
    @id_especialidad INT = NULL,
    @f_estado INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @apellidos NVARCHAR(400) = REPLACE(REPLACE(REPLACE(
        LTRIM(RTRIM(COALESCE(@t_apellidos, N''))), N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]');
    DECLARE @nombres NVARCHAR(400) = REPLACE(REPLACE(REPLACE(
        LTRIM(RTRIM(COALESCE(@t_nombres, N''))), N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]');
    DECLARE @documento NVARCHAR(80) = REPLACE(REPLACE(REPLACE(
        LTRIM(RTRIM(COALESCE(@c_numero_documento, N''))), N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]');

    SELECT
        p.id_profesional AS id_profesional,
        p.c_codigo AS c_codigo,
        p.t_apellidos AS t_apellidos,
        p.t_nombres AS t_nombres,
        p.t_apellidos + N', ' + p.t_nombres AS t_medico,
        p.t_direccion AS t_direccion,
        p.t_observacion AS t_observacion,
        CAST(p.d_fecha_nace AS DATETIME2(3)) AS d_fecha_nace,
        p.id_genero AS id_genero,
        p.id_tipo_documento AS id_tipo_documento,
        p.c_numero_documento AS c_numero_documento,
        p.id_especialidad AS id_especialidad,
        p.c_nro_especialidad AS c_nro_especialidad,
        p.id_tipo_profesional AS id_tipo_profesional,
        p.c_colegiatura AS c_colegiatura,
        p.id_condicion_profesional AS id_condicion_profesional,
        p.c_telefono_1 AS c_telefono_1,
        p.c_telefono_2 AS c_telefono_2,
        p.f_estado AS f_estado,
        p.id_user_registro AS id_user_registro,
        p.id_user_modifica AS id_user_modifica,
        ur.usuario AS usuario_registro,
        p.d_fecha_registro AS fecha_registro,
        um.usuario AS usuario_modifica,
        p.d_fecha_modifica AS fecha_modifica
    FROM Romsoft.ADM_PROFESIONAL AS p
    LEFT JOIN Romsoft.SEG_USUARIO AS ur ON p.id_user_registro = ur.id_usuario
    LEFT JOIN Romsoft.SEG_USUARIO AS um ON p.id_user_modifica = um.id_usuario
    WHERE
        (@apellidos = N'' OR p.t_apellidos COLLATE Latin1_General_CI_AI LIKE N'%' + REPLACE(@apellidos, N' ', N'%') + N'%')
        AND (@nombres = N'' OR p.t_nombres COLLATE Latin1_General_CI_AI LIKE N'%' + REPLACE(@nombres, N' ', N'%') + N'%')
        AND (@documento = N'' OR p.c_numero_documento LIKE @documento + N'%')
        AND (
            COALESCE(@id_especialidad, 0) = 0
            OR p.id_especialidad = @id_especialidad
            OR EXISTS (
                SELECT 1
                FROM Romsoft.ADM_PROFESIONAL_ESPECIALIDAD AS pe
                WHERE pe.id_profesional = p.id_profesional AND pe.id_especialidad = @id_especialidad AND pe.f_estado = 1
            )
        )
        AND (COALESCE(@f_estado, -1) NOT IN (0, 1) OR p.f_estado = @f_estado)
    ORDER BY p.t_apellidos, p.t_nombres;
END;
GO
