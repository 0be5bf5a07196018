-- Romsoft - SQLite schema, migration 0012 (billing receipts, and the legacy Prueba pair)
-- The embedded SQLite dialect of sql/mssql/schema/012_facturacion.sql.
--
-- FAC_TIPO_COMPROBANTE  receipt types by SUNAT code (01 factura, 03 boleta); ids as the codes
--                       (sql/seed/360_FAC_TIPO_COMPROBANTE.csv).
-- FAC_SERIE             the series of each type and its last number (the counter the insert
--                       procedure takes the next number from, inside its transaction: SQLite's
--                       write lock serialises concurrent receipts, so numbers have no gaps or
--                       duplicates). Rows: sql/seed/370_FAC_SERIE.csv (B001, F001).
-- FAC_DOCUMENTO_PAGO    a receipt's header: one column per input of p_FAC_COMPROBANTE_Insert
--                       (names without @), but the input id_documento_pago, which names the
--                       receipt type as in the legacy client (its combo of payment documents),
--                       is stored as id_tipo_comprobante; id_tipo_documento is the customer's
--                       identity document type (0 = none). Plus its series and number (unique
--                       together), the attention's patient and the audit columns.
--                       f_estado: 1 Emitido, 0 Anulado.
-- FAC_DOCUMENTO_PAGO_DET its lines: one column per column of Romsoft.FAC_COMPROBANTE_DET_TYPE,
--                       plus the line number (n_item) and whether it is inafecto (no IGV).
-- PRU_CABECERA / PRU_DETALLE  what Prueba/addDetalle writes (p_Registro_Insert).
-- Money: NUMERIC, bound as decimal text; the procedures read it back with two decimals (12.50),
-- as SQL Server's DECIMAL(12, 2) does.

