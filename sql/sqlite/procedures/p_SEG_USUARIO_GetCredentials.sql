-- p_SEG_USUARIO_GetCredentials (SQLite dialect of Romsoft.p_SEG_USUARIO_GetCredentials)
-- The login row of a user, found by login name case-insensitively, with the stored password
-- for the API to verify. Inactive users are returned too.

SELECT
    u.id_usuario AS id_usuario,
    u.id_rol AS id_rol,
    u.usuario AS usuario,
    u.clave AS clave,
    u.apellidos AS apellidos,
    u.nombres AS nombres,
    u.estado AS estado,
    u.sello AS sello
FROM SEG_USUARIO AS u
WHERE u.usuario = :Username COLLATE NOCASE
ORDER BY u.id_usuario
LIMIT 1;
