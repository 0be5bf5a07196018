-- p_ADM_DOCUMENTO_AUTORIZACION_Insert (SQLite dialect of Romsoft.p_ADM_DOCUMENTO_AUTORIZACION_Insert)
-- ADM_DOCUMENTO_AUTORIZACION/GetAddAtencionAll: records an insurer's authorization (SUSALUD
-- SITEDS, the one row of @DOC_AUTORIZA) AND opens its attention, in one transaction: both rows
-- or neither. Resolved from the authorization:
--   the patient   the active patient with its document number (NUM_DOCUMENTO);
--   the plan      The plan of an authorization: the active plan of that IAFA (c_codigo_iafa) whose product
--                 (CVN_PRODUCTO_PLAN.c_codigo) is the authorization's, else one without a product, valid on
--                 the authorization's date (today when it has none).;
--   from the plan its payment category and product; the benefit = the plan's active benefit
--   line whose benefit code is the authorization's sub-coverage or coverage code; the patient
--   type = "EPS" when the guarantor is an EPS contact, else "SEG";
--   affiliation and filiation types, currency by their codes; the co-payments as numbers.
-- The attention: consulta externa (ADM_TIPO_ATENCION "CE"), Registrado, now, its service
-- document the SITEDS code (ADM_DOCUMENTO_PRESTACION "SIT") with the authorization's number
-- and date. An authorization registered before without an attention (Add) is superseded (set
-- inactive) by the new row. Nothing is written when the patient or the plan is not found or
-- the code already opened an attention (the service checks these first and says which).
-- Rows: the new authorization with the ids the attention form needs (none = nothing written).
-- The table-valued parameter @DOC_AUTORIZA is the temporary table DOC_AUTORIZA; the resolved
-- row is staged in the temporary table autoriza_resuelta (dropped at the next call).

DROP TABLE IF EXISTS temp.autoriza_resuelta;

CREATE TEMP TABLE autoriza_resuelta AS
SELECT
    d.*,
    trim(d.c_cod_autorizacion) AS codigo,
    (
        SELECT min(p.id_paciente) FROM ADM_PACIENTE AS p
        WHERE p.f_estado = 1 AND upper(p.c_documento_identidad) = upper(trim(d.c_numero_paciente))
    ) AS id_paciente,
    (
        SELECT ps.id_plan_seguro
        FROM CVN_PLAN_SEGURO AS ps
        LEFT JOIN CVN_PRODUCTO_PLAN AS pp ON ps.id_producto_plan = pp.id_producto_plan
        WHERE ps.f_estado = 1
            AND upper(trim(ps.c_codigo_iafa)) = upper(trim(d.c_cod_iafa))
            AND (ps.id_producto_plan IS NULL OR upper(pp.c_codigo) = upper(trim(d.c_cod_producto)))
            AND (ps.d_fecha_i_vigencia IS NULL OR date(ps.d_fecha_i_vigencia) <= date(coalesce(d.d_fecha_autorizacion, 'now', 'localtime')))
            AND (ps.d_fecha_f_vigencia IS NULL OR date(ps.d_fecha_f_vigencia) >= date(coalesce(d.d_fecha_autorizacion, 'now', 'localtime')))
        ORDER BY ps.id_producto_plan IS NULL, ps.id_plan_seguro
        LIMIT 1
    ) AS id_plan_seguro,
    (
        SELECT t.id_tipo_filiacion FROM ADM_TIPO_FILIACION AS t
        WHERE t.f_estado = 1 AND upper(trim(d.c_cod_tipo_filiacion)) IN (upper(t.c_codigo_susalud), upper(t.c_codigo))
        LIMIT 1
    ) AS id_tipo_filiacion,
    (
        SELECT t.id_tipo_afiliacion FROM ADM_TIPO_AFILIACION AS t
        WHERE t.f_estado = 1 AND upper(t.c_codigo) = upper(trim(d.c_cod_tafiliacion))
    ) AS id_tipo_afiliacion,
    (
        SELECT m.id_moneda FROM CVN_MONEDA AS m
        WHERE m.f_estado = 1 AND upper(trim(d.c_cod_moneda)) IN (upper(m.c_codigo), CAST(m.id_moneda AS TEXT))
        LIMIT 1
    ) AS id_moneda,
    coalesce(CAST(nullif(trim(d.c_num_copago_fijo), '') AS NUMERIC), 0) AS n_copago_fijo,
    coalesce(CAST(nullif(trim(d.c_num_copago_variable), '') AS NUMERIC), 0) AS n_copago_variable,
    (SELECT t.id_tipo_atencion FROM ADM_TIPO_ATENCION AS t WHERE t.c_codigo = 'CE') AS id_tipo_atencion,
    (SELECT t.id_documento_prestacion FROM ADM_DOCUMENTO_PRESTACION AS t WHERE t.c_codigo = 'SIT') AS id_documento_prestacion,
    strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime') AS ahora
