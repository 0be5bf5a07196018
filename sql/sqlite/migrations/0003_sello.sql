-- Romsoft - SQLite schema, migration 0003 (revocable tokens)
-- The embedded SQLite dialect of sql/mssql/schema/003_sello.sql: SEG_USUARIO.sello, the security
-- stamp every token carries; a new password, role or state increments it.

ALTER TABLE SEG_USUARIO ADD COLUMN sello INTEGER NOT NULL DEFAULT 1;
