-- p_TIPO_ESTADO_GetAllFilters (SQLite dialect of Romsoft.p_TIPO_ESTADO_GetAllFilters)
-- The states the records of one table may take (:tabla = table name), ordered by id_estado.

SELECT
    t.id_estado AS id_estado,
    t.estado AS estado
FROM TIPO_ESTADO AS t
WHERE t.tabla = :tabla
ORDER BY t.id_estado;
