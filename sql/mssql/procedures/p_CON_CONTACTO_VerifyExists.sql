/*
    Romsoft.p_CON_CONTACTO_VerifyExists
    1 when an active contact has this document number (RUC or DNI) or this business name
    (trimmed; the collation ignores case and accents), else 0.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CON_CONTACTO_VerifyExists
    @c_codigo NVARCHAR(20) = NULL,
    @t_razon_social NVARCHAR(200) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CASE
            WHEN EXISTS (
                SELECT 1
                FROM Romsoft.CON_CONTACTO AS c
                WHERE
                    c.f_estado = 1
                    AND (
                        (NULLIF(LTRIM(RTRIM(@c_codigo)), N'') IS NOT NULL AND c.c_codigo = LTRIM(RTRIM(@c_codigo)))
                        OR (
                            NULLIF(LTRIM(RTRIM(@t_razon_social)), N'') IS NOT NULL
                            AND c.t_razon_social COLLATE Latin1_General_CI_AI
                            = LTRIM(RTRIM(@t_razon_social)) COLLATE Latin1_General_CI_AI
                        )
                    )
            ) THEN 1
            ELSE 0
        END AS existe;
END;
GO
