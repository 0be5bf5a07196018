-- p_SEG_USUARIO_Insert (SQLite dialect of Romsoft.p_SEG_USUARIO_Insert)
-- Inserts a user. :clave is already a bcrypt hash computed by the API.
-- :estado NULL or blank stores 'A'. :fecha_registro NULL stores the current local time.
-- A duplicate login name (case-insensitive) fails on the UNIQUE constraint.
-- Returns Response = the new id_usuario.

INSERT INTO SEG_USUARIO (
    id_rol, usuario, clave, apellidos, nombres, nro_documento, sexo, email, celular,
    estado, usuario_registro, fecha_registro
)
VALUES (
    :id_rol, :usuario, :clave, :apellidos, :nombres, :nro_documento, :sexo, :email, :celular,
    coalesce(nullif(trim(:estado), ''), 'A'),
    :usuario_registro,
    coalesce(:fecha_registro, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
);

SELECT last_insert_rowid() AS Response;
