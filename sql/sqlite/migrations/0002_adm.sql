-- Romsoft - SQLite schema, migration 0002 (admission catalogs, users listing view)
-- The embedded SQLite dialect of sql/mssql/schema/002_adm.sql, views/v_SEG_USUARIO_GetAll.sql
-- and seed/002_adm_seed.sql. f_estado: 1 = active, 0 = inactive.

CREATE TABLE IF NOT EXISTS ADM_GENERO (
    id_genero INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_descripcion TEXT NOT NULL,
    f_estado INTEGER NOT NULL DEFAULT 1,
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

CREATE TABLE IF NOT EXISTS ADM_OCUPACION (
    id_ocupacion INTEGER PRIMARY KEY AUTOINCREMENT,
    c_codigo TEXT COLLATE NOCASE,
    t_descripcion TEXT NOT NULL COLLATE NOCASE UNIQUE,
    t_observacion TEXT,
    f_estado INTEGER NOT NULL DEFAULT 1,
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

CREATE VIEW IF NOT EXISTS v_SEG_USUARIO_GetAll AS
SELECT
    u.id_usuario AS id_usuario,
    u.id_rol AS RolId,
    r.rol AS RolNombre,
    u.usuario AS usuario,
    u.nombres AS nombres,
    u.apellidos AS apellidos,
    u.nro_documento AS nro_documento,
    u.sexo AS sexo,
    u.email AS email,
    u.celular AS celular,
    u.estado AS estado,
    u.usuario_registro AS usuario_registro,
    u.fecha_registro AS fecha_registro,
    u.usuario_modifica AS usuario_modifica,
    u.fecha_modifica AS fecha_modifica
FROM SEG_USUARIO AS u
LEFT JOIN SEG_ROL AS r ON u.id_rol = r.id_rol;

INSERT OR IGNORE INTO ADM_GENERO (c_codigo, t_descripcion) VALUES ('M', 'Masculino');
INSERT OR IGNORE INTO ADM_GENERO (c_codigo, t_descripcion) VALUES ('F', 'Femenino');
