/*
    Romsoft.p_CVN_PLAN_SEGURO_Buscar
    The plan search of CVN_PLAN_SEGURO/GetAllFilters. Every filter is optional and they
    combine with AND:
      @valor  free text: its words, in order, in the plan's code, description, contract or
              IAFA code, or in the guarantor's or contracting party's document number or
              names, ignoring case and accents (t_busqueda, Latin1_General_CI_AI); NULL or
              blank = any;
      @f_estado  1 active, 0 inactive; NULL = every state;
      @id_categoria_pago / @id_contacto_garante / @id_contacto_contratante /
      @id_producto_plan  exact; 0 or NULL = any;
      @c_codigo_iafa  exact (blanks around it ignored); NULL or blank = any.
    The columns of the legacy p_CVN_PLAN_SEGURO_GetAllFilter, then f_estado; ordered by
    description, at most 500 rows.
    Origin:  Romsoft (the legacy p_CVN_PLAN_SEGURO_GetAllFilter only took @valor; it stays
             installed, unchanged, for the DBAs' own use).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_PLAN_SEGURO_Buscar
    @valor NVARCHAR(200) = NULL,
    @f_estado INT = NULL,
    @id_categoria_pago INT = NULL,
    @id_contacto_garante INT = NULL,
    @id_contacto_contratante INT = NULL,
    @id_producto_plan INT = NULL,
    @c_codigo_iafa NVARCHAR(20) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    -- Words in order: blanks, commas and periods between them become %, LIKE's own wildcards
    -- are escaped.
    DECLARE @texto NVARCHAR(200) = LTRIM(RTRIM(COALESCE(@valor, N'')));
    DECLARE @literal NVARCHAR(800) = REPLACE(REPLACE(REPLACE(@texto, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]');
    DECLARE @patron NVARCHAR(2000) = N'%' + REPLACE(REPLACE(REPLACE(@literal, N',', N' '), N'.', N' '), N' ', N'%') + N'%';
    DECLARE @iafa NVARCHAR(20) = NULLIF(LTRIM(RTRIM(@c_codigo_iafa)), N'');

    SELECT TOP (500)
        p.id_plan_seguro AS id_plan_seguro,
        p.c_codigo AS c_codigo,
        p.t_descripcion AS t_descripcion,
        g.t_razon_social AS garante,
        c.t_razon_social AS contratante,
        p.c_contrato AS c_contrato,
        p.d_fecha_f_vigencia AS d_fecha_f_vigencia,
        r.t_descripcion AS producto,
        CASE WHEN p.f_estado = 1 THEN N'Activo' ELSE N'Inactivo' END AS estado,
        p.f_estado AS f_estado
    FROM Romsoft.CVN_PLAN_SEGURO AS p
    LEFT JOIN Romsoft.CON_CONTACTO AS g ON p.id_contacto_garante = g.id_contacto
    LEFT JOIN Romsoft.CON_CONTACTO AS c ON p.id_contacto_contratante = c.id_contacto
    LEFT JOIN Romsoft.CVN_PRODUCTO_PLAN AS r ON p.id_producto_plan = r.id_producto_plan
    WHERE
        (
            p.t_busqueda LIKE @patron COLLATE Latin1_General_CI_AI
            OR g.t_busqueda LIKE @patron COLLATE Latin1_General_CI_AI
            OR c.t_busqueda LIKE @patron COLLATE Latin1_General_CI_AI
        )
        AND (@f_estado IS NULL OR p.f_estado = @f_estado)
        AND (ISNULL(@id_categoria_pago, 0) = 0 OR p.id_categoria_pago = @id_categoria_pago)
        AND (ISNULL(@id_contacto_garante, 0) = 0 OR p.id_contacto_garante = @id_contacto_garante)
        AND (ISNULL(@id_contacto_contratante, 0) = 0 OR p.id_contacto_contratante = @id_contacto_contratante)
        AND (ISNULL(@id_producto_plan, 0) = 0 OR p.id_producto_plan = @id_producto_plan)
        AND (@iafa IS NULL OR p.c_codigo_iafa = @iafa)
    ORDER BY p.t_descripcion, p.id_plan_seguro
    OPTION (RECOMPILE);
END;
GO
