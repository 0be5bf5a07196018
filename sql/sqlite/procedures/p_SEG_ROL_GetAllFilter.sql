-- p_SEG_ROL_GetAllFilter (SQLite dialect of Romsoft.p_SEG_ROL_GetAllFilter)
-- One page of roles (active and inactive).
--   :WhereFilters  accepted for compatibility and never used (not even read by this file).
--   :OrderBy       blank or one of id_rol, rol, descripcion, estado, optionally followed by
--                  ' DESC' (case-insensitive). Anything else orders by id_rol.
--                  id_rol is always the last sort key, so pages are stable.
--   :Start         rows to skip (negative or NULL counts as 0).
--   :Rows          page size. 0, negative or NULL returns every row from :Start.
-- Legacy procedure not called by this API; kept so a DBA's scripts and reports keep working.

WITH entrada AS (
    SELECT lower(trim(coalesce(:OrderBy, ''))) AS texto
),

partes AS (
    SELECT
        CASE
            WHEN texto = 'desc' OR substr(texto, -5) = ' desc'
                THEN rtrim(substr(texto, 1, length(texto) - 4))
            ELSE texto
        END AS columna,
        CASE WHEN texto = 'desc' OR substr(texto, -5) = ' desc' THEN 1 ELSE 0 END AS descendente
    FROM entrada
),

orden AS (
    SELECT
        CASE
            WHEN columna IN ('rol', 'descripcion', 'estado') THEN columna
            ELSE 'id_rol'
        END AS columna,
        CASE
            WHEN columna IN ('', 'id_rol', 'rol', 'descripcion', 'estado') THEN descendente
            ELSE 0
        END AS descendente
    FROM partes
)

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
CROSS JOIN orden AS o
ORDER BY
    CASE WHEN o.columna = 'rol' AND o.descendente = 0 THEN r.rol END COLLATE NOCASE ASC,
    CASE WHEN o.columna = 'rol' AND o.descendente = 1 THEN r.rol END COLLATE NOCASE DESC,
    CASE WHEN o.columna = 'descripcion' AND o.descendente = 0 THEN r.descripcion END COLLATE NOCASE ASC,
    CASE WHEN o.columna = 'descripcion' AND o.descendente = 1 THEN r.descripcion END COLLATE NOCASE DESC,
    CASE WHEN o.columna = 'estado' AND o.descendente = 0 THEN r.estado END ASC,
    CASE WHEN o.columna = 'estado' AND o.descendente = 1 THEN r.estado END DESC,
    CASE WHEN o.columna = 'id_rol' AND o.descendente = 1 THEN r.id_rol END DESC,
    r.id_rol ASC
LIMIT CASE WHEN :Rows > 0 THEN :Rows ELSE -1 END
OFFSET max(coalesce(:Start, 0), 0);
