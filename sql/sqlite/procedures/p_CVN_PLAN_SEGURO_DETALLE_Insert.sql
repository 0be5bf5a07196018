-- p_CVN_PLAN_SEGURO_DETALLE_Insert (SQLite dialect of Romsoft.p_CVN_PLAN_SEGURO_DETALLE_Insert)
-- Inserts a benefit line, always active (:f_estado 0 or NULL stores 1); :id_moneda 0 = none.
-- Amounts arrive as decimal text with their scale. Response = the new id.

INSERT INTO CVN_PLAN_SEGURO_DETALLE (
    id_plan_seguro, id_beneficio, id_moneda, n_copago_fijo, n_copago_variable,
    n_copago_variable_farmacia, f_estado, id_user_registro, d_fecha_registro
)
VALUES (
    :id_plan_seguro,
    :id_beneficio,
    nullif(:id_moneda, 0),
    coalesce(:n_copago_fijo, 0),
    coalesce(:n_copago_variable, 0),
    coalesce(:n_copago_variable_farmacia, 0),
    coalesce(nullif(:f_estado, 0), 1),
    :id_user_registro,
    coalesce(:d_fecha_registro, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
);

SELECT last_insert_rowid() AS Response;
