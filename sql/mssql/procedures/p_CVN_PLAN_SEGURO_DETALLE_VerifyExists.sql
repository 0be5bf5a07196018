/*
    Romsoft.p_CVN_PLAN_SEGURO_DETALLE_VerifyExists
    1 when the plan already has an active line for this benefit, else 0 (the duplicate check
    seed 002 documents; the legacy CVN_PLAN_SEGURO_DETALLEBL.Exists returned a constant false).
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_PLAN_SEGURO_DETALLE_VerifyExists
    @id_plan_seguro INT = NULL,
    @id_beneficio INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CASE
            WHEN EXISTS (
                SELECT 1
                FROM Romsoft.CVN_PLAN_SEGURO_DETALLE AS d
                WHERE d.id_plan_seguro = @id_plan_seguro AND d.id_beneficio = @id_beneficio AND d.f_estado = 1
            ) THEN 1
            ELSE 0
        END AS existe;
END;
GO