CREATE TABLE IF NOT EXISTS FAC_TIPO_COMPROBANTE (
    id_tipo_comprobante INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

CREATE TABLE IF NOT EXISTS FAC_SERIE (
    id_serie INTEGER PRIMARY KEY AUTOINCREMENT,
    c_serie TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(c_serie) = 4),
    id_tipo_comprobante INTEGER NOT NULL REFERENCES FAC_TIPO_COMPROBANTE (id_tipo_comprobante),
    n_ultimo INTEGER NOT NULL DEFAULT 0 CHECK (n_ultimo >= 0 AND n_ultimo <= 99999999),
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

CREATE INDEX IF NOT EXISTS IX_FAC_SERIE_tipo ON FAC_SERIE (id_tipo_comprobante, f_estado);

CREATE TABLE IF NOT EXISTS FAC_DOCUMENTO_PAGO (
    id_documento_pago INTEGER PRIMARY KEY AUTOINCREMENT,
    id_tipo_comprobante INTEGER NOT NULL REFERENCES FAC_TIPO_COMPROBANTE (id_tipo_comprobante),
    c_serie TEXT NOT NULL REFERENCES FAC_SERIE (c_serie),
    n_numero INTEGER NOT NULL CHECK (n_numero > 0),
    id_atencion INTEGER NOT NULL REFERENCES ADM_ATENCION (id_atencion),
    id_paciente INTEGER NOT NULL REFERENCES ADM_PACIENTE (id_paciente),
    id_tipo_documento INTEGER REFERENCES ADM_DOCUMENTO_IDENTIDAD (id_documento_identidad),
    c_numero_de_documento TEXT,
    t_direccion TEXT,
    t_paciente TEXT NOT NULL,
    d_fecha_emis TEXT NOT NULL,
    id_condicion_pago INTEGER NOT NULL REFERENCES ADM_FORMA_PAGO (id_forma_pago),
    id_moneda INTEGER NOT NULL REFERENCES CVN_MONEDA (id_moneda),
    n_porcen_igv NUMERIC NOT NULL CHECK (n_porcen_igv >= 0 AND n_porcen_igv < 100),
    n_porcen_descu NUMERIC NOT NULL DEFAULT 0 CHECK (n_porcen_descu BETWEEN 0 AND 100),
    n_total_bruto NUMERIC NOT NULL CHECK (n_total_bruto >= 0),
    n_total_descuento NUMERIC NOT NULL DEFAULT 0 CHECK (n_total_descuento >= 0),
    n_total_anticipo NUMERIC NOT NULL DEFAULT 0 CHECK (n_total_anticipo >= 0),
    n_total_gravada NUMERIC NOT NULL CHECK (n_total_gravada >= 0),
    n_total_no_gravada NUMERIC NOT NULL CHECK (n_total_no_gravada >= 0),
    n_total_icbper NUMERIC NOT NULL DEFAULT 0 CHECK (n_total_icbper >= 0),
    n_total_impuesto NUMERIC NOT NULL CHECK (n_total_impuesto >= 0),
    n_total_neto NUMERIC NOT NULL CHECK (n_total_neto >= 0),
    t_observacion TEXT,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_FAC_DOCUMENTO_PAGO_numero ON FAC_DOCUMENTO_PAGO (c_serie, n_numero);
CREATE INDEX IF NOT EXISTS IX_FAC_DOCUMENTO_PAGO_atencion ON FAC_DOCUMENTO_PAGO (id_atencion);
CREATE INDEX IF NOT EXISTS IX_FAC_DOCUMENTO_PAGO_documento ON FAC_DOCUMENTO_PAGO (c_numero_de_documento);

CREATE TABLE IF NOT EXISTS FAC_DOCUMENTO_PAGO_DET (
    id_documento_pago_det INTEGER PRIMARY KEY AUTOINCREMENT,
    id_documento_pago INTEGER NOT NULL REFERENCES FAC_DOCUMENTO_PAGO (id_documento_pago),
    n_item INTEGER NOT NULL CHECK (n_item > 0),
    id_tarifario_segus INTEGER NOT NULL REFERENCES CVN_TARIFARIO_SEGUS (id_tarifario_segus),
    t_tarifario_segus TEXT,
    c_codigo_segus TEXT,
    id_clasificacion_segus INTEGER REFERENCES CVN_CLASIFICACION_SEGUS (id_clasificacion_segus),
    t_clasificacion_segus TEXT,
    n_precio NUMERIC NOT NULL CHECK (n_precio >= 0),
    n_cantidad NUMERIC NOT NULL CHECK (n_cantidad > 0),
    n_subtotal NUMERIC NOT NULL CHECK (n_subtotal >= 0),
    n_descuento NUMERIC NOT NULL DEFAULT 0 CHECK (n_descuento >= 0),
    n_total NUMERIC NOT NULL CHECK (n_total >= 0),
    f_inafecto INTEGER NOT NULL DEFAULT 0 CHECK (f_inafecto IN (0, 1)),
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1))
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_FAC_DOCUMENTO_PAGO_DET_item ON FAC_DOCUMENTO_PAGO_DET (id_documento_pago, n_item);
CREATE INDEX IF NOT EXISTS IX_FAC_DOCUMENTO_PAGO_DET_tarifario ON FAC_DOCUMENTO_PAGO_DET (id_tarifario_segus);

CREATE TABLE IF NOT EXISTS PRU_CABECERA (
    id_cabecera INTEGER PRIMARY KEY AUTOINCREMENT,
    t_descripcion TEXT,
    f_estado INTEGER NOT NULL DEFAULT 1,
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
);

CREATE TABLE IF NOT EXISTS PRU_DETALLE (
    id_detalle INTEGER PRIMARY KEY AUTOINCREMENT,
    id_cabecera INTEGER NOT NULL REFERENCES PRU_CABECERA (id_cabecera),
    c_cod_vale TEXT,
    t_descripcion TEXT,
    d_fecha TEXT,
    n_costo_total NUMERIC NOT NULL DEFAULT 0 CHECK (n_costo_total >= 0),
    f_estado INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX IF NOT EXISTS IX_PRU_DETALLE_cabecera ON PRU_DETALLE (id_cabecera);
