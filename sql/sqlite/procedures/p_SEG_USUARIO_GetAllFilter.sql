-- p_SEG_USUARIO_GetAllFilter (SQLite dialect of Romsoft.p_SEG_USUARIO_GetAllFilter)
-- Users matching every given filter, with their role name, ordered by id_usuario.
--   :id_rol         NULL or 0 = any role, otherwise that role.
--   :apellidos      blank or NULL = any, otherwise the column contains the text.
--   :usuario        blank or NULL = any, otherwise the column contains the text.
--   :nro_documento  blank or NULL = any, otherwise the column contains the text.
--   :estado         blank or NULL = any, otherwise exactly this state (A or I).
-- "Contains" is literal: % and _ typed by the user are not wildcards (escaped with \).
-- LIKE is case-insensitive for ASCII letters.

WITH filtro AS (
    SELECT
        '%' || replace(replace(replace(coalesce(:apellidos, ''), '\', '\\'), '%', '\%'), '_', '\_')
        || '%' AS apellidos,
        '%' || replace(replace(replace(coalesce(:usuario, ''), '\', '\\'), '%', '\%'), '_', '\_')
        || '%' AS usuario,
        '%' || replace(replace(replace(coalesce(:nro_documento, ''), '\', '\\'), '%', '\%'), '_', '\_')
        || '%' AS nro_documento
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
    u.usuario_registro AS usuario_registro,
    u.fecha_registro AS fecha_registro,
    u.usuario_modifica AS usuario_modifica,
    u.fecha_modifica AS fecha_modifica
FROM SEG_USUARIO AS u
LEFT JOIN SEG_ROL AS r ON u.id_rol = r.id_rol
CROSS JOIN filtro AS f
WHERE
    (coalesce(:id_rol, 0) = 0 OR u.id_rol = :id_rol)
    AND (trim(coalesce(:apellidos, '')) = '' OR u.apellidos LIKE f.apellidos ESCAPE '\')
    AND (trim(coalesce(:usuario, '')) = '' OR u.usuario LIKE f.usuario ESCAPE '\')
    AND (trim(coalesce(:nro_documento, '')) = '' OR u.nro_documento LIKE f.nro_documento ESCAPE '\')
    AND (trim(coalesce(:estado, '')) = '' OR u.estado = upper(:estado))
ORDER BY u.id_usuario;