FROM temp.DOC_AUTORIZA AS d
WHERE nullif(trim(d.c_cod_autorizacion), '') IS NOT NULL
LIMIT 1;

-- Nothing goes further without the patient and the plan, or when the code opened an attention.
DELETE FROM temp.autoriza_resuelta
WHERE
    id_paciente IS NULL
    OR id_plan_seguro IS NULL
    OR EXISTS (
        SELECT 1 FROM ADM_DOCUMENTO_AUTORIZACION AS x
        WHERE x.f_estado = 1 AND x.c_cod_autorizacion = autoriza_resuelta.codigo AND x.id_atencion IS NOT NULL
    );

UPDATE ADM_DOCUMENTO_AUTORIZACION
SET
    f_estado = 0,
    id_user_modifica = :id_user_registro,
    d_fecha_modifica = (SELECT r.ahora FROM temp.autoriza_resuelta AS r)
WHERE
    f_estado = 1
    AND id_atencion IS NULL
    AND c_cod_autorizacion IN (SELECT r.codigo FROM temp.autoriza_resuelta AS r);

INSERT INTO ADM_ATENCION (
    id_paciente, id_tipo_paciente, id_tipo_atencion, d_fecha_registro,
    c_hora_registro, id_plan_seguro, id_categoria_pago, c_codigo_asegurado,
    c_contrato, id_beneficio, id_documento_prestacion1, c_documento_prestacion1,
    d_fecha_autorizacion1, id_tipo_filiacion, t_nombre_titular, id_tipo_afiliacion,
    id_moneda, n_copago_fijo, n_copago_variable, id_producto_plan,
    f_estado, id_user_registro, id_user_modifica, d_fecha_modifica
)
SELECT
    r.id_paciente,
    (
        SELECT tp.id_tipo_paciente FROM ADM_TIPO_PACIENTE AS tp
        WHERE tp.c_codigo = coalesce((
            SELECT CASE WHEN tc.c_codigo = 'EPS' THEN 'EPS' END
            FROM CVN_PLAN_SEGURO AS ps
            INNER JOIN CON_CONTACTO AS g ON ps.id_contacto_garante = g.id_contacto
            INNER JOIN CON_TIPO_CONTACTO AS tc ON g.id_tipo_contacto = tc.id_tipo_contacto
            WHERE ps.id_plan_seguro = r.id_plan_seguro
        ), 'SEG')
    ),
    r.id_tipo_atencion,
    r.ahora,
    substr(r.ahora, 12, 5),
    r.id_plan_seguro,
    ps.id_categoria_pago,
    nullif(trim(r.c_cod_asegurado), ''),
    nullif(trim(r.c_num_poliza), ''),
    coalesce((
        SELECT det.id_beneficio FROM CVN_PLAN_SEGURO_DETALLE AS det
        INNER JOIN CVN_BENEFICIO AS b ON det.id_beneficio = b.id_beneficio
        WHERE det.id_plan_seguro = r.id_plan_seguro AND det.f_estado = 1
            AND upper(b.c_codigo) = upper(trim(r.c_cod_subcobertura))
    ), (
        SELECT det.id_beneficio FROM CVN_PLAN_SEGURO_DETALLE AS det
        INNER JOIN CVN_BENEFICIO AS b ON det.id_beneficio = b.id_beneficio
        WHERE det.id_plan_seguro = r.id_plan_seguro AND det.f_estado = 1
            AND upper(b.c_codigo) = upper(trim(r.c_cod_cobertura))
    )),
    r.id_documento_prestacion,
    r.codigo,
    r.d_fecha_autorizacion,
    r.id_tipo_filiacion,
    nullif(trim(r.t_nombre_titular), ''),
    r.id_tipo_afiliacion,
    r.id_moneda,
    r.n_copago_fijo,
    r.n_copago_variable,
    ps.id_producto_plan,
    1,
    :id_user_registro,
    :id_user_registro,
    r.ahora
FROM temp.autoriza_resuelta AS r
INNER JOIN CVN_PLAN_SEGURO AS ps ON r.id_plan_seguro = ps.id_plan_seguro;

