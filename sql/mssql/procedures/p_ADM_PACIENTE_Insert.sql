/*
    Romsoft.p_ADM_PACIENTE_Insert
    Registers a patient, active (@f_estado 0, the DTO's default when omitted, means active
    too: a patient is made inactive by Delete or Update). No record number (NULL or 0): the next one (max + 1) read
    under an update range lock, so two concurrent Adds never take the same number. Ids 0 =
    not chosen = NULL; t_paciente blank = "paterno materno nombres". A patient with the same
    document (type + number) already registered: nothing written, @Response 0 and
    @response_t says which record has it. Otherwise @Response = the new id.
    Origin:  legacy (same name, parameters and outputs as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_PACIENTE_Insert
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
    @id_user_registro INT = NULL,
    @d_fecha_registro DATETIME2(3) = NULL,
    @Response INT OUTPUT,
    @response_t NVARCHAR(100) OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @paterno NVARCHAR(60) = LTRIM(RTRIM(@t_apellido_paterno));
    DECLARE @materno NVARCHAR(60) = NULLIF(LTRIM(RTRIM(@t_apellido_materno)), N'');
    DECLARE @nombres NVARCHAR(80) = LTRIM(RTRIM(@t_nombres));
    DECLARE @documento NVARCHAR(15) = NULLIF(LTRIM(RTRIM(@c_documento_identidad)), N'');
    DECLARE @historia INT = NULLIF(@n_historia_clinica, 0);
    DECLARE @existente INT;

    SET @Response = 0;
    SET @response_t = NULL;

    BEGIN TRANSACTION;

    SELECT @existente = d.n_historia_clinica
    FROM Romsoft.ADM_PACIENTE AS d WITH (UPDLOCK, HOLDLOCK)
    WHERE d.id_documento_identidad = NULLIF(@id_documento_identidad, 0) AND d.c_documento_identidad = @documento;

    IF @existente IS NOT NULL
    BEGIN
        SET @response_t = CONCAT(
            N'Ya existe un paciente con ese documento de identidad: historia cl', NCHAR(237), N'nica ',
            @existente, N'.'
        );
        COMMIT TRANSACTION;
        RETURN;
    END;

    IF @historia IS NULL
        SELECT @historia = COALESCE(MAX(h.n_historia_clinica), 0) + 1
        FROM Romsoft.ADM_PACIENTE AS h WITH (UPDLOCK, HOLDLOCK);

    INSERT INTO Romsoft.ADM_PACIENTE (
        n_historia_clinica, t_apellido_paterno, t_apellido_materno, t_nombres, t_paciente,
        d_fecha_nacimiento, id_genero, id_estado_civil, id_documento_identidad, c_documento_identidad,
        id_grupo_sanguineo, id_ocupacion, t_ocupacion, t_email_paciente, c_p_fono_casa,
        c_p_fono_personal, c_p_fono_corporativo, id_ubigeo_nacimiento, id_ubigeo_domicilio,
        t_referencia, t_direccion, t_responsable, t_email_responsable, c_r_fono_casa,
        c_r_fono_personal, f_estado, id_user_registro, d_fecha_registro
    )
    VALUES (
        @historia,
        @paterno,
        @materno,
        @nombres,
        COALESCE(NULLIF(LTRIM(RTRIM(@t_paciente)), N''), LTRIM(RTRIM(@paterno + N' ' + ISNULL(@materno, N''))) + N' ' + @nombres),
        CAST(@d_fecha_nacimiento AS DATE),
        NULLIF(@id_genero, 0),
        NULLIF(@id_estado_civil, 0),
        NULLIF(@id_documento_identidad, 0),
        @documento,
        NULLIF(@id_grupo_sanguineo, 0),
        NULLIF(@id_ocupacion, 0),
        @t_ocupacion,
        @t_email_paciente,
        @c_p_fono_casa,
        @c_p_fono_personal,
        @c_p_fono_corporativo,
        NULLIF(@id_ubigeo_nacimiento, 0),
        NULLIF(@id_ubigeo_domicilio, 0),
        @t_referencia,
        @t_direccion,
        @t_responsable,
        @t_email_responsable,
        @c_r_fono_casa,
        @c_r_fono_personal,
        COALESCE(NULLIF(@f_estado, 0), 1),
        @id_user_registro,
        COALESCE(@d_fecha_registro, SYSDATETIME())
    );
    SET @Response = CAST(SCOPE_IDENTITY() AS INT);

    COMMIT TRANSACTION;
END;
GO
