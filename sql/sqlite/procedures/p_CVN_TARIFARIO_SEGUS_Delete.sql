-- p_CVN_TARIFARIO_SEGUS_Delete (SQLite dialect of Romsoft.p_CVN_TARIFARIO_SEGUS_Delete)
-- Soft delete of an active line: f_estado = 0. Response = rows changed (0: no such active line).

UPDATE CVN_TARIFARIO_SEGUS
SET
    f_estado = 0,
    d_fecha_modifica = strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')
WHERE id_tarifario_segus = :id_tarifario_segus AND f_estado = 1;

SELECT changes() AS Response;
