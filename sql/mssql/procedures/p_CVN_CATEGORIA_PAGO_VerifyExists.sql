/*
    Romsoft.p_CVN_CATEGORIA_PAGO_VerifyExists
    1 when an active payment category has this code (non-blank) or this description, ignoring
    case and accents; else 0. An inactive (deleted) category does not block a new one.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_CATEGORIA_PAGO_VerifyExists
    @c_codigo NVARCHAR(20) = NULL,
    @t_descripcion NVARCHAR(200) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CASE
            WHEN EXISTS (
                SELECT 1
                FROM Romsoft.CVN_CATEGORIA_PAGO AS c
                WHERE
                    c.f_estado = 1
                    AND (
                        (
                            NULLIF(LTRIM(RTRIM(@c_codigo)), N'') IS NOT NULL
                            AND c.c_codigo COLLATE Latin1_General_CI_AI = LTRIM(RTRIM(@c_codigo)) COLLATE Latin1_General_CI_AI
                        )
                        OR c.t_descripcion COLLATE Latin1_General_CI_AI = LTRIM(RTRIM(@t_descripcion)) COLLATE Latin1_General_CI_AI
                    )
            ) THEN 1
            ELSE 0
        END AS existe;
END;
GO
