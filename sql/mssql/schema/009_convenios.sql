/*
    Romsoft - SQL Server schema, version 9: insurance agreements
    ============================================================
        Romsoft.CON_CONTACTO                       insurers, EPS, employers, brokers, suppliers
        Romsoft.CVN_CATEGORIA_PAGO                 payment categories (price factors)
        Romsoft.CVN_TARIFARIO_SEGUS                the SEGUS tariff (units per service)
        Romsoft.CVN_CATEGORIA_PAGO_PRECIO          a category's explicit price for a tariff line
        Romsoft.CVN_TARIFARIO_SEGUS_PARTICIPANTE   tariff lines billed with another
        Romsoft.CVN_PLAN_SEGURO                    insurance plans
        Romsoft.CVN_PLAN_SEGURO_DETALLE            a plan's benefit lines and co-payments

    One column per input of each table's legacy Insert procedure, plus the audit columns.
    f_estado: 1 Activo, 0 Inactivo (soft delete). Money: DECIMAL. t_busqueda: the searched text
    columns as one accent- and case-insensitive computed column. The legacy duplicate checks are
    also filtered unique indexes over the active rows. ADM_ATENCION gets its foreign keys to
    plans and payment categories here. Re-runnable: every object is created only when missing.
*/

SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'Romsoft.CON_CONTACTO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CON_CONTACTO (
        id_contacto INT IDENTITY (1, 1) NOT NULL,
        id_tipo_contacto INT NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        c_codigo_sunat NVARCHAR(20) NULL,
        t_apellidos NVARCHAR(100) NULL,
        t_nombres NVARCHAR(100) NULL,
        t_razon_social NVARCHAR(200) NOT NULL,
        t_razon_comercial NVARCHAR(200) NULL,
        t_observacion NVARCHAR(500) NULL,
        t_direccion NVARCHAR(250) NULL,
        t_contacto NVARCHAR(150) NULL,
        t_actividad_economica NVARCHAR(200) NULL,
        c_telefono1 NVARCHAR(20) NULL,
        c_telefono2 NVARCHAR(20) NULL,
        t_email_ffee NVARCHAR(100) NULL,
        n_dias_credito INT NOT NULL CONSTRAINT DF_CON_CONTACTO_n_dias_credito DEFAULT (0),
        n_flag_garante INT NOT NULL CONSTRAINT DF_CON_CONTACTO_n_flag_garante DEFAULT (0),
        n_flag_contratante INT NOT NULL CONSTRAINT DF_CON_CONTACTO_n_flag_contratante DEFAULT (0),
        n_flag_proveedor INT NOT NULL CONSTRAINT DF_CON_CONTACTO_n_flag_proveedor DEFAULT (0),
        n_flag_habido INT NOT NULL CONSTRAINT DF_CON_CONTACTO_n_flag_habido DEFAULT (0),
        f_estado INT NOT NULL CONSTRAINT DF_CON_CONTACTO_f_estado DEFAULT (1),
        t_busqueda AS (
            CAST(
                c_codigo + N' ' + t_razon_social + N' ' + ISNULL(t_razon_comercial, N'')
                + N' ' + ISNULL(t_contacto, N'') + N' ' + ISNULL(t_email_ffee, N'')
                AS NVARCHAR(700)
            ) COLLATE Latin1_General_CI_AI
        ),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CON_CONTACTO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CON_CONTACTO PRIMARY KEY CLUSTERED (id_contacto),
        CONSTRAINT CK_CON_CONTACTO_f_estado CHECK (f_estado IN (0, 1)),
        CONSTRAINT CK_CON_CONTACTO_n_dias_credito CHECK (n_dias_credito >= 0),
        CONSTRAINT CK_CON_CONTACTO_flags CHECK (
            n_flag_garante IN (0, 1) AND n_flag_contratante IN (0, 1)
            AND n_flag_proveedor IN (0, 1) AND n_flag_habido IN (0, 1)
        ),
        CONSTRAINT FK_CON_CONTACTO_id_tipo_contacto
        FOREIGN KEY (id_tipo_contacto) REFERENCES Romsoft.CON_TIPO_CONTACTO (id_tipo_contacto)
    );
    -- One active contact per document number (RUC or DNI).
    CREATE UNIQUE NONCLUSTERED INDEX UX_CON_CONTACTO_codigo
    ON Romsoft.CON_CONTACTO (c_codigo) WHERE f_estado = 1;
END;
GO

