-- p_ADM_PACIENTE_Insert (SQLite dialect of Romsoft.p_ADM_PACIENTE_Insert)
-- Registers a patient, active (:f_estado 0, the DTO's default when omitted, means active too:
-- a patient is made inactive by Delete or Update). No record number (NULL or 0): the next one, max + 1, taken in
-- this write transaction (SQLite runs one writer at a time, so two Adds never get the same).
-- Ids 0 = not chosen = NULL; t_paciente blank = "paterno materno nombres".
-- A patient with the same document (type + number) already registered: nothing written,
-- Response 0 and response_t says which record has it.

INSERT INTO ADM_PACIENTE (
    n_historia_clinica, t_apellido_paterno, t_apellido_materno, t_nombres, t_paciente,
    d_fecha_nacimiento, id_genero, id_estado_civil, id_documento_identidad, c_documento_identidad,
    id_grupo_sanguineo, id_ocupacion, t_ocupacion, t_email_paciente, c_p_fono_casa,
    c_p_fono_personal, c_p_fono_corporativo, id_ubigeo_nacimiento, id_ubigeo_domicilio,
    t_referencia, t_direccion, t_responsable, t_email_responsable, c_r_fono_casa,
    c_r_fono_personal, f_estado, t_busqueda, id_user_registro, d_fecha_registro
)
SELECT
    v.historia,
    v.paterno,
    v.materno,
    v.nombres,
    coalesce(nullif(trim(:t_paciente), ''), trim(v.paterno || ' ' || coalesce(v.materno, '')) || ' ' || v.nombres),
    date(:d_fecha_nacimiento),
    nullif(:id_genero, 0),
    nullif(:id_estado_civil, 0),
    nullif(:id_documento_identidad, 0),
    v.documento,
    nullif(:id_grupo_sanguineo, 0),
    nullif(:id_ocupacion, 0),
    :t_ocupacion,
    :t_email_paciente,
    :c_p_fono_casa,
    :c_p_fono_personal,
    :c_p_fono_corporativo,
    nullif(:id_ubigeo_nacimiento, 0),
    nullif(:id_ubigeo_domicilio, 0),
    :t_referencia,
    :t_direccion,
    :t_responsable,
    :t_email_responsable,
    :c_r_fono_casa,
    :c_r_fono_personal,
    coalesce(nullif(:f_estado, 0), 1),
    romsoft_plegar(
        v.paterno || ' ' || coalesce(v.materno, '') || ' ' || v.nombres || ' ' || coalesce(v.documento, '') || ' '
        || v.historia
    ),
    :id_user_registro,
    coalesce(:d_fecha_registro, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
FROM (
    SELECT
        coalesce(
            nullif(:n_historia_clinica, 0),
            (SELECT coalesce(max(h.n_historia_clinica), 0) + 1 FROM ADM_PACIENTE AS h)
        ) AS historia,
        trim(:t_apellido_paterno) AS paterno,
        nullif(trim(:t_apellido_materno), '') AS materno,
        trim(:t_nombres) AS nombres,
        nullif(trim(:c_documento_identidad), '') AS documento
) AS v
WHERE NOT EXISTS (
    SELECT 1
    FROM ADM_PACIENTE AS d
    WHERE
        d.id_documento_identidad = nullif(:id_documento_identidad, 0)
        AND d.c_documento_identidad = v.documento
);

SELECT
    CASE WHEN changes() = 1 THEN last_insert_rowid() ELSE 0 END AS Response,
    CASE
        WHEN changes() = 1 THEN NULL
        ELSE (
            SELECT 'Ya existe un paciente con ese documento de identidad: historia clínica '
                || d.n_historia_clinica || '.'
            FROM ADM_PACIENTE AS d
            WHERE
                d.id_documento_identidad = nullif(:id_documento_identidad, 0)
                AND d.c_documento_identidad = nullif(trim(:c_documento_identidad), '')
        )
    END AS response_t;
