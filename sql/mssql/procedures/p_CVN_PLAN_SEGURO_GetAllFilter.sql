/*
    Romsoft.p_CVN_PLAN_SEGURO_GetAllFilter
    Plans, active or not, whose code, description, contract or IAFA code, or whose guarantor's
    or contracting party's document number or names, contain the words of @valor in order,
    ignoring case and accents (t_busqueda is collated Latin1_General_CI_AI); NULL or blank
    @valor: every plan. garante / contratante = the contacts' business names, producto = the
    product's description, estado = Activo/Inactivo. Ordered by description.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_PLAN_SEGURO_GetAllFilter
    @valor NVARCHAR(200) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @texto NVARCHAR(200) = LTRIM(RTRIM(COALESCE(@valor, N'')));
    DECLARE @literal NVARCHAR(800) = REPLACE(REPLACE(REPLACE(@texto, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]');
    DECLARE @patron NVARCHAR(2000) = N'%' + REPLACE(REPLACE(REPLACE(@literal, N',', N' '), N'.', N' '), N' ', N'%') + N'%';

    SELECT
        p.id_plan_seguro AS id_plan_seguro,
        p.c_codigo AS c_codigo,
        p.t_descripcion AS t_descripcion,
        g.t_razon_social AS garante,
        c.t_razon_social AS contratante,
        p.c_contrato AS c_contrato,
        p.d_fecha_f_vigencia AS d_fecha_f_vigencia,
        r.t_descripcion AS producto,
        CASE WHEN p.f_estado = 1 THEN N'Activo' ELSE N'Inactivo' END AS estado
    FROM Romsoft.CVN_PLAN_SEGURO AS p
    LEFT JOIN Romsoft.CON_CONTACTO AS g ON p.id_contacto_garante = g.id_contacto
    LEFT JOIN Romsoft.CON_CONTACTO AS c ON p.id_contacto_contratante = c.id_contacto
    LEFT JOIN Romsoft.CVN_PRODUCTO_PLAN AS r ON p.id_producto_plan = r.id_producto_plan
    WHERE
        p.t_busqueda LIKE @patron COLLATE Latin1_General_CI_AI
        OR g.t_busqueda LIKE @patron COLLATE Latin1_General_CI_AI
        OR c.t_busqueda LIKE @patron COLLATE Latin1_General_CI_AI
    ORDER BY p.t_descripcion, p.id_plan_seguro;
END;
GO
