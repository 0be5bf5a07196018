-- p_TIPO_ESTADO_GetAllFilters (SQLite dialect of Romsoft.p_TIPO_ESTADO_GetAllFilters)
-- The states the records of one table may take (:tabla = table name, or 'Todos' for the general
-- Activo/Inactivo every state combo of the desktop client shows; compared ignoring case and
-- surrounding blanks, like SQL Server's case-insensitive collation). Ordered by id_estado with
-- id 0 (inactive, annulled) last: 1 Activo, 0 Inactivo.

SELECT
    t.id_estado AS id_estado,
    t.estado AS estado
FROM TIPO_ESTADO AS t
WHERE t.tabla = trim(:tabla) COLLATE NOCASE
ORDER BY CASE WHEN t.id_estado = 0 THEN 1 ELSE 0 END, t.id_estado;
