-- p_ADM_DOCUMENTO_AUTORIZACION_Verificar (SQLite dialect of Romsoft.p_ADM_DOCUMENTO_AUTORIZACION_Verificar)
-- What ADM_DOCUMENTO_AUTORIZACION/Add and GetAddAtencionAll check before writing, in one row:
-- the active authorization already registered with this code (0 = none) and the attention it
-- opened (0 = none); how many active patients have this document number and the first of them;
-- the plan the authorization resolves to (0 = none).
-- The plan of an authorization: the active plan of that IAFA (c_codigo_iafa) whose product
-- (CVN_PRODUCTO_PLAN.c_codigo) is the authorization's, else one without a product, valid on
-- the authorization's date (today when it has none).

SELECT
    coalesce((
        SELECT x.id_documento_autorizacion FROM ADM_DOCUMENTO_AUTORIZACION AS x
        WHERE x.f_estado = 1 AND x.c_cod_autorizacion = trim(:c_cod_autorizacion)
    ), 0) AS id_documento_autorizacion,
    coalesce((
        SELECT x.id_atencion FROM ADM_DOCUMENTO_AUTORIZACION AS x
        WHERE x.f_estado = 1 AND x.c_cod_autorizacion = trim(:c_cod_autorizacion)
    ), 0) AS id_atencion,
    (
        SELECT count(*) FROM ADM_PACIENTE AS p
        WHERE p.f_estado = 1 AND upper(p.c_documento_identidad) = upper(trim(:c_numero_paciente))
    ) AS n_pacientes,
    coalesce((
        SELECT min(p.id_paciente) FROM ADM_PACIENTE AS p
        WHERE p.f_estado = 1 AND upper(p.c_documento_identidad) = upper(trim(:c_numero_paciente))
    ), 0) AS id_paciente,
    coalesce((
        SELECT ps.id_plan_seguro
        FROM CVN_PLAN_SEGURO AS ps
        LEFT JOIN CVN_PRODUCTO_PLAN AS pp ON ps.id_producto_plan = pp.id_producto_plan
        WHERE ps.f_estado = 1
            AND upper(trim(ps.c_codigo_iafa)) = upper(trim(:c_cod_iafa))
            AND (ps.id_producto_plan IS NULL OR upper(pp.c_codigo) = upper(trim(:c_cod_producto)))
            AND (ps.d_fecha_i_vigencia IS NULL OR date(ps.d_fecha_i_vigencia) <= date(coalesce(:d_fecha_autorizacion, 'now', 'localtime')))
            AND (ps.d_fecha_f_vigencia IS NULL OR date(ps.d_fecha_f_vigencia) >= date(coalesce(:d_fecha_autorizacion, 'now', 'localtime')))
        ORDER BY ps.id_producto_plan IS NULL, ps.id_plan_seguro
        LIMIT 1
    ), 0) AS id_plan_seguro;
