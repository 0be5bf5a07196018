-- p_ADM_PROFESIONAL_VerifyExists (SQLite dialect of Romsoft.p_ADM_PROFESIONAL_VerifyExists)
-- 1 when ANOTHER professional (id other than :id_profesional; 0 on Add) has the same document
-- type and number, or the same professional type and registration number (CMP for médicos),
-- else 0. Numbers compare trimmed and ignoring case.

SELECT
    CASE
        WHEN EXISTS (
            SELECT 1
            FROM ADM_PROFESIONAL AS p
            WHERE
                p.id_profesional <> coalesce(:id_profesional, 0)
                AND (
                    (p.id_tipo_documento = :id_tipo_documento AND p.c_numero_documento = trim(:c_numero_documento) COLLATE NOCASE)
                    OR (
                        nullif(trim(:c_colegiatura), '') IS NOT NULL
                        AND p.id_tipo_profesional = :id_tipo_profesional
                        AND p.c_colegiatura = trim(:c_colegiatura) COLLATE NOCASE
                    )
                )
        ) THEN 1
        ELSE 0
    END AS existe;
