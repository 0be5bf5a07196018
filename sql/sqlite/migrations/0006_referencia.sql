-- Romsoft - SQLite schema, migration 0006 (reference catalogs: CIE-10, UBIGEO; seed bookkeeping)
-- The embedded SQLite dialect of sql/mssql/schema/006_referencia.sql. The rows come from
-- sql/seed/*.csv, loaded by the API right after the migrations (see sql/seed/README.md).
-- f_estado: 1 = active, 0 = inactive.

-- The seed files loaded so far: a file whose SHA-256 is recorded here is not loaded again.
CREATE TABLE IF NOT EXISTS ROMSOFT_SEED (
    archivo TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    filas INTEGER NOT NULL,
    cargado_en TEXT NOT NULL
);

-- CIE-10 (ICD-10 in Spanish): chapters and groups (codes with '-', such as 'A00-B99'),
-- 3-character categories and 4-character subcategories. Codes are stored without the dot
-- ('J450' is J45.0), in upper case. n_nivel: depth in the classification (0 = chapter);
-- c_codigo_padre: the code of the nearest enclosing entry. t_busqueda: t_descripcion in lower
-- case without accents (filled by the seed loader), searched by p_ADM_CIE10_GetAllFilter.
CREATE TABLE IF NOT EXISTS ADM_CIE10 (
    id_cie10 INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL UNIQUE,
    t_descripcion TEXT NOT NULL,
    n_nivel INTEGER,
    c_codigo_padre TEXT,
    t_busqueda TEXT NOT NULL DEFAULT '',
    f_estado INTEGER NOT NULL DEFAULT 1,
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

-- UBIGEO (INEI): Peru's districts. c_codigo: 6 digits, 2 department + 2 province + 2 district.
-- t_busqueda: department, province and district in lower case without accents (seed loader).
CREATE TABLE IF NOT EXISTS ADM_UBIGEO (
    id_ubigeo INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL UNIQUE,
    t_pais TEXT NOT NULL DEFAULT 'Perú',
    t_departamento TEXT NOT NULL,
    t_provincia TEXT NOT NULL,
    t_distrito TEXT NOT NULL,
    t_busqueda TEXT NOT NULL DEFAULT '',
    f_estado INTEGER NOT NULL DEFAULT 1,
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);
