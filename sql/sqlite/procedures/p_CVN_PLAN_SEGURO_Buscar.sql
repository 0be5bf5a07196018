-- p_CVN_PLAN_SEGURO_Buscar (SQLite dialect of Romsoft.p_CVN_PLAN_SEGURO_Buscar)
-- The plan search of CVN_PLAN_SEGURO/GetAllFilters. Every filter is optional and they combine
-- with AND:
--   :valor  free text: its words, in order, in the plan's code, description, contract or IAFA
--           code, or in the guarantor's or contracting party's document number or names,
--           ignoring case and accents (romsoft_patron over t_busqueda); NULL or blank = any;
--   :f_estado  1 active, 0 inactive; NULL = every state;
--   :id_categoria_pago / :id_contacto_garante / :id_contacto_contratante / :id_producto_plan
--           exact; 0 or NULL = any;
--   :c_codigo_iafa  exact (blanks around it ignored); NULL or blank = any.
-- The columns of the legacy p_CVN_PLAN_SEGURO_GetAllFilter, then f_estado; ordered by
-- description, at most 500 rows.

SELECT
    p.id_plan_seguro AS id_plan_seguro,
    p.c_codigo AS c_codigo,
    p.t_descripcion AS t_descripcion,
    g.t_razon_social AS garante,
    c.t_razon_social AS contratante,
    p.c_contrato AS c_contrato,
    p.d_fecha_f_vigencia AS d_fecha_f_vigencia,
    r.t_descripcion AS producto,
    CASE WHEN p.f_estado = 1 THEN 'Activo' ELSE 'Inactivo' END AS estado,
    p.f_estado AS f_estado
FROM CVN_PLAN_SEGURO AS p
LEFT JOIN CON_CONTACTO AS g ON p.id_contacto_garante = g.id_contacto
LEFT JOIN CON_CONTACTO AS c ON p.id_contacto_contratante = c.id_contacto
LEFT JOIN CVN_PRODUCTO_PLAN AS r ON p.id_producto_plan = r.id_producto_plan
WHERE
    (
        p.t_busqueda LIKE romsoft_patron(:valor) ESCAPE '\'
        OR g.t_busqueda LIKE romsoft_patron(:valor) ESCAPE '\'
        OR c.t_busqueda LIKE romsoft_patron(:valor) ESCAPE '\'
    )
    AND (:f_estado IS NULL OR p.f_estado = :f_estado)
    AND (coalesce(:id_categoria_pago, 0) = 0 OR p.id_categoria_pago = :id_categoria_pago)
    AND (coalesce(:id_contacto_garante, 0) = 0 OR p.id_contacto_garante = :id_contacto_garante)
    AND (coalesce(:id_contacto_contratante, 0) = 0 OR p.id_contacto_contratante = :id_contacto_contratante)
    AND (coalesce(:id_producto_plan, 0) = 0 OR p.id_producto_plan = :id_producto_plan)
    AND (nullif(trim(:c_codigo_iafa), '') IS NULL OR p.c_codigo_iafa = trim(:c_codigo_iafa))
ORDER BY p.t_descripcion, p.id_plan_seguro
LIMIT 500;
