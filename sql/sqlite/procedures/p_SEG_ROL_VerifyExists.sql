-- p_SEG_ROL_VerifyExists (SQLite dialect of Romsoft.p_SEG_ROL_VerifyExists)
-- 1 when a role with this name exists (active or not, case-insensitive), else 0.
-- Legacy procedure not called by this API; kept so a DBA's scripts and reports keep working.

SELECT
    CASE
        WHEN EXISTS (
            SELECT 1
            FROM SEG_ROL AS r
            WHERE r.rol = trim(:rol) COLLATE NOCASE
        ) THEN 1
        ELSE 0
    END AS existe;
