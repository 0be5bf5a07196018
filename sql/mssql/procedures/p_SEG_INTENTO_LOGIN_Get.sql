/*
    Romsoft.p_SEG_INTENTO_LOGIN_Get
    ===============================
    The failed-login counters of a user name key and a client address key (zero to two rows).
    The API decides from them whether to refuse a login for a while.

    Returns: rows (llave, fallos, primer_fallo).
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_INTENTO_LOGIN_Get
    @llave_usuario NVARCHAR(120) = NULL,
    @llave_ip NVARCHAR(120) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        i.llave AS llave,
        i.fallos AS fallos,
        i.primer_fallo AS primer_fallo
    FROM Romsoft.SEG_INTENTO_LOGIN AS i
    WHERE i.llave IN (@llave_usuario, @llave_ip);
END;
GO