INSERT INTO ADM_DOCUMENTO_AUTORIZACION (
    c_cod_iafa, c_cod_asegurado, c_cod_autorizacion, d_fecha_autorizacion,
    c_cod_ipress, c_ruc_ipress, t_nombre_paciente, c_cod_sexo,
    d_fecha_nacimiento, c_cod_paciente, c_numero_paciente, n_numero_edad,
    t_apellido_paterno, t_apellido_materno, t_nombres_completo, c_cod_asegurado_titular,
    t_nombre_titular, c_cod_doc_titular, c_numero_doc_titular, c_cod_tipo_filiacion,
    c_des_tipo_afiliacion, c_cod_cobertura, c_cod_subcobertura, t_des_beneficio,
    c_cod_producto, t_des_producto, c_cod_tplan, t_des_tplan,
    c_cod_tafiliacion, t_des_tafiliacion, c_num_poliza, c_num_plan,
    c_cod_contratante, c_cod_contratante_abr, c_num_contratante, t_des_contratante,
    d_ini_vigencia, d_fin_vigencia, d_incldate, c_cod_moneda,
    c_num_copago_fijo, c_num_copago_variable, c_cod_servicio, c_num_ip,
    id_paciente, id_plan_seguro, id_categoria_pago, id_beneficio,
    id_producto_plan, id_tipo_filiacion, id_tipo_afiliacion, id_moneda,
    n_copago_fijo, n_copago_variable, id_atencion, f_estado,
    id_user_registro
)
SELECT
    nullif(trim(r.c_cod_iafa), ''),
    nullif(trim(r.c_cod_asegurado), ''),
    r.codigo,
    r.d_fecha_autorizacion,
    nullif(trim(r.c_cod_ipress), ''),
    nullif(trim(r.c_ruc_ipress), ''),
    nullif(trim(r.t_nombre_paciente), ''),
    nullif(trim(r.c_cod_sexo), ''),
    r.d_fecha_nacimiento,
    nullif(trim(r.c_cod_paciente), ''),
    nullif(trim(r.c_numero_paciente), ''),
    nullif(trim(r.n_numero_edad), ''),
    nullif(trim(r.t_apellido_paterno), ''),
    nullif(trim(r.t_apellido_materno), ''),
    nullif(trim(r.t_nombres_completo), ''),
    nullif(trim(r.c_cod_asegurado_titular), ''),
    nullif(trim(r.t_nombre_titular), ''),
    nullif(trim(r.c_cod_doc_titular), ''),
    nullif(trim(r.c_numero_doc_titular), ''),
    nullif(trim(r.c_cod_tipo_filiacion), ''),
    nullif(trim(r.c_des_tipo_afiliacion), ''),
    nullif(trim(r.c_cod_cobertura), ''),
    nullif(trim(r.c_cod_subcobertura), ''),
    nullif(trim(r.t_des_beneficio), ''),
    nullif(trim(r.c_cod_producto), ''),
    nullif(trim(r.t_des_producto), ''),
    nullif(trim(r.c_cod_tplan), ''),
    nullif(trim(r.t_des_tplan), ''),
    nullif(trim(r.c_cod_tafiliacion), ''),
    nullif(trim(r.t_des_tafiliacion), ''),
    nullif(trim(r.c_num_poliza), ''),
    nullif(trim(r.c_num_plan), ''),
    nullif(trim(r.c_cod_contratante), ''),
    nullif(trim(r.c_cod_contratante_abr), ''),
    nullif(trim(r.c_num_contratante), ''),
    nullif(trim(r.t_des_contratante), ''),
    r.d_ini_vigencia,
    r.d_fin_vigencia,
    r.d_incldate,
    nullif(trim(r.c_cod_moneda), ''),
    nullif(trim(r.c_num_copago_fijo), ''),
    nullif(trim(r.c_num_copago_variable), ''),
    nullif(trim(r.c_cod_servicio), ''),
    nullif(trim(r.c_num_ip), ''),
    r.id_paciente,
    r.id_plan_seguro,
    at.id_categoria_pago,
    at.id_beneficio,
    at.id_producto_plan,
    r.id_tipo_filiacion,
    r.id_tipo_afiliacion,
    r.id_moneda,
    r.n_copago_fijo,
    r.n_copago_variable,
    at.id_atencion,
    1,
    :id_user_registro
FROM temp.autoriza_resuelta AS r
INNER JOIN ADM_ATENCION AS at ON at.id_atencion = (
    SELECT max(x.id_atencion) FROM ADM_ATENCION AS x
    WHERE x.id_paciente = r.id_paciente AND x.c_documento_prestacion1 = r.codigo
);

SELECT
    a.id_documento_autorizacion AS id_documento_autorizacion,
    a.id_plan_seguro AS id_plan_seguro,
    a.id_categoria_pago AS id_categoria_pago,
    a.c_cod_asegurado AS codigo_asegurado,
    a.c_num_poliza AS numero_contrato,
    a.id_beneficio AS id_beneficio,
    a.id_atencion AS id_atencion_autoriza,
    a.c_cod_autorizacion AS c_cod_autorizacion,
    a.d_fecha_autorizacion AS d_fecha_autorizacion,
    a.id_tipo_filiacion AS id_tipo_filiacion,
    a.t_nombre_titular AS t_nombre_titular,
    a.id_tipo_afiliacion AS id_tipo_afiliacion,
    a.id_moneda AS id_moneda,
    a.n_copago_fijo AS c_num_copago_fijo,
    a.n_copago_variable AS c_num_copago_variable,
    a.id_producto_plan AS id_producto_plan
FROM ADM_DOCUMENTO_AUTORIZACION AS a
WHERE changes() > 0 AND a.id_documento_autorizacion = last_insert_rowid();
