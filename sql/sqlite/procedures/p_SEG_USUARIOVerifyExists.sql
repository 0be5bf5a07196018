-- p_SEG_USUARIOVerifyExists (SQLite dialect of Romsoft.p_SEG_USUARIOVerifyExists)
-- 1 when a user with this login name exists (active or not), else 0. Case-insensitive.

SELECT
    CASE
        WHEN EXISTS (
            SELECT 1
            FROM SEG_USUARIO AS u
            WHERE u.usuario = :Username COLLATE NOCASE
        ) THEN 1
        ELSE 0
    END AS existe;
