-- p_CVN_PLAN_SEGURO_Update (SQLite dialect of Romsoft.p_CVN_PLAN_SEGURO_Update)
-- Updates a plan and its t_busqueda; ids 0 = not chosen (NULL). Response = rows changed.

UPDATE CVN_PLAN_SEGURO
SET
    id_contacto_garante = :id_contacto_garante,
    id_contacto_contratante = nullif(:id_contacto_contratante, 0),
    id_categoria_pago = nullif(:id_categoria_pago, 0),
    c_codigo = trim(:c_codigo),
    t_descripcion = trim(:t_descripcion),
    t_observacion = :t_observacion,
    c_codigo_iafa = nullif(trim(:c_codigo_iafa), ''),
    d_fecha_i_vigencia = :d_fecha_i_vigencia,
    d_fecha_f_vigencia = :d_fecha_f_vigencia,
    c_contrato = nullif(trim(:c_contrato), ''),
    c_certificado = nullif(trim(:c_certificado), ''),
    id_producto_plan = nullif(:id_producto_plan, 0),
    f_estado = coalesce(:f_estado, f_estado),
    t_busqueda = romsoft_plegar(
        trim(:c_codigo) || ' ' || trim(:t_descripcion) || ' ' || coalesce(trim(:c_contrato), '')
        || ' ' || coalesce(trim(:c_codigo_iafa), '')
    ),
    id_user_modifica = :id_user_modifica,
    d_fecha_modifica = coalesce(:d_fecha_modifica, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
WHERE id_plan_seguro = :id_plan_seguro;

SELECT changes() AS Response;
