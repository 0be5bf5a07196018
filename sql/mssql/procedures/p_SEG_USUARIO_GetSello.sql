/*
    Romsoft.p_SEG_USUARIO_GetSello
    ==============================
    The security stamp and state of a user, which the API compares with those a token carries
    (briefly cached). No row: the user does not exist and the token is refused.

    Returns: zero or one row (sello, estado).
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_USUARIO_GetSello
    @id_usuario INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        u.sello AS sello,
        u.estado AS estado
    FROM Romsoft.SEG_USUARIO AS u
    WHERE u.id_usuario = @id_usuario;
END;
GO
