-- p_ADM_ATENCION_Update (SQLite dialect of Romsoft.p_ADM_ATENCION_Update)
-- Updates an attention with the same checks as Insert (and the attention must exist); on a
-- failure nothing is written, Response 0 and response_t the reason naming the field.
-- f_estado is stored as sent: 1 Registrado, 2 Atendido, 0 Anulado. d_fecha_registro unset
-- keeps the stored one; id_user_registro is kept (filled only when it was missing).
-- Response = rows changed.

UPDATE ADM_ATENCION
SET
    id_paciente = nullif(:id_paciente, 0),
    id_tipo_paciente = nullif(:id_tipo_paciente, 0),
    id_tipo_atencion = nullif(:id_tipo_atencion, 0),
    d_fecha_registro = coalesce(:d_fecha_registro, d_fecha_registro),
    c_hora_registro = nullif(trim(:c_hora_registro), ''),
    n_paciente_derivado = :n_paciente_derivado,
    id_plan_seguro = nullif(:id_plan_seguro, 0),
    id_categoria_pago = nullif(:id_categoria_pago, 0),
    c_codigo_asegurado = nullif(trim(:c_codigo_asegurado), ''),
    c_contrato = nullif(trim(:c_contrato), ''),
    id_beneficio = nullif(:id_beneficio, 0),
    id_documento_prestacion1 = nullif(:id_documento_prestacion1, 0),
    c_documento_prestacion1 = nullif(trim(:c_documento_prestacion1), ''),
    d_fecha_autorizacion1 = :d_fecha_autorizacion1,
    id_documento_prestacion2 = nullif(:id_documento_prestacion2, 0),
    c_documento_prestacion2 = nullif(trim(:c_documento_prestacion2), ''),
    d_fecha_autorizacion2 = :d_fecha_autorizacion2,
    id_tipo_filiacion = nullif(:id_tipo_filiacion, 0),
    t_nombre_titular = nullif(trim(:t_nombre_titular), ''),
    id_tipo_afiliacion = nullif(:id_tipo_afiliacion, 0),
    id_moneda = nullif(:id_moneda, 0),
    n_copago_fijo = :n_copago_fijo,
    n_copago_variable = :n_copago_variable,
    n_copago_variable_far = :n_copago_variable_far,
    id_producto_plan = nullif(:id_producto_plan, 0),
    n_limite_cobertura = :n_limite_cobertura,
    id_tipo_diagnostico = nullif(:id_tipo_diagnostico, 0),
    id_diagnostico = nullif(:id_diagnostico, 0),
    c_numero_placa = nullif(trim(:c_numero_placa), ''),
    n_deja_denuncia = coalesce(:n_deja_denuncia, 0),
    n_deja_carta = coalesce(:n_deja_carta, 0),
    t_observacion_accidente = nullif(trim(:t_observacion_accidente), ''),
    id_profesional = nullif(:id_profesional, 0),
    id_hospitalizacion = nullif(:id_hospitalizacion, 0),
    t_observacion_general = nullif(trim(:t_observacion_general), ''),
    d_fecha_cierre = :d_fecha_cierre,
    c_hora_cierre = nullif(trim(:c_hora_cierre), ''),
    id_tipo_facturacion = nullif(:id_tipo_facturacion, 0),
    n_a_no_gravado = coalesce(:n_a_no_gravado, 0),
    n_a_gravado = coalesce(:n_a_gravado, 0),
    n_a_impuesto = coalesce(:n_a_impuesto, 0),
    n_a_total = coalesce(:n_a_total, 0),
    n_p_no_gravado = coalesce(:n_p_no_gravado, 0),
    n_p_gravado = coalesce(:n_p_gravado, 0),
    n_p_impuesto = coalesce(:n_p_impuesto, 0),
    n_p_total = coalesce(:n_p_total, 0),
    n_g_no_gravado = coalesce(:n_g_no_gravado, 0),
    n_g_gravado = coalesce(:n_g_gravado, 0),
    n_g_impuesto = coalesce(:n_g_impuesto, 0),
    n_g_total = coalesce(:n_g_total, 0),
    f_estado = coalesce(:f_estado, 0),
    id_user_registro = coalesce(id_user_registro, :id_user_registro),
    id_user_modifica = :id_user_modifica,
    d_fecha_modifica = :d_fecha_modifica,
    d_fecha_hospitalizacion = :d_fecha_hospitalizacion,
    c_hora_hospitalizacion = nullif(trim(:c_hora_hospitalizacion), ''),
    id_habitacion = nullif(:id_habitacion, 0)
