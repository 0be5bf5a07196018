-- p_CVN_PLAN_SEGURO_Insert (SQLite dialect of Romsoft.p_CVN_PLAN_SEGURO_Insert)
-- Inserts a plan, always active (:f_estado 0 or NULL stores 1). Ids 0 = not chosen (NULL).
-- t_busqueda = code, description, contract and IAFA code folded. Response = the new id.

INSERT INTO CVN_PLAN_SEGURO (
    id_contacto_garante, id_contacto_contratante, id_categoria_pago, c_codigo, t_descripcion,
    t_observacion, c_codigo_iafa, d_fecha_i_vigencia, d_fecha_f_vigencia, c_contrato,
    c_certificado, id_producto_plan, f_estado, t_busqueda, id_user_registro, d_fecha_registro
)
VALUES (
    :id_contacto_garante,
    nullif(:id_contacto_contratante, 0),
    nullif(:id_categoria_pago, 0),
    trim(:c_codigo),
    trim(:t_descripcion),
    :t_observacion,
    nullif(trim(:c_codigo_iafa), ''),
    :d_fecha_i_vigencia,
    :d_fecha_f_vigencia,
    nullif(trim(:c_contrato), ''),
    nullif(trim(:c_certificado), ''),
    nullif(:id_producto_plan, 0),
    coalesce(nullif(:f_estado, 0), 1),
    romsoft_plegar(
        trim(:c_codigo) || ' ' || trim(:t_descripcion) || ' ' || coalesce(trim(:c_contrato), '')
        || ' ' || coalesce(trim(:c_codigo_iafa), '')
    ),
    :id_user_registro,
    coalesce(:d_fecha_registro, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
);

SELECT last_insert_rowid() AS Response;
