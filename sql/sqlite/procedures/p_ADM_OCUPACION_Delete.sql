-- p_ADM_OCUPACION_Delete (SQLite dialect of Romsoft.p_ADM_OCUPACION_Delete)
-- Soft delete: f_estado = 0. Response = rows changed.

UPDATE ADM_OCUPACION
SET
    f_estado = 0,
    d_fecha_modifica = strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')
WHERE id_ocupacion = :id_ocupacion;

SELECT changes() AS Response;
