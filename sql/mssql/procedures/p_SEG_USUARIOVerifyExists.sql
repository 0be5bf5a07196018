/*
    Romsoft.p_SEG_USUARIOVerifyExists
    =================================
    1 when a user with this login name exists (active or not), else 0. The name is compared
    case-insensitively whatever the database collation ('Admin' finds 'admin').

    Returns: one row, one column (existe INT: 1 or 0).
    Origin:  legacy (same name and parameter as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_USUARIOVerifyExists
    -- Wider than the column: an over-long name finds nothing instead of being truncated.
    @Username NVARCHAR(200) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CASE
            WHEN EXISTS (
                SELECT 1
                FROM Romsoft.SEG_USUARIO AS u
                WHERE UPPER(u.usuario) = UPPER(@Username)
            ) THEN 1
            ELSE 0
        END AS existe;
END;
GO
