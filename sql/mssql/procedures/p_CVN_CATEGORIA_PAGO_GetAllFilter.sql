/*
    Romsoft.p_CVN_CATEGORIA_PAGO_GetAllFilter
    Payment categories, active and inactive, whose code, description or observation contains
    the words of @valor in order, ignoring case and accents (t_busqueda, collation
    Latin1_General_CI_AI). NULL or blank @valor: every category. estado is the state's text
    (Activo/Inactivo). Ordered by state (active first), then description.
    Wildcards typed in @valor match themselves.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_CATEGORIA_PAGO_GetAllFilter
    @valor NVARCHAR(200) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @texto NVARCHAR(200) = LTRIM(RTRIM(COALESCE(@valor, N'')));
    DECLARE @literal NVARCHAR(800) = REPLACE(REPLACE(REPLACE(@texto, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]');
    DECLARE @patron NVARCHAR(2000) = N'%' + REPLACE(REPLACE(REPLACE(@literal, N',', N' '), N'.', N' '), N' ', N'%') + N'%';

    SELECT
        c.id_categoria_pago AS id_categoria_pago,
        c.c_codigo AS c_codigo,
        c.t_descripcion AS t_descripcion,
        c.t_observacion AS t_observacion,
        c.d_fecha_f_vigencia AS d_fecha_f_vigencia,
        c.f_estado AS f_estado,
        CASE WHEN c.f_estado = 1 THEN N'Activo' ELSE N'Inactivo' END AS estado
    FROM Romsoft.CVN_CATEGORIA_PAGO AS c
    WHERE
        @texto = N''
        OR c.t_busqueda LIKE @patron COLLATE Latin1_General_CI_AI
    ORDER BY c.f_estado DESC, c.t_descripcion;
END;
GO
