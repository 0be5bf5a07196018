-- p_SEG_INTENTO_LOGIN_Fallo (SQLite dialect of Romsoft.p_SEG_INTENTO_LOGIN_Fallo)
-- Counts one failed login for both keys; a counter older than :desde starts again at 1.

INSERT INTO SEG_INTENTO_LOGIN (llave, fallos, primer_fallo)
SELECT v.llave, 1, :ahora
FROM (SELECT :llave_usuario AS llave UNION SELECT :llave_ip) AS v
WHERE v.llave IS NOT NULL
ON CONFLICT (llave) DO UPDATE SET
    fallos = CASE WHEN primer_fallo < :desde THEN 1 ELSE fallos + 1 END,
    primer_fallo = CASE WHEN primer_fallo < :desde THEN :ahora ELSE primer_fallo END;

SELECT changes() AS Response;
