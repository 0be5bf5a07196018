-- p_ADM_PACIENTE_GetById (SQLite dialect of Romsoft.p_ADM_PACIENTE_GetById)
-- One patient with the descriptions of its catalogs (sex, civil state, birth and home
-- districts as "distrito, provincia, departamento"). No row: no such patient.

SELECT
    p.n_historia_clinica AS n_historia_clinica,
    p.t_apellido_paterno AS t_apellido_paterno,
    p.t_apellido_materno AS t_apellido_materno,
    p.t_nombres AS t_nombres,
    p.t_paciente AS t_paciente,
    p.d_fecha_nacimiento AS d_fecha_nacimiento,
    p.id_genero AS id_genero,
    g.t_descripcion AS Genero,
    p.id_estado_civil AS id_estado_civil,
    ec.t_descripcion AS EstadoCivil,
    p.id_documento_identidad AS id_documento_identidad,
    p.c_documento_identidad AS c_documento_identidad,
    p.id_grupo_sanguineo AS id_grupo_sanguineo,
    p.id_ocupacion AS id_ocupacion,
    p.t_ocupacion AS t_ocupacion,
    p.t_email_paciente AS t_email_paciente,
    p.c_p_fono_casa AS c_p_fono_casa,
    p.c_p_fono_personal AS c_p_fono_personal,
    p.c_p_fono_corporativo AS c_p_fono_corporativo,
    p.id_ubigeo_nacimiento AS id_ubigeo_nacimiento,
    un.t_distrito || ', ' || un.t_provincia || ', ' || un.t_departamento AS UbigeoNacimiento,
    p.id_ubigeo_domicilio AS id_ubigeo_domicilio,
    ud.t_distrito || ', ' || ud.t_provincia || ', ' || ud.t_departamento AS UbigeoDomicilio,
    p.t_referencia AS t_referencia,
    p.t_direccion AS t_direccion,
    p.t_responsable AS t_responsable,
    p.t_email_responsable AS t_email_responsable,
    p.c_r_fono_casa AS c_r_fono_casa,
    p.c_r_fono_personal AS c_r_fono_personal,
    p.f_estado AS f_estado,
    p.id_user_registro AS id_user_registro,
    p.id_user_modifica AS id_user_modifica,
    p.d_fecha_registro AS fecha_registro,
    p.d_fecha_modifica AS fecha_modifica
FROM ADM_PACIENTE AS p
LEFT JOIN ADM_GENERO AS g ON p.id_genero = g.id_genero
LEFT JOIN ADM_ESTADO_CIVIL AS ec ON p.id_estado_civil = ec.id_estado_civil
LEFT JOIN ADM_UBIGEO AS un ON p.id_ubigeo_nacimiento = un.id_ubigeo
LEFT JOIN ADM_UBIGEO AS ud ON p.id_ubigeo_domicilio = ud.id_ubigeo
WHERE p.id_paciente = :id_paciente;
