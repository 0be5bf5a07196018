-- p_SEG_USUARIO_Update (SQLite dialect of Romsoft.p_SEG_USUARIO_Update)
-- Updates a user. :clave NULL or blank keeps the stored password, otherwise it is the new
-- bcrypt hash. :estado NULL or blank keeps the stored state. :fecha_modifica NULL stores the
-- current local time.
-- Returns Response = rows changed (0 when the id does not exist).

UPDATE SEG_USUARIO
SET
    id_rol = :id_rol,
    usuario = :usuario,
    clave = CASE WHEN trim(coalesce(:clave, '')) = '' THEN clave ELSE :clave END,
    apellidos = :apellidos,
    nombres = :nombres,
    nro_documento = :nro_documento,
    sexo = :sexo,
    email = :email,
    celular = :celular,
    estado = coalesce(nullif(trim(:estado), ''), estado),
    usuario_modifica = :usuario_modifica,
    fecha_modifica = coalesce(:fecha_modifica, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
WHERE id_usuario = :id_usuario;

SELECT changes() AS Response;
