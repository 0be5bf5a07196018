/*
    Romsoft.p_CVN_PRODUCTO_PLAN_GetAllFilters
    The active plan products of one insurer (@c_codigo_iafa, SUSALUD's numeric IAFA code; the
    stored code may carry leading zeros), ordered by description. No code: every active product.
    Origin:  legacy (same name, parameter and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_PRODUCTO_PLAN_GetAllFilters
    @c_codigo_iafa INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        p.id_producto_plan AS id_producto_plan,
        p.c_codigo AS c_codigo,
        p.t_descripcion AS t_descripcion
    FROM Romsoft.CVN_PRODUCTO_PLAN AS p
    WHERE
        p.f_estado = 1
        AND (
            @c_codigo_iafa IS NULL
            OR @c_codigo_iafa = 0
            OR TRY_CAST(p.c_codigo_iafa AS INT) = @c_codigo_iafa
        )
    ORDER BY p.t_descripcion;
END;
GO
