/*
    Romsoft.p_SEG_INTENTO_LOGIN_Limpiar
    ===================================
    Forgets the failed logins of a user name key (after a successful login).

    Returns: @Response = rows deleted.
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_INTENTO_LOGIN_Limpiar
    @llave_usuario NVARCHAR(120) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    DELETE FROM Romsoft.SEG_INTENTO_LOGIN
    WHERE llave = @llave_usuario;

    SET @Response = @@ROWCOUNT;
END;
GO
