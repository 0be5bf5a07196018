-- p_SEG_ROL_Insert (SQLite dialect of Romsoft.p_SEG_ROL_Insert)
-- Inserts a role. :estado NULL or blank stores 'A' (active); :fecha_registro NULL stores the
-- current local time; :UsuarioCreacion is the login name of who registers it. A duplicate role
-- name fails on the UNIQUE rol column (check p_SEG_ROL_VerifyExists first).
-- Legacy procedure not called by this API; kept so a DBA's scripts and reports keep working.
-- Returns Response = the new id_rol.

INSERT INTO SEG_ROL (rol, descripcion, estado, usuario_registro, fecha_registro)
VALUES (
    trim(:rol),
    :descripcion,
    coalesce(nullif(upper(trim(:estado)), ''), 'A'),
    :UsuarioCreacion,
    coalesce(:fecha_registro, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
);

SELECT last_insert_rowid() AS Response;
