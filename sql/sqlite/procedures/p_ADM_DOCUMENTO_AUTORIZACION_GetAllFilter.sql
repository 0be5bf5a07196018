-- p_ADM_DOCUMENTO_AUTORIZACION_GetAllFilter (SQLite dialect of Romsoft.p_ADM_DOCUMENTO_AUTORIZACION_GetAllFilter)
-- ADM_DOCUMENTO_AUTORIZACION/GetAllFilters: the authorizations registered with this code
-- (@COD_AUTORIZACION, bound; blank = none), the active first, then the most recent, in the
-- SITEDS column names the legacy query read from SUSALUD's Access database. PACIENTE is
-- "paterno materno nombres"; SEXO and NUM_EDAD are the stored values (the legacy query sent
-- the constants "1" and "0").

SELECT
    a.c_cod_iafa AS COD_IAFA,
    a.c_cod_asegurado AS COD_ASEGURADO,
    a.c_cod_autorizacion AS COD_AUTORIZACION,
    a.d_fecha_autorizacion AS FEC_AUTORIZACION,
    a.c_cod_ipress AS COD_IPRESS,
    a.c_ruc_ipress AS RUC_IPRESS,
    trim(coalesce(a.t_apellido_paterno, '') || ' ' || coalesce(a.t_apellido_materno, '') || ' ' || coalesce(a.t_nombres_completo, '')) AS PACIENTE,
    a.d_fecha_nacimiento AS FEC_NACIMIENTO,
    a.c_cod_paciente AS COD_DOCUMENTO,
    a.c_numero_paciente AS NUM_DOCUMENTO,
    a.t_apellido_paterno AS AP_PATERNO,
    a.t_apellido_materno AS AP_MATERNO,
    a.t_nombres_completo AS NOMBRES,
    a.c_cod_asegurado_titular AS COD_ASEGURADO_TITULAR,
    a.t_nombre_titular AS TITULAR,
    a.c_cod_doc_titular AS COD_DOCUMENTO_TITULAR,
    a.c_numero_doc_titular AS NUM_DOCUMENTO_TITULAR,
    a.c_cod_tipo_filiacion AS COD_TIPO_FILIACION,
    a.c_des_tipo_afiliacion AS DES_TIPO_FILIACION,
    a.c_cod_cobertura AS COD_COBERTURA,
    a.c_cod_subcobertura AS COD_SUBCOBERTURA,
    a.t_des_beneficio AS DES_BENEFICIO,
    a.c_cod_producto AS COD_PRODUCTO,
    a.t_des_producto AS DES_PRODUCTO,
    a.c_cod_tplan AS COD_TIPOPLAN,
    a.t_des_tplan AS DES_TIPOPLAN,
    a.c_cod_tafiliacion AS COD_TIPO_AFILIACION,
    a.t_des_tafiliacion AS DES_TIPO_AFILIACION,
    a.c_num_poliza AS NUM_POLIZA,
    a.c_num_plan AS NUM_PLAN,
    a.c_cod_contratante AS COD_CONTRATANTE,
    a.c_cod_contratante_abr AS COD_CONTRATANTE_ABR,
    a.c_num_contratante AS NUM_CONTRATANTE,
    a.t_des_contratante AS DES_CONTRATANTE,
    a.d_ini_vigencia AS FEC_INICIO_VIGENCIA,
    a.d_fin_vigencia AS FEC_FIN_VIGENCIA,
    a.d_incldate AS FE_INCLDATE,
    a.c_cod_moneda AS COD_MONEDA,
    a.n_copago_fijo AS NUM_COPAGO_FIJO,
    a.n_copago_variable AS NUM_COPAGO_VARIABLE,
    a.c_cod_servicio AS COD_SERVICIO,
    a.c_num_ip AS NUM_IP,
    a.c_cod_sexo AS SEXO,
    a.n_numero_edad AS NUM_EDAD,
    a.f_estado AS f_estado,
    a.id_user_registro AS id_user_registro,
    a.id_user_modifica AS id_user_modifica
FROM ADM_DOCUMENTO_AUTORIZACION AS a
WHERE a.c_cod_autorizacion = trim(:COD_AUTORIZACION)
ORDER BY a.f_estado DESC, a.d_fecha_registro DESC, a.id_documento_autorizacion DESC
LIMIT 50;
