-- p_ADM_PACIENTE_Update (SQLite dialect of Romsoft.p_ADM_PACIENTE_Update)
-- Updates a patient. The record number is kept when none is sent (NULL or 0); :f_estado other
-- than 0/1 keeps the stored state. Response = rows changed (0: no such patient, or the
-- document or record number belongs to another patient).

UPDATE ADM_PACIENTE
SET
    n_historia_clinica = coalesce(nullif(:n_historia_clinica, 0), n_historia_clinica),
    t_apellido_paterno = trim(:t_apellido_paterno),
    t_apellido_materno = nullif(trim(:t_apellido_materno), ''),
    t_nombres = trim(:t_nombres),
    t_paciente = coalesce(
        nullif(trim(:t_paciente), ''),
        trim(trim(:t_apellido_paterno) || ' ' || coalesce(nullif(trim(:t_apellido_materno), ''), '')) || ' '
        || trim(:t_nombres)
    ),
    d_fecha_nacimiento = date(:d_fecha_nacimiento),
    id_genero = nullif(:id_genero, 0),
    id_estado_civil = nullif(:id_estado_civil, 0),
    id_documento_identidad = nullif(:id_documento_identidad, 0),
    c_documento_identidad = nullif(trim(:c_documento_identidad), ''),
    id_grupo_sanguineo = nullif(:id_grupo_sanguineo, 0),
    id_ocupacion = nullif(:id_ocupacion, 0),
    t_ocupacion = :t_ocupacion,
    t_email_paciente = :t_email_paciente,
    c_p_fono_casa = :c_p_fono_casa,
    c_p_fono_personal = :c_p_fono_personal,
    c_p_fono_corporativo = :c_p_fono_corporativo,
    id_ubigeo_nacimiento = nullif(:id_ubigeo_nacimiento, 0),
    id_ubigeo_domicilio = nullif(:id_ubigeo_domicilio, 0),
    t_referencia = :t_referencia,
    t_direccion = :t_direccion,
    t_responsable = :t_responsable,
    t_email_responsable = :t_email_responsable,
    c_r_fono_casa = :c_r_fono_casa,
    c_r_fono_personal = :c_r_fono_personal,
    f_estado = CASE WHEN :f_estado IN (0, 1) THEN :f_estado ELSE f_estado END,
    t_busqueda = romsoft_plegar(
        trim(:t_apellido_paterno) || ' ' || coalesce(nullif(trim(:t_apellido_materno), ''), '') || ' '
        || trim(:t_nombres) || ' ' || coalesce(nullif(trim(:c_documento_identidad), ''), '') || ' '
        || coalesce(nullif(:n_historia_clinica, 0), n_historia_clinica)
    ),
    id_user_modifica = :id_user_modifica,
    d_fecha_modifica = coalesce(:d_fecha_modifica, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
WHERE
    id_paciente = :id_paciente
    AND NOT EXISTS (
        SELECT 1
        FROM ADM_PACIENTE AS d
        WHERE
            d.id_paciente <> :id_paciente
            AND (
                d.n_historia_clinica = nullif(:n_historia_clinica, 0)
                OR (
                    d.id_documento_identidad = nullif(:id_documento_identidad, 0)
                    AND d.c_documento_identidad = nullif(trim(:c_documento_identidad), '')
                )
            )
    );

SELECT changes() AS Response;
