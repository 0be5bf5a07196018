-- p_CVN_PLAN_SEGURO_DETALLE_VerifyExists (SQLite dialect of Romsoft.p_CVN_PLAN_SEGURO_DETALLE_VerifyExists)
-- 1 when the plan already has an active line for this benefit, else 0.

SELECT
    CASE
        WHEN EXISTS (
            SELECT 1
            FROM CVN_PLAN_SEGURO_DETALLE AS d
            WHERE d.id_plan_seguro = :id_plan_seguro AND d.id_beneficio = :id_beneficio AND d.f_estado = 1
        ) THEN 1
        ELSE 0
    END AS existe;
