-- p_SEG_INTENTO_LOGIN_Get (SQLite dialect of Romsoft.p_SEG_INTENTO_LOGIN_Get)
-- The failed-login counters of a user name key and a client address key (zero to two rows).

SELECT
    i.llave AS llave,
    i.fallos AS fallos,
    i.primer_fallo AS primer_fallo
FROM SEG_INTENTO_LOGIN AS i
WHERE i.llave IN (:llave_usuario, :llave_ip);
