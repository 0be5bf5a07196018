-- Romsoft - SQLite schema, migration 0003 (revocable tokens, login attempts)
-- The embedded SQLite dialect of sql/mssql/schema/003_sello.sql: SEG_USUARIO.sello, the security
-- stamp every token carries; a new password, role or state increments it.

ALTER TABLE SEG_USUARIO ADD COLUMN sello INTEGER NOT NULL DEFAULT 1;

-- Failed logins per user name ('u:…') and per client address ('ip:…'), counted in a window.
CREATE TABLE IF NOT EXISTS SEG_INTENTO_LOGIN (
    llave TEXT PRIMARY KEY,
    fallos INTEGER NOT NULL,
    primer_fallo TEXT NOT NULL
);

-- One row the readiness probe writes, to prove the database accepts writes.
CREATE TABLE IF NOT EXISTS SONDA (
    id INTEGER PRIMARY KEY,
    instante TEXT NOT NULL
);
