-- p_ADM_OCUPACION_Insert (SQLite dialect of Romsoft.p_ADM_OCUPACION_Insert)
-- Inserts an occupation; :f_estado NULL stores 1 (active). Response = the new id.

INSERT INTO ADM_OCUPACION (c_codigo, t_descripcion, t_observacion, f_estado, id_user_registro, d_fecha_registro)
VALUES (
    trim(:c_codigo),
    trim(:t_descripcion),
    :t_observacion,
    coalesce(:f_estado, 1),
    :id_user_registro,
    coalesce(:d_fecha_registro, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
);

SELECT last_insert_rowid() AS Response;
