-- p_CVN_TARIFARIO_SEGUS_GetAllActives (SQLite dialect of Romsoft.p_CVN_TARIFARIO_SEGUS_GetAllActives)
-- Active tariff lines (f_estado = 1) with their SEGUS classification, ordered by code.

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
WHERE t.f_estado = 1
ORDER BY t.c_codigo;
