-- p_SEG_USUARIOGetByUsernameClave (SQLite dialect of Romsoft.p_SEG_USUARIOGetByUsernameClave)
-- The legacy login compared the password in SQL. This database never does: SEG_USUARIO.clave
-- holds a bcrypt hash and passwords are verified by the API (README, "Passwords"). The legacy
-- signature and result columns are kept, but :clave is never compared and NO row is returned,
-- whatever the arguments (the SQL Server version also PRINTs a line saying so).
-- Legacy procedure not called by this API; kept so a DBA's scripts and reports keep working.

WITH firma AS (
    -- The legacy parameters, bound and deliberately ignored.
    SELECT :Username AS usuario, :clave AS clave
)

SELECT
    u.id_usuario AS id_usuario,
    u.id_rol AS id_rol,
    u.nombres AS nombres,
    u.apellidos AS apellidos,
    u.estado AS estado
FROM SEG_USUARIO AS u
CROSS JOIN firma AS f
WHERE 1 = 0;
