-- p_FAR_PRODUCTO_GetById (SQLite dialect of Romsoft.p_FAR_PRODUCTO_GetById)
-- One product by id, whatever its state. No row: no such product. Ids not chosen (NULL) read
-- as 0; money, quantities and discounts with two decimals (12.50), as DECIMAL(12, 2) in SQL
-- Server; c_unspsc (8 digits) as a number.

SELECT
    p.id_producto AS id_producto,
    p.t_descripcion AS t_descripcion,
    p.t_presentacion AS t_presentacion,
    p.t_rutaimagen AS t_rutaimagen,
    p.id_tipo_producto AS id_tipo_producto,
    coalesce(p.id_clase, 0) AS id_clase,
    coalesce(p.id_generico, 0) AS id_generico,
    coalesce(p.id_familia, 0) AS id_familia,
    coalesce(p.id_tipificacion, 0) AS id_tipificacion,
    p.c_gtin AS c_gtin,
    CAST(p.c_unspsc AS INTEGER) AS c_unspsc,
    printf('%.2f', p.n_stockmin) AS n_stockmin,
    printf('%.2f', p.n_stockmax) AS n_stockmax,
    printf('%.2f', p.n_pcosto) AS n_pcosto,
    printf('%.2f', p.n_pvf) AS n_pvf,
    printf('%.2f', p.n_utilidad) AS n_utilidad,
    printf('%.2f', p.n_pvs) AS n_pvs,
    printf('%.2f', p.n_plista) AS n_plista,
    p.f_inafecto AS f_inafecto,
    coalesce(p.id_consignacion, 0) AS id_consignacion,
    coalesce(p.id_laboratorio, 0) AS id_laboratorio,
    coalesce(p.id_proveedor, 0) AS id_proveedor,
    printf('%.2f', p.n_dscto_1) AS n_dscto_1,
    printf('%.2f', p.n_dscto_2) AS n_dscto_2,
    p.f_estado AS f_estado,
    p.n_valorizado AS n_valorizado
FROM FAR_PRODUCTO AS p
WHERE p.id_producto = :id_producto;
