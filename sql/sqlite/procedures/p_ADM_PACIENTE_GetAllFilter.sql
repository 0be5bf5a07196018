-- p_ADM_PACIENTE_GetAllFilter (SQLite dialect of Romsoft.p_ADM_PACIENTE_GetAllFilter)
-- ADM_ATENCION/GetAllFilters: the attentions of a patient (:id_paciente; NULL or 0 = every
-- patient's) registered between :d_fecha_registro_1 and :d_fecha_registro_2 (both days
-- included; either NULL = unbounded), the most recent first, at most 500.
-- Columns as the legacy procedure's attention signature: id_nro_interno (the attention's
-- number), d_fecha_ingreso (its date), patient and attention types, guarantor and contracting
-- party of its plan (the legacy column t_direccion carries the contracting party), the state.
-- The legacy name is kept (the patient search has its own procedure, p_ADM_PACIENTE_Buscar).

SELECT
    a.id_atencion AS id_nro_interno,
    a.d_fecha_registro AS d_fecha_ingreso,
    tp.t_descripcion AS tipo_paciente,
    ta.t_descripcion AS tipo_atencion,
    g.t_razon_social AS garante,
    c.t_razon_social AS t_direccion,
    te.estado AS estado
FROM ADM_ATENCION AS a
LEFT JOIN ADM_TIPO_PACIENTE AS tp ON a.id_tipo_paciente = tp.id_tipo_paciente
LEFT JOIN ADM_TIPO_ATENCION AS ta ON a.id_tipo_atencion = ta.id_tipo_atencion
LEFT JOIN CVN_PLAN_SEGURO AS ps ON a.id_plan_seguro = ps.id_plan_seguro
LEFT JOIN CON_CONTACTO AS g ON ps.id_contacto_garante = g.id_contacto
LEFT JOIN CON_CONTACTO AS c ON ps.id_contacto_contratante = c.id_contacto
LEFT JOIN TIPO_ESTADO AS te ON te.tabla = 'ADM_ATENCION' AND a.f_estado = te.id_estado
WHERE (coalesce(:id_paciente, 0) = 0 OR a.id_paciente = :id_paciente)
    AND (:d_fecha_registro_1 IS NULL OR a.d_fecha_registro >= date(:d_fecha_registro_1))
    AND (:d_fecha_registro_2 IS NULL OR a.d_fecha_registro < date(:d_fecha_registro_2, '+1 day'))
ORDER BY a.d_fecha_registro DESC, a.id_atencion DESC
LIMIT 500;
