-- p_SEG_USUARIO_SetClave (SQLite dialect of Romsoft.p_SEG_USUARIO_SetClave)
-- Replaces a user's stored password with a new bcrypt hash (upgrade of legacy plaintext rows).
-- A NULL or blank :clave changes nothing. The audit columns are not touched.
-- Returns Response = rows changed.

UPDATE SEG_USUARIO
SET clave = :clave
WHERE
    id_usuario = :id_usuario
    AND trim(coalesce(:clave, '')) <> '';

SELECT changes() AS Response;
