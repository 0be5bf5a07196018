/*
    Romsoft.p_SEG_ROL_Insert
    ========================
    Inserts a role. @estado NULL or '' stores 'A' (active); @fecha_registro NULL stores the
    server time; @UsuarioCreacion is the login name of who registers it. A duplicate role name
    fails on the unique constraint UQ_SEG_ROL_rol (check p_SEG_ROL_VerifyExists first).

    Returns: @Response = the new id_rol.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure);
             not called by this API; kept so a DBA's scripts and reports keep working.
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_ROL_Insert
    @rol NVARCHAR(50) = NULL,
    @descripcion NVARCHAR(200) = NULL,
    @estado CHAR(1) = NULL,
    @UsuarioCreacion NVARCHAR(50) = NULL,
    @fecha_registro DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO Romsoft.SEG_ROL (rol, descripcion, estado, usuario_registro, fecha_registro)
    VALUES (
        LTRIM(RTRIM(@rol)),
        @descripcion,
        COALESCE(NULLIF(UPPER(@estado), ''), 'A'),
        @UsuarioCreacion,
        COALESCE(@fecha_registro, SYSDATETIME())
    );

    SET @Response = CAST(SCOPE_IDENTITY() AS INT);
END;
GO
