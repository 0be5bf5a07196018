-- p_CON_CONTACTO_Update (SQLite dialect of Romsoft.p_CON_CONTACTO_Update)
-- Updates a contact and its t_busqueda. Response = rows changed (0 when the id does not exist).

UPDATE CON_CONTACTO
SET
    id_tipo_contacto = :id_tipo_contacto,
    c_codigo = trim(:c_codigo),
    c_codigo_sunat = nullif(trim(:c_codigo_sunat), ''),
    t_apellidos = nullif(trim(:t_apellidos), ''),
    t_nombres = nullif(trim(:t_nombres), ''),
    t_razon_social = trim(:t_razon_social),
    t_razon_comercial = nullif(trim(:t_razon_comercial), ''),
    t_observacion = :t_observacion,
    t_direccion = nullif(trim(:t_direccion), ''),
    t_contacto = nullif(trim(:t_contacto), ''),
    t_actividad_economica = nullif(trim(:t_actividad_economica), ''),
    c_telefono1 = nullif(trim(:c_telefono1), ''),
    c_telefono2 = nullif(trim(:c_telefono2), ''),
    t_email_ffee = nullif(trim(:t_email_ffee), ''),
    n_dias_credito = coalesce(:n_dias_credito, 0),
    n_flag_garante = coalesce(:n_flag_garante, 0),
    n_flag_contratante = coalesce(:n_flag_contratante, 0),
    n_flag_proveedor = coalesce(:n_flag_proveedor, 0),
    n_flag_habido = coalesce(:n_flag_habido, 0),
    f_estado = coalesce(:f_estado, f_estado),
    t_busqueda = romsoft_plegar(
        trim(:c_codigo) || ' ' || trim(:t_razon_social) || ' ' || coalesce(trim(:t_razon_comercial), '')
        || ' ' || coalesce(trim(:t_contacto), '') || ' ' || coalesce(trim(:t_email_ffee), '')
    ),
    id_user_modifica = :id_user_modifica,
    d_fecha_modifica = coalesce(:d_fecha_modifica, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
WHERE id_contacto = :id_contacto;

SELECT changes() AS Response;
