/*
    Romsoft.p_SEG_USUARIOGetByUsernameClave
    =======================================
    The legacy login compared the password in SQL (@clave against the stored, AES-"encrypted"
    clave). This database never does: SEG_USUARIO.clave holds a bcrypt hash and passwords are
    verified by the API (README, "Passwords"). The procedure keeps the legacy signature and
    result columns so scripts that call it still compile, but it never compares @clave and
    returns NO row, whatever the arguments; it PRINTs one informational line saying so.

    Returns: rows (id_usuario, id_rol, nombres, apellidos, estado): always none.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure);
             not called by this API; kept so a DBA's scripts and reports keep working.
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_USUARIOGetByUsernameClave
    @Username NVARCHAR(50) = NULL,
    @clave NVARCHAR(200) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    PRINT N'p_SEG_USUARIOGetByUsernameClave: passwords are verified by the API (bcrypt), never in SQL; no row is returned.';

    -- The legacy result shape with no row: @Username and @clave are never compared.
    SELECT TOP (0)
        u.id_usuario AS id_usuario,
        u.id_rol AS id_rol,
        u.nombres AS nombres,
        u.apellidos AS apellidos,
        u.estado AS estado
    FROM Romsoft.SEG_USUARIO AS u
    WHERE 1 = 0;
END;
GO
