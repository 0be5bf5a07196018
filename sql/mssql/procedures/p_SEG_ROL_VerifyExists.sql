/*
    Romsoft.p_SEG_ROL_VerifyExists
    ==============================
    1 when a role with this name exists (active or not; case sensitivity follows the database
    collation, case-insensitive with the usual ones), else 0.

    Returns: one row, one column (existe).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure);
             not called by this API; kept so a DBA's scripts and reports keep working.
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_ROL_VerifyExists
    @rol NVARCHAR(50) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CASE
            WHEN EXISTS (
                SELECT 1
                FROM Romsoft.SEG_ROL AS r
                WHERE r.rol = LTRIM(RTRIM(@rol))
            ) THEN 1
            ELSE 0
        END AS existe;
END;
GO
