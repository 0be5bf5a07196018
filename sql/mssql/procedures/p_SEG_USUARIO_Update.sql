/*
    Romsoft.p_SEG_USUARIO_Update
    ============================
    Updates a user. @clave NULL or '' keeps the stored password, otherwise it is the new bcrypt
    hash computed by the API. @estado NULL or '' keeps the stored state. @fecha_modifica NULL
    stores the server time.

    Returns: @Response = rows changed (0 when the id does not exist).
    Origin:  legacy (same name and parameters as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_USUARIO_Update
    @id_usuario INT = NULL,
    @id_rol INT = NULL,
    @usuario NVARCHAR(50) = NULL,
    @clave NVARCHAR(200) = NULL,
    @apellidos NVARCHAR(100) = NULL,
    @nombres NVARCHAR(100) = NULL,
    @nro_documento VARCHAR(20) = NULL,
    @sexo CHAR(1) = NULL,
    @email NVARCHAR(150) = NULL,
    @celular VARCHAR(20) = NULL,
    @estado CHAR(1) = NULL,
    @usuario_modifica NVARCHAR(50) = NULL,
    @fecha_modifica DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.SEG_USUARIO
    SET
        id_rol = @id_rol,
        usuario = @usuario,
        clave = COALESCE(NULLIF(@clave, N''), clave),
        apellidos = @apellidos,
        nombres = @nombres,
        nro_documento = @nro_documento,
        sexo = @sexo,
        email = @email,
        celular = @celular,
        estado = COALESCE(NULLIF(@estado, ''), estado),
        usuario_modifica = @usuario_modifica,
        fecha_modifica = COALESCE(@fecha_modifica, SYSDATETIME()),
        -- A new password, role or state revokes the user's tokens (they carry the stamp).
        sello = sello + CASE
            WHEN NULLIF(@clave, N'') IS NOT NULL THEN 1
            WHEN COALESCE(id_rol, -1) <> COALESCE(@id_rol, -1) THEN 1
            WHEN NULLIF(@estado, '') IS NOT NULL AND NULLIF(@estado, '') <> estado THEN 1
            ELSE 0
        END
    WHERE id_usuario = @id_usuario;

    SET @Response = @@ROWCOUNT;
END;
GO
