/*
    Romsoft.p_CVN_PLAN_SEGURO_GetAllActives
    Active plans (f_estado = 1), ordered by description.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_PLAN_SEGURO_GetAllActives
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        p.id_plan_seguro AS id_plan_seguro,
        p.c_codigo AS c_codigo,
        p.t_descripcion AS t_descripcion
    FROM Romsoft.CVN_PLAN_SEGURO AS p
    WHERE p.f_estado = 1
    ORDER BY p.t_descripcion, p.id_plan_seguro;
END;
GO
