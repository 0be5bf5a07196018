/*
    Romsoft.p_CVN_TARIFARIO_SEGUS_VerifyExists
    1 when an ACTIVE tariff line has this code (trimmed, any case), else 0. Inactive (deleted)
    lines do not count: their code may be registered again.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_TARIFARIO_SEGUS_VerifyExists
    @c_codigo NVARCHAR(20) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CASE
            WHEN EXISTS (
                SELECT 1
                FROM Romsoft.CVN_TARIFARIO_SEGUS AS t
                WHERE t.f_estado = 1 AND t.c_codigo = LTRIM(RTRIM(@c_codigo))
            ) THEN 1
            ELSE 0
        END AS existe;
END;
GO
