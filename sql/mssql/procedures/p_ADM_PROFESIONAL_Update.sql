/*
    Romsoft.p_ADM_PROFESIONAL_Update
    Updates a professional (ids 0 = not chosen = NULL; @f_estado other than 0/1 keeps the
    stored state) and keeps its main specialty in ADM_PROFESIONAL_ESPECIALIDAD: the new main one
    active with its RNE number, a replaced main one inactive. @Response = rows changed (0: no
    such id).
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_PROFESIONAL_Update
    @id_profesional INT = NULL,
    @c_codigo NVARCHAR(20) = NULL,
    @t_apellidos NVARCHAR(100) = NULL,
    @t_nombres NVARCHAR(100) = NULL,
    @t_direccion NVARCHAR(250) = NULL,
    @t_observacion NVARCHAR(500) = NULL,
    @d_fecha_nace DATETIME2(3) = NULL,
    @id_genero INT = NULL,
    @id_tipo_documento INT = NULL,
    @c_numero_documento NVARCHAR(20) = NULL,
    @id_especialidad INT = NULL,
    @c_nro_especialidad NVARCHAR(20) = NULL,
    @id_tipo_profesional INT = NULL,
    @c_colegiatura NVARCHAR(20) = NULL,
    @id_condicion_profesional INT = NULL,
    @c_telefono_1 NVARCHAR(20) = NULL,
    @c_telefono_2 NVARCHAR(20) = NULL,
    @f_estado INT = NULL,
    @id_user_modifica INT = NULL,
    @d_fecha_modifica DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @especialidad INT = NULLIF(@id_especialidad, 0);

    BEGIN TRANSACTION;

    UPDATE pe
    SET pe.f_estado = 0
    FROM Romsoft.ADM_PROFESIONAL_ESPECIALIDAD AS pe
    INNER JOIN Romsoft.ADM_PROFESIONAL AS p
        ON pe.id_profesional = p.id_profesional AND pe.id_especialidad = p.id_especialidad
    WHERE p.id_profesional = @id_profesional AND (@especialidad IS NULL OR p.id_especialidad <> @especialidad);

    UPDATE Romsoft.ADM_PROFESIONAL
    SET
        c_codigo = NULLIF(LTRIM(RTRIM(@c_codigo)), N''),
        t_apellidos = LTRIM(RTRIM(@t_apellidos)),
        t_nombres = LTRIM(RTRIM(@t_nombres)),
        t_direccion = @t_direccion,
        t_observacion = @t_observacion,
        d_fecha_nace = CAST(@d_fecha_nace AS DATE),
        id_genero = NULLIF(@id_genero, 0),
        id_tipo_documento = NULLIF(@id_tipo_documento, 0),
        c_numero_documento = LTRIM(RTRIM(@c_numero_documento)),
        id_especialidad = @especialidad,
        c_nro_especialidad = NULLIF(LTRIM(RTRIM(@c_nro_especialidad)), N''),
        id_tipo_profesional = NULLIF(@id_tipo_profesional, 0),
        c_colegiatura = NULLIF(LTRIM(RTRIM(@c_colegiatura)), N''),
        id_condicion_profesional = NULLIF(@id_condicion_profesional, 0),
        c_telefono_1 = @c_telefono_1,
        c_telefono_2 = @c_telefono_2,
        f_estado = CASE WHEN @f_estado IN (0, 1) THEN @f_estado ELSE f_estado END,
        id_user_modifica = @id_user_modifica,
        d_fecha_modifica = COALESCE(@d_fecha_modifica, SYSDATETIME())
    WHERE id_profesional = @id_profesional;

    SET @Response = @@ROWCOUNT;

    IF @Response > 0 AND @especialidad IS NOT NULL
    BEGIN
        UPDATE Romsoft.ADM_PROFESIONAL_ESPECIALIDAD
        SET c_nro_especialidad = NULLIF(LTRIM(RTRIM(@c_nro_especialidad)), N''), f_estado = 1
        WHERE id_profesional = @id_profesional AND id_especialidad = @especialidad;

        IF @@ROWCOUNT = 0
            INSERT INTO Romsoft.ADM_PROFESIONAL_ESPECIALIDAD (id_profesional, id_especialidad, c_nro_especialidad, f_estado)
            VALUES (@id_profesional, @especialidad, NULLIF(LTRIM(RTRIM(@c_nro_especialidad)), N''), 1);
    END;

    COMMIT TRANSACTION;
END;
GO
