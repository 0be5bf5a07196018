/*
    Romsoft - SQL Server schema, version 12: billing receipts (and the legacy Prueba pair)
    =====================================================================================
        Romsoft.FAC_COMPROBANTE_DET_TYPE   the legacy table type of a receipt's lines
        Romsoft.EstructuraDetalle          the legacy table type of Prueba/addDetalle's lines
        Romsoft.FAC_TIPO_COMPROBANTE       receipt types by SUNAT code (01 factura, 03 boleta)
        Romsoft.FAC_SERIE                  the series of each type and its last number
        Romsoft.FAC_DOCUMENTO_PAGO         a receipt's header
        Romsoft.FAC_DOCUMENTO_PAGO_DET     its lines
        Romsoft.PRU_CABECERA / PRU_DETALLE what Prueba/addDetalle writes

    The header has one column per input of p_FAC_COMPROBANTE_Insert, but @id_documento_pago,
    which names the receipt type as in the legacy client (its combo of payment documents), is
    stored as id_tipo_comprobante; id_tipo_documento is the customer's identity document type
    (NULL = none). Plus its series and number (unique together), the attention's patient and
    the audit columns; f_estado 1 Emitido, 0 Anulado. A line has one column per column of the
    table type, plus its number (n_item) and whether it is inafecto (no IGV). The number of a
    receipt is taken from FAC_SERIE inside the insert's transaction (UPDATE ... WITH (UPDLOCK,
    HOLDLOCK) on the series row): no gaps, no duplicates. Money DECIMAL(12, 2), never negative;
    quantities DECIMAL(12, 4) > 0. The table types carry an n_item IDENTITY column (not filled by
    the API), so the lines keep the order they were sent in.
    Re-runnable: every object is created only when missing.
*/

SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF TYPE_ID(N'Romsoft.FAC_COMPROBANTE_DET_TYPE') IS NULL
    CREATE TYPE Romsoft.FAC_COMPROBANTE_DET_TYPE AS TABLE (
        n_item INT IDENTITY (1, 1) NOT NULL,
        id_tarifario_segus NVARCHAR(20) NULL,
        t_tarifario_segus NVARCHAR(500) NULL,
        c_codigo_segus NVARCHAR(20) NULL,
        id_clasificacion_segus NVARCHAR(20) NULL,
        t_clasificacion_segus NVARCHAR(250) NULL,
        n_precio DECIMAL(18, 4) NULL,
        n_cantidad DECIMAL(18, 4) NULL,
        n_subtotal DECIMAL(18, 4) NULL,
        n_descuento DECIMAL(18, 4) NULL,
        n_total DECIMAL(18, 4) NULL
    );
GO

IF TYPE_ID(N'Romsoft.EstructuraDetalle') IS NULL
    CREATE TYPE Romsoft.EstructuraDetalle AS TABLE (
        n_item INT IDENTITY (1, 1) NOT NULL,
        CodVale NVARCHAR(50) NULL,
        id_cabecera NVARCHAR(20) NULL,
        Descripcion NVARCHAR(200) NULL,
        Fecha DATETIME2(3) NULL,
        CostoTotal DECIMAL(18, 4) NULL,
        f_estado INT NULL
    );
GO

IF OBJECT_ID(N'Romsoft.FAC_TIPO_COMPROBANTE', N'U') IS NULL
    CREATE TABLE Romsoft.FAC_TIPO_COMPROBANTE (
        id_tipo_comprobante INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(2) NOT NULL,
        t_descripcion NVARCHAR(100) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_FAC_TIPO_COMPROBANTE_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_FAC_TIPO_COMPROBANTE_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_FAC_TIPO_COMPROBANTE PRIMARY KEY CLUSTERED (id_tipo_comprobante),
        CONSTRAINT UX_FAC_TIPO_COMPROBANTE_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_FAC_TIPO_COMPROBANTE_f_estado CHECK (f_estado IN (0, 1))
    );
