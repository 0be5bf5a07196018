-- p_SEG_USUARIO_Delete (SQLite dialect of Romsoft.p_SEG_USUARIO_Delete)
-- Soft delete: the row is kept, estado becomes 'I' and the modification audit is set; sello
-- is incremented, so the user's tokens stop working.
-- :fecha_modifica NULL stores the current local time.
-- Returns Response = rows changed (0 when the id does not exist).

UPDATE SEG_USUARIO
SET
    estado = 'I',
    usuario_modifica = :usuario_modifica,
    fecha_modifica = coalesce(:fecha_modifica, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    sello = sello + 1
WHERE id_usuario = :id_usuario;

SELECT changes() AS Response;