WHERE
    id_atencion = :id_atencion
    AND CASE
        WHEN NOT EXISTS (SELECT 1 FROM ADM_ATENCION AS a WHERE a.id_atencion = :id_atencion)
        THEN 'La atención ' || coalesce(:id_atencion, 0) || ' no existe.'
        WHEN coalesce(:id_paciente, 0) = 0 THEN 'El campo ''id_paciente'' es obligatorio.'
        WHEN NOT EXISTS (SELECT 1 FROM ADM_PACIENTE AS p WHERE p.id_paciente = :id_paciente AND p.f_estado = 1)
        THEN 'El campo ''id_paciente'' no es válido: el paciente ' || :id_paciente || ' no existe o está inactivo.'
        WHEN coalesce(:id_tipo_atencion, 0) = 0 THEN 'El campo ''id_tipo_atencion'' es obligatorio.'
        WHEN coalesce(:id_tipo_paciente, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_TIPO_PACIENTE AS c WHERE c.id_tipo_paciente = :id_tipo_paciente AND c.f_estado = 1)
        THEN 'El campo ''id_tipo_paciente'' no es válido: el valor ' || :id_tipo_paciente || ' no existe o está inactivo.'
        WHEN coalesce(:id_tipo_atencion, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_TIPO_ATENCION AS c WHERE c.id_tipo_atencion = :id_tipo_atencion AND c.f_estado = 1)
        THEN 'El campo ''id_tipo_atencion'' no es válido: el valor ' || :id_tipo_atencion || ' no existe o está inactivo.'
        WHEN coalesce(:id_beneficio, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM CVN_BENEFICIO AS c WHERE c.id_beneficio = :id_beneficio AND c.f_estado = 1)
        THEN 'El campo ''id_beneficio'' no es válido: el valor ' || :id_beneficio || ' no existe o está inactivo.'
        WHEN coalesce(:id_documento_prestacion1, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_DOCUMENTO_PRESTACION AS c WHERE c.id_documento_prestacion = :id_documento_prestacion1 AND c.f_estado = 1)
        THEN 'El campo ''id_documento_prestacion1'' no es válido: el valor ' || :id_documento_prestacion1 || ' no existe o está inactivo.'
        WHEN coalesce(:id_documento_prestacion2, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_DOCUMENTO_PRESTACION AS c WHERE c.id_documento_prestacion = :id_documento_prestacion2 AND c.f_estado = 1)
        THEN 'El campo ''id_documento_prestacion2'' no es válido: el valor ' || :id_documento_prestacion2 || ' no existe o está inactivo.'
        WHEN coalesce(:id_tipo_filiacion, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_TIPO_FILIACION AS c WHERE c.id_tipo_filiacion = :id_tipo_filiacion AND c.f_estado = 1)
        THEN 'El campo ''id_tipo_filiacion'' no es válido: el valor ' || :id_tipo_filiacion || ' no existe o está inactivo.'
        WHEN coalesce(:id_tipo_afiliacion, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_TIPO_AFILIACION AS c WHERE c.id_tipo_afiliacion = :id_tipo_afiliacion AND c.f_estado = 1)
        THEN 'El campo ''id_tipo_afiliacion'' no es válido: el valor ' || :id_tipo_afiliacion || ' no existe o está inactivo.'
        WHEN coalesce(:id_moneda, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM CVN_MONEDA AS c WHERE c.id_moneda = :id_moneda AND c.f_estado = 1)
        THEN 'El campo ''id_moneda'' no es válido: el valor ' || :id_moneda || ' no existe o está inactivo.'
        WHEN coalesce(:id_producto_plan, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM CVN_PRODUCTO_PLAN AS c WHERE c.id_producto_plan = :id_producto_plan AND c.f_estado = 1)
        THEN 'El campo ''id_producto_plan'' no es válido: el valor ' || :id_producto_plan || ' no existe o está inactivo.'
        WHEN coalesce(:id_tipo_diagnostico, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_TIPO_CIE10 AS c WHERE c.id_tipo_cie10 = :id_tipo_diagnostico AND c.f_estado = 1)
        THEN 'El campo ''id_tipo_diagnostico'' no es válido: el valor ' || :id_tipo_diagnostico || ' no existe o está inactivo.'
        WHEN coalesce(:id_diagnostico, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_CIE10 AS c WHERE c.id_cie10 = :id_diagnostico AND c.f_estado = 1)
        THEN 'El campo ''id_diagnostico'' no es válido: el valor ' || :id_diagnostico || ' no existe o está inactivo.'
        WHEN coalesce(:id_habitacion, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_HABITACION AS c WHERE c.id_habitacion = :id_habitacion AND c.f_estado = 1)
        THEN 'El campo ''id_habitacion'' no es válido: el valor ' || :id_habitacion || ' no existe o está inactivo.'
        WHEN coalesce(:id_profesional, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_PROFESIONAL AS c WHERE c.id_profesional = :id_profesional AND c.f_estado = 1)
        THEN 'El campo ''id_profesional'' no es válido: el valor ' || :id_profesional || ' no existe o está inactivo.'
        WHEN coalesce(:f_estado, 0) NOT IN (0, 1, 2) THEN 'El campo ''f_estado'' no es válido: use 1 (Registrado), 2 (Atendido) o 0 (Anulado).'
        WHEN coalesce(:n_deja_denuncia, 0) NOT IN (0, 1) THEN 'El campo ''n_deja_denuncia'' no es válido: use 1 (sí) o 0 (no).'
        WHEN coalesce(:n_deja_carta, 0) NOT IN (0, 1) THEN 'El campo ''n_deja_carta'' no es válido: use 1 (sí) o 0 (no).'
    END IS NULL;

