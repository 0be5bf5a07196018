/*
    Romsoft.p_CVN_PLAN_SEGURO_Nombres
    The display names of a plan (@id_plan_seguro, active or not) or, with 0/NULL, of every
    active plan: garante / contratante = the contacts' business names, producto = the product's
    description (NULL when not chosen). GetById and GetAllActives add them to the legacy rows.
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_PLAN_SEGURO_Nombres
    @id_plan_seguro INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        p.id_plan_seguro AS id_plan_seguro,
        g.t_razon_social AS garante,
        c.t_razon_social AS contratante,
        r.t_descripcion AS producto
    FROM Romsoft.CVN_PLAN_SEGURO AS p
    LEFT JOIN Romsoft.CON_CONTACTO AS g ON p.id_contacto_garante = g.id_contacto
    LEFT JOIN Romsoft.CON_CONTACTO AS c ON p.id_contacto_contratante = c.id_contacto
    LEFT JOIN Romsoft.CVN_PRODUCTO_PLAN AS r ON p.id_producto_plan = r.id_producto_plan
    WHERE
        (COALESCE(@id_plan_seguro, 0) = 0 AND p.f_estado = 1)
        OR p.id_plan_seguro = @id_plan_seguro;
END;
GO
