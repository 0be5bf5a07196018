-- p_CVN_TARIFARIO_SEGUS_PARTICIPANTE_Delete (SQLite dialect of Romsoft.p_CVN_TARIFARIO_SEGUS_PARTICIPANTE_Delete)
-- Soft delete of an active link: f_estado = 0. Response = rows changed (0: no such active link).

UPDATE CVN_TARIFARIO_SEGUS_PARTICIPANTE
SET
    f_estado = 0,
    d_fecha_modifica = strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')
WHERE id_tarifario_segus_participante = :id_tarifario_segus_participante AND f_estado = 1;

SELECT changes() AS Response;
