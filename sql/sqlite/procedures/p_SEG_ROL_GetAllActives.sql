-- p_SEG_ROL_GetAllActives (SQLite dialect of Romsoft.p_SEG_ROL_GetAllActives)
-- Active roles (estado = 'A'), ordered by name.

SELECT
    r.id_rol AS Id_rol,
    r.rol AS rol
FROM SEG_ROL AS r
WHERE r.estado = 'A'
ORDER BY r.rol, r.id_rol;
