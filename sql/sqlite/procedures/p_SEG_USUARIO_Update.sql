-- p_SEG_USUARIO_Update (SQLite dialect of Romsoft.p_SEG_USUARIO_Update)
-- Updates a user. :clave NULL or blank keeps the stored password, otherwise it is the new
-- bcrypt hash. :estado NULL or blank keeps the stored state. :fecha_modifica NULL stores the
-- current local time. A new password, role or state increments sello (the security stamp every
-- token carries): the user's tokens stop working.
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
    fecha_modifica = coalesce(:fecha_modifica, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    sello = sello + CASE
        WHEN trim(coalesce(:clave, '')) <> '' THEN 1
        WHEN coalesce(id_rol, -1) <> coalesce(:id_rol, -1) THEN 1
        WHEN nullif(trim(:estado), '') IS NOT NULL AND nullif(trim(:estado), '') <> estado THEN 1
        ELSE 0
    END
WHERE id_usuario = :id_usuario;

SELECT changes() AS Response;
