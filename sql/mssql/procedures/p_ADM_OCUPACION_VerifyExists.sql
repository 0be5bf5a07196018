/*
    Romsoft.p_ADM_OCUPACION_VerifyExists
    1 when an occupation with this code (non-blank) or description exists, else 0 (case-insensitive).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_OCUPACION_VerifyExists
    @c_codigo NVARCHAR(20) = NULL,
    @t_descripcion NVARCHAR(200) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CASE
            WHEN EXISTS (
                SELECT 1
                FROM Romsoft.ADM_OCUPACION AS o
                WHERE
                    (NULLIF(LTRIM(RTRIM(@c_codigo)), N'') IS NOT NULL AND o.c_codigo = LTRIM(RTRIM(@c_codigo)))
                    OR o.t_descripcion = LTRIM(RTRIM(@t_descripcion))
            ) THEN 1
            ELSE 0
        END AS existe;
END;
GO
