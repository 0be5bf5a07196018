-- p_FAR_PRODUCTO_Insert (SQLite dialect of Romsoft.p_FAR_PRODUCTO_Insert)
-- Registers a pharmacy product; the fields were checked by the service (business::far::producto).
-- Checked here, against the stored rows: the laboratory and the supplier (0 = none) active
-- contacts, and no other active product with the same description (ignoring case) or GTIN. On a
-- failure nothing is written, Response 0 and Response_t the reason naming the field.
-- Catalog ids 0 = NULL. The product code is P and the new id in 6 digits (P000123).
-- Response = the new id.

INSERT INTO FAR_PRODUCTO (
    t_descripcion, t_presentacion, t_rutaimagen, id_tipo_producto,
    id_clase, id_generico, id_familia, id_tipificacion,
    c_gtin, c_unspsc, n_stockmin, n_stockmax,
    n_pcosto, n_pvf, n_utilidad, n_pvs,
    n_plista, f_inafecto, id_consignacion, id_laboratorio,
    id_proveedor, n_dscto_1, n_dscto_2, f_estado,
    n_valorizado, id_user_registro, d_fecha_registro
)
SELECT
    trim(:t_descripcion),
    nullif(trim(:t_presentacion), ''),
    nullif(trim(:t_rutaimagen), ''),
    nullif(:id_tipo_producto, 0),
    nullif(:id_clase, 0),
    nullif(:id_generico, 0),
    nullif(:id_familia, 0),
    nullif(:id_tipificacion, 0),
    nullif(trim(:c_gtin), ''),
    nullif(trim(:c_unspsc), ''),
    coalesce(:n_stockmin, 0),
    coalesce(:n_stockmax, 0),
    coalesce(:n_pcosto, 0),
    coalesce(:n_pvf, 0),
    coalesce(:n_utilidad, 0),
    coalesce(:n_pvs, 0),
    coalesce(:n_plista, 0),
    coalesce(:f_inafecto, 0),
    nullif(:id_consignacion, 0),
    nullif(:id_laboratorio, 0),
    nullif(:id_proveedor, 0),
    coalesce(:n_dscto_1, 0),
    coalesce(:n_dscto_2, 0),
    coalesce(:f_estado, 1),
    coalesce(:n_valorizado, 0),
    :id_user_registro,
    coalesce(:d_fecha_registro, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
WHERE CASE
        WHEN coalesce(:id_laboratorio, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM CON_CONTACTO AS c WHERE c.id_contacto = :id_laboratorio AND c.f_estado = 1)
        THEN 'El campo ''id_laboratorio'' no es válido: el contacto ' || :id_laboratorio || ' no existe o está inactivo.'
        WHEN coalesce(:id_proveedor, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM CON_CONTACTO AS c WHERE c.id_contacto = :id_proveedor AND c.f_estado = 1)
        THEN 'El campo ''id_proveedor'' no es válido: el contacto ' || :id_proveedor || ' no existe o está inactivo.'
        WHEN coalesce(:f_estado, 1) = 1 AND EXISTS (SELECT 1 FROM FAR_PRODUCTO AS p WHERE p.t_descripcion = trim(:t_descripcion) AND p.f_estado = 1)
        THEN 'El campo ''t_descripcion'' no es válido: otro producto activo tiene esa descripción.'
        WHEN coalesce(:f_estado, 1) = 1 AND nullif(trim(:c_gtin), '') IS NOT NULL
            AND EXISTS (SELECT 1 FROM FAR_PRODUCTO AS p WHERE p.c_gtin = trim(:c_gtin) AND p.f_estado = 1)
        THEN 'El campo ''c_gtin'' no es válido: otro producto activo tiene el GTIN ' || trim(:c_gtin) || '.'
    END IS NULL;

-- The code of the row just written (only when the INSERT wrote one: changes() is its count).
UPDATE FAR_PRODUCTO
SET t_codigo = 'P' || CASE WHEN id_producto < 1000000 THEN substr('000000' || id_producto, -6) ELSE id_producto END
WHERE changes() = 1 AND id_producto = last_insert_rowid() AND t_codigo IS NULL;

SELECT
    CASE WHEN changes() = 1 THEN last_insert_rowid() ELSE 0 END AS Response,
    CASE WHEN changes() = 1 THEN NULL ELSE CASE
        WHEN coalesce(:id_laboratorio, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM CON_CONTACTO AS c WHERE c.id_contacto = :id_laboratorio AND c.f_estado = 1)
        THEN 'El campo ''id_laboratorio'' no es válido: el contacto ' || :id_laboratorio || ' no existe o está inactivo.'
        WHEN coalesce(:id_proveedor, 0) <> 0 AND NOT EXISTS (SELECT 1 FROM CON_CONTACTO AS c WHERE c.id_contacto = :id_proveedor AND c.f_estado = 1)
        THEN 'El campo ''id_proveedor'' no es válido: el contacto ' || :id_proveedor || ' no existe o está inactivo.'
        WHEN coalesce(:f_estado, 1) = 1 AND EXISTS (SELECT 1 FROM FAR_PRODUCTO AS p WHERE p.t_descripcion = trim(:t_descripcion) AND p.f_estado = 1)
        THEN 'El campo ''t_descripcion'' no es válido: otro producto activo tiene esa descripción.'
        WHEN coalesce(:f_estado, 1) = 1 AND nullif(trim(:c_gtin), '') IS NOT NULL
            AND EXISTS (SELECT 1 FROM FAR_PRODUCTO AS p WHERE p.c_gtin = trim(:c_gtin) AND p.f_estado = 1)
        THEN 'El campo ''c_gtin'' no es válido: otro producto activo tiene el GTIN ' || trim(:c_gtin) || '.'
    END END AS Response_t;
