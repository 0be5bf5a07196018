-- p_SEG_ROL_Update (SQLite dialect of Romsoft.p_SEG_ROL_Update)
-- Updates a role. As in the legacy repository, :UsuarioCreacion and :fecha_registro carry who
-- changes it and when: stored as usuario_modifica and fecha_modifica (NULL = the current local
-- time); the registration audit is kept. :estado NULL or blank keeps the current state.
-- Legacy procedure not called by this API; kept so a DBA's scripts and reports keep working.
-- Returns Response = rows changed (0 when the id does not exist).

UPDATE SEG_ROL
SET
    rol = trim(:rol),
    descripcion = :descripcion,
    estado = coalesce(nullif(upper(trim(:estado)), ''), estado),
    usuario_modifica = :UsuarioCreacion,
    fecha_modifica = coalesce(:fecha_registro, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
WHERE id_rol = :id_rol;

SELECT changes() AS Response;
