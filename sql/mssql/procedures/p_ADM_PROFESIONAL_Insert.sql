/*
    Romsoft.p_ADM_PROFESIONAL_Insert
    Inserts a professional, always active (ids 0 = not chosen = NULL) and, when it has a main
    specialty, its row in ADM_PROFESIONAL_ESPECIALIDAD (with the RNE number), in one
    transaction. Returns @Response = the new id.
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_PROFESIONAL_Insert
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
    @id_user_registro INT = NULL,
    @d_fecha_registro DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    BEGIN TRANSACTION;

    INSERT INTO Romsoft.ADM_PROFESIONAL (
        c_codigo, t_apellidos, t_nombres, t_direccion, t_observacion, d_fecha_nace, id_genero,
        id_tipo_documento, c_numero_documento, id_especialidad, c_nro_especialidad, id_tipo_profesional,
        c_colegiatura, id_condicion_profesional, c_telefono_1, c_telefono_2, f_estado,
        id_user_registro, d_fecha_registro
    )
    VALUES (
        NULLIF(LTRIM(RTRIM(@c_codigo)), N''),
        LTRIM(RTRIM(@t_apellidos)),
        LTRIM(RTRIM(@t_nombres)),
        @t_direccion,
        @t_observacion,
        CAST(@d_fecha_nace AS DATE),
        NULLIF(@id_genero, 0),
        NULLIF(@id_tipo_documento, 0),
        LTRIM(RTRIM(@c_numero_documento)),
        NULLIF(@id_especialidad, 0),
        NULLIF(LTRIM(RTRIM(@c_nro_especialidad)), N''),
        NULLIF(@id_tipo_profesional, 0),
        NULLIF(LTRIM(RTRIM(@c_colegiatura)), N''),
        NULLIF(@id_condicion_profesional, 0),
        @c_telefono_1,
        @c_telefono_2,
        1,
        @id_user_registro,
        COALESCE(@d_fecha_registro, SYSDATETIME())
    );

    SET @Response = CAST(SCOPE_IDENTITY() AS INT);

    IF NULLIF(@id_especialidad, 0) IS NOT NULL
        INSERT INTO Romsoft.ADM_PROFESIONAL_ESPECIALIDAD (id_profesional, id_especialidad, c_nro_especialidad, f_estado)
        VALUES (@Response, @id_especialidad, NULLIF(LTRIM(RTRIM(@c_nro_especialidad)), N''), 1);

    COMMIT TRANSACTION;
END;
GO
