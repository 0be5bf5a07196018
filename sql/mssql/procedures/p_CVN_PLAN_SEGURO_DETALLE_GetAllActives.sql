/*
    Romsoft.p_CVN_PLAN_SEGURO_DETALLE_GetAllActives
    The active benefit lines of a plan, by benefit code. codigo / beneficio = the benefit's
    code and description, moneda = the currency's description; amounts DECIMAL(12,2) and
    DECIMAL(5,2) (two decimals).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_PLAN_SEGURO_DETALLE_GetAllActives
    @id_plan_seguro INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        d.id_plan_seguro_detalle AS id_plan_seguro_detalle,
        d.id_plan_seguro AS id_plan_seguro,
        d.id_beneficio AS id_beneficio,
        b.c_codigo AS codigo,
        b.t_descripcion AS beneficio,
        m.t_descripcion AS moneda,
        d.n_copago_fijo AS n_copago_fijo,
        d.n_copago_variable AS n_copago_variable,
        d.n_copago_variable_farmacia AS n_copago_variable_farmacia,
        d.f_estado AS f_estado,
        CASE WHEN d.f_estado = 1 THEN N'Activo' ELSE N'Inactivo' END AS estado
    FROM Romsoft.CVN_PLAN_SEGURO_DETALLE AS d
    INNER JOIN Romsoft.CVN_BENEFICIO AS b ON d.id_beneficio = b.id_beneficio
    LEFT JOIN Romsoft.CVN_MONEDA AS m ON d.id_moneda = m.id_moneda
    WHERE d.id_plan_seguro = @id_plan_seguro AND d.f_estado = 1
    ORDER BY b.c_codigo, d.id_plan_seguro_detalle;
END;
GO
