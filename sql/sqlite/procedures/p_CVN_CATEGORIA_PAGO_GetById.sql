-- p_CVN_CATEGORIA_PAGO_GetById (SQLite dialect of Romsoft.p_CVN_CATEGORIA_PAGO_GetById)
-- The payment category with this id, active or not (zero or one row); :id_caterogia_pago keeps
-- the legacy spelling. NUMERIC columns hold integers or REALs: the factors are written with the
-- scale of their SQL Server columns (DECIMAL(12, 4), DECIMAL(5, 2)), which every value the API
-- accepts fits exactly.

SELECT
    c.id_categoria_pago AS id_categoria_pago,
    c.c_codigo AS c_codigo,
    c.t_observacion AS t_observacion,
    c.t_descripcion AS t_descripcion,
    c.d_fecha_i_vigencia AS d_fecha_i_vigencia,
    c.d_fecha_f_vigencia AS d_fecha_f_vigencia,
    printf('%.4f', c.n_factor_servicio) AS n_factor_servicio,
    printf('%.4f', c.n_factor_procedimiento) AS n_factor_procedimiento,
    printf('%.2f', c.n_dscto_farmacia) AS n_dscto_farmacia,
    c.f_estado AS f_estado,
    c.id_user_registro AS id_user_registro,
    c.id_user_modifica AS id_user_modifica,
    c.d_fecha_registro AS d_fecha_registro,
    c.d_fecha_modifica AS d_fecha_modifica
FROM CVN_CATEGORIA_PAGO AS c
WHERE c.id_categoria_pago = :id_caterogia_pago;