GO

IF OBJECT_ID(N'Romsoft.FAC_SERIE', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.FAC_SERIE (
        id_serie INT IDENTITY (1, 1) NOT NULL,
        c_serie NVARCHAR(4) NOT NULL,
        id_tipo_comprobante INT NOT NULL,
        n_ultimo INT NOT NULL CONSTRAINT DF_FAC_SERIE_n_ultimo DEFAULT (0),
        f_estado INT NOT NULL CONSTRAINT DF_FAC_SERIE_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_FAC_SERIE_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_FAC_SERIE PRIMARY KEY CLUSTERED (id_serie),
        CONSTRAINT UX_FAC_SERIE_c_serie UNIQUE (c_serie),
        CONSTRAINT CK_FAC_SERIE_f_estado CHECK (f_estado IN (0, 1)),
        CONSTRAINT CK_FAC_SERIE_c_serie CHECK (LEN(c_serie) = 4),
        CONSTRAINT CK_FAC_SERIE_n_ultimo CHECK (n_ultimo BETWEEN 0 AND 99999999),
        CONSTRAINT FK_FAC_SERIE_id_tipo_comprobante
        FOREIGN KEY (id_tipo_comprobante) REFERENCES Romsoft.FAC_TIPO_COMPROBANTE (id_tipo_comprobante)
    );
    CREATE NONCLUSTERED INDEX IX_FAC_SERIE_tipo ON Romsoft.FAC_SERIE (id_tipo_comprobante, f_estado);
END;
GO

IF OBJECT_ID(N'Romsoft.FAC_DOCUMENTO_PAGO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.FAC_DOCUMENTO_PAGO (
        id_documento_pago INT IDENTITY (1, 1) NOT NULL,
        id_tipo_comprobante INT NOT NULL,
        c_serie NVARCHAR(4) NOT NULL,
        n_numero INT NOT NULL,
        id_atencion INT NOT NULL,
        id_paciente INT NOT NULL,
        id_tipo_documento INT NULL,
        c_numero_de_documento NVARCHAR(20) NULL,
        t_direccion NVARCHAR(200) NULL,
        t_paciente NVARCHAR(200) NOT NULL,
        d_fecha_emis DATETIME2(3) NOT NULL,
        id_condicion_pago INT NOT NULL,
        id_moneda INT NOT NULL,
        n_porcen_igv DECIMAL(5, 2) NOT NULL,
        n_porcen_descu DECIMAL(5, 2) NOT NULL CONSTRAINT DF_FAC_DOCUMENTO_PAGO_n_porcen_descu DEFAULT (0),
        n_total_bruto DECIMAL(12, 2) NOT NULL,
        n_total_descuento DECIMAL(12, 2) NOT NULL CONSTRAINT DF_FAC_DOCUMENTO_PAGO_n_total_descuento DEFAULT (0),
        n_total_anticipo DECIMAL(12, 2) NOT NULL CONSTRAINT DF_FAC_DOCUMENTO_PAGO_n_total_anticipo DEFAULT (0),
        n_total_gravada DECIMAL(12, 2) NOT NULL,
        n_total_no_gravada DECIMAL(12, 2) NOT NULL,
        n_total_icbper DECIMAL(12, 2) NOT NULL CONSTRAINT DF_FAC_DOCUMENTO_PAGO_n_total_icbper DEFAULT (0),
        n_total_impuesto DECIMAL(12, 2) NOT NULL,
        n_total_neto DECIMAL(12, 2) NOT NULL,
        t_observacion NVARCHAR(500) NULL,
        f_estado INT NOT NULL CONSTRAINT DF_FAC_DOCUMENTO_PAGO_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_FAC_DOCUMENTO_PAGO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_FAC_DOCUMENTO_PAGO PRIMARY KEY CLUSTERED (id_documento_pago),
        CONSTRAINT UX_FAC_DOCUMENTO_PAGO_numero UNIQUE (c_serie, n_numero),
        CONSTRAINT CK_FAC_DOCUMENTO_PAGO_f_estado CHECK (f_estado IN (0, 1)),
        CONSTRAINT CK_FAC_DOCUMENTO_PAGO_n_numero CHECK (n_numero > 0),
        CONSTRAINT CK_FAC_DOCUMENTO_PAGO_porcentajes CHECK (n_porcen_igv >= 0 AND n_porcen_igv < 100 AND n_porcen_descu BETWEEN 0 AND 100),
        CONSTRAINT CK_FAC_DOCUMENTO_PAGO_importes CHECK (
            n_total_bruto >= 0 AND n_total_descuento >= 0 AND n_total_anticipo >= 0 AND n_total_gravada >= 0
            AND n_total_no_gravada >= 0 AND n_total_icbper >= 0 AND n_total_impuesto >= 0 AND n_total_neto >= 0
        ),
        CONSTRAINT FK_FAC_DOCUMENTO_PAGO_id_tipo_comprobante
        FOREIGN KEY (id_tipo_comprobante) REFERENCES Romsoft.FAC_TIPO_COMPROBANTE (id_tipo_comprobante),
        CONSTRAINT FK_FAC_DOCUMENTO_PAGO_id_tipo_documento
        FOREIGN KEY (id_tipo_documento) REFERENCES Romsoft.ADM_DOCUMENTO_IDENTIDAD (id_documento_identidad),
        CONSTRAINT FK_FAC_DOCUMENTO_PAGO_c_serie
        FOREIGN KEY (c_serie) REFERENCES Romsoft.FAC_SERIE (c_serie),
        CONSTRAINT FK_FAC_DOCUMENTO_PAGO_id_atencion
        FOREIGN KEY (id_atencion) REFERENCES Romsoft.ADM_ATENCION (id_atencion),
        CONSTRAINT FK_FAC_DOCUMENTO_PAGO_id_paciente
        FOREIGN KEY (id_paciente) REFERENCES Romsoft.ADM_PACIENTE (id_paciente),
        CONSTRAINT FK_FAC_DOCUMENTO_PAGO_id_condicion_pago
        FOREIGN KEY (id_condicion_pago) REFERENCES Romsoft.ADM_FORMA_PAGO (id_forma_pago),
        CONSTRAINT FK_FAC_DOCUMENTO_PAGO_id_moneda
        FOREIGN KEY (id_moneda) REFERENCES Romsoft.CVN_MONEDA (id_moneda)
    );
    CREATE NONCLUSTERED INDEX IX_FAC_DOCUMENTO_PAGO_atencion ON Romsoft.FAC_DOCUMENTO_PAGO (id_atencion);
    CREATE NONCLUSTERED INDEX IX_FAC_DOCUMENTO_PAGO_documento ON Romsoft.FAC_DOCUMENTO_PAGO (c_numero_de_documento);
END;
GO

IF OBJECT_ID(N'Romsoft.FAC_DOCUMENTO_PAGO_DET', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.FAC_DOCUMENTO_PAGO_DET (
        id_documento_pago_det INT IDENTITY (1, 1) NOT NULL,
        id_documento_pago INT NOT NULL,
        n_item INT NOT NULL,
        id_tarifario_segus INT NOT NULL,
        t_tarifario_segus NVARCHAR(500) NULL,
        c_codigo_segus NVARCHAR(20) NULL,
        id_clasificacion_segus INT NULL,
        t_clasificacion_segus NVARCHAR(250) NULL,
        n_precio DECIMAL(12, 2) NOT NULL,
        n_cantidad DECIMAL(12, 4) NOT NULL,
        n_subtotal DECIMAL(12, 2) NOT NULL,
        n_descuento DECIMAL(12, 2) NOT NULL CONSTRAINT DF_FAC_DOCUMENTO_PAGO_DET_n_descuento DEFAULT (0),
        n_total DECIMAL(12, 2) NOT NULL,
        f_inafecto INT NOT NULL CONSTRAINT DF_FAC_DOCUMENTO_PAGO_DET_f_inafecto DEFAULT (0),
        f_estado INT NOT NULL CONSTRAINT DF_FAC_DOCUMENTO_PAGO_DET_f_estado DEFAULT (1),
        CONSTRAINT PK_FAC_DOCUMENTO_PAGO_DET PRIMARY KEY CLUSTERED (id_documento_pago_det),
        CONSTRAINT UX_FAC_DOCUMENTO_PAGO_DET_item UNIQUE (id_documento_pago, n_item),
        CONSTRAINT CK_FAC_DOCUMENTO_PAGO_DET_flags CHECK (f_inafecto IN (0, 1) AND f_estado IN (0, 1)),
        CONSTRAINT CK_FAC_DOCUMENTO_PAGO_DET_importes CHECK (
            n_item > 0 AND n_precio >= 0 AND n_cantidad > 0 AND n_subtotal >= 0 AND n_descuento >= 0 AND n_total >= 0
        ),
        CONSTRAINT FK_FAC_DOCUMENTO_PAGO_DET_id_documento_pago
        FOREIGN KEY (id_documento_pago) REFERENCES Romsoft.FAC_DOCUMENTO_PAGO (id_documento_pago),
        CONSTRAINT FK_FAC_DOCUMENTO_PAGO_DET_id_tarifario_segus
        FOREIGN KEY (id_tarifario_segus) REFERENCES Romsoft.CVN_TARIFARIO_SEGUS (id_tarifario_segus),
        CONSTRAINT FK_FAC_DOCUMENTO_PAGO_DET_id_clasificacion_segus
        FOREIGN KEY (id_clasificacion_segus) REFERENCES Romsoft.CVN_CLASIFICACION_SEGUS (id_clasificacion_segus)
    );
    CREATE NONCLUSTERED INDEX IX_FAC_DOCUMENTO_PAGO_DET_tarifario ON Romsoft.FAC_DOCUMENTO_PAGO_DET (id_tarifario_segus);
END;
GO

IF OBJECT_ID(N'Romsoft.PRU_CABECERA', N'U') IS NULL
    CREATE TABLE Romsoft.PRU_CABECERA (
        id_cabecera INT IDENTITY (1, 1) NOT NULL,
        t_descripcion NVARCHAR(200) NULL,
        f_estado INT NOT NULL CONSTRAINT DF_PRU_CABECERA_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_PRU_CABECERA_fecha DEFAULT (SYSDATETIME()),
        CONSTRAINT PK_PRU_CABECERA PRIMARY KEY CLUSTERED (id_cabecera)
    );
GO

IF OBJECT_ID(N'Romsoft.PRU_DETALLE', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.PRU_DETALLE (
        id_detalle INT IDENTITY (1, 1) NOT NULL,
        id_cabecera INT NOT NULL,
        c_cod_vale NVARCHAR(50) NULL,
        t_descripcion NVARCHAR(200) NULL,
        d_fecha DATETIME2(3) NULL,
        n_costo_total DECIMAL(12, 2) NOT NULL CONSTRAINT DF_PRU_DETALLE_n_costo_total DEFAULT (0),
        f_estado INT NOT NULL CONSTRAINT DF_PRU_DETALLE_f_estado DEFAULT (1),
        CONSTRAINT PK_PRU_DETALLE PRIMARY KEY CLUSTERED (id_detalle),
        CONSTRAINT CK_PRU_DETALLE_n_costo_total CHECK (n_costo_total >= 0),
        CONSTRAINT FK_PRU_DETALLE_id_cabecera
        FOREIGN KEY (id_cabecera) REFERENCES Romsoft.PRU_CABECERA (id_cabecera)
    );
    CREATE NONCLUSTERED INDEX IX_PRU_DETALLE_cabecera ON Romsoft.PRU_DETALLE (id_cabecera);
END;
GO
