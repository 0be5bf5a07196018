-- p_ADM_PROFESIONAL_Update (SQLite dialect of Romsoft.p_ADM_PROFESIONAL_Update)
-- Updates a professional (ids 0 = not chosen = NULL; :f_estado other than 0/1 keeps the stored
-- state) and keeps its main specialty in ADM_PROFESIONAL_ESPECIALIDAD: the new main one active
-- with its RNE number, a replaced main one inactive. Response = rows changed (0: no such id).

UPDATE ADM_PROFESIONAL_ESPECIALIDAD
SET f_estado = 0
WHERE
    id_profesional = :id_profesional
    AND id_especialidad = (SELECT p.id_especialidad FROM ADM_PROFESIONAL AS p WHERE p.id_profesional = :id_profesional)
    AND id_especialidad IS NOT nullif(:id_especialidad, 0);

INSERT INTO ADM_PROFESIONAL_ESPECIALIDAD (id_profesional, id_especialidad, c_nro_especialidad, f_estado)
SELECT p.id_profesional, nullif(:id_especialidad, 0), nullif(trim(:c_nro_especialidad), ''), 1
FROM ADM_PROFESIONAL AS p
WHERE p.id_profesional = :id_profesional AND nullif(:id_especialidad, 0) IS NOT NULL
ON CONFLICT (id_profesional, id_especialidad) DO UPDATE SET
    c_nro_especialidad = excluded.c_nro_especialidad,
    f_estado = 1;

UPDATE ADM_PROFESIONAL
SET
    c_codigo = nullif(trim(:c_codigo), ''),
    t_apellidos = trim(:t_apellidos),
    t_nombres = trim(:t_nombres),
    t_direccion = :t_direccion,
    t_observacion = :t_observacion,
    d_fecha_nace = date(:d_fecha_nace),
    id_genero = nullif(:id_genero, 0),
    id_tipo_documento = nullif(:id_tipo_documento, 0),
    c_numero_documento = trim(:c_numero_documento),
    id_especialidad = nullif(:id_especialidad, 0),
    c_nro_especialidad = nullif(trim(:c_nro_especialidad), ''),
    id_tipo_profesional = nullif(:id_tipo_profesional, 0),
    c_colegiatura = nullif(trim(:c_colegiatura), ''),
    id_condicion_profesional = nullif(:id_condicion_profesional, 0),
    c_telefono_1 = :c_telefono_1,
    c_telefono_2 = :c_telefono_2,
    f_estado = CASE WHEN :f_estado IN (0, 1) THEN :f_estado ELSE f_estado END,
    id_user_modifica = :id_user_modifica,
    d_fecha_modifica = coalesce(:d_fecha_modifica, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
WHERE id_profesional = :id_profesional;

SELECT changes() AS Response;
