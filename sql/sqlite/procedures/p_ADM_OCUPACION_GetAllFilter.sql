-- p_ADM_OCUPACION_GetAllFilter (SQLite dialect of Romsoft.p_ADM_OCUPACION_GetAllFilter)
-- :id_ocupacion NULL/0 = any; texts '' = any, otherwise "contains"; :f_estado NULL = any.

SELECT
    o.id_ocupacion AS id_ocupacion,
    o.c_codigo AS c_codigo,
    o.t_observacion AS t_observacion,
    o.t_descripcion AS t_descripcion,
    o.f_estado AS f_estado,
    o.id_user_registro AS id_user_registro,
    o.id_user_modifica AS id_user_modifica,
    CASE WHEN o.f_estado = 1 THEN 'Activo' ELSE 'Inactivo' END AS estado,
    ur.usuario AS usuario_registro,
    o.d_fecha_registro AS fecha_registro,
    um.usuario AS usuario_modifica,
    o.d_fecha_modifica AS fecha_modifica
FROM ADM_OCUPACION AS o
LEFT JOIN SEG_USUARIO AS ur ON o.id_user_registro = ur.id_usuario
LEFT JOIN SEG_USUARIO AS um ON o.id_user_modifica = um.id_usuario
WHERE
    (coalesce(:id_ocupacion, 0) = 0 OR o.id_ocupacion = :id_ocupacion)
    AND (coalesce(:c_codigo, '') = '' OR instr(lower(o.c_codigo), lower(:c_codigo)) > 0)
    AND (coalesce(:t_descripcion, '') = '' OR instr(lower(o.t_descripcion), lower(:t_descripcion)) > 0)
    AND (:f_estado IS NULL OR o.f_estado = :f_estado)
ORDER BY o.t_descripcion;
