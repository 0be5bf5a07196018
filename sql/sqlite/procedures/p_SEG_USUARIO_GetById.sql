-- p_SEG_USUARIO_GetById (SQLite dialect of Romsoft.p_SEG_USUARIO_GetById)
-- The user with this id (zero or one row), with its role name and stored password hash.

SELECT
    u.id_usuario AS id_usuario,
    u.id_rol AS RolId,
    r.rol AS RolNombre,
    u.usuario AS usuario,
    u.clave AS clave,
    u.nombres AS nombres,
    u.apellidos AS apellidos,
    u.nro_documento AS nro_documento,
    u.sexo AS sexo,
    u.email AS email,
    u.celular AS celular,
    u.estado AS estado,
    u.usuario_registro AS usuario_registro,
    u.fecha_registro AS fecha_registro,
    u.usuario_modifica AS usuario_modifica,
    u.fecha_modifica AS fecha_modifica
FROM SEG_USUARIO AS u
LEFT JOIN SEG_ROL AS r ON u.id_rol = r.id_rol
WHERE u.id_usuario = :id_usuario;