SELECT
    changes() AS Response,
    CASE WHEN changes() = 1 THEN NULL ELSE CASE
        WHEN NOT EXISTS (SELECT 1 FROM ADM_ATENCION AS a WHERE a.id_atencion = :id_atencion)
        THEN 'La atención ' || coalesce(:id_atencion, 0) || ' no existe.'
        WHEN coalesce(:id_paciente, 0) = 0 THEN 'El campo ''id_paciente'' es obligatorio.'
        WHEN NOT EXISTS (SELECT 1 FROM ADM_PACIENTE AS p WHERE p.id_paciente = :id_paciente AND p.f_estado = 1)
        THEN 'El campo ''id_paciente'' no es válido: el paciente ' || :id_paciente || ' no existe o está inactivo.'
        WHEN coalesce(:id_tipo_atencion, 0) = 0 THEN 'El campo ''id_tipo_atencion'' es obligatorio.'
        WHEN coalesce(:id_tipo_paciente, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_TIPO_PACIENTE AS c WHERE c.id_tipo_paciente = :id_tipo_paciente AND c.f_estado = 1)
        THEN 'El campo ''id_tipo_paciente'' no es válido: el valor ' || :id_tipo_paciente || ' no existe o está inactivo.'
        WHEN coalesce(:id_tipo_atencion, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_TIPO_ATENCION AS c WHERE c.id_tipo_atencion = :id_tipo_atencion AND c.f_estado = 1)
        THEN 'El campo ''id_tipo_atencion'' no es válido: el valor ' || :id_tipo_atencion || ' no existe o está inactivo.'
        WHEN coalesce(:id_beneficio, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM CVN_BENEFICIO AS c WHERE c.id_beneficio = :id_beneficio AND c.f_estado = 1)
        THEN 'El campo ''id_beneficio'' no es válido: el valor ' || :id_beneficio || ' no existe o está inactivo.'
        WHEN coalesce(:id_documento_prestacion1, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_DOCUMENTO_PRESTACION AS c WHERE c.id_documento_prestacion = :id_documento_prestacion1 AND c.f_estado = 1)
        THEN 'El campo ''id_documento_prestacion1'' no es válido: el valor ' || :id_documento_prestacion1 || ' no existe o está inactivo.'
        WHEN coalesce(:id_documento_prestacion2, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_DOCUMENTO_PRESTACION AS c WHERE c.id_documento_prestacion = :id_documento_prestacion2 AND c.f_estado = 1)
        THEN 'El campo ''id_documento_prestacion2'' no es válido: el valor ' || :id_documento_prestacion2 || ' no existe o está inactivo.'
        WHEN coalesce(:id_tipo_filiacion, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_TIPO_FILIACION AS c WHERE c.id_tipo_filiacion = :id_tipo_filiacion AND c.f_estado = 1)
        THEN 'El campo ''id_tipo_filiacion'' no es válido: el valor ' || :id_tipo_filiacion || ' no existe o está inactivo.'
        WHEN coalesce(:id_tipo_afiliacion, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_TIPO_AFILIACION AS c WHERE c.id_tipo_afiliacion = :id_tipo_afiliacion AND c.f_estado = 1)
        THEN 'El campo ''id_tipo_afiliacion'' no es válido: el valor ' || :id_tipo_afiliacion || ' no existe o está inactivo.'
        WHEN coalesce(:id_moneda, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM CVN_MONEDA AS c WHERE c.id_moneda = :id_moneda AND c.f_estado = 1)
        THEN 'El campo ''id_moneda'' no es válido: el valor ' || :id_moneda || ' no existe o está inactivo.'
        WHEN coalesce(:id_producto_plan, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM CVN_PRODUCTO_PLAN AS c WHERE c.id_producto_plan = :id_producto_plan AND c.f_estado = 1)
        THEN 'El campo ''id_producto_plan'' no es válido: el valor ' || :id_producto_plan || ' no existe o está inactivo.'
        WHEN coalesce(:id_tipo_diagnostico, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_TIPO_CIE10 AS c WHERE c.id_tipo_cie10 = :id_tipo_diagnostico AND c.f_estado = 1)
        THEN 'El campo ''id_tipo_diagnostico'' no es válido: el valor ' || :id_tipo_diagnostico || ' no existe o está inactivo.'
        WHEN coalesce(:id_diagnostico, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_CIE10 AS c WHERE c.id_cie10 = :id_diagnostico AND c.f_estado = 1)
        THEN 'El campo ''id_diagnostico'' no es válido: el valor ' || :id_diagnostico || ' no existe o está inactivo.'
        WHEN coalesce(:id_habitacion, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_HABITACION AS c WHERE c.id_habitacion = :id_habitacion AND c.f_estado = 1)
        THEN 'El campo ''id_habitacion'' no es válido: el valor ' || :id_habitacion || ' no existe o está inactivo.'
        WHEN coalesce(:id_profesional, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM ADM_PROFESIONAL AS c WHERE c.id_profesional = :id_profesional AND c.f_estado = 1)
        THEN 'El campo ''id_profesional'' no es válido: el valor ' || :id_profesional || ' no existe o está inactivo.'
        WHEN coalesce(:f_estado, 0) NOT IN (0, 1, 2) THEN 'El campo ''f_estado'' no es válido: use 1 (Registrado), 2 (Atendido) o 0 (Anulado).'
        WHEN coalesce(:n_deja_denuncia, 0) NOT IN (0, 1) THEN 'El campo ''n_deja_denuncia'' no es válido: use 1 (sí) o 0 (no).'
        WHEN coalesce(:n_deja_carta, 0) NOT IN (0, 1) THEN 'El campo ''n_deja_carta'' no es válido: use 1 (sí) o 0 (no).'
    END END AS Response_t;
