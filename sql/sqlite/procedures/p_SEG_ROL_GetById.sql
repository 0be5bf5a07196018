-- p_SEG_ROL_GetById (SQLite dialect of Romsoft.p_SEG_ROL_GetById)
-- The role with this id (zero or one row), active or not.
-- Legacy procedure not called by this API; kept so a DBA's scripts and reports keep working.

SELECT
    r.id_rol AS Id_rol,
    r.rol AS rol,
    r.descripcion AS Descripcion,
    r.estado AS Estado,
    r.usuario_registro AS usuario_registro,
    r.fecha_registro AS fecha_registro,
    r.usuario_modifica AS usuario_modifica,
    r.fecha_modifica AS fecha_modifica
FROM SEG_ROL AS r
WHERE r.id_rol = :Id_rol;
