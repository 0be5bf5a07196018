-- p_CON_CONTACTO_Insert (SQLite dialect of Romsoft.p_CON_CONTACTO_Insert)
-- Inserts a contact, always active (:f_estado 0 or NULL stores 1; Delete deactivates).
-- t_busqueda = the searched columns folded. Response = the new id.

INSERT INTO CON_CONTACTO (
    id_tipo_contacto, c_codigo, c_codigo_sunat, t_apellidos, t_nombres, t_razon_social,
    t_razon_comercial, t_observacion, t_direccion, t_contacto, t_actividad_economica,
    c_telefono1, c_telefono2, t_email_ffee, n_dias_credito, n_flag_garante, n_flag_contratante,
    n_flag_proveedor, n_flag_habido, f_estado, t_busqueda, id_user_registro
)
VALUES (
    :id_tipo_contacto,
    trim(:c_codigo),
    nullif(trim(:c_codigo_sunat), ''),
    nullif(trim(:t_apellidos), ''),
    nullif(trim(:t_nombres), ''),
    trim(:t_razon_social),
    nullif(trim(:t_razon_comercial), ''),
    :t_observacion,
    nullif(trim(:t_direccion), ''),
    nullif(trim(:t_contacto), ''),
    nullif(trim(:t_actividad_economica), ''),
    nullif(trim(:c_telefono1), ''),
    nullif(trim(:c_telefono2), ''),
    nullif(trim(:t_email_ffee), ''),
    coalesce(:n_dias_credito, 0),
    coalesce(:n_flag_garante, 0),
    coalesce(:n_flag_contratante, 0),
    coalesce(:n_flag_proveedor, 0),
    coalesce(:n_flag_habido, 0),
    coalesce(nullif(:f_estado, 0), 1),
    romsoft_plegar(
        trim(:c_codigo) || ' ' || trim(:t_razon_social) || ' ' || coalesce(trim(:t_razon_comercial), '')
        || ' ' || coalesce(trim(:t_contacto), '') || ' ' || coalesce(trim(:t_email_ffee), '')
    ),
    :id_user_registro
);

SELECT last_insert_rowid() AS Response;
