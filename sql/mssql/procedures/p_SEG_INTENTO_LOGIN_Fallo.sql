/*
    Romsoft.p_SEG_INTENTO_LOGIN_Fallo
    =================================
    Counts one failed login for the user name key and for the client address key. A counter
    whose first failure is older than @desde (the start of the window) starts again at 1.

    Returns: @Response = counters written (2).
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_INTENTO_LOGIN_Fallo
    @llave_usuario NVARCHAR(120) = NULL,
    @llave_ip NVARCHAR(120) = NULL,
    @ahora DATETIME2(3) = NULL,
    @desde DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @llaves TABLE (llave NVARCHAR(120) NOT NULL PRIMARY KEY);
    INSERT INTO @llaves (llave)
    SELECT DISTINCT v.llave
    FROM (VALUES (@llave_usuario), (@llave_ip)) AS v (llave)
    WHERE v.llave IS NOT NULL;

    MERGE Romsoft.SEG_INTENTO_LOGIN WITH (HOLDLOCK) AS t
    USING @llaves AS s
        ON t.llave = s.llave
    WHEN MATCHED THEN UPDATE SET
        fallos = CASE WHEN t.primer_fallo < @desde THEN 1 ELSE t.fallos + 1 END,
        primer_fallo = CASE WHEN t.primer_fallo < @desde THEN @ahora ELSE t.primer_fallo END
    WHEN NOT MATCHED THEN
        INSERT (llave, fallos, primer_fallo) VALUES (s.llave, 1, @ahora);

    SET @Response = @@ROWCOUNT;
END;
GO
