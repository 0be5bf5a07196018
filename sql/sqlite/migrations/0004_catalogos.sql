-- Romsoft - SQLite schema, migration 0004 (the catalogs the screens fill their lists from)
-- The embedded SQLite dialect of sql/mssql/schema/004_catalogos.sql. f_estado: 1 = active,
-- 0 = inactive. The rows are seeded from sql/seed/*.csv (see sql/seed/README.md).

-- consulting rooms
CREATE TABLE IF NOT EXISTS ADM_CONSULTORIO (
    id_consultorio INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- identity document types (SUNAT/RENIEC codes)
CREATE TABLE IF NOT EXISTS ADM_DOCUMENTO_IDENTIDAD (
    id_documento_identidad INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- service documents (SUSALUD)
CREATE TABLE IF NOT EXISTS ADM_DOCUMENTO_PRESTACION (
    id_documento_prestacion INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    c_codigo_susalud TEXT,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- medical specialties
CREATE TABLE IF NOT EXISTS ADM_ESPECIALIDAD (
    id_especialidad INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- civil states
CREATE TABLE IF NOT EXISTS ADM_ESTADO_CIVIL (
    id_estado_civil INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- payment forms
CREATE TABLE IF NOT EXISTS ADM_FORMA_PAGO (
    id_forma_pago INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- blood groups with Rh
CREATE TABLE IF NOT EXISTS ADM_GRUPO_SANGUINEO (
    id_grupo_sanguineo INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- hospital rooms
CREATE TABLE IF NOT EXISTS ADM_HABITACION (
    id_habitacion INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- affiliation types
CREATE TABLE IF NOT EXISTS ADM_TIPO_AFILIACION (
    id_tipo_afiliacion INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- attention types
CREATE TABLE IF NOT EXISTS ADM_TIPO_ATENCION (
    id_tipo_atencion INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- diagnosis types
CREATE TABLE IF NOT EXISTS ADM_TIPO_CIE10 (
    id_tipo_cie10 INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- discharge types
CREATE TABLE IF NOT EXISTS ADM_TIPO_EGRESO (
    id_tipo_egreso INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- kinship types (insured holder and dependants)
CREATE TABLE IF NOT EXISTS ADM_TIPO_FILIACION (
    id_tipo_filiacion INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    c_codigo_susalud TEXT,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- hospitalization types
CREATE TABLE IF NOT EXISTS ADM_TIPO_HOSPITALIZACION (
    id_tipo_hospitalizacion INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- professional types
CREATE TABLE IF NOT EXISTS ADM_TIPO_PROFESIONAL (
    id_tipo_profesional INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- professional employment conditions
CREATE TABLE IF NOT EXISTS ADM_CONDICION_PROFESIONAL (
    id_condicion_profesional INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- cost centres
CREATE TABLE IF NOT EXISTS CON_CENTRO_COSTO (
    id_centro_costo INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- accounting accounts (PCGE)
CREATE TABLE IF NOT EXISTS CON_CUENTA_CONTABLE (
    id_cuenta_contable INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- contact types
CREATE TABLE IF NOT EXISTS CON_TIPO_CONTACTO (
    id_tipo_contacto INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- health benefits
CREATE TABLE IF NOT EXISTS CVN_BENEFICIO (
    id_beneficio INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- SEGUS tariff classifications
CREATE TABLE IF NOT EXISTS CVN_CLASIFICACION_SEGUS (
    id_clasificacion_segus INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- SUSALUD service classifications
CREATE TABLE IF NOT EXISTS CVN_CLASIFICACION_SUSALUD (
    id_clasificacion_susalud INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- SUSALUD dental service classifications
CREATE TABLE IF NOT EXISTS CVN_CLASIFICACION_SUSALUD_OD (
    id_clasificacion_susalud_od INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- currencies
CREATE TABLE IF NOT EXISTS CVN_MONEDA (
    id_moneda INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- price types
CREATE TABLE IF NOT EXISTS CVN_TIPO_PRECIO (
    id_tipo_precio INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- insurance plan products
CREATE TABLE IF NOT EXISTS CVN_PRODUCTO_PLAN (
    id_producto_plan INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    c_codigo_iafa TEXT,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- pharmacy product classes
CREATE TABLE IF NOT EXISTS FAR_CLASE (
    id_clase INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- consignment types
CREATE TABLE IF NOT EXISTS FAR_CONSIGNACION (
    id_consignacion INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- pharmacological families
CREATE TABLE IF NOT EXISTS FAR_FAMILIA (
    id_familia INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- generic names (DCI)
CREATE TABLE IF NOT EXISTS FAR_GENERICO (
    id_generico INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- product typifications
CREATE TABLE IF NOT EXISTS FAR_TIPIFICACION (
    id_tipificacion INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- product types
CREATE TABLE IF NOT EXISTS FAR_TIPO_PRODUCTO (
    id_tipo_producto INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);
-- patient types: the currency and variable co-payments (%) of each, and whether SITEDS applies
CREATE TABLE IF NOT EXISTS ADM_TIPO_PACIENTE (
    id_tipo_paciente INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    id_moneda INTEGER REFERENCES CVN_MONEDA (id_moneda),
    n_copago_variable NUMERIC NOT NULL DEFAULT 0 CHECK (n_copago_variable BETWEEN 0 AND 100),
    n_copago_variable_far NUMERIC NOT NULL DEFAULT 0 CHECK (n_copago_variable_far BETWEEN 0 AND 100),
    f_siteds INTEGER NOT NULL DEFAULT 0 CHECK (f_siteds IN (0, 1)),
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- health professionals (the admission issue adds their screens; GetAllActives lists them)
CREATE TABLE IF NOT EXISTS ADM_PROFESIONAL (
    id_profesional INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT COLLATE NOCASE UNIQUE,
    t_apellidos TEXT NOT NULL,
    t_nombres TEXT NOT NULL,
    t_direccion TEXT,
    t_observacion TEXT,
    d_fecha_nace TEXT,
    id_genero INTEGER REFERENCES ADM_GENERO (id_genero),
    id_tipo_documento INTEGER REFERENCES ADM_DOCUMENTO_IDENTIDAD (id_documento_identidad),
    c_numero_documento TEXT,
    id_especialidad INTEGER REFERENCES ADM_ESPECIALIDAD (id_especialidad),
    c_nro_especialidad TEXT,
    id_tipo_profesional INTEGER REFERENCES ADM_TIPO_PROFESIONAL (id_tipo_profesional),
    c_colegiatura TEXT,
    id_condicion_profesional INTEGER REFERENCES ADM_CONDICION_PROFESIONAL (id_condicion_profesional),
    c_telefono_1 TEXT,
    c_telefono_2 TEXT,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- the specialties of each professional, with the specialty's national register number (RNE)
CREATE TABLE IF NOT EXISTS ADM_PROFESIONAL_ESPECIALIDAD (
    id_profesional INTEGER NOT NULL REFERENCES ADM_PROFESIONAL (id_profesional),
    id_especialidad INTEGER NOT NULL REFERENCES ADM_ESPECIALIDAD (id_especialidad),
    c_nro_especialidad TEXT,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    PRIMARY KEY (id_profesional, id_especialidad)
);
