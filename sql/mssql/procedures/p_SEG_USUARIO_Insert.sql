/*
    Romsoft.p_SEG_USUARIO_Insert
    ============================
    Inserts a user. @clave is already a bcrypt hash computed by the API (never a plain password).
    @estado NULL or '' stores 'A' (active); @fecha_registro NULL stores the server time.
    A duplicate login name fails on the unique index UX_SEG_USUARIO_usuario (the API checks
    p_SEG_USUARIOVerifyExists first).

    Returns: @Response = the new id_usuario.
    Origin:  legacy (same name and parameters as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_USUARIO_Insert
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
    @usuario_registro NVARCHAR(50) = NULL,
    @fecha_registro DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO Romsoft.SEG_USUARIO (
        id_rol, usuario, clave, apellidos, nombres, nro_documento, sexo, email, celular,
        estado, usuario_registro, fecha_registro
    )
    VALUES (
        @id_rol, @usuario, @clave, @apellidos, @nombres, @nro_documento, @sexo, @email, @celular,
        COALESCE(NULLIF(@estado, ''), 'A'),
        @usuario_registro,
        COALESCE(@fecha_registro, SYSDATETIME())
    );

    SET @Response = CAST(SCOPE_IDENTITY() AS INT);
END;
GO
