/*
    Romsoft.p_ADM_PROFESIONAL_GetById
    The professional with this id, active or not (zero or one row).
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_PROFESIONAL_GetById
    @id_profesional INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

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
    WHERE p.id_profesional = @id_profesional;
END;
GO
