/*
    Romsoft.p_SEG_USUARIO_SetClave
    ==============================
    Replaces a user's stored password with a new bcrypt hash computed by the API. The API calls
    it after a successful login on a legacy row whose password was stored in plain text.
    A NULL or '' @clave changes nothing (a user is never left without a password). The audit
    columns are not touched: this is a technical upgrade, not an edit of the user.

    Returns: @Response = rows changed (0 when the id does not exist or @clave is blank).
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_USUARIO_SetClave
    @id_usuario INT = NULL,
    @clave NVARCHAR(200) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.SEG_USUARIO
    SET clave = @clave
    WHERE
        id_usuario = @id_usuario
        AND NULLIF(@clave, N'') IS NOT NULL;

    SET @Response = @@ROWCOUNT;
END;
GO
