-- p_ADM_PROFESIONAL_Delete (SQLite dialect of Romsoft.p_ADM_PROFESIONAL_Delete)
-- Soft delete: f_estado = 0 (its specialties stay, for its history). Response = rows changed.

UPDATE ADM_PROFESIONAL
SET
    f_estado = 0,
    id_user_modifica = :id_user_modifica,
    d_fecha_modifica = coalesce(:d_fecha_modifica, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
WHERE id_profesional = :id_profesional;

SELECT changes() AS Response;
