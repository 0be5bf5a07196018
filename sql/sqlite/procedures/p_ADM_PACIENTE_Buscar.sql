-- p_ADM_PACIENTE_Buscar (SQLite dialect of Romsoft.p_ADM_PACIENTE_Buscar)
-- The patient search of ADM_PACIENTE/GetAllFilters. Every filter is optional (NULL or blank =
-- any) and they combine with AND:
--   :valor      free text: its words, in order, anywhere in surnames, names, document and
--               record number, ignoring case and accents (romsoft_patron over t_busqueda);
--   :apellidos  / :nombres  the same over the surnames / the names;
--   :dni        the document number, from its start;
--   :n_historia_clinica  exact (0 = any);  :estado  'A' or 'I' (the service maps the texts).
-- Ordered by surnames and names, at most 200 rows.

SELECT
    p.id_paciente AS Codigo,
    CAST(p.n_historia_clinica AS TEXT) AS Historia,
    p.t_apellido_paterno AS APaterno,
    p.t_apellido_materno AS AMaterno,
    p.t_nombres AS Nombres,
    d.t_descripcion AS TDocumento,
    p.c_documento_identidad AS NDocumento,
    g.t_descripcion AS sexo,
    p.d_fecha_nacimiento AS FNacimiento,
    p.t_direccion AS Direccion,
    p.c_p_fono_personal AS Telefono,
    p.n_historia_clinica AS n_historia_clinica,
    p.f_estado AS f_estado,
    trim(p.t_apellido_paterno || ' ' || coalesce(p.t_apellido_materno, '')) AS apellidos,
    p.t_nombres AS nombres,
    p.c_documento_identidad AS dni,
    CASE WHEN p.f_estado = 1 THEN 'A' ELSE 'I' END AS estado
FROM ADM_PACIENTE AS p
LEFT JOIN ADM_DOCUMENTO_IDENTIDAD AS d ON p.id_documento_identidad = d.id_documento_identidad
LEFT JOIN ADM_GENERO AS g ON p.id_genero = g.id_genero
WHERE
    p.t_busqueda LIKE romsoft_patron(:valor) ESCAPE '\'
    AND romsoft_plegar(p.t_apellido_paterno || ' ' || coalesce(p.t_apellido_materno, ''))
    LIKE romsoft_patron(:apellidos) ESCAPE '\'
    AND romsoft_plegar(p.t_nombres) LIKE romsoft_patron(:nombres) ESCAPE '\'
    AND (nullif(trim(:dni), '') IS NULL OR p.c_documento_identidad LIKE trim(:dni) || '%')
    AND (coalesce(:n_historia_clinica, 0) = 0 OR p.n_historia_clinica = :n_historia_clinica)
    AND (
        nullif(trim(:estado), '') IS NULL
        OR p.f_estado = CASE WHEN trim(:estado) = 'A' THEN 1 ELSE 0 END
    )
ORDER BY p.t_apellido_paterno, p.t_apellido_materno, p.t_nombres, p.id_paciente
LIMIT 200;
