-- p_ADM_ATENCION_GetAllFilter (SQLite dialect of Romsoft.p_ADM_ATENCION_GetAllFilter)
-- The attentions grid of a patient (:id_paciente; NULL or 0 = every patient's, the most recent
-- 500), the most recent first: number, date and hour, record number, the patient's name, the
-- guarantor (the plan's
-- guarantor, else the plan product), the service document
-- ("type number"), attention and patient types, the state's text (TIPO_ESTADO of ADM_ATENCION).

SELECT
    a.id_atencion AS id_atencion,
    a.d_fecha_registro AS d_fecha_registro,
    a.c_hora_registro AS c_hora_registro,
    CAST(p.n_historia_clinica AS TEXT) AS HClinica,
    p.t_paciente AS Paciente,
    coalesce(g.t_razon_social, pp.t_descripcion) AS Garante,
    trim(coalesce(dp.t_descripcion, '') || ' ' || coalesce(a.c_documento_prestacion1, '')) AS Prestacion,
    ta.t_descripcion AS TAtencion,
    tp.t_descripcion AS TPaciente,
    te.estado AS Estado
FROM ADM_ATENCION AS a
INNER JOIN ADM_PACIENTE AS p ON a.id_paciente = p.id_paciente
LEFT JOIN CVN_PRODUCTO_PLAN AS pp ON a.id_producto_plan = pp.id_producto_plan
LEFT JOIN CVN_PLAN_SEGURO AS ps ON a.id_plan_seguro = ps.id_plan_seguro
LEFT JOIN CON_CONTACTO AS g ON ps.id_contacto_garante = g.id_contacto
LEFT JOIN ADM_DOCUMENTO_PRESTACION AS dp ON a.id_documento_prestacion1 = dp.id_documento_prestacion
LEFT JOIN ADM_TIPO_ATENCION AS ta ON a.id_tipo_atencion = ta.id_tipo_atencion
LEFT JOIN ADM_TIPO_PACIENTE AS tp ON a.id_tipo_paciente = tp.id_tipo_paciente
LEFT JOIN TIPO_ESTADO AS te ON te.tabla = 'ADM_ATENCION' AND a.f_estado = te.id_estado
WHERE coalesce(:id_paciente, 0) = 0 OR a.id_paciente = :id_paciente
ORDER BY a.d_fecha_registro DESC, a.id_atencion DESC
LIMIT 500;
