/*
    Romsoft.p_CVN_PLAN_SEGURO_VerifyExists
    1 when an active plan of this guarantor has this code or this description (trimmed,
    ignoring case and accents), else 0. The duplicate check seed 002 documents for Add (the
    legacy CVN_PLAN_SEGUROBL.Exists returned a constant false).
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_PLAN_SEGURO_VerifyExists
    @id_contacto_garante INT = NULL,
    @c_codigo NVARCHAR(20) = NULL,
    @t_descripcion NVARCHAR(200) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CASE
            WHEN EXISTS (
                SELECT 1
                FROM Romsoft.CVN_PLAN_SEGURO AS p
                WHERE
                    p.f_estado = 1
                    AND p.id_contacto_garante = @id_contacto_garante
                    AND (
                        (NULLIF(LTRIM(RTRIM(@c_codigo)), N'') IS NOT NULL AND p.c_codigo = LTRIM(RTRIM(@c_codigo)))
                        OR (
                            NULLIF(LTRIM(RTRIM(@t_descripcion)), N'') IS NOT NULL
                            AND p.t_descripcion COLLATE Latin1_General_CI_AI
                            = LTRIM(RTRIM(@t_descripcion)) COLLATE Latin1_General_CI_AI
                        )
                    )
            ) THEN 1
            ELSE 0
        END AS existe;
END;
GO
