-- p_CVN_CATEGORIA_PAGO_VerifyExists (SQLite dialect of Romsoft.p_CVN_CATEGORIA_PAGO_VerifyExists)
-- 1 when an active payment category has this code (non-blank) or this description, ignoring
-- case and accents; else 0.

SELECT
    CASE
        WHEN EXISTS (
            SELECT 1
            FROM CVN_CATEGORIA_PAGO AS c
            WHERE
                c.f_estado = 1
                AND (
                    (nullif(trim(:c_codigo), '') IS NOT NULL AND romsoft_plegar(c.c_codigo) = romsoft_plegar(trim(:c_codigo)))
                    OR romsoft_plegar(c.t_descripcion) = romsoft_plegar(trim(:t_descripcion))
                )
        ) THEN 1
        ELSE 0
    END AS existe;
