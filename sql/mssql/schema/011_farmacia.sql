/*
    Romsoft - SQL Server schema, version 11: pharmacy products
    ==========================================================
        Romsoft.FAR_PRODUCTO    the pharmacy's products (medicines, supplies)

    One column per input of the legacy procedure p_FAR_PRODUCTO_Insert, plus t_codigo (the
    product code: P and the id, P000123, unless another was given with Update) and the audit
    columns. Catalog ids 0 (not chosen) are stored as NULL; id_tipo_producto is required;
    id_laboratorio and id_proveedor are contacts (CON_CONTACTO). Money, stock quantities and
    discounts: DECIMAL(12, 2) / DECIMAL(5, 2), never negative, discounts 0-100, minimum stock
    not above the maximum. f_estado: 1 Activo, 0 Inactivo. One active product per description
    and per GTIN, one product per code (filtered unique indexes, so two concurrent Adds cannot
    both write). IX_FAR_PRODUCTO_descripcion serves the product search by description.
    Re-runnable: every object is created only when missing.
*/

SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'Romsoft.FAR_PRODUCTO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.FAR_PRODUCTO (
        id_producto INT IDENTITY (1, 1) NOT NULL,
        t_codigo NVARCHAR(20) NULL,
        t_descripcion NVARCHAR(200) NOT NULL,
        t_presentacion NVARCHAR(100) NULL,
        t_rutaimagen NVARCHAR(500) NULL,
        id_tipo_producto INT NOT NULL,
        id_clase INT NULL,
        id_generico INT NULL,
        id_familia INT NULL,
        id_tipificacion INT NULL,
        c_gtin NVARCHAR(14) NULL,
        c_unspsc NVARCHAR(8) NULL,
        n_stockmin DECIMAL(12, 2) NOT NULL CONSTRAINT DF_FAR_PRODUCTO_n_stockmin DEFAULT (0),
        n_stockmax DECIMAL(12, 2) NOT NULL CONSTRAINT DF_FAR_PRODUCTO_n_stockmax DEFAULT (0),
        n_pcosto DECIMAL(12, 2) NOT NULL CONSTRAINT DF_FAR_PRODUCTO_n_pcosto DEFAULT (0),
        n_pvf DECIMAL(12, 2) NOT NULL CONSTRAINT DF_FAR_PRODUCTO_n_pvf DEFAULT (0),
        n_utilidad DECIMAL(12, 2) NOT NULL CONSTRAINT DF_FAR_PRODUCTO_n_utilidad DEFAULT (0),
        n_pvs DECIMAL(12, 2) NOT NULL CONSTRAINT DF_FAR_PRODUCTO_n_pvs DEFAULT (0),
        n_plista DECIMAL(12, 2) NOT NULL CONSTRAINT DF_FAR_PRODUCTO_n_plista DEFAULT (0),
        f_inafecto INT NOT NULL CONSTRAINT DF_FAR_PRODUCTO_f_inafecto DEFAULT (0),
        id_consignacion INT NULL,
        id_laboratorio INT NULL,
        id_proveedor INT NULL,
        n_dscto_1 DECIMAL(5, 2) NOT NULL CONSTRAINT DF_FAR_PRODUCTO_n_dscto_1 DEFAULT (0),
        n_dscto_2 DECIMAL(5, 2) NOT NULL CONSTRAINT DF_FAR_PRODUCTO_n_dscto_2 DEFAULT (0),
        f_estado INT NOT NULL CONSTRAINT DF_FAR_PRODUCTO_f_estado DEFAULT (1),
        n_valorizado INT NOT NULL CONSTRAINT DF_FAR_PRODUCTO_n_valorizado DEFAULT (0),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_FAR_PRODUCTO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_FAR_PRODUCTO PRIMARY KEY CLUSTERED (id_producto),
        CONSTRAINT CK_FAR_PRODUCTO_f_estado CHECK (f_estado IN (0, 1)),
        CONSTRAINT CK_FAR_PRODUCTO_flags CHECK (f_inafecto IN (0, 1) AND n_valorizado IN (0, 1)),
        CONSTRAINT CK_FAR_PRODUCTO_c_unspsc CHECK (c_unspsc IS NULL OR (LEN(c_unspsc) = 8 AND c_unspsc NOT LIKE N'%[^0-9]%')),
        CONSTRAINT CK_FAR_PRODUCTO_importes CHECK (
            n_stockmin >= 0 AND n_stockmax >= 0 AND n_stockmin <= n_stockmax
            AND n_pcosto >= 0 AND n_pvf >= 0 AND n_utilidad >= 0 AND n_pvs >= 0 AND n_plista >= 0
        ),
        CONSTRAINT CK_FAR_PRODUCTO_descuentos CHECK (n_dscto_1 BETWEEN 0 AND 100 AND n_dscto_2 BETWEEN 0 AND 100),
        CONSTRAINT FK_FAR_PRODUCTO_id_tipo_producto
        FOREIGN KEY (id_tipo_producto) REFERENCES Romsoft.FAR_TIPO_PRODUCTO (id_tipo_producto),
        CONSTRAINT FK_FAR_PRODUCTO_id_clase
        FOREIGN KEY (id_clase) REFERENCES Romsoft.FAR_CLASE (id_clase),
        CONSTRAINT FK_FAR_PRODUCTO_id_generico
        FOREIGN KEY (id_generico) REFERENCES Romsoft.FAR_GENERICO (id_generico),
        CONSTRAINT FK_FAR_PRODUCTO_id_familia
        FOREIGN KEY (id_familia) REFERENCES Romsoft.FAR_FAMILIA (id_familia),
        CONSTRAINT FK_FAR_PRODUCTO_id_tipificacion
        FOREIGN KEY (id_tipificacion) REFERENCES Romsoft.FAR_TIPIFICACION (id_tipificacion),
        CONSTRAINT FK_FAR_PRODUCTO_id_consignacion
        FOREIGN KEY (id_consignacion) REFERENCES Romsoft.FAR_CONSIGNACION (id_consignacion),
        CONSTRAINT FK_FAR_PRODUCTO_id_laboratorio
        FOREIGN KEY (id_laboratorio) REFERENCES Romsoft.CON_CONTACTO (id_contacto),
        CONSTRAINT FK_FAR_PRODUCTO_id_proveedor
        FOREIGN KEY (id_proveedor) REFERENCES Romsoft.CON_CONTACTO (id_contacto)
    );
    CREATE UNIQUE NONCLUSTERED INDEX UX_FAR_PRODUCTO_codigo
    ON Romsoft.FAR_PRODUCTO (t_codigo) WHERE t_codigo IS NOT NULL;
    CREATE UNIQUE NONCLUSTERED INDEX UX_FAR_PRODUCTO_descripcion
    ON Romsoft.FAR_PRODUCTO (t_descripcion) WHERE f_estado = 1;
    CREATE UNIQUE NONCLUSTERED INDEX UX_FAR_PRODUCTO_gtin
    ON Romsoft.FAR_PRODUCTO (c_gtin) WHERE f_estado = 1 AND c_gtin IS NOT NULL;
    -- The product search: by description, active or not.
    CREATE NONCLUSTERED INDEX IX_FAR_PRODUCTO_descripcion
    ON Romsoft.FAR_PRODUCTO (t_descripcion) INCLUDE (t_codigo, f_estado);
END;
GO
