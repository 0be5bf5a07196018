/*
    Romsoft.p_CVN_CATEGORIA_PAGO_GetAllActives
    Active payment categories (f_estado = 1), ordered by description.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_CATEGORIA_PAGO_GetAllActives
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        c.id_categoria_pago AS id_categoria_pago,
        c.c_codigo AS c_codigo,
        c.t_descripcion AS t_descripcion
    FROM Romsoft.CVN_CATEGORIA_PAGO AS c
    WHERE c.f_estado = 1
    ORDER BY c.t_descripcion;
END;
GO
