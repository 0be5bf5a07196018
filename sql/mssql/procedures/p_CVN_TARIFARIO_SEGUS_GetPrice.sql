/*
    Romsoft.p_CVN_TARIFARIO_SEGUS_GetPrice
    The price of each active tariff line matching @valor (code prefix, or the words of its
    descriptions ignoring case and accents, as GetAllFilter; blank = every line), under the
    ACTIVE payment category @id_categoria_pago (no rows when it is missing or inactive), ordered
    by code, at most 200. @c_idioma 'ENG' (any case) gives the English description (the Spanish
    one when the line has none); anything else the Spanish one.

    Precio (soles, DECIMAL(18,2)):
      * the category's explicit price for the line (active CVN_CATEGORIA_PAGO_PRECIO.n_precio_sol);
      * otherwise n_unidad x the category's factor, rounded to 2 decimals half away from zero
        (ROUND on DECIMAL). The factor is n_factor_procedimiento for procedure lines,
        n_factor_servicio for the rest. Procedure lines are those whose SEGUS classification
        (CVN_CLASIFICACION_SEGUS.c_codigo) is 02 Procedimientos medicos, 03 Procedimientos
        quirurgicos or 04 Anestesiologia; consults, laboratory, pathology, imaging,
        rehabilitation, dentistry, hospital stay and lines without a classification are
        services.
    cantidad is 1; estado 'Activo'.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_TARIFARIO_SEGUS_GetPrice
    @id_categoria_pago INT = NULL,
    @valor NVARCHAR(200) = NULL,
    @c_idioma NVARCHAR(10) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @texto NVARCHAR(200) = LTRIM(RTRIM(COALESCE(@valor, N'')));
    -- [, % and _ typed by the user match themselves.
    DECLARE @literal NVARCHAR(800) = REPLACE(REPLACE(REPLACE(@texto, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]');
    DECLARE @patron NVARCHAR(2000) = N'%' + REPLACE(REPLACE(REPLACE(@literal, N',', N' '), N'.', N' '), N' ', N'%') + N'%';
    DECLARE @ingles BIT = CASE WHEN UPPER(LTRIM(RTRIM(COALESCE(@c_idioma, N'')))) = N'ENG' THEN 1 ELSE 0 END;

    SELECT TOP (200)
        t.id_tarifario_segus AS id_tarifario_segus,
        t.c_codigo AS c_codigo,
        CASE
            WHEN @ingles = 1 THEN COALESCE(NULLIF(LTRIM(RTRIM(t.t_descripcion_eng)), N''), t.t_descripcion_esp)
            ELSE t.t_descripcion_esp
        END AS t_descripcion,
        t.t_observacion AS t_observacion,
        CAST(
            CASE
                WHEN pr.id_categoria_pago_precio IS NOT NULL THEN pr.n_precio_sol
                ELSE ROUND(
                    t.n_unidad
                    * CASE
                        WHEN cs.c_codigo IN (N'02', N'03', N'04') THEN c.n_factor_procedimiento
                        ELSE c.n_factor_servicio
                    END,
                    2
                )
            END AS DECIMAL(18, 2)
        ) AS Precio,
        1 AS cantidad,
        COALESCE(t.id_clasificacion_segus, 0) AS id_clasificacion_segus,
        cs.t_descripcion AS t_clasificacion_segus,
        N'Activo' AS estado
    FROM Romsoft.CVN_TARIFARIO_SEGUS AS t
    INNER JOIN Romsoft.CVN_CATEGORIA_PAGO AS c ON c.id_categoria_pago = @id_categoria_pago AND c.f_estado = 1
    LEFT JOIN Romsoft.CVN_CLASIFICACION_SEGUS AS cs ON t.id_clasificacion_segus = cs.id_clasificacion_segus
    LEFT JOIN Romsoft.CVN_CATEGORIA_PAGO_PRECIO AS pr
        ON
            pr.id_categoria_pago = c.id_categoria_pago
            AND pr.id_tarifario_segus = t.id_tarifario_segus
            AND pr.f_estado = 1
    WHERE
        t.f_estado = 1
        AND (
            t.c_codigo LIKE @literal + N'%'
            OR (
                t.t_descripcion_esp + N' ' + ISNULL(t.t_descripcion_eng, N'') + N' ' + ISNULL(t.t_observacion, N'')
            ) COLLATE Latin1_General_CI_AI LIKE @patron COLLATE Latin1_General_CI_AI
        )
    ORDER BY t.c_codigo;
END;
GO
