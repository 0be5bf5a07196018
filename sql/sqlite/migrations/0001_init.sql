-- Romsoft - SQLite schema, migration 0001 (initial schema)
-- ==========================================================
-- The embedded SQLite dialect of sql/mssql/schema/001_schema.sql plus its seed data.
-- Applied once by the API (in one transaction) when PRAGMA user_version is below 1. The API sets
-- user_version itself, this file does not. The statements are guarded anyway (IF NOT EXISTS,
-- INSERT OR IGNORE), so running the file twice changes nothing.
--
-- Dates are TEXT 'YYYY-MM-DD HH:MM:SS.fff' in local time, like SYSDATETIME() on SQL Server.
-- Login names and role names compare case-insensitively (COLLATE NOCASE), like the usual
-- case-insensitive SQL Server collations.

-- Roles
CREATE TABLE IF NOT EXISTS SEG_ROL (
    id_rol INTEGER PRIMARY KEY AUTOINCREMENT,
    rol TEXT NOT NULL COLLATE NOCASE UNIQUE,
    descripcion TEXT,
    estado TEXT NOT NULL DEFAULT 'A' CHECK (estado IN ('A', 'I')),
    usuario_registro TEXT,
    fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    usuario_modifica TEXT,
    fecha_modifica TEXT
);

-- Users. clave holds the bcrypt hash computed by the API.
CREATE TABLE IF NOT EXISTS SEG_USUARIO (
    id_usuario INTEGER PRIMARY KEY AUTOINCREMENT,
    id_rol INTEGER REFERENCES SEG_ROL (id_rol),
    usuario TEXT NOT NULL COLLATE NOCASE UNIQUE,
    clave TEXT,
    apellidos TEXT,
    nombres TEXT,
    nro_documento TEXT,
    sexo TEXT,
    email TEXT,
    celular TEXT,
    estado TEXT NOT NULL DEFAULT 'A' CHECK (estado IN ('A', 'I')),
    usuario_registro TEXT,
    fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    usuario_modifica TEXT,
    fecha_modifica TEXT
);

CREATE INDEX IF NOT EXISTS IX_SEG_USUARIO_apellidos ON SEG_USUARIO (apellidos);

CREATE INDEX IF NOT EXISTS IX_SEG_USUARIO_id_rol ON SEG_USUARIO (id_rol);

-- States a table's records may take (tabla = table name)
CREATE TABLE IF NOT EXISTS TIPO_ESTADO (
    tabla TEXT NOT NULL,
    id_estado INTEGER NOT NULL,
    estado TEXT NOT NULL,
    PRIMARY KEY (tabla, id_estado)
);

-- Audit log written through Log_Insert
CREATE TABLE IF NOT EXISTS Log (
    id_log INTEGER PRIMARY KEY AUTOINCREMENT,
    fecha TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    DireccionIP TEXT,
    Usuario TEXT,
    Mensaje TEXT,
    Controlador TEXT,
    Accion TEXT,
    Objeto TEXT,
    Identificador INTEGER
);

CREATE INDEX IF NOT EXISTS IX_Log_fecha ON Log (fecha);

-- Seed: the five standard roles (fixed ids), never overwriting existing rows
INSERT OR IGNORE INTO SEG_ROL (id_rol, rol, descripcion, estado, usuario_registro)
VALUES
(1, 'ADMINISTRADOR', 'Administrador del sistema', 'A', 'sistema'),
(2, 'ADMISION', 'Admisión de pacientes', 'A', 'sistema'),
(3, 'MEDICO', 'Profesional de la salud', 'A', 'sistema'),
(4, 'CAJA', 'Caja y facturación', 'A', 'sistema'),
(5, 'FARMACIA', 'Farmacia', 'A', 'sistema');

-- Seed: states of users and roles
INSERT OR IGNORE INTO TIPO_ESTADO (tabla, id_estado, estado)
VALUES
('SEG_USUARIO', 1, 'Activo'),
('SEG_USUARIO', 2, 'Inactivo'),
('SEG_ROL', 1, 'Activo'),
('SEG_ROL', 2, 'Inactivo');
