-- p_CVN_TARIFARIO_SEGUS_GetPrice (SQLite dialect of Romsoft.p_CVN_TARIFARIO_SEGUS_GetPrice)
-- The price of each active tariff line matching :valor (code prefix, or the words of its
-- descriptions ignoring case and accents, as GetAllFilter; blank = every line), under the ACTIVE
-- payment category :id_categoria_pago (none when it is missing or inactive), ordered by code,
-- at most 200. :c_idioma 'ENG' (any case) gives the English description (the Spanish one when
-- the line has none); anything else the Spanish one.
--
-- Precio (soles, 2 decimals):
--   * the category's explicit price for the line (active CVN_CATEGORIA_PAGO_PRECIO.n_precio_sol);
--   * otherwise n_unidad x the category's factor, rounded to 2 decimals half away from zero.
--     The factor is n_factor_procedimiento for procedure lines, n_factor_servicio for the rest.
--     Procedure lines are those whose SEGUS classification (CVN_CLASIFICACION_SEGUS.c_codigo)
--     is 02 Procedimientos medicos, 03 Procedimientos quirurgicos or 04 Anestesiologia; consults,
--     laboratory, pathology, imaging, rehabilitation, dentistry, hospital stay and lines without
--     a classification are services.
-- Exact arithmetic: units in cents (n_unidad is DECIMAL(12,2)) times the factor in 1/10000
-- (DECIMAL(12,4)) is an integer in 1/1000000; + 5000 and integer division by 10000 round it
-- half away from zero to cents (every amount is >= 0, the tables' CHECKs). No float result.
-- cantidad is 1; estado 'Activo'.

SELECT
    m.id_tarifario_segus AS id_tarifario_segus,
    m.c_codigo AS c_codigo,
    CASE
        WHEN upper(trim(coalesce(:c_idioma, ''))) = 'ENG' THEN coalesce(nullif(trim(m.t_descripcion_eng), ''), m.t_descripcion_esp)
        ELSE m.t_descripcion_esp
    END AS t_descripcion,
    m.t_observacion AS t_observacion,
    printf('%d.%02d', m.centimos / 100, m.centimos % 100) AS Precio,
    1 AS cantidad,
    coalesce(m.id_clasificacion_segus, 0) AS id_clasificacion_segus,
    m.t_clasificacion_segus AS t_clasificacion_segus,
    'Activo' AS estado
FROM (
    SELECT
        t.id_tarifario_segus,
        t.c_codigo,
        t.t_descripcion_esp,
        t.t_descripcion_eng,
        t.t_observacion,
        t.id_clasificacion_segus,
        cs.t_descripcion AS t_clasificacion_segus,
        CASE
            WHEN pr.id_categoria_pago_precio IS NOT NULL THEN CAST(round(pr.n_precio_sol * 100) AS INTEGER)
            ELSE (
                CAST(round(t.n_unidad * 100) AS INTEGER)
                * CAST(round(
                    CASE WHEN cs.c_codigo IN ('02', '03', '04') THEN c.n_factor_procedimiento ELSE c.n_factor_servicio END * 10000
                ) AS INTEGER)
                + 5000
            ) / 10000
        END AS centimos
    FROM CVN_TARIFARIO_SEGUS AS t
    INNER JOIN CVN_CATEGORIA_PAGO AS c ON c.id_categoria_pago = :id_categoria_pago AND c.f_estado = 1
    LEFT JOIN CVN_CLASIFICACION_SEGUS AS cs ON t.id_clasificacion_segus = cs.id_clasificacion_segus
    LEFT JOIN CVN_CATEGORIA_PAGO_PRECIO AS pr
        ON pr.id_categoria_pago = c.id_categoria_pago AND pr.id_tarifario_segus = t.id_tarifario_segus AND pr.f_estado = 1
    WHERE
        t.f_estado = 1
        AND (
            (t.c_codigo >= trim(coalesce(:valor, '')) AND t.c_codigo < trim(coalesce(:valor, '')) || '~')
            OR (romsoft_patron(:valor) <> '%' AND t.t_busqueda LIKE romsoft_patron(:valor) ESCAPE '\')
        )
) AS m
ORDER BY m.c_codigo
LIMIT 200;
