/*
    Romsoft.p_CVN_CATEGORIA_PAGO_PRECIO_GetAllActives
    The active prices of one tariff line (@id_tarifario_segus) in each active payment category,
    ordered by the category's description. c_codigo and t_descripcion are the category's.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_CATEGORIA_PAGO_PRECIO_GetAllActives
    @id_tarifario_segus INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        p.id_categoria_pago_precio AS id_categoria_pago_precio,
        p.id_tarifario_segus AS id_tarifario_segus,
        p.id_categoria_pago AS id_categoria_pago,
        c.c_codigo AS c_codigo,
        c.t_descripcion AS t_descripcion,
        p.n_precio_sol AS n_precio_sol,
        p.n_precio_usd AS n_precio_usd
    FROM Romsoft.CVN_CATEGORIA_PAGO_PRECIO AS p
    INNER JOIN Romsoft.CVN_CATEGORIA_PAGO AS c ON p.id_categoria_pago = c.id_categoria_pago
    WHERE
        p.id_tarifario_segus = @id_tarifario_segus
        AND p.f_estado = 1
        AND c.f_estado = 1
    ORDER BY c.t_descripcion, p.id_categoria_pago_precio;
END;
GO
