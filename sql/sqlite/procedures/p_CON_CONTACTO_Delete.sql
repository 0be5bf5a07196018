-- p_CON_CONTACTO_Delete (SQLite dialect of Romsoft.p_CON_CONTACTO_Delete)
-- Soft delete: f_estado = 0. Response = rows changed.

UPDATE CON_CONTACTO
SET
    f_estado = 0,
    d_fecha_modifica = strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')
WHERE id_contacto = :id_contacto;

SELECT changes() AS Response;
