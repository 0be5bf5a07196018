-- p_SEG_INTENTO_LOGIN_Limpiar (SQLite dialect of Romsoft.p_SEG_INTENTO_LOGIN_Limpiar)
-- Forgets the failed logins of a user name key (after a successful login).

DELETE FROM SEG_INTENTO_LOGIN
WHERE llave = :llave_usuario;

SELECT changes() AS Response;
