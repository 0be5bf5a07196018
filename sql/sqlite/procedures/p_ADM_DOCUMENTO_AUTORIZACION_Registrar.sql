-- p_ADM_DOCUMENTO_AUTORIZACION_Registrar (SQLite dialect of Romsoft.p_ADM_DOCUMENTO_AUTORIZACION_Registrar)
-- Records an insurer's authorization (SUSALUD SITEDS) as the receptionist brought it, without
-- opening an attention (ADM_DOCUMENTO_AUTORIZACION/Add): the one row of the table-valued
-- parameter, texts trimmed (blank = NULL), the co-payments as numbers (not a number = 0).
-- The service has checked the code is given and not registered among the active rows; a
-- concurrent registration of the same code writes nothing (the unique index over the active
-- rows). Response = the new id, 0 = nothing written.
-- The table-valued parameter @DOC_AUTORIZA is the temporary table DOC_AUTORIZA.

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
    n_copago_fijo, n_copago_variable, f_estado, id_user_registro
)
SELECT
    nullif(trim(d.c_cod_iafa), ''),
    nullif(trim(d.c_cod_asegurado), ''),
    trim(d.c_cod_autorizacion),
    d.d_fecha_autorizacion,
    nullif(trim(d.c_cod_ipress), ''),
    nullif(trim(d.c_ruc_ipress), ''),
    nullif(trim(d.t_nombre_paciente), ''),
    nullif(trim(d.c_cod_sexo), ''),
    d.d_fecha_nacimiento,
    nullif(trim(d.c_cod_paciente), ''),
    nullif(trim(d.c_numero_paciente), ''),
    nullif(trim(d.n_numero_edad), ''),
    nullif(trim(d.t_apellido_paterno), ''),
    nullif(trim(d.t_apellido_materno), ''),
    nullif(trim(d.t_nombres_completo), ''),
    nullif(trim(d.c_cod_asegurado_titular), ''),
    nullif(trim(d.t_nombre_titular), ''),
    nullif(trim(d.c_cod_doc_titular), ''),
    nullif(trim(d.c_numero_doc_titular), ''),
    nullif(trim(d.c_cod_tipo_filiacion), ''),
    nullif(trim(d.c_des_tipo_afiliacion), ''),
    nullif(trim(d.c_cod_cobertura), ''),
    nullif(trim(d.c_cod_subcobertura), ''),
    nullif(trim(d.t_des_beneficio), ''),
    nullif(trim(d.c_cod_producto), ''),
    nullif(trim(d.t_des_producto), ''),
    nullif(trim(d.c_cod_tplan), ''),
    nullif(trim(d.t_des_tplan), ''),
    nullif(trim(d.c_cod_tafiliacion), ''),
    nullif(trim(d.t_des_tafiliacion), ''),
    nullif(trim(d.c_num_poliza), ''),
    nullif(trim(d.c_num_plan), ''),
    nullif(trim(d.c_cod_contratante), ''),
    nullif(trim(d.c_cod_contratante_abr), ''),
    nullif(trim(d.c_num_contratante), ''),
    nullif(trim(d.t_des_contratante), ''),
    d.d_ini_vigencia,
    d.d_fin_vigencia,
    d.d_incldate,
    nullif(trim(d.c_cod_moneda), ''),
    nullif(trim(d.c_num_copago_fijo), ''),
    nullif(trim(d.c_num_copago_variable), ''),
    nullif(trim(d.c_cod_servicio), ''),
    nullif(trim(d.c_num_ip), ''),
    coalesce(CAST(nullif(trim(d.c_num_copago_fijo), '') AS NUMERIC), 0),
    coalesce(CAST(nullif(trim(d.c_num_copago_variable), '') AS NUMERIC), 0),
    1,
    :id_user_registro
FROM temp.DOC_AUTORIZA AS d
WHERE
    nullif(trim(d.c_cod_autorizacion), '') IS NOT NULL
    AND NOT EXISTS (
        SELECT 1 FROM ADM_DOCUMENTO_AUTORIZACION AS x
        WHERE x.f_estado = 1 AND x.c_cod_autorizacion = trim(d.c_cod_autorizacion)
    )
LIMIT 1;

SELECT CASE WHEN changes() > 0 THEN last_insert_rowid() ELSE 0 END AS Response;
