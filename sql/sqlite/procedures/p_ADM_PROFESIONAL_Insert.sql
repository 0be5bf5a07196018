-- p_ADM_PROFESIONAL_Insert (SQLite dialect of Romsoft.p_ADM_PROFESIONAL_Insert)
-- Inserts a professional, always active (ids 0 = not chosen = NULL) and, when it has a main specialty,
-- its row in ADM_PROFESIONAL_ESPECIALIDAD (with the RNE number). Response = the new id.

INSERT INTO ADM_PROFESIONAL (
    c_codigo, t_apellidos, t_nombres, t_direccion, t_observacion, d_fecha_nace, id_genero,
    id_tipo_documento, c_numero_documento, id_especialidad, c_nro_especialidad, id_tipo_profesional,
    c_colegiatura, id_condicion_profesional, c_telefono_1, c_telefono_2, f_estado,
    id_user_registro, d_fecha_registro
)
VALUES (
    nullif(trim(:c_codigo), ''),
    trim(:t_apellidos),
    trim(:t_nombres),
    :t_direccion,
    :t_observacion,
    date(:d_fecha_nace),
    nullif(:id_genero, 0),
    nullif(:id_tipo_documento, 0),
    trim(:c_numero_documento),
    nullif(:id_especialidad, 0),
    nullif(trim(:c_nro_especialidad), ''),
    nullif(:id_tipo_profesional, 0),
    nullif(trim(:c_colegiatura), ''),
    nullif(:id_condicion_profesional, 0),
    :c_telefono_1,
    :c_telefono_2,
    1,
    :id_user_registro,
    coalesce(:d_fecha_registro, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
);

INSERT INTO ADM_PROFESIONAL_ESPECIALIDAD (id_profesional, id_especialidad, c_nro_especialidad, f_estado)
SELECT p.id_profesional, p.id_especialidad, p.c_nro_especialidad, 1
FROM ADM_PROFESIONAL AS p
WHERE p.rowid = last_insert_rowid() AND p.id_especialidad IS NOT NULL;

-- The write transaction is exclusive and ids only grow (AUTOINCREMENT): the newest is ours.
SELECT max(id_profesional) AS Response FROM ADM_PROFESIONAL;
