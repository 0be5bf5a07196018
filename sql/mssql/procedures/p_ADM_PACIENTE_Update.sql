/*
    Romsoft.p_ADM_PACIENTE_Update
    Updates a patient. The record number is kept when none is sent (NULL or 0); @f_estado
    other than 0/1 keeps the stored state. @Response = rows changed (0: no such patient, or
    the document or record number belongs to another patient).
    Origin:  legacy (same name, parameters and output as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_PACIENTE_Update
    @id_paciente INT = NULL,
    @n_historia_clinica INT = NULL,
    @t_apellido_paterno NVARCHAR(60) = NULL,
    @t_apellido_materno NVARCHAR(60) = NULL,
    @t_nombres NVARCHAR(80) = NULL,
    @t_paciente NVARCHAR(200) = NULL,
    @d_fecha_nacimiento DATETIME2(3) = NULL,
    @id_genero INT = NULL,
    @id_estado_civil INT = NULL,
    @id_documento_identidad INT = NULL,
    @c_documento_identidad NVARCHAR(15) = NULL,
    @id_grupo_sanguineo INT = NULL,
    @id_ocupacion INT = NULL,
    @t_ocupacion NVARCHAR(200) = NULL,
    @t_email_paciente NVARCHAR(100) = NULL,
    @c_p_fono_casa NVARCHAR(20) = NULL,
    @c_p_fono_personal NVARCHAR(20) = NULL,
    @c_p_fono_corporativo NVARCHAR(20) = NULL,
    @id_ubigeo_nacimiento INT = NULL,
    @id_ubigeo_domicilio INT = NULL,
    @t_referencia NVARCHAR(250) = NULL,
    @t_direccion NVARCHAR(250) = NULL,
    @t_responsable NVARCHAR(200) = NULL,
    @t_email_responsable NVARCHAR(100) = NULL,
    @c_r_fono_casa NVARCHAR(20) = NULL,
    @c_r_fono_personal NVARCHAR(20) = NULL,
    @f_estado INT = NULL,
    @id_user_modifica INT = NULL,
    @d_fecha_modifica DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE p
    SET
        n_historia_clinica = COALESCE(NULLIF(@n_historia_clinica, 0), p.n_historia_clinica),
        t_apellido_paterno = LTRIM(RTRIM(@t_apellido_paterno)),
        t_apellido_materno = NULLIF(LTRIM(RTRIM(@t_apellido_materno)), N''),
        t_nombres = LTRIM(RTRIM(@t_nombres)),
        t_paciente = COALESCE(
            NULLIF(LTRIM(RTRIM(@t_paciente)), N''),
            LTRIM(RTRIM(LTRIM(RTRIM(@t_apellido_paterno)) + N' ' + ISNULL(NULLIF(LTRIM(RTRIM(@t_apellido_materno)), N''), N'')))
            + N' ' + LTRIM(RTRIM(@t_nombres))
        ),
        d_fecha_nacimiento = CAST(@d_fecha_nacimiento AS DATE),
        id_genero = NULLIF(@id_genero, 0),
        id_estado_civil = NULLIF(@id_estado_civil, 0),
        id_documento_identidad = NULLIF(@id_documento_identidad, 0),
        c_documento_identidad = NULLIF(LTRIM(RTRIM(@c_documento_identidad)), N''),
        id_grupo_sanguineo = NULLIF(@id_grupo_sanguineo, 0),
        id_ocupacion = NULLIF(@id_ocupacion, 0),
        t_ocupacion = @t_ocupacion,
        t_email_paciente = @t_email_paciente,
        c_p_fono_casa = @c_p_fono_casa,
        c_p_fono_personal = @c_p_fono_personal,
        c_p_fono_corporativo = @c_p_fono_corporativo,
        id_ubigeo_nacimiento = NULLIF(@id_ubigeo_nacimiento, 0),
        id_ubigeo_domicilio = NULLIF(@id_ubigeo_domicilio, 0),
        t_referencia = @t_referencia,
        t_direccion = @t_direccion,
        t_responsable = @t_responsable,
        t_email_responsable = @t_email_responsable,
        c_r_fono_casa = @c_r_fono_casa,
        c_r_fono_personal = @c_r_fono_personal,
        f_estado = CASE WHEN @f_estado IN (0, 1) THEN @f_estado ELSE p.f_estado END,
        id_user_modifica = @id_user_modifica,
        d_fecha_modifica = COALESCE(@d_fecha_modifica, SYSDATETIME())
    FROM Romsoft.ADM_PACIENTE AS p
    WHERE
        p.id_paciente = @id_paciente
        AND NOT EXISTS (
            SELECT 1
            FROM Romsoft.ADM_PACIENTE AS d
            WHERE
                d.id_paciente <> @id_paciente
                AND (
                    d.n_historia_clinica = NULLIF(@n_historia_clinica, 0)
                    OR (
                        d.id_documento_identidad = NULLIF(@id_documento_identidad, 0)
                        AND d.c_documento_identidad = NULLIF(LTRIM(RTRIM(@c_documento_identidad)), N'')
                    )
                )
        );

    SET @Response = @@ROWCOUNT;
END;
GO
