-- p_CVN_TARIFARIO_SEGUS_VerifyExists (SQLite dialect of Romsoft.p_CVN_TARIFARIO_SEGUS_VerifyExists)
-- 1 when an ACTIVE tariff line has this code (trimmed, any case), else 0. Inactive (deleted)
-- lines do not count: their code may be registered again.

SELECT
    CASE
        WHEN EXISTS (
            SELECT 1
            FROM CVN_TARIFARIO_SEGUS AS t
            WHERE t.f_estado = 1 AND t.c_codigo = trim(:c_codigo)
        ) THEN 1
        ELSE 0
    END AS existe;
