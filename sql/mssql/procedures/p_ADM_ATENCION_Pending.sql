/*
    Romsoft.p_ADM_ATENCION_Pending
    ADM_ATENCION/GetAtencionPendingAllFilters: the attentions waiting at the cash desk, each
    with the line its type bills (ADM_TIPO_ATENCION.c_codigo_segus) priced for the cashier's
    receipt. Filters (the service has validated the codes): @id_atencion (0 = all);
    @c_tipo_pendiente 'R' Registrado, 'A' Atendido, '' both (annulled attentions are never
    pending); @c_tipo_facturacion 'S' insured (with a plan), 'P' particular, '' both;
    @id_usuario (0 = all, else the attentions that user registered); @c_idioma 'ENG' = the
    line's English description. The most recent first, at most 500.

    Amounts (soles, DECIMAL, ROUND half away from zero to cents):
      n_precio     the category's explicit price for the line, else n_unidad x the category's
                   factor (procedure factor for SEGUS classifications 02-04, service factor for
                   the rest); 0 without a payment category or line;
      n_descuento  insured: what the insurer covers, n_precio - the fixed co-payment (never
                   below 0); particular: 0;  n_total = n_subtotal - n_descuento;
      n_gravado    n_total / 1.18 (prices include IGV 18%), n_impuesto the rest.
    The payer is the patient; payment form cash (008); id_documento_pago 0 (the cashier
    chooses boleta or factura).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_ATENCION_Pending
    @id_atencion INT = 0,
    @c_tipo_pendiente NVARCHAR(1) = NULL,
    @c_tipo_facturacion NVARCHAR(1) = NULL,
    @c_idioma NVARCHAR(3) = NULL,
    @id_usuario INT = 0
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @id_forma_pago INT = ISNULL((SELECT fp.id_forma_pago FROM Romsoft.ADM_FORMA_PAGO AS fp WHERE fp.c_codigo = N'008'), 0);

    WITH precios AS (
        SELECT TOP (500)
            a.id_atencion,
            a.id_moneda,
            a.id_tipo_atencion,
            a.d_fecha_registro,
            a.id_profesional,
            a.id_plan_seguro,
            CAST(ISNULL(a.n_copago_fijo, 0) AS DECIMAL(12, 2)) AS copago,
            p.id_documento_identidad,
            p.c_documento_identidad,
            p.t_paciente,
            p.t_direccion,
            p.n_historia_clinica,
            t.id_tarifario_segus,
            t.c_codigo AS c_codigo_segus,
            CASE
                WHEN UPPER(LTRIM(RTRIM(ISNULL(@c_idioma, N'')))) = N'ENG'
                    THEN ISNULL(NULLIF(LTRIM(RTRIM(t.t_descripcion_eng)), N''), t.t_descripcion_esp)
                ELSE t.t_descripcion_esp
            END AS t_descripcion_segus,
            t.id_clasificacion_segus,
            cs.t_descripcion AS t_clasificacion_segus,
            CAST(CASE
                WHEN t.id_tarifario_segus IS NULL OR c.id_categoria_pago IS NULL THEN 0
                WHEN pr.id_categoria_pago_precio IS NOT NULL THEN pr.n_precio_sol
                ELSE ROUND(
                    t.n_unidad
                    * CASE WHEN cs.c_codigo IN (N'02', N'03', N'04') THEN c.n_factor_procedimiento ELSE c.n_factor_servicio END,
                    2
                )
            END AS DECIMAL(12, 2)) AS precio
        FROM Romsoft.ADM_ATENCION AS a
        INNER JOIN Romsoft.ADM_PACIENTE AS p ON a.id_paciente = p.id_paciente
        LEFT JOIN Romsoft.ADM_TIPO_ATENCION AS ta ON a.id_tipo_atencion = ta.id_tipo_atencion
        LEFT JOIN Romsoft.CVN_TARIFARIO_SEGUS AS t
            ON t.c_codigo = NULLIF(LTRIM(RTRIM(ta.c_codigo_segus)), N'') AND t.f_estado = 1
        LEFT JOIN Romsoft.CVN_CLASIFICACION_SEGUS AS cs ON t.id_clasificacion_segus = cs.id_clasificacion_segus
        LEFT JOIN Romsoft.CVN_CATEGORIA_PAGO AS c ON a.id_categoria_pago = c.id_categoria_pago AND c.f_estado = 1
        LEFT JOIN Romsoft.CVN_CATEGORIA_PAGO_PRECIO AS pr
            ON pr.id_categoria_pago = c.id_categoria_pago AND pr.id_tarifario_segus = t.id_tarifario_segus AND pr.f_estado = 1
        WHERE
            a.f_estado IN (1, 2)
            AND (ISNULL(@id_atencion, 0) = 0 OR a.id_atencion = @id_atencion)
            AND (
                ISNULL(@c_tipo_pendiente, N'') = N''
                OR (@c_tipo_pendiente = N'R' AND a.f_estado = 1)
                OR (@c_tipo_pendiente = N'A' AND a.f_estado = 2)
            )
            AND (
                ISNULL(@c_tipo_facturacion, N'') = N''
                OR (@c_tipo_facturacion = N'S' AND a.id_plan_seguro IS NOT NULL)
                OR (@c_tipo_facturacion = N'P' AND a.id_plan_seguro IS NULL)
            )
            AND (ISNULL(@id_usuario, 0) = 0 OR a.id_user_registro = @id_usuario)
        ORDER BY a.d_fecha_registro DESC, a.id_atencion DESC
    ),
    descuentos AS (
        SELECT
            precios.*,
            CAST(CASE
                WHEN precios.id_plan_seguro IS NULL OR precios.precio <= precios.copago THEN 0
                ELSE precios.precio - precios.copago
            END AS DECIMAL(12, 2)) AS descuento
        FROM precios
    ),
    totales AS (
        SELECT
            descuentos.*,
            descuentos.precio - descuentos.descuento AS n_total,
            CAST(ROUND((descuentos.precio - descuentos.descuento) / 1.18, 2) AS DECIMAL(12, 2)) AS gravado
        FROM descuentos
    )
    SELECT
        ISNULL(x.id_moneda, 1) AS id_moneda,
        x.copago AS n_copago_fijo,
        0 AS id_documento_pago,
        @id_forma_pago AS id_forma_pago,
        x.id_documento_identidad AS id_documento_identidad,
        x.c_documento_identidad AS c_documento_identidad,
        x.t_paciente AS t_adquiriente,
        x.t_direccion AS t_direccion,
        x.t_paciente AS t_paciente,
        x.id_tipo_atencion AS id_tipo_atencion,
        x.n_historia_clinica AS n_historia_clinica,
        x.id_atencion AS id_atencion,
        x.d_fecha_registro AS d_fecha_registro,
        ISNULL(x.id_clasificacion_segus, 0) AS id_clasificacion_segus,
        x.t_clasificacion_segus AS t_clasificacion_segus,
        ISNULL(x.id_tarifario_segus, 0) AS id_tarifario_segus,
        x.c_codigo_segus AS c_codigo_segus,
        x.t_descripcion_segus AS t_descripcion_segus,
        x.precio AS n_precio,
        CAST(CASE WHEN x.id_tarifario_segus IS NULL THEN 0 ELSE 1 END AS DECIMAL(12, 2)) AS n_cantidad,
        x.precio AS n_subtotal,
        x.descuento AS n_descuento,
        x.n_total AS n_total,
        ISNULL(x.id_profesional, 0) AS id_profesional,
        0 AS id_naciones_unidas,
        CAST(0 AS DECIMAL(12, 2)) AS n_anticipo,
        x.gravado AS n_gravado,
        CAST(0 AS DECIMAL(12, 2)) AS n_no_gravado,
        x.n_total - x.gravado AS n_impuesto,
        x.n_total AS total
    FROM totales AS x
    ORDER BY x.d_fecha_registro DESC, x.id_atencion DESC;
END;
GO
