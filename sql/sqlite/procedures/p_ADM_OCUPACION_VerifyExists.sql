-- p_ADM_OCUPACION_VerifyExists (SQLite dialect of Romsoft.p_ADM_OCUPACION_VerifyExists)
-- 1 when an occupation with this code (non-blank) or description exists, else 0 (case-insensitive).

SELECT
    CASE
        WHEN EXISTS (
            SELECT 1
            FROM ADM_OCUPACION AS o
            WHERE
                (nullif(trim(:c_codigo), '') IS NOT NULL AND o.c_codigo = trim(:c_codigo) COLLATE NOCASE)
                OR o.t_descripcion = trim(:t_descripcion) COLLATE NOCASE
        ) THEN 1
        ELSE 0
    END AS existe;
