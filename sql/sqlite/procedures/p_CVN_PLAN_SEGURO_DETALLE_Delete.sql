-- p_CVN_PLAN_SEGURO_DETALLE_Delete (SQLite dialect of Romsoft.p_CVN_PLAN_SEGURO_DETALLE_Delete)
-- Soft delete of an active line: f_estado = 0. Response = rows changed.

UPDATE CVN_PLAN_SEGURO_DETALLE
SET
    f_estado = 0,
    d_fecha_modifica = strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')
WHERE id_plan_seguro_detalle = :id_plan_seguro_detalle AND f_estado = 1;

SELECT changes() AS Response;
