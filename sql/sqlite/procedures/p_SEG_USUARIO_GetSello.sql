-- p_SEG_USUARIO_GetSello (SQLite dialect of Romsoft.p_SEG_USUARIO_GetSello)
-- The security stamp and state of a user (no row: the user does not exist).

SELECT
    u.sello AS sello,
    u.estado AS estado
FROM SEG_USUARIO AS u
WHERE u.id_usuario = :id_usuario;
