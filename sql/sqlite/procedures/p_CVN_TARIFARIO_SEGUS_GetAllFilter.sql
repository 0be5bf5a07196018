-- p_CVN_TARIFARIO_SEGUS_GetAllFilter (SQLite dialect of Romsoft.p_CVN_TARIFARIO_SEGUS_GetAllFilter)
-- Active tariff lines matching :valor, ordered by code, at most 200 (like ADM_CIE10/GetAllFilters):
--   * by code prefix, any case: '10.01' finds 10.01.01, 10.01.02 ...;
--   * or by the words of the Spanish or English description (and observation), in order,
--     ignoring case and accents: 'ecografia abdominal' finds 'Ecografía abdominal completa'
--     (romsoft_patron over t_busqueda, folded by the same function when the row was written).
-- NULL or blank :valor: the first 200 lines by code.
-- Two branches, each cheap on the whole tariff: the code prefix reads the code index in order
-- and stops at 200; the words make one pass over t_busqueda (skipped when there are none).

SELECT * FROM (
    SELECT
        t.id_tarifario_segus AS id_tarifario_segus,
        t.c_codigo AS c_codigo,
        t.c_codigo_susalud AS c_codigo_susalud,
        t.t_descripcion_esp AS t_descripcion_esp,
        t.t_descripcion_eng AS t_descripcion_eng,
        t.t_observacion AS t_observacion,
        cs.t_descripcion AS t_clasificacion,
        'Activo' AS estado
    FROM CVN_TARIFARIO_SEGUS AS t
    LEFT JOIN CVN_CLASIFICACION_SEGUS AS cs ON t.id_clasificacion_segus = cs.id_clasificacion_segus
    WHERE
        t.f_estado = 1
        AND t.c_codigo >= trim(coalesce(:valor, ''))
        AND t.c_codigo < trim(coalesce(:valor, '')) || '~'
    ORDER BY t.c_codigo
    LIMIT 200
)
UNION
SELECT
    t.id_tarifario_segus AS id_tarifario_segus,
    t.c_codigo AS c_codigo,
    t.c_codigo_susalud AS c_codigo_susalud,
    t.t_descripcion_esp AS t_descripcion_esp,
    t.t_descripcion_eng AS t_descripcion_eng,
    t.t_observacion AS t_observacion,
    cs.t_descripcion AS t_clasificacion,
    'Activo' AS estado
FROM CVN_TARIFARIO_SEGUS AS t
LEFT JOIN CVN_CLASIFICACION_SEGUS AS cs ON t.id_clasificacion_segus = cs.id_clasificacion_segus
WHERE
    romsoft_patron(:valor) <> '%'
    AND t.f_estado = 1
    AND t.t_busqueda LIKE romsoft_patron(:valor) ESCAPE '\'
ORDER BY c_codigo
LIMIT 200;
