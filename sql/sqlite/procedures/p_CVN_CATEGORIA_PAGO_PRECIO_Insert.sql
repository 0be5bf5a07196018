-- p_CVN_CATEGORIA_PAGO_PRECIO_Insert (SQLite dialect of Romsoft.p_CVN_CATEGORIA_PAGO_PRECIO_Insert)
-- Inserts a category's price for a tariff line, active. Response = the new id. A second active
-- price for the pair breaks UX_CVN_CATEGORIA_PAGO_PRECIO_linea (a duplicate for the API).

INSERT INTO CVN_CATEGORIA_PAGO_PRECIO (
    id_categoria_pago, id_tarifario_segus, n_precio_sol, n_precio_usd, f_estado, id_user_registro
)
VALUES (
    :id_categoria_pago,
    :id_tarifario_segus,
    coalesce(:n_precio_sol, 0),
    coalesce(:n_precio_usd, 0),
    1,
    :id_user_registro
);

SELECT last_insert_rowid() AS Response;
