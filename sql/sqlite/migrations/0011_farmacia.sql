-- Romsoft - SQLite schema, migration 0011 (pharmacy products)
-- The embedded SQLite dialect of sql/mssql/schema/011_farmacia.sql.
--
-- FAR_PRODUCTO: one column per input of the legacy procedure p_FAR_PRODUCTO_Insert (names
-- without @), plus t_codigo (the product code: P and the id, P000123, unless another was given
-- with Update) and the audit columns (id_user_registro, d_fecha_registro, id_user_modifica,
-- d_fecha_modifica). Catalog ids 0 (not chosen) are stored as NULL; id_tipo_producto is
-- required. id_laboratorio and id_proveedor are contacts (CON_CONTACTO).
-- Money, stock quantities and discounts: NUMERIC, bound as decimal text; the procedures read
-- them back with two decimals (12.50), as SQL Server's DECIMAL(12, 2) does.
-- f_estado: 1 Activo, 0 Inactivo. One active product per description (ignoring case) and per
-- GTIN; one product per code.

CREATE TABLE IF NOT EXISTS FAR_PRODUCTO (
    id_producto INTEGER PRIMARY KEY AUTOINCREMENT,
    t_codigo TEXT COLLATE NOCASE,
    t_descripcion TEXT NOT NULL COLLATE NOCASE,
    t_presentacion TEXT,
    t_rutaimagen TEXT,
    id_tipo_producto INTEGER NOT NULL REFERENCES FAR_TIPO_PRODUCTO (id_tipo_producto),
    id_clase INTEGER REFERENCES FAR_CLASE (id_clase),
    id_generico INTEGER REFERENCES FAR_GENERICO (id_generico),
    id_familia INTEGER REFERENCES FAR_FAMILIA (id_familia),
    id_tipificacion INTEGER REFERENCES FAR_TIPIFICACION (id_tipificacion),
    c_gtin TEXT,
    c_unspsc TEXT CHECK (c_unspsc IS NULL OR (length(c_unspsc) = 8 AND c_unspsc NOT GLOB '*[^0-9]*')),
    n_stockmin NUMERIC NOT NULL DEFAULT 0 CHECK (n_stockmin >= 0),
    n_stockmax NUMERIC NOT NULL DEFAULT 0 CHECK (n_stockmax >= 0),
    n_pcosto NUMERIC NOT NULL DEFAULT 0 CHECK (n_pcosto >= 0),
    n_pvf NUMERIC NOT NULL DEFAULT 0 CHECK (n_pvf >= 0),
    n_utilidad NUMERIC NOT NULL DEFAULT 0 CHECK (n_utilidad >= 0),
    n_pvs NUMERIC NOT NULL DEFAULT 0 CHECK (n_pvs >= 0),
    n_plista NUMERIC NOT NULL DEFAULT 0 CHECK (n_plista >= 0),
    f_inafecto INTEGER NOT NULL DEFAULT 0 CHECK (f_inafecto IN (0, 1)),
    id_consignacion INTEGER REFERENCES FAR_CONSIGNACION (id_consignacion),
    id_laboratorio INTEGER REFERENCES CON_CONTACTO (id_contacto),
    id_proveedor INTEGER REFERENCES CON_CONTACTO (id_contacto),
    n_dscto_1 NUMERIC NOT NULL DEFAULT 0 CHECK (n_dscto_1 BETWEEN 0 AND 100),
    n_dscto_2 NUMERIC NOT NULL DEFAULT 0 CHECK (n_dscto_2 BETWEEN 0 AND 100),
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    n_valorizado INTEGER NOT NULL DEFAULT 0 CHECK (n_valorizado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT,
    CHECK (n_stockmin <= n_stockmax)
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_FAR_PRODUCTO_codigo ON FAR_PRODUCTO (t_codigo) WHERE t_codigo IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS UX_FAR_PRODUCTO_descripcion ON FAR_PRODUCTO (t_descripcion) WHERE f_estado = 1;
CREATE UNIQUE INDEX IF NOT EXISTS UX_FAR_PRODUCTO_gtin ON FAR_PRODUCTO (c_gtin) WHERE f_estado = 1 AND c_gtin IS NOT NULL;
-- The product search: by description (prefix, case-insensitive), active or not.
CREATE INDEX IF NOT EXISTS IX_FAR_PRODUCTO_descripcion ON FAR_PRODUCTO (t_descripcion, id_producto);
