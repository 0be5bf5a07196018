-- p_CVN_PLAN_SEGURO_Nombres (SQLite dialect of Romsoft.p_CVN_PLAN_SEGURO_Nombres)
-- The display names of a plan (:id_plan_seguro, active or not) or, with 0/NULL, of every
-- active plan: garante / contratante = the contacts' business names, producto = the product's
-- description (NULL when not chosen).

SELECT
    p.id_plan_seguro AS id_plan_seguro,
    g.t_razon_social AS garante,
    c.t_razon_social AS contratante,
    r.t_descripcion AS producto
FROM CVN_PLAN_SEGURO AS p
LEFT JOIN CON_CONTACTO AS g ON p.id_contacto_garante = g.id_contacto
LEFT JOIN CON_CONTACTO AS c ON p.id_contacto_contratante = c.id_contacto
LEFT JOIN CVN_PRODUCTO_PLAN AS r ON p.id_producto_plan = r.id_producto_plan
WHERE
    (coalesce(:id_plan_seguro, 0) = 0 AND p.f_estado = 1)
    OR p.id_plan_seguro = :id_plan_seguro;
