-- p_SEG_USUARIO_GetAll (SQLite dialect of Romsoft.p_SEG_USUARIO_GetAll)
-- One page of users (active and inactive), with their role name.
--   :WhereFilters  accepted for compatibility and never used (not even read by this file).
--   :OrderBy       blank or one of id_usuario, usuario, apellidos, nombres, estado, optionally
--                  followed by ' DESC' (case-insensitive). Anything else orders by id_usuario.
--                  id_usuario is always the last sort key, so pages are stable.
--   :Start         rows to skip (negative or NULL counts as 0).
--   :Rows          page size. 0, negative or NULL returns every row from :Start.
-- Cantidad = total number of users before paging.

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
            WHEN columna IN ('usuario', 'apellidos', 'nombres', 'estado') THEN columna
            ELSE 'id_usuario'
        END AS columna,
        CASE
            WHEN columna IN ('', 'id_usuario', 'usuario', 'apellidos', 'nombres', 'estado')
                THEN descendente
            ELSE 0
        END AS descendente
    FROM partes
)

SELECT
    u.id_usuario AS id_usuario,
    u.id_rol AS RolId,
    r.rol AS RolNombre,
    u.usuario AS usuario,
    u.nombres AS nombres,
    u.apellidos AS apellidos,
    u.nro_documento AS nro_documento,
    u.sexo AS sexo,
    u.email AS email,
    u.celular AS celular,
    u.estado AS estado,
    count(*) OVER () AS Cantidad,
    u.usuario_registro AS usuario_registro,
    u.fecha_registro AS fecha_registro,
    u.usuario_modifica AS usuario_modifica,
    u.fecha_modifica AS fecha_modifica
FROM SEG_USUARIO AS u
LEFT JOIN SEG_ROL AS r ON u.id_rol = r.id_rol
CROSS JOIN orden AS o
ORDER BY
    CASE WHEN o.columna = 'usuario' AND o.descendente = 0 THEN u.usuario END COLLATE NOCASE ASC,
    CASE WHEN o.columna = 'usuario' AND o.descendente = 1 THEN u.usuario END COLLATE NOCASE DESC,
    CASE WHEN o.columna = 'apellidos' AND o.descendente = 0 THEN u.apellidos END COLLATE NOCASE ASC,
    CASE WHEN o.columna = 'apellidos' AND o.descendente = 1 THEN u.apellidos END COLLATE NOCASE DESC,
    CASE WHEN o.columna = 'nombres' AND o.descendente = 0 THEN u.nombres END COLLATE NOCASE ASC,
    CASE WHEN o.columna = 'nombres' AND o.descendente = 1 THEN u.nombres END COLLATE NOCASE DESC,
    CASE WHEN o.columna = 'estado' AND o.descendente = 0 THEN u.estado END ASC,
    CASE WHEN o.columna = 'estado' AND o.descendente = 1 THEN u.estado END DESC,
    CASE WHEN o.columna = 'id_usuario' AND o.descendente = 1 THEN u.id_usuario END DESC,
    u.id_usuario ASC
LIMIT CASE WHEN :Rows > 0 THEN :Rows ELSE -1 END
OFFSET max(coalesce(:Start, 0), 0);
