-- p_ADM_OCUPACION_Update (SQLite dialect of Romsoft.p_ADM_OCUPACION_Update)
-- Updates an occupation. Response = rows changed (0 when the id does not exist).

UPDATE ADM_OCUPACION
SET
    c_codigo = trim(:c_codigo),
    t_descripcion = trim(:t_descripcion),
    t_observacion = :t_observacion,
    f_estado = coalesce(:f_estado, f_estado),
    id_user_modifica = :id_user_modifica,
    d_fecha_modifica = coalesce(:d_fecha_modifica, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
WHERE id_ocupacion = :id_ocupacion;

SELECT changes() AS Response;
