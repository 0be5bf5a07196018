-- Romsoft - SQLite schema, migration 0009 (insurance agreements: contacts, payment
-- categories, the SEGUS tariff and its prices, insurance plans and their benefit lines)
-- The embedded SQLite dialect of sql/mssql/schema/009_convenios.sql.
--
-- One column per input of each table's legacy Insert procedure (names without @), plus the
-- audit columns (id_user_registro, d_fecha_registro, id_user_modifica, d_fecha_modifica).
-- f_estado: 1 Activo, 0 Inactivo (soft delete). Money: NUMERIC, bound as decimal text and read
-- back with its scale. t_busqueda: the text columns a search looks at, folded (lower case, no
-- accents, romsoft_plegar) by the procedures that write the row and by the seed loader.
-- Uniqueness the legacy duplicate checks asked for is also a unique index over the active rows,
-- so two concurrent Adds cannot both write.

-- Insurers (IAFA), EPS, employers, brokers and suppliers: every party a plan names.
CREATE TABLE IF NOT EXISTS CON_CONTACTO (
    id_contacto INTEGER PRIMARY KEY AUTOINCREMENT,
    id_tipo_contacto INTEGER NOT NULL REFERENCES CON_TIPO_CONTACTO (id_tipo_contacto),
    c_codigo TEXT NOT NULL,
    c_codigo_sunat TEXT,
    t_apellidos TEXT,
    t_nombres TEXT,
    t_razon_social TEXT NOT NULL,
    t_razon_comercial TEXT,
    t_observacion TEXT,
    t_direccion TEXT,
    t_contacto TEXT,
    t_actividad_economica TEXT,
    c_telefono1 TEXT,
    c_telefono2 TEXT,
    t_email_ffee TEXT,
    n_dias_credito INTEGER NOT NULL DEFAULT 0 CHECK (n_dias_credito >= 0),
    n_flag_garante INTEGER NOT NULL DEFAULT 0 CHECK (n_flag_garante IN (0, 1)),
    n_flag_contratante INTEGER NOT NULL DEFAULT 0 CHECK (n_flag_contratante IN (0, 1)),
    n_flag_proveedor INTEGER NOT NULL DEFAULT 0 CHECK (n_flag_proveedor IN (0, 1)),
    n_flag_habido INTEGER NOT NULL DEFAULT 0 CHECK (n_flag_habido IN (0, 1)),
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    t_busqueda TEXT NOT NULL DEFAULT '',
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- One active contact per document number (RUC or DNI).
CREATE UNIQUE INDEX IF NOT EXISTS UX_CON_CONTACTO_codigo ON CON_CONTACTO (c_codigo) WHERE f_estado = 1;
CREATE INDEX IF NOT EXISTS IX_CON_CONTACTO_busqueda ON CON_CONTACTO (t_busqueda);

-- Payment categories: the factors that turn SEGUS units into prices.
CREATE TABLE IF NOT EXISTS CVN_CATEGORIA_PAGO (
    id_categoria_pago INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE,
    t_descripcion TEXT NOT NULL,
    t_observacion TEXT,
    d_fecha_i_vigencia TEXT,
    d_fecha_f_vigencia TEXT,
    n_factor_servicio NUMERIC NOT NULL DEFAULT 0 CHECK (n_factor_servicio >= 0),
    n_factor_procedimiento NUMERIC NOT NULL DEFAULT 0 CHECK (n_factor_procedimiento >= 0),
    n_dscto_farmacia NUMERIC NOT NULL DEFAULT 0 CHECK (n_dscto_farmacia BETWEEN 0 AND 100),
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    t_busqueda TEXT NOT NULL DEFAULT '',
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT,
    CHECK (d_fecha_i_vigencia IS NULL OR d_fecha_f_vigencia IS NULL OR d_fecha_i_vigencia <= d_fecha_f_vigencia)
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_CVN_CATEGORIA_PAGO_codigo ON CVN_CATEGORIA_PAGO (c_codigo) WHERE f_estado = 1;
CREATE INDEX IF NOT EXISTS IX_CVN_CATEGORIA_PAGO_busqueda ON CVN_CATEGORIA_PAGO (t_busqueda);

-- The SEGUS tariff: one line per medical service or procedure, priced in units (n_unidad).
CREATE TABLE IF NOT EXISTS CVN_TARIFARIO_SEGUS (
    id_tarifario_segus INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE,
    c_codigo_susalud TEXT,
    t_descripcion_esp TEXT NOT NULL,
    t_descripcion_eng TEXT,
    t_observacion TEXT,
    id_clasificacion_segus INTEGER REFERENCES CVN_CLASIFICACION_SEGUS (id_clasificacion_segus),
    id_clasificacion_susalud INTEGER REFERENCES CVN_CLASIFICACION_SUSALUD (id_clasificacion_susalud),
    id_clasificacion_susalud_od INTEGER REFERENCES CVN_CLASIFICACION_SUSALUD_OD (id_clasificacion_susalud_od),
    id_centro_costo INTEGER REFERENCES CON_CENTRO_COSTO (id_centro_costo),
    id_cuenta_contable INTEGER REFERENCES CON_CUENTA_CONTABLE (id_cuenta_contable),
    id_tipo_precio INTEGER REFERENCES CVN_TIPO_PRECIO (id_tipo_precio),
    n_unidad NUMERIC NOT NULL DEFAULT 0 CHECK (n_unidad >= 0),
    n_ayudante INTEGER NOT NULL DEFAULT 0 CHECK (n_ayudante >= 0),
    n_instrumentista INTEGER NOT NULL DEFAULT 0 CHECK (n_instrumentista >= 0),
    n_dias INTEGER NOT NULL DEFAULT 0 CHECK (n_dias >= 0),
    n_porcentaje NUMERIC NOT NULL DEFAULT 0 CHECK (n_porcentaje BETWEEN 0 AND 100),
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    t_busqueda TEXT NOT NULL DEFAULT '',
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_CVN_TARIFARIO_SEGUS_codigo ON CVN_TARIFARIO_SEGUS (c_codigo) WHERE f_estado = 1;
-- Every row by code, deleted ones too: the seed loader's insert-if-missing looks codes up here
-- (the partial index above cannot answer it), which keeps loading the tariff linear.
CREATE INDEX IF NOT EXISTS IX_CVN_TARIFARIO_SEGUS_c_codigo ON CVN_TARIFARIO_SEGUS (c_codigo);
CREATE INDEX IF NOT EXISTS IX_CVN_TARIFARIO_SEGUS_busqueda ON CVN_TARIFARIO_SEGUS (t_busqueda);

-- A payment category's explicit price for one tariff line (overrides units x factor).
CREATE TABLE IF NOT EXISTS CVN_CATEGORIA_PAGO_PRECIO (
    id_categoria_pago_precio INTEGER PRIMARY KEY AUTOINCREMENT,
    id_categoria_pago INTEGER NOT NULL REFERENCES CVN_CATEGORIA_PAGO (id_categoria_pago),
    id_tarifario_segus INTEGER NOT NULL REFERENCES CVN_TARIFARIO_SEGUS (id_tarifario_segus),
    n_precio_sol NUMERIC NOT NULL DEFAULT 0 CHECK (n_precio_sol >= 0),
    n_precio_usd NUMERIC NOT NULL DEFAULT 0 CHECK (n_precio_usd >= 0),
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_CVN_CATEGORIA_PAGO_PRECIO_linea
ON CVN_CATEGORIA_PAGO_PRECIO (id_categoria_pago, id_tarifario_segus) WHERE f_estado = 1;
CREATE INDEX IF NOT EXISTS IX_CVN_CATEGORIA_PAGO_PRECIO_tarifario ON CVN_CATEGORIA_PAGO_PRECIO (id_tarifario_segus);

-- Tariff lines billed together with another (the surgeon's line brings the assistant's ...).
CREATE TABLE IF NOT EXISTS CVN_TARIFARIO_SEGUS_PARTICIPANTE (
    id_tarifario_segus_participante INTEGER PRIMARY KEY AUTOINCREMENT,
    id_tarifario_segus INTEGER NOT NULL REFERENCES CVN_TARIFARIO_SEGUS (id_tarifario_segus),
    id_tarifario_segus_referencia INTEGER NOT NULL REFERENCES CVN_TARIFARIO_SEGUS (id_tarifario_segus),
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_CVN_TARIFARIO_SEGUS_PARTICIPANTE_par
ON CVN_TARIFARIO_SEGUS_PARTICIPANTE (id_tarifario_segus, id_tarifario_segus_referencia) WHERE f_estado = 1;

-- Insurance plans: a guarantor (IAFA) and a contracting party, a payment category, the
-- SUSALUD product and the validity window.
CREATE TABLE IF NOT EXISTS CVN_PLAN_SEGURO (
    id_plan_seguro INTEGER PRIMARY KEY AUTOINCREMENT,
    id_contacto_garante INTEGER NOT NULL REFERENCES CON_CONTACTO (id_contacto),
    id_contacto_contratante INTEGER REFERENCES CON_CONTACTO (id_contacto),
    id_categoria_pago INTEGER REFERENCES CVN_CATEGORIA_PAGO (id_categoria_pago),
    c_codigo TEXT NOT NULL COLLATE NOCASE,
    t_descripcion TEXT NOT NULL,
    t_observacion TEXT,
    c_codigo_iafa TEXT,
    d_fecha_i_vigencia TEXT,
    d_fecha_f_vigencia TEXT,
    c_contrato TEXT,
    c_certificado TEXT,
    id_producto_plan INTEGER REFERENCES CVN_PRODUCTO_PLAN (id_producto_plan),
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    t_busqueda TEXT NOT NULL DEFAULT '',
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT,
    CHECK (d_fecha_i_vigencia IS NULL OR d_fecha_f_vigencia IS NULL OR d_fecha_i_vigencia <= d_fecha_f_vigencia)
);

-- A plan code once per guarantor among the active plans.
CREATE UNIQUE INDEX IF NOT EXISTS UX_CVN_PLAN_SEGURO_codigo ON CVN_PLAN_SEGURO (id_contacto_garante, c_codigo) WHERE f_estado = 1;
-- The plan a SITEDS authorization names: IAFA code + product.
CREATE INDEX IF NOT EXISTS IX_CVN_PLAN_SEGURO_iafa ON CVN_PLAN_SEGURO (c_codigo_iafa, id_producto_plan);
CREATE INDEX IF NOT EXISTS IX_CVN_PLAN_SEGURO_busqueda ON CVN_PLAN_SEGURO (t_busqueda);

-- A plan's benefit lines with their co-payments (a benefit once per plan among the active).
CREATE TABLE IF NOT EXISTS CVN_PLAN_SEGURO_DETALLE (
    id_plan_seguro_detalle INTEGER PRIMARY KEY AUTOINCREMENT,
    id_plan_seguro INTEGER NOT NULL REFERENCES CVN_PLAN_SEGURO (id_plan_seguro),
    id_beneficio INTEGER NOT NULL REFERENCES CVN_BENEFICIO (id_beneficio),
    id_moneda INTEGER REFERENCES CVN_MONEDA (id_moneda),
    n_copago_fijo NUMERIC NOT NULL DEFAULT 0 CHECK (n_copago_fijo >= 0),
    n_copago_variable NUMERIC NOT NULL DEFAULT 0 CHECK (n_copago_variable BETWEEN 0 AND 100),
    n_copago_variable_farmacia NUMERIC NOT NULL DEFAULT 0 CHECK (n_copago_variable_farmacia BETWEEN 0 AND 100),
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_CVN_PLAN_SEGURO_DETALLE_beneficio
ON CVN_PLAN_SEGURO_DETALLE (id_plan_seguro, id_beneficio) WHERE f_estado = 1;
