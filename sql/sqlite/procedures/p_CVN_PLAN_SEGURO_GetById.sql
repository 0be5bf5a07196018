-- p_CVN_PLAN_SEGURO_GetById (SQLite dialect of Romsoft.p_CVN_PLAN_SEGURO_GetById)
-- The plan with this id, active or not (zero or one row); ids not chosen are 0.

SELECT
    p.id_plan_seguro AS id_plan_seguro,
    p.id_contacto_garante AS id_contacto_garante,
    coalesce(p.id_contacto_contratante, 0) AS id_contacto_contratante,
    coalesce(p.id_categoria_pago, 0) AS id_categoria_pago,
    p.c_codigo AS c_codigo,
    p.t_descripcion AS t_descripcion,
    p.t_observacion AS t_observacion,
    p.c_codigo_iafa AS c_codigo_iafa,
    p.d_fecha_i_vigencia AS d_fecha_i_vigencia,
    p.d_fecha_f_vigencia AS d_fecha_f_vigencia,
    p.c_contrato AS c_contrato,
    p.c_certificado AS c_certificado,
    coalesce(p.id_producto_plan, 0) AS id_producto_plan,
    p.f_estado AS f_estado,
    p.id_user_registro AS id_user_registro,
    p.id_user_modifica AS id_user_modifica,
    p.d_fecha_registro AS d_fecha_registro,
    p.d_fecha_modifica AS d_fecha_modifica
FROM CVN_PLAN_SEGURO AS p
WHERE p.id_plan_seguro = :id_plan_seguro;
