-- p_CVN_PLAN_SEGURO_VerifyExists (SQLite dialect of Romsoft.p_CVN_PLAN_SEGURO_VerifyExists)
-- 1 when an active plan of this guarantor has this code or this description (trimmed,
-- ignoring case and accents), else 0. The duplicate check seed 002 documents for Add.

SELECT
    CASE
        WHEN EXISTS (
            SELECT 1
            FROM CVN_PLAN_SEGURO AS p
            WHERE
                p.f_estado = 1
                AND p.id_contacto_garante = :id_contacto_garante
                AND (
                    (nullif(trim(:c_codigo), '') IS NOT NULL AND p.c_codigo = trim(:c_codigo) COLLATE NOCASE)
                    OR (nullif(trim(:t_descripcion), '') IS NOT NULL AND romsoft_plegar(p.t_descripcion) = romsoft_plegar(trim(:t_descripcion)))
                )
        ) THEN 1
        ELSE 0
    END AS existe;
