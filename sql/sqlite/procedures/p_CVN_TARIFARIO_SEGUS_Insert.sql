-- p_CVN_TARIFARIO_SEGUS_Insert (SQLite dialect of Romsoft.p_CVN_TARIFARIO_SEGUS_Insert)
-- Inserts a tariff line, always active (a new line is never born deleted; :f_estado is not
-- read). Catalog ids 0 are NULL (not chosen). Response = the new id. The service
-- (business::cvn::tarifario) has validated every number and catalog id before.

INSERT INTO CVN_TARIFARIO_SEGUS (
    c_codigo, c_codigo_susalud, t_descripcion_esp, t_descripcion_eng, t_observacion,
    id_clasificacion_segus, id_clasificacion_susalud, id_clasificacion_susalud_od, id_centro_costo,
    id_cuenta_contable, id_tipo_precio, n_unidad, n_ayudante, n_instrumentista, n_dias, n_porcentaje,
    f_estado, t_busqueda, id_user_registro, d_fecha_registro
)
VALUES (
    trim(:c_codigo),
    nullif(trim(:c_codigo_susalud), ''),
    trim(:t_descripcion_esp),
    nullif(trim(:t_descripcion_eng), ''),
    nullif(trim(:t_observacion), ''),
    nullif(:id_clasificacion_segus, 0),
    nullif(:id_clasificacion_susalud, 0),
    nullif(:id_clasificacion_susalud_od, 0),
    nullif(:id_centro_costo, 0),
    nullif(:id_cuenta_contable, 0),
    nullif(:id_tipo_precio, 0),
    coalesce(:n_unidad, 0),
    coalesce(:n_ayudante, 0),
    coalesce(:n_instrumentista, 0),
    coalesce(:n_dias, 0),
    coalesce(:n_porcentaje, 0),
    -- Always active; :f_estado is bound (legacy signature) and deliberately not read.
    1 + 0 * coalesce(:f_estado, 0),
    -- The folded t_... texts, as the seed loader writes them.
    romsoft_plegar(trim(trim(:t_descripcion_esp) || ' ' || coalesce(trim(:t_descripcion_eng), '') || ' ' || coalesce(trim(:t_observacion), ''))),
    :id_user_registro,
    coalesce(:d_fecha_registro, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
);

SELECT last_insert_rowid() AS Response;
