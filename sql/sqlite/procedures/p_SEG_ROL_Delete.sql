-- p_SEG_ROL_Delete (SQLite dialect of Romsoft.p_SEG_ROL_Delete)
-- Soft delete: the row is kept (users still reference it), estado becomes 'I' and
-- fecha_modifica the current local time.
-- Legacy procedure not called by this API; kept so a DBA's scripts and reports keep working.
-- Returns Response = rows changed (0 when the id does not exist).

UPDATE SEG_ROL
SET
    estado = 'I',
    fecha_modifica = strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')
WHERE id_rol = :id_rol;

SELECT changes() AS Response;
