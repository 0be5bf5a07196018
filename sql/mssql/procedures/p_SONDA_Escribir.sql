/*
    Romsoft.p_SONDA_Escribir
    ========================
    The write probe of GET /health/ready: writes the time into the single row of Romsoft.SONDA.

    Returns: @Response = 1.
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SONDA_Escribir
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.SONDA SET instante = SYSDATETIME() WHERE id = 1;
    IF @@ROWCOUNT = 0
        INSERT INTO Romsoft.SONDA (id, instante) VALUES (1, SYSDATETIME());

    SET @Response = 1;
END;
GO
