-- p_ADM_ATENCION_GetAll (SQLite dialect of Romsoft.p_ADM_ATENCION_GetAll)
-- A patient's attentions, every state, the most recent first: the internal number (the id),
-- the date, the patient and attention types, the state's text (TIPO_ESTADO of ADM_ATENCION).
-- garante: the insurance plan product's description until the insurers' tables exist (the
-- insurance issue); t_direccion (the contractor's address, shown as contratante): NULL until
-- then too.

SELECT
    a.id_atencion AS id_nro_interno,
    a.d_fecha_registro AS d_fecha_ingreso,
    tp.t_descripcion AS tipo_paciente,
    ta.t_descripcion AS tipo_atencion,
    pp.t_descripcion AS garante,
    NULL AS t_direccion,
    te.estado AS estado
FROM ADM_ATENCION AS a
LEFT JOIN ADM_TIPO_PACIENTE AS tp ON a.id_tipo_paciente = tp.id_tipo_paciente
LEFT JOIN ADM_TIPO_ATENCION AS ta ON a.id_tipo_atencion = ta.id_tipo_atencion
LEFT JOIN CVN_PRODUCTO_PLAN AS pp ON a.id_producto_plan = pp.id_producto_plan
LEFT JOIN TIPO_ESTADO AS te ON te.tabla = 'ADM_ATENCION' AND a.f_estado = te.id_estado
WHERE a.id_paciente = :id_paciente
ORDER BY a.d_fecha_registro DESC, a.id_atencion DESC;
