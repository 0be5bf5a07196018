-- Romsoft - SQLite schema, migration 0007 (patients)
-- The embedded SQLite dialect of sql/mssql/schema/007_paciente.sql.
--
-- n_historia_clinica: the clinical record number, digits the clinic assigns in sequence
-- (p_ADM_PACIENTE_Insert takes the next one when the client sends none); unique.
-- t_busqueda: surnames, names, document and record number folded (lower case, no accents,
-- romsoft_plegar), kept by the procedures; searched by words, prefix searches use its index.
-- One document (type + number) per patient.

CREATE TABLE IF NOT EXISTS ADM_PACIENTE (
    id_paciente INTEGER PRIMARY KEY AUTOINCREMENT,
    n_historia_clinica INTEGER NOT NULL UNIQUE CHECK (n_historia_clinica > 0),
    t_apellido_paterno TEXT NOT NULL,
    t_apellido_materno TEXT,
    t_nombres TEXT NOT NULL,
    t_paciente TEXT NOT NULL,
    d_fecha_nacimiento TEXT,
    id_genero INTEGER REFERENCES ADM_GENERO (id_genero),
    id_estado_civil INTEGER REFERENCES ADM_ESTADO_CIVIL (id_estado_civil),
    id_documento_identidad INTEGER REFERENCES ADM_DOCUMENTO_IDENTIDAD (id_documento_identidad),
    c_documento_identidad TEXT,
    id_grupo_sanguineo INTEGER REFERENCES ADM_GRUPO_SANGUINEO (id_grupo_sanguineo),
    id_ocupacion INTEGER REFERENCES ADM_OCUPACION (id_ocupacion),
    t_ocupacion TEXT,
    t_email_paciente TEXT,
    c_p_fono_casa TEXT,
    c_p_fono_personal TEXT,
    c_p_fono_corporativo TEXT,
    id_ubigeo_nacimiento INTEGER REFERENCES ADM_UBIGEO (id_ubigeo),
    id_ubigeo_domicilio INTEGER REFERENCES ADM_UBIGEO (id_ubigeo),
    t_referencia TEXT,
    t_direccion TEXT,
    t_responsable TEXT,
    t_email_responsable TEXT,
    c_r_fono_casa TEXT,
    c_r_fono_personal TEXT,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    t_busqueda TEXT NOT NULL DEFAULT '',
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_ADM_PACIENTE_documento
ON ADM_PACIENTE (id_documento_identidad, c_documento_identidad)
WHERE c_documento_identidad IS NOT NULL;

CREATE INDEX IF NOT EXISTS IX_ADM_PACIENTE_documento_numero ON ADM_PACIENTE (c_documento_identidad);

CREATE INDEX IF NOT EXISTS IX_ADM_PACIENTE_busqueda ON ADM_PACIENTE (t_busqueda);
