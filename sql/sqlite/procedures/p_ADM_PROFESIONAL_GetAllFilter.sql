-- p_ADM_PROFESIONAL_GetAllFilter (SQLite dialect of Romsoft.p_ADM_PROFESIONAL_GetAllFilter)
-- Professionals matching every filter given, by surnames and names:
--   * :t_apellidos, :t_nombres: their words, in order, anywhere, ignoring case and accents
--     ('perez' finds Pérez; romsoft_patron, see p_ADM_CIE10_GetAllFilter); blank = any;
--   * :c_numero_documento: the document number starts with it; blank = any;
--   * :id_especialidad: the main specialty or an active one of ADM_PROFESIONAL_ESPECIALIDAD;
--     NULL/0 = any;
--   * :f_estado: 1 active, 0 inactive, anything else (-1) or NULL = both.

SELECT
    p.id_profesional AS id_profesional,
    p.c_codigo AS c_codigo,
    p.t_apellidos AS t_apellidos,
    p.t_nombres AS t_nombres,
    p.t_apellidos || ', ' || p.t_nombres AS t_medico,
    p.t_direccion AS t_direccion,
    p.t_observacion AS t_observacion,
    p.d_fecha_nace AS d_fecha_nace,
    p.id_genero AS id_genero,
    p.id_tipo_documento AS id_tipo_documento,
    p.c_numero_documento AS c_numero_documento,
    p.id_especialidad AS id_especialidad,
    p.c_nro_especialidad AS c_nro_especialidad,
    p.id_tipo_profesional AS id_tipo_profesional,
    p.c_colegiatura AS c_colegiatura,
    p.id_condicion_profesional AS id_condicion_profesional,
    p.c_telefono_1 AS c_telefono_1,
    p.c_telefono_2 AS c_telefono_2,
    p.f_estado AS f_estado,
    p.id_user_registro AS id_user_registro,
    p.id_user_modifica AS id_user_modifica,
    ur.usuario AS usuario_registro,
    p.d_fecha_registro AS fecha_registro,
    um.usuario AS usuario_modifica,
    p.d_fecha_modifica AS fecha_modifica
FROM ADM_PROFESIONAL AS p
LEFT JOIN SEG_USUARIO AS ur ON p.id_user_registro = ur.id_usuario
LEFT JOIN SEG_USUARIO AS um ON p.id_user_modifica = um.id_usuario
WHERE
    (romsoft_patron(:t_apellidos) = '%' OR romsoft_plegar(p.t_apellidos) LIKE romsoft_patron(:t_apellidos) ESCAPE '\')
    AND (romsoft_patron(:t_nombres) = '%' OR romsoft_plegar(p.t_nombres) LIKE romsoft_patron(:t_nombres) ESCAPE '\')
    AND (
        coalesce(trim(:c_numero_documento), '') = ''
        OR substr(upper(p.c_numero_documento), 1, length(trim(:c_numero_documento))) = upper(trim(:c_numero_documento))
    )
    AND (
        coalesce(:id_especialidad, 0) = 0
        OR p.id_especialidad = :id_especialidad
        OR EXISTS (
            SELECT 1
            FROM ADM_PROFESIONAL_ESPECIALIDAD AS pe
            WHERE pe.id_profesional = p.id_profesional AND pe.id_especialidad = :id_especialidad AND pe.f_estado = 1
        )
    )
    AND (coalesce(:f_estado, -1) NOT IN (0, 1) OR p.f_estado = :f_estado)
ORDER BY p.t_apellidos, p.t_nombres;
