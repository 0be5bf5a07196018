-- p_CVN_CATEGORIA_PAGO_GetAllFilter (SQLite dialect of Romsoft.p_CVN_CATEGORIA_PAGO_GetAllFilter)
-- Payment categories, active and inactive, whose code, description or observation contains the
-- words of :valor in order, ignoring case and accents (romsoft_patron over t_busqueda).
-- NULL or blank :valor: every category. Active first, then by description.

SELECT
    c.id_categoria_pago AS id_categoria_pago,
    c.c_codigo AS c_codigo,
    c.t_descripcion AS t_descripcion,
    c.t_observacion AS t_observacion,
    c.d_fecha_f_vigencia AS d_fecha_f_vigencia,
    c.f_estado AS f_estado,
    CASE WHEN c.f_estado = 1 THEN 'Activo' ELSE 'Inactivo' END AS estado
FROM CVN_CATEGORIA_PAGO AS c
WHERE c.t_busqueda LIKE romsoft_patron(:valor) ESCAPE '\'
ORDER BY c.f_estado DESC, c.t_descripcion;
