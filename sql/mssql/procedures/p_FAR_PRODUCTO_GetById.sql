/*
    Romsoft.p_FAR_PRODUCTO_GetById
    One product by id, whatever its state. No row: no such product. Ids not chosen (NULL) read
    as 0; c_unspsc (8 digits) as a number.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_FAR_PRODUCTO_GetById
    @id_producto INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        p.id_producto AS id_producto,
        p.t_descripcion AS t_descripcion,
        p.t_presentacion AS t_presentacion,
        p.t_rutaimagen AS t_rutaimagen,
        p.id_tipo_producto AS id_tipo_producto,
        ISNULL(p.id_clase, 0) AS id_clase,
        ISNULL(p.id_generico, 0) AS id_generico,
        ISNULL(p.id_familia, 0) AS id_familia,
        ISNULL(p.id_tipificacion, 0) AS id_tipificacion,
        p.c_gtin AS c_gtin,
        TRY_CAST(p.c_unspsc AS DECIMAL(8, 0)) AS c_unspsc,
        p.n_stockmin AS n_stockmin,
        p.n_stockmax AS n_stockmax,
        p.n_pcosto AS n_pcosto,
        p.n_pvf AS n_pvf,
        p.n_utilidad AS n_utilidad,
        p.n_pvs AS n_pvs,
        p.n_plista AS n_plista,
        p.f_inafecto AS f_inafecto,
        ISNULL(p.id_consignacion, 0) AS id_consignacion,
        ISNULL(p.id_laboratorio, 0) AS id_laboratorio,
        ISNULL(p.id_proveedor, 0) AS id_proveedor,
        p.n_dscto_1 AS n_dscto_1,
        p.n_dscto_2 AS n_dscto_2,
        p.f_estado AS f_estado,
        p.n_valorizado AS n_valorizado
    FROM Romsoft.FAR_PRODUCTO AS p
    WHERE p.id_producto = @id_producto;
END;
GO
