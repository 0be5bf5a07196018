/*
    Romsoft.p_SEG_ROL_Update
    ========================
    Updates a role. As in the legacy repository, @UsuarioCreacion and @fecha_registro carry who
    changes it and when: they are stored as usuario_modifica and fecha_modifica (NULL = the
    server time); the registration audit is kept. @estado NULL or '' keeps the current state.

    Returns: @Response = rows changed (0 when the id does not exist).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure);
             not called by this API; kept so a DBA's scripts and reports keep working.
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_ROL_Update
    @id_rol INT = NULL,
    @rol NVARCHAR(50) = NULL,
    @descripcion NVARCHAR(200) = NULL,
    @estado CHAR(1) = NULL,
    @UsuarioCreacion NVARCHAR(50) = NULL,
    @fecha_registro DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.SEG_ROL
    SET
        rol = LTRIM(RTRIM(@rol)),
        descripcion = @descripcion,
        estado = COALESCE(NULLIF(UPPER(@estado), ''), estado),
        usuario_modifica = @UsuarioCreacion,
        fecha_modifica = COALESCE(@fecha_registro, SYSDATETIME())
    WHERE id_rol = @id_rol;

    SET @Response = @@ROWCOUNT;
END;
GO
