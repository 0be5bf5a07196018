/*
    Romsoft.p_CVN_PRODUCTO_PLAN_GetAllFilters
    The active plan products of one insurer (@c_codigo_iafa, SUSALUD's IAFA code, compared as
    a number when both are digits, so leading zeros do not matter), ordered by description.
    Blank or '0': every active product. A code no product has: no rows.
    Origin:  legacy (same name and result columns as the ROMSOFT-CLINICA procedure). The
             legacy parameter was INT while the DTO sends text: it is NVARCHAR here, so a code
             that is not a number finds nothing instead of failing the conversion.
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_PRODUCTO_PLAN_GetAllFilters
    @c_codigo_iafa NVARCHAR(20) = NULL
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
            COALESCE(LTRIM(RTRIM(@c_codigo_iafa)), N'') IN (N'', N'0')
            OR p.c_codigo_iafa = LTRIM(RTRIM(@c_codigo_iafa))
            OR TRY_CAST(p.c_codigo_iafa AS INT) = TRY_CAST(LTRIM(RTRIM(@c_codigo_iafa)) AS INT)
        )
    ORDER BY p.t_descripcion;
END;
GO
