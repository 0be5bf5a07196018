-- p_FAR_PRODUCTO_Update (SQLite dialect of Romsoft.p_FAR_PRODUCTO_Update)
-- Updates a pharmacy product; the fields were checked by the service (business::far::producto).
-- id_producto arrives as text (the legacy procedure declared it a string). Checked here: the
-- product exists; t_codigo blank keeps the stored code, another product's code or a new
-- P-and-digits code (those are assigned by the system) is refused; the laboratory and the
-- supplier (0 = none) active contacts; no other active product with the same description or
-- GTIN when this one stays active. On a failure nothing is written, Response 0 and Response_t
-- the reason. id_user_registro / d_fecha_registro: who modified it and when.
-- Response = the product's id.

UPDATE FAR_PRODUCTO
SET t_codigo = coalesce(nullif(trim(:t_codigo), ''), t_codigo),
    t_descripcion = trim(:t_descripcion),
    t_presentacion = nullif(trim(:t_presentacion), ''),
    t_rutaimagen = nullif(trim(:t_rutaimagen), ''),
    id_tipo_producto = nullif(:id_tipo_producto, 0),
    id_clase = nullif(:id_clase, 0),
    id_generico = nullif(:id_generico, 0),
    id_familia = nullif(:id_familia, 0),
    id_tipificacion = nullif(:id_tipificacion, 0),
    c_gtin = nullif(trim(:c_gtin), ''),
    c_unspsc = nullif(trim(:c_unspsc), ''),
    n_stockmin = coalesce(:n_stockmin, 0),
    n_stockmax = coalesce(:n_stockmax, 0),
    n_pcosto = coalesce(:n_pcosto, 0),
    n_pvf = coalesce(:n_pvf, 0),
    n_utilidad = coalesce(:n_utilidad, 0),
    n_pvs = coalesce(:n_pvs, 0),
    n_plista = coalesce(:n_plista, 0),
    f_inafecto = coalesce(:f_inafecto, 0),
    id_consignacion = nullif(:id_consignacion, 0),
    id_laboratorio = nullif(:id_laboratorio, 0),
    id_proveedor = nullif(:id_proveedor, 0),
    n_dscto_1 = coalesce(:n_dscto_1, 0),
    n_dscto_2 = coalesce(:n_dscto_2, 0),
    f_estado = coalesce(:f_estado, f_estado),
    n_valorizado = coalesce(:n_valorizado, 0),
    id_user_modifica = :id_user_registro,
    d_fecha_modifica = coalesce(:d_fecha_registro, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
WHERE id_producto = CAST(:id_producto AS INTEGER)
    AND CASE
        WHEN nullif(trim(:t_codigo), '') IS NOT NULL
            AND EXISTS (SELECT 1 FROM FAR_PRODUCTO AS p WHERE p.t_codigo = trim(:t_codigo) AND p.id_producto <> CAST(:id_producto AS INTEGER))
        THEN 'El campo ''t_codigo'' no es válido: otro producto tiene el código ' || trim(:t_codigo) || '.'
        WHEN upper(trim(:t_codigo)) GLOB 'P[0-9]*' AND substr(trim(:t_codigo), 2) NOT GLOB '*[^0-9]*'
            AND NOT EXISTS (SELECT 1 FROM FAR_PRODUCTO AS p WHERE p.t_codigo = trim(:t_codigo) AND p.id_producto = CAST(:id_producto AS INTEGER))
        THEN 'El campo ''t_codigo'' no es válido: los códigos P y número los asigna el sistema.'
        WHEN coalesce(:id_laboratorio, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM CON_CONTACTO AS c WHERE c.id_contacto = :id_laboratorio AND c.f_estado = 1)
        THEN 'El campo ''id_laboratorio'' no es válido: el contacto ' || :id_laboratorio || ' no existe o está inactivo.'
        WHEN coalesce(:id_proveedor, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM CON_CONTACTO AS c WHERE c.id_contacto = :id_proveedor AND c.f_estado = 1)
        THEN 'El campo ''id_proveedor'' no es válido: el contacto ' || :id_proveedor || ' no existe o está inactivo.'
        WHEN coalesce(:f_estado, 1) = 1
            AND EXISTS (SELECT 1 FROM FAR_PRODUCTO AS p WHERE p.t_descripcion = trim(:t_descripcion) AND p.f_estado = 1 AND p.id_producto <> CAST(:id_producto AS INTEGER))
        THEN 'El campo ''t_descripcion'' no es válido: otro producto activo tiene esa descripción.'
        WHEN coalesce(:f_estado, 1) = 1 AND nullif(trim(:c_gtin), '') IS NOT NULL
            AND EXISTS (SELECT 1 FROM FAR_PRODUCTO AS p WHERE p.c_gtin = trim(:c_gtin) AND p.f_estado = 1 AND p.id_producto <> CAST(:id_producto AS INTEGER))
        THEN 'El campo ''c_gtin'' no es válido: otro producto activo tiene el GTIN ' || trim(:c_gtin) || '.'
    END IS NULL;

SELECT
    CASE WHEN changes() = 1 THEN CAST(:id_producto AS INTEGER) ELSE 0 END AS Response,
    CASE WHEN changes() = 1 THEN NULL ELSE CASE
        WHEN NOT EXISTS (SELECT 1 FROM FAR_PRODUCTO AS p WHERE p.id_producto = CAST(:id_producto AS INTEGER))
        THEN 'El campo ''id_producto'' no es válido: el producto ' || coalesce(:id_producto, '') || ' no existe.'
        WHEN nullif(trim(:t_codigo), '') IS NOT NULL
            AND EXISTS (SELECT 1 FROM FAR_PRODUCTO AS p WHERE p.t_codigo = trim(:t_codigo) AND p.id_producto <> CAST(:id_producto AS INTEGER))
        THEN 'El campo ''t_codigo'' no es válido: otro producto tiene el código ' || trim(:t_codigo) || '.'
        WHEN upper(trim(:t_codigo)) GLOB 'P[0-9]*' AND substr(trim(:t_codigo), 2) NOT GLOB '*[^0-9]*'
            AND NOT EXISTS (SELECT 1 FROM FAR_PRODUCTO AS p WHERE p.t_codigo = trim(:t_codigo) AND p.id_producto = CAST(:id_producto AS INTEGER))
        THEN 'El campo ''t_codigo'' no es válido: los códigos P y número los asigna el sistema.'
        WHEN coalesce(:id_laboratorio, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM CON_CONTACTO AS c WHERE c.id_contacto = :id_laboratorio AND c.f_estado = 1)
        THEN 'El campo ''id_laboratorio'' no es válido: el contacto ' || :id_laboratorio || ' no existe o está inactivo.'
        WHEN coalesce(:id_proveedor, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM CON_CONTACTO AS c WHERE c.id_contacto = :id_proveedor AND c.f_estado = 1)
        THEN 'El campo ''id_proveedor'' no es válido: el contacto ' || :id_proveedor || ' no existe o está inactivo.'
        WHEN coalesce(:f_estado, 1) = 1
            AND EXISTS (SELECT 1 FROM FAR_PRODUCTO AS p WHERE p.t_descripcion = trim(:t_descripcion) AND p.f_estado = 1 AND p.id_producto <> CAST(:id_producto AS INTEGER))
        THEN 'El campo ''t_descripcion'' no es válido: otro producto activo tiene esa descripción.'
        WHEN coalesce(:f_estado, 1) = 1 AND nullif(trim(:c_gtin), '') IS NOT NULL
            AND EXISTS (SELECT 1 FROM FAR_PRODUCTO AS p WHERE p.c_gtin = trim(:c_gtin) AND p.f_estado = 1 AND p.id_producto <> CAST(:id_producto AS INTEGER))
        THEN 'El campo ''c_gtin'' no es válido: otro producto activo tiene el GTIN ' || trim(:c_gtin) || '.'
    END END AS Response_t;
