/*
    Romsoft.p_ADM_PACIENTE_VerifyExists
    1 when the clinical record number is taken, else 0; no number (NULL or 0) never exists
    (the insert then takes the next one). The document is checked by the insert itself.
    Origin:  legacy (same name, parameter and result as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_PACIENTE_VerifyExists
    @n_historia_clinica NVARCHAR(12) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CASE
            WHEN EXISTS (
                SELECT 1
                FROM Romsoft.ADM_PACIENTE AS p
                WHERE
                    TRY_CAST(@n_historia_clinica AS INT) > 0
                    AND p.n_historia_clinica = TRY_CAST(@n_historia_clinica AS INT)
            ) THEN 1
            ELSE 0
        END AS existe;
END;
GO
