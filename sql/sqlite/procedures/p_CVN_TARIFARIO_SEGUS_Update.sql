-- p_CVN_TARIFARIO_SEGUS_Update (SQLite dialect of Romsoft.p_CVN_TARIFARIO_SEGUS_Update)
-- Updates a tariff line. Catalog ids 0 are NULL; :f_estado 0/1 sets the state, any other value
-- keeps it. A NULL :t_descripcion_eng keeps the English description (GetById, which the client
-- edits from, does not return it); '' clears it. Response = rows changed (0 when the id does not exist). The code of another active
-- line hits the unique index UX_CVN_TARIFARIO_SEGUS_codigo: the API answers "El registro ya existe."

UPDATE CVN_TARIFARIO_SEGUS
SET
    c_codigo = trim(:c_codigo),
    c_codigo_susalud = nullif(trim(:c_codigo_susalud), ''),
    t_descripcion_esp = trim(:t_descripcion_esp),
    t_descripcion_eng = CASE WHEN :t_descripcion_eng IS NULL THEN t_descripcion_eng ELSE nullif(trim(:t_descripcion_eng), '') END,
    t_observacion = nullif(trim(:t_observacion), ''),
    id_clasificacion_segus = nullif(:id_clasificacion_segus, 0),
    id_clasificacion_susalud = nullif(:id_clasificacion_susalud, 0),
    id_clasificacion_susalud_od = nullif(:id_clasificacion_susalud_od, 0),
    id_centro_costo = nullif(:id_centro_costo, 0),
    id_cuenta_contable = nullif(:id_cuenta_contable, 0),
    id_tipo_precio = nullif(:id_tipo_precio, 0),
    n_unidad = coalesce(:n_unidad, 0),
    n_ayudante = coalesce(:n_ayudante, 0),
    n_instrumentista = coalesce(:n_instrumentista, 0),
    n_dias = coalesce(:n_dias, 0),
    n_porcentaje = coalesce(:n_porcentaje, 0),
    f_estado = CASE WHEN :f_estado IN (0, 1) THEN :f_estado ELSE f_estado END,
    t_busqueda = romsoft_plegar(trim(trim(:t_descripcion_esp) || ' ' || coalesce(trim(:t_descripcion_eng), t_descripcion_eng, '') || ' ' || coalesce(trim(:t_observacion), ''))),
    id_user_modifica = :id_user_modifica,
    d_fecha_modifica = coalesce(:d_fecha_modifica, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
WHERE id_tarifario_segus = :id_tarifario_segus;

SELECT changes() AS Response;
