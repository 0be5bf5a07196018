-- p_CVN_CATEGORIA_PAGO_Insert (SQLite dialect of Romsoft.p_CVN_CATEGORIA_PAGO_Insert)
-- Inserts a payment category with its price factors; :f_estado NULL stores 1 (active).
-- Response = the new id. Decimals arrive as their exact text; t_busqueda is the folded code,
-- description and observation.

INSERT INTO CVN_CATEGORIA_PAGO (
    c_codigo, t_descripcion, t_observacion, d_fecha_i_vigencia, d_fecha_f_vigencia,
    n_factor_servicio, n_factor_procedimiento, n_dscto_farmacia, f_estado, t_busqueda,
    id_user_registro, d_fecha_registro
)
VALUES (
    trim(:c_codigo),
    trim(:t_descripcion),
    :t_observacion,
    :d_fecha_i_vigencia,
    :d_fecha_f_vigencia,
    coalesce(:n_factor_servicio, 0),
    coalesce(:n_factor_procedimiento, 0),
    coalesce(:n_dscto_farmacia, 0),
    coalesce(:f_estado, 1),
    romsoft_plegar(trim(:c_codigo) || ' ' || trim(:t_descripcion) || ' ' || coalesce(:t_observacion, '')),
    :id_user_registro,
    coalesce(:d_fecha_registro, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
);

SELECT last_insert_rowid() AS Response;