IF OBJECT_ID(N'Romsoft.CVN_CATEGORIA_PAGO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CVN_CATEGORIA_PAGO (
        id_categoria_pago INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(200) NOT NULL,
        t_observacion NVARCHAR(500) NULL,
        d_fecha_i_vigencia DATETIME2(3) NULL,
        d_fecha_f_vigencia DATETIME2(3) NULL,
        n_factor_servicio DECIMAL(12, 4) NOT NULL CONSTRAINT DF_CVN_CATEGORIA_PAGO_n_factor_servicio DEFAULT (0),
        n_factor_procedimiento DECIMAL(12, 4) NOT NULL
        CONSTRAINT DF_CVN_CATEGORIA_PAGO_n_factor_procedimiento DEFAULT (0),
        n_dscto_farmacia DECIMAL(5, 2) NOT NULL CONSTRAINT DF_CVN_CATEGORIA_PAGO_n_dscto_farmacia DEFAULT (0),
        f_estado INT NOT NULL CONSTRAINT DF_CVN_CATEGORIA_PAGO_f_estado DEFAULT (1),
        t_busqueda AS (
            CAST(
                c_codigo + N' ' + t_descripcion + N' ' + ISNULL(t_observacion, N'') AS NVARCHAR(750)
            ) COLLATE Latin1_General_CI_AI
        ),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CVN_CATEGORIA_PAGO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CVN_CATEGORIA_PAGO PRIMARY KEY CLUSTERED (id_categoria_pago),
        CONSTRAINT CK_CVN_CATEGORIA_PAGO_f_estado CHECK (f_estado IN (0, 1)),
        CONSTRAINT CK_CVN_CATEGORIA_PAGO_factores CHECK (
            n_factor_servicio >= 0 AND n_factor_procedimiento >= 0
            AND n_dscto_farmacia BETWEEN 0 AND 100
        ),
        CONSTRAINT CK_CVN_CATEGORIA_PAGO_vigencia CHECK (
            d_fecha_i_vigencia IS NULL OR d_fecha_f_vigencia IS NULL OR d_fecha_i_vigencia <= d_fecha_f_vigencia
        )
    );
    CREATE UNIQUE NONCLUSTERED INDEX UX_CVN_CATEGORIA_PAGO_codigo
    ON Romsoft.CVN_CATEGORIA_PAGO (c_codigo) WHERE f_estado = 1;
END;
GO

