/*
    Romsoft.p_SEG_USUARIO_GetCredentials
    ====================================
    The login row of a user, found by login name case-insensitively whatever the database
    collation, with the stored password (bcrypt hash, or a legacy value) for the API to verify.
    Inactive users are returned too: the API decides what to answer.
    Replaces the legacy p_SEG_USUARIOGetByUsernameClave, which compared passwords in SQL.

    If a case-sensitive legacy database holds several names that differ only in case, the one
    written exactly as @Username wins, then the lowest id_usuario.

    Returns: zero or one row (id_usuario, id_rol, usuario, clave, apellidos, nombres, estado,
             sello = the security stamp the token will carry).
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_USUARIO_GetCredentials
    -- Wider than the column: an over-long name finds nothing instead of being truncated.
    @Username NVARCHAR(200) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (1)
        u.id_usuario AS id_usuario,
        u.id_rol AS id_rol,
        u.usuario AS usuario,
        u.clave AS clave,
        u.apellidos AS apellidos,
        u.nombres AS nombres,
        u.estado AS estado,
        u.sello AS sello
    FROM Romsoft.SEG_USUARIO AS u
    WHERE UPPER(u.usuario) = UPPER(@Username)
    ORDER BY
        CASE WHEN u.usuario = @Username THEN 0 ELSE 1 END,
        u.id_usuario;
END;
GO
