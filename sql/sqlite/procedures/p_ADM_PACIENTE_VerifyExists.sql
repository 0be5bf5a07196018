-- p_ADM_PACIENTE_VerifyExists (SQLite dialect of Romsoft.p_ADM_PACIENTE_VerifyExists)
-- 1 when the clinical record number is taken, else 0; no number (NULL or 0) never exists (the
-- insert then takes the next one). The document is checked by the insert itself.

SELECT
    CASE
        WHEN EXISTS (
            SELECT 1
            FROM ADM_PACIENTE AS p
            WHERE p.n_historia_clinica = :n_historia_clinica AND coalesce(:n_historia_clinica, 0) > 0
        ) THEN 1
        ELSE 0
    END AS existe;