IF OBJECT_ID(N'Romsoft.CVN_TARIFARIO_SEGUS', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CVN_TARIFARIO_SEGUS (
        id_tarifario_segus INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        c_codigo_susalud NVARCHAR(20) NULL,
        t_descripcion_esp NVARCHAR(300) NOT NULL,
        t_descripcion_eng NVARCHAR(300) NULL,
        t_observacion NVARCHAR(500) NULL,
        id_clasificacion_segus INT NULL,
        id_clasificacion_susalud INT NULL,
        id_clasificacion_susalud_od INT NULL,
        id_centro_costo INT NULL,
        id_cuenta_contable INT NULL,
        id_tipo_precio INT NULL,
        n_unidad DECIMAL(12, 2) NOT NULL CONSTRAINT DF_CVN_TARIFARIO_SEGUS_n_unidad DEFAULT (0),
        n_ayudante INT NOT NULL CONSTRAINT DF_CVN_TARIFARIO_SEGUS_n_ayudante DEFAULT (0),
        n_instrumentista INT NOT NULL CONSTRAINT DF_CVN_TARIFARIO_SEGUS_n_instrumentista DEFAULT (0),
        n_dias INT NOT NULL CONSTRAINT DF_CVN_TARIFARIO_SEGUS_n_dias DEFAULT (0),
        n_porcentaje DECIMAL(5, 2) NOT NULL CONSTRAINT DF_CVN_TARIFARIO_SEGUS_n_porcentaje DEFAULT (0),
        f_estado INT NOT NULL CONSTRAINT DF_CVN_TARIFARIO_SEGUS_f_estado DEFAULT (1),
        t_busqueda AS (
            CAST(
                c_codigo + N' ' + ISNULL(c_codigo_susalud, N'') + N' ' + t_descripcion_esp
                + N' ' + ISNULL(t_descripcion_eng, N'') AS NVARCHAR(650)
            ) COLLATE Latin1_General_CI_AI
        ),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CVN_TARIFARIO_SEGUS_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CVN_TARIFARIO_SEGUS PRIMARY KEY CLUSTERED (id_tarifario_segus),
        CONSTRAINT CK_CVN_TARIFARIO_SEGUS_f_estado CHECK (f_estado IN (0, 1)),
        CONSTRAINT CK_CVN_TARIFARIO_SEGUS_cantidades CHECK (
            n_unidad >= 0 AND n_ayudante >= 0 AND n_instrumentista >= 0 AND n_dias >= 0
            AND n_porcentaje BETWEEN 0 AND 100
        ),
        CONSTRAINT FK_CVN_TARIFARIO_SEGUS_id_clasificacion_segus
        FOREIGN KEY (id_clasificacion_segus) REFERENCES Romsoft.CVN_CLASIFICACION_SEGUS (id_clasificacion_segus),
        CONSTRAINT FK_CVN_TARIFARIO_SEGUS_id_clasificacion_susalud
        FOREIGN KEY (id_clasificacion_susalud) REFERENCES Romsoft.CVN_CLASIFICACION_SUSALUD (id_clasificacion_susalud),
        CONSTRAINT FK_CVN_TARIFARIO_SEGUS_id_clasificacion_susalud_od
        FOREIGN KEY (id_clasificacion_susalud_od)
        REFERENCES Romsoft.CVN_CLASIFICACION_SUSALUD_OD (id_clasificacion_susalud_od),
        CONSTRAINT FK_CVN_TARIFARIO_SEGUS_id_centro_costo
        FOREIGN KEY (id_centro_costo) REFERENCES Romsoft.CON_CENTRO_COSTO (id_centro_costo),
        CONSTRAINT FK_CVN_TARIFARIO_SEGUS_id_cuenta_contable
        FOREIGN KEY (id_cuenta_contable) REFERENCES Romsoft.CON_CUENTA_CONTABLE (id_cuenta_contable),
        CONSTRAINT FK_CVN_TARIFARIO_SEGUS_id_tipo_precio
        FOREIGN KEY (id_tipo_precio) REFERENCES Romsoft.CVN_TIPO_PRECIO (id_tipo_precio)
    );
    CREATE UNIQUE NONCLUSTERED INDEX UX_CVN_TARIFARIO_SEGUS_codigo
    ON Romsoft.CVN_TARIFARIO_SEGUS (c_codigo) WHERE f_estado = 1;
    -- Every row by code, deleted ones too: the seed script's NOT EXISTS looks codes up here.
    CREATE NONCLUSTERED INDEX IX_CVN_TARIFARIO_SEGUS_c_codigo
    ON Romsoft.CVN_TARIFARIO_SEGUS (c_codigo);
END;
GO

IF OBJECT_ID(N'Romsoft.CVN_CATEGORIA_PAGO_PRECIO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CVN_CATEGORIA_PAGO_PRECIO (
        id_categoria_pago_precio INT IDENTITY (1, 1) NOT NULL,
        id_categoria_pago INT NOT NULL,
        id_tarifario_segus INT NOT NULL,
        n_precio_sol DECIMAL(12, 2) NOT NULL CONSTRAINT DF_CVN_CATEGORIA_PAGO_PRECIO_n_precio_sol DEFAULT (0),
        n_precio_usd DECIMAL(12, 2) NOT NULL CONSTRAINT DF_CVN_CATEGORIA_PAGO_PRECIO_n_precio_usd DEFAULT (0),
        f_estado INT NOT NULL CONSTRAINT DF_CVN_CATEGORIA_PAGO_PRECIO_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CVN_CATEGORIA_PAGO_PRECIO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CVN_CATEGORIA_PAGO_PRECIO PRIMARY KEY CLUSTERED (id_categoria_pago_precio),
        CONSTRAINT CK_CVN_CATEGORIA_PAGO_PRECIO_f_estado CHECK (f_estado IN (0, 1)),
        CONSTRAINT CK_CVN_CATEGORIA_PAGO_PRECIO_precios CHECK (n_precio_sol >= 0 AND n_precio_usd >= 0),
        CONSTRAINT FK_CVN_CATEGORIA_PAGO_PRECIO_id_categoria_pago
        FOREIGN KEY (id_categoria_pago) REFERENCES Romsoft.CVN_CATEGORIA_PAGO (id_categoria_pago),
        CONSTRAINT FK_CVN_CATEGORIA_PAGO_PRECIO_id_tarifario_segus
        FOREIGN KEY (id_tarifario_segus) REFERENCES Romsoft.CVN_TARIFARIO_SEGUS (id_tarifario_segus)
    );
    CREATE UNIQUE NONCLUSTERED INDEX UX_CVN_CATEGORIA_PAGO_PRECIO_linea
    ON Romsoft.CVN_CATEGORIA_PAGO_PRECIO (id_categoria_pago, id_tarifario_segus) WHERE f_estado = 1;
    CREATE NONCLUSTERED INDEX IX_CVN_CATEGORIA_PAGO_PRECIO_tarifario
    ON Romsoft.CVN_CATEGORIA_PAGO_PRECIO (id_tarifario_segus);
END;
GO

IF OBJECT_ID(N'Romsoft.CVN_TARIFARIO_SEGUS_PARTICIPANTE', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CVN_TARIFARIO_SEGUS_PARTICIPANTE (
        id_tarifario_segus_participante INT IDENTITY (1, 1) NOT NULL,
        id_tarifario_segus INT NOT NULL,
        id_tarifario_segus_referencia INT NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_CVN_TARIFARIO_SEGUS_PARTICIPANTE_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL
        CONSTRAINT DF_CVN_TARIFARIO_SEGUS_PARTICIPANTE_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CVN_TARIFARIO_SEGUS_PARTICIPANTE PRIMARY KEY CLUSTERED (id_tarifario_segus_participante),
        CONSTRAINT CK_CVN_TARIFARIO_SEGUS_PARTICIPANTE_f_estado CHECK (f_estado IN (0, 1)),
        CONSTRAINT FK_CVN_TARIFARIO_SEGUS_PARTICIPANTE_id_tarifario_segus
        FOREIGN KEY (id_tarifario_segus) REFERENCES Romsoft.CVN_TARIFARIO_SEGUS (id_tarifario_segus),
        CONSTRAINT FK_CVN_TARIFARIO_SEGUS_PARTICIPANTE_referencia
        FOREIGN KEY (id_tarifario_segus_referencia) REFERENCES Romsoft.CVN_TARIFARIO_SEGUS (id_tarifario_segus)
    );
    CREATE UNIQUE NONCLUSTERED INDEX UX_CVN_TARIFARIO_SEGUS_PARTICIPANTE_par
    ON Romsoft.CVN_TARIFARIO_SEGUS_PARTICIPANTE (id_tarifario_segus, id_tarifario_segus_referencia)
    WHERE f_estado = 1;
END;
GO

IF OBJECT_ID(N'Romsoft.CVN_PLAN_SEGURO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CVN_PLAN_SEGURO (
        id_plan_seguro INT IDENTITY (1, 1) NOT NULL,
        id_contacto_garante INT NOT NULL,
        id_contacto_contratante INT NULL,
        id_categoria_pago INT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(200) NOT NULL,
        t_observacion NVARCHAR(500) NULL,
        c_codigo_iafa NVARCHAR(20) NULL,
        d_fecha_i_vigencia DATETIME2(3) NULL,
        d_fecha_f_vigencia DATETIME2(3) NULL,
        c_contrato NVARCHAR(30) NULL,
        c_certificado NVARCHAR(30) NULL,
        id_producto_plan INT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_CVN_PLAN_SEGURO_f_estado DEFAULT (1),
        t_busqueda AS (
            CAST(
                c_codigo + N' ' + t_descripcion + N' ' + ISNULL(c_contrato, N'')
                + N' ' + ISNULL(c_codigo_iafa, N'') AS NVARCHAR(300)
            ) COLLATE Latin1_General_CI_AI
        ),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CVN_PLAN_SEGURO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CVN_PLAN_SEGURO PRIMARY KEY CLUSTERED (id_plan_seguro),
        CONSTRAINT CK_CVN_PLAN_SEGURO_f_estado CHECK (f_estado IN (0, 1)),
        CONSTRAINT CK_CVN_PLAN_SEGURO_vigencia CHECK (
            d_fecha_i_vigencia IS NULL OR d_fecha_f_vigencia IS NULL OR d_fecha_i_vigencia <= d_fecha_f_vigencia
        ),
        CONSTRAINT FK_CVN_PLAN_SEGURO_garante
        FOREIGN KEY (id_contacto_garante) REFERENCES Romsoft.CON_CONTACTO (id_contacto),
        CONSTRAINT FK_CVN_PLAN_SEGURO_contratante
        FOREIGN KEY (id_contacto_contratante) REFERENCES Romsoft.CON_CONTACTO (id_contacto),
        CONSTRAINT FK_CVN_PLAN_SEGURO_id_categoria_pago
        FOREIGN KEY (id_categoria_pago) REFERENCES Romsoft.CVN_CATEGORIA_PAGO (id_categoria_pago),
        CONSTRAINT FK_CVN_PLAN_SEGURO_id_producto_plan
        FOREIGN KEY (id_producto_plan) REFERENCES Romsoft.CVN_PRODUCTO_PLAN (id_producto_plan)
    );
    -- A plan code once per guarantor among the active plans.
    CREATE UNIQUE NONCLUSTERED INDEX UX_CVN_PLAN_SEGURO_codigo
    ON Romsoft.CVN_PLAN_SEGURO (id_contacto_garante, c_codigo) WHERE f_estado = 1;
    -- The plan a SITEDS authorization names: IAFA code + product.
    CREATE NONCLUSTERED INDEX IX_CVN_PLAN_SEGURO_iafa
    ON Romsoft.CVN_PLAN_SEGURO (c_codigo_iafa, id_producto_plan);
END;
GO

IF OBJECT_ID(N'Romsoft.CVN_PLAN_SEGURO_DETALLE', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CVN_PLAN_SEGURO_DETALLE (
        id_plan_seguro_detalle BIGINT IDENTITY (1, 1) NOT NULL,
        id_plan_seguro INT NOT NULL,
        id_beneficio INT NOT NULL,
        id_moneda INT NULL,
        n_copago_fijo DECIMAL(12, 2) NOT NULL CONSTRAINT DF_CVN_PLAN_SEGURO_DETALLE_n_copago_fijo DEFAULT (0),
        n_copago_variable DECIMAL(5, 2) NOT NULL CONSTRAINT DF_CVN_PLAN_SEGURO_DETALLE_n_copago_variable DEFAULT (0),
        n_copago_variable_farmacia DECIMAL(5, 2) NOT NULL
        CONSTRAINT DF_CVN_PLAN_SEGURO_DETALLE_n_copago_variable_farmacia DEFAULT (0),
        f_estado INT NOT NULL CONSTRAINT DF_CVN_PLAN_SEGURO_DETALLE_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CVN_PLAN_SEGURO_DETALLE_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CVN_PLAN_SEGURO_DETALLE PRIMARY KEY CLUSTERED (id_plan_seguro_detalle),
        CONSTRAINT CK_CVN_PLAN_SEGURO_DETALLE_f_estado CHECK (f_estado IN (0, 1)),
        CONSTRAINT CK_CVN_PLAN_SEGURO_DETALLE_copagos CHECK (
            n_copago_fijo >= 0 AND n_copago_variable BETWEEN 0 AND 100
            AND n_copago_variable_farmacia BETWEEN 0 AND 100
        ),
        CONSTRAINT FK_CVN_PLAN_SEGURO_DETALLE_id_plan_seguro
        FOREIGN KEY (id_plan_seguro) REFERENCES Romsoft.CVN_PLAN_SEGURO (id_plan_seguro),
        CONSTRAINT FK_CVN_PLAN_SEGURO_DETALLE_id_beneficio
        FOREIGN KEY (id_beneficio) REFERENCES Romsoft.CVN_BENEFICIO (id_beneficio),
        CONSTRAINT FK_CVN_PLAN_SEGURO_DETALLE_id_moneda
        FOREIGN KEY (id_moneda) REFERENCES Romsoft.CVN_MONEDA (id_moneda)
    );
    -- A benefit once per plan among the active lines.
    CREATE UNIQUE NONCLUSTERED INDEX UX_CVN_PLAN_SEGURO_DETALLE_beneficio
    ON Romsoft.CVN_PLAN_SEGURO_DETALLE (id_plan_seguro, id_beneficio) WHERE f_estado = 1;
END;
GO

-- The attention's plan and payment category now have their tables.
IF OBJECT_ID(N'Romsoft.FK_ADM_ATENCION_id_plan_seguro', N'F') IS NULL
    ALTER TABLE Romsoft.ADM_ATENCION ADD CONSTRAINT FK_ADM_ATENCION_id_plan_seguro
    FOREIGN KEY (id_plan_seguro) REFERENCES Romsoft.CVN_PLAN_SEGURO (id_plan_seguro);
GO

IF OBJECT_ID(N'Romsoft.FK_ADM_ATENCION_id_categoria_pago', N'F') IS NULL
    ALTER TABLE Romsoft.ADM_ATENCION ADD CONSTRAINT FK_ADM_ATENCION_id_categoria_pago
    FOREIGN KEY (id_categoria_pago) REFERENCES Romsoft.CVN_CATEGORIA_PAGO (id_categoria_pago);
GO
