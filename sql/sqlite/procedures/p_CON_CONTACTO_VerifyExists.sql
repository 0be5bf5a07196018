-- p_CON_CONTACTO_VerifyExists (SQLite dialect of Romsoft.p_CON_CONTACTO_VerifyExists)
-- 1 when an active contact has this document number (RUC or DNI) or this business name
-- (trimmed, case-insensitive), else 0.

SELECT
    CASE
        WHEN EXISTS (
            SELECT 1
            FROM CON_CONTACTO AS c
            WHERE
                c.f_estado = 1
                AND (
                    (nullif(trim(:c_codigo), '') IS NOT NULL AND c.c_codigo = trim(:c_codigo) COLLATE NOCASE)
                    OR (nullif(trim(:t_razon_social), '') IS NOT NULL AND romsoft_plegar(c.t_razon_social) = romsoft_plegar(trim(:t_razon_social)))
                )
        ) THEN 1
        ELSE 0
    END AS existe;
