-- p_CVN_PLAN_SEGURO_GetAllFilter (SQLite dialect of Romsoft.p_CVN_PLAN_SEGURO_GetAllFilter)
-- Plans, active or not, whose code, description, contract or IAFA code, or whose guarantor's or
-- contracting party's document number or names, contain the words of :valor in order, ignoring
-- case and accents (romsoft_patron over t_busqueda); NULL or blank :valor: every plan.
-- garante / contratante = the contacts' business names, producto = the product's description,
-- estado = Activo/Inactivo. Ordered by description.

SELECT
    p.id_plan_seguro AS id_plan_seguro,
    p.c_codigo AS c_codigo,
    p.t_descripcion AS t_descripcion,
    g.t_razon_social AS garante,
    c.t_razon_social AS contratante,
    p.c_contrato AS c_contrato,
    p.d_fecha_f_vigencia AS d_fecha_f_vigencia,
    r.t_descripcion AS producto,
    CASE WHEN p.f_estado = 1 THEN 'Activo' ELSE 'Inactivo' END AS estado
FROM CVN_PLAN_SEGURO AS p
LEFT JOIN CON_CONTACTO AS g ON p.id_contacto_garante = g.id_contacto
LEFT JOIN CON_CONTACTO AS c ON p.id_contacto_contratante = c.id_contacto
LEFT JOIN CVN_PRODUCTO_PLAN AS r ON p.id_producto_plan = r.id_producto_plan
WHERE
    p.t_busqueda LIKE romsoft_patron(:valor) ESCAPE '\'
    OR g.t_busqueda LIKE romsoft_patron(:valor) ESCAPE '\'
    OR c.t_busqueda LIKE romsoft_patron(:valor) ESCAPE '\'
ORDER BY p.t_descripcion, p.id_plan_seguro;
