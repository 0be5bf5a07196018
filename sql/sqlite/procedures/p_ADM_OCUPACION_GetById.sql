-- p_ADM_OCUPACION_GetById (SQLite dialect of Romsoft.p_ADM_OCUPACION_GetById)
-- The occupation with this id (zero or one row).

SELECT
    o.id_ocupacion AS id_ocupacion,
    o.c_codigo AS c_codigo,
    o.t_observacion AS t_observacion,
    o.t_descripcion AS t_descripcion,
    o.f_estado AS f_estado,
    CASE WHEN o.f_estado = 1 THEN 'Activo' ELSE 'Inactivo' END AS estado,
    o.id_user_registro AS id_user_registro,
    o.id_user_modifica AS id_user_modifica,
    ur.usuario AS usuario_registro,
    o.d_fecha_registro AS fecha_registro,
    um.usuario AS usuario_modifica,
    o.d_fecha_modifica AS fecha_modifica
FROM ADM_OCUPACION AS o
LEFT JOIN SEG_USUARIO AS ur ON o.id_user_registro = ur.id_usuario
LEFT JOIN SEG_USUARIO AS um ON o.id_user_modifica = um.id_usuario
WHERE o.id_ocupacion = :id_ocupacion;
