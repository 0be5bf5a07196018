-- p_CVN_CATEGORIA_PAGO_Update (SQLite dialect of Romsoft.p_CVN_CATEGORIA_PAGO_Update)
-- Updates a payment category. Response = rows changed (0 when the id does not exist).
-- :f_estado 0 or 1 sets the state; NULL or another value keeps it. :id_user_modifica is the parameter the legacy
-- repository wrote without '@' (SqlClient added it; see the T-SQL file).

UPDATE CVN_CATEGORIA_PAGO
SET
    c_codigo = trim(:c_codigo),
    t_descripcion = trim(:t_descripcion),
    t_observacion = :t_observacion,
    d_fecha_i_vigencia = :d_fecha_i_vigencia,
    d_fecha_f_vigencia = :d_fecha_f_vigencia,
    n_factor_servicio = coalesce(:n_factor_servicio, 0),
    n_factor_procedimiento = coalesce(:n_factor_procedimiento, 0),
    n_dscto_farmacia = coalesce(:n_dscto_farmacia, 0),
    f_estado = CASE WHEN :f_estado IN (0, 1) THEN :f_estado ELSE f_estado END,
    t_busqueda = romsoft_plegar(trim(:c_codigo) || ' ' || trim(:t_descripcion) || ' ' || coalesce(:t_observacion, '')),
    id_user_modifica = :id_user_modifica,
    d_fecha_modifica = coalesce(:d_fecha_modifica, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
WHERE id_categoria_pago = :id_categoria_pago;

SELECT changes() AS Response;
