/*
    Romsoft - SQL Server schema, version 4: the catalogs the screens fill their lists from
    ======================================================================================
        Romsoft.ADM_CONSULTORIO                  consulting rooms
        Romsoft.ADM_DOCUMENTO_IDENTIDAD          identity document types (SUNAT/RENIEC codes)
        Romsoft.ADM_DOCUMENTO_PRESTACION         service documents (SUSALUD)
        Romsoft.ADM_ESPECIALIDAD                 medical specialties
        Romsoft.ADM_ESTADO_CIVIL                 civil states
        Romsoft.ADM_FORMA_PAGO                   payment forms
        Romsoft.ADM_GRUPO_SANGUINEO              blood groups with Rh
        Romsoft.ADM_HABITACION                   hospital rooms
        Romsoft.ADM_TIPO_AFILIACION              affiliation types
        Romsoft.ADM_TIPO_ATENCION                attention types
        Romsoft.ADM_TIPO_CIE10                   diagnosis types
        Romsoft.ADM_TIPO_EGRESO                  discharge types
        Romsoft.ADM_TIPO_FILIACION               kinship types (insured holder and dependants)
        Romsoft.ADM_TIPO_HOSPITALIZACION         hospitalization types
        Romsoft.ADM_TIPO_PROFESIONAL             professional types
        Romsoft.ADM_CONDICION_PROFESIONAL        professional employment conditions
        Romsoft.CON_CENTRO_COSTO                 cost centres
        Romsoft.CON_CUENTA_CONTABLE              accounting accounts (PCGE)
        Romsoft.CON_TIPO_CONTACTO                contact types
        Romsoft.CVN_BENEFICIO                    health benefits
        Romsoft.CVN_CLASIFICACION_SEGUS          SEGUS tariff classifications
        Romsoft.CVN_CLASIFICACION_SUSALUD        SUSALUD service classifications
        Romsoft.CVN_CLASIFICACION_SUSALUD_OD     SUSALUD dental service classifications
        Romsoft.CVN_MONEDA                       currencies
        Romsoft.CVN_TIPO_PRECIO                  price types
        Romsoft.CVN_PRODUCTO_PLAN                insurance plan products
        Romsoft.FAR_CLASE                        pharmacy product classes
        Romsoft.FAR_CONSIGNACION                 consignment types
        Romsoft.FAR_FAMILIA                      pharmacological families
        Romsoft.FAR_GENERICO                     generic names (DCI)
        Romsoft.FAR_TIPIFICACION                 product typifications
        Romsoft.FAR_TIPO_PRODUCTO                product types
        Romsoft.ADM_TIPO_PACIENTE                patient types (co-payments, SITEDS)
        Romsoft.ADM_PROFESIONAL                  health professionals
        Romsoft.ADM_PROFESIONAL_ESPECIALIDAD     the specialties of each professional (RNE)

    f_estado: 1 = active, 0 = inactive (the ids of TIPO_ESTADO the desktop client sends).
    Seed rows: seed/900_datos_referencia.sql (generated from the CSV files of sql/seed).
    Re-runnable: every object is created only when it is missing.
*/

SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'Romsoft.ADM_CONSULTORIO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_CONSULTORIO (
        id_consultorio INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_CONSULTORIO_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_CONSULTORIO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_CONSULTORIO PRIMARY KEY CLUSTERED (id_consultorio),
        CONSTRAINT UX_ADM_CONSULTORIO_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_CONSULTORIO_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_DOCUMENTO_IDENTIDAD', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_DOCUMENTO_IDENTIDAD (
        id_documento_identidad INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_DOCUMENTO_IDENTIDAD_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_DOCUMENTO_IDENTIDAD_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_DOCUMENTO_IDENTIDAD PRIMARY KEY CLUSTERED (id_documento_identidad),
        CONSTRAINT UX_ADM_DOCUMENTO_IDENTIDAD_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_DOCUMENTO_IDENTIDAD_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_DOCUMENTO_PRESTACION', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_DOCUMENTO_PRESTACION (
        id_documento_prestacion INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        c_codigo_susalud NVARCHAR(10) NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_DOCUMENTO_PRESTACION_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_DOCUMENTO_PRESTACION_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_DOCUMENTO_PRESTACION PRIMARY KEY CLUSTERED (id_documento_prestacion),
        CONSTRAINT UX_ADM_DOCUMENTO_PRESTACION_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_DOCUMENTO_PRESTACION_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_ESPECIALIDAD', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_ESPECIALIDAD (
        id_especialidad INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_ESPECIALIDAD_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_ESPECIALIDAD_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_ESPECIALIDAD PRIMARY KEY CLUSTERED (id_especialidad),
        CONSTRAINT UX_ADM_ESPECIALIDAD_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_ESPECIALIDAD_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_ESTADO_CIVIL', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_ESTADO_CIVIL (
        id_estado_civil INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_ESTADO_CIVIL_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_ESTADO_CIVIL_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_ESTADO_CIVIL PRIMARY KEY CLUSTERED (id_estado_civil),
        CONSTRAINT UX_ADM_ESTADO_CIVIL_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_ESTADO_CIVIL_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_FORMA_PAGO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_FORMA_PAGO (
        id_forma_pago INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_FORMA_PAGO_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_FORMA_PAGO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_FORMA_PAGO PRIMARY KEY CLUSTERED (id_forma_pago),
        CONSTRAINT UX_ADM_FORMA_PAGO_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_FORMA_PAGO_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_GRUPO_SANGUINEO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_GRUPO_SANGUINEO (
        id_grupo_sanguineo INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_GRUPO_SANGUINEO_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_GRUPO_SANGUINEO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_GRUPO_SANGUINEO PRIMARY KEY CLUSTERED (id_grupo_sanguineo),
        CONSTRAINT UX_ADM_GRUPO_SANGUINEO_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_GRUPO_SANGUINEO_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_HABITACION', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_HABITACION (
        id_habitacion INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_HABITACION_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_HABITACION_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_HABITACION PRIMARY KEY CLUSTERED (id_habitacion),
        CONSTRAINT UX_ADM_HABITACION_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_HABITACION_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_TIPO_AFILIACION', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_TIPO_AFILIACION (
        id_tipo_afiliacion INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_TIPO_AFILIACION_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_TIPO_AFILIACION_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_TIPO_AFILIACION PRIMARY KEY CLUSTERED (id_tipo_afiliacion),
        CONSTRAINT UX_ADM_TIPO_AFILIACION_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_TIPO_AFILIACION_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_TIPO_ATENCION', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_TIPO_ATENCION (
        id_tipo_atencion INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_TIPO_ATENCION_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_TIPO_ATENCION_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_TIPO_ATENCION PRIMARY KEY CLUSTERED (id_tipo_atencion),
        CONSTRAINT UX_ADM_TIPO_ATENCION_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_TIPO_ATENCION_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_TIPO_CIE10', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_TIPO_CIE10 (
        id_tipo_cie10 INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_TIPO_CIE10_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_TIPO_CIE10_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_TIPO_CIE10 PRIMARY KEY CLUSTERED (id_tipo_cie10),
        CONSTRAINT UX_ADM_TIPO_CIE10_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_TIPO_CIE10_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_TIPO_EGRESO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_TIPO_EGRESO (
        id_tipo_egreso INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_TIPO_EGRESO_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_TIPO_EGRESO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_TIPO_EGRESO PRIMARY KEY CLUSTERED (id_tipo_egreso),
        CONSTRAINT UX_ADM_TIPO_EGRESO_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_TIPO_EGRESO_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_TIPO_FILIACION', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_TIPO_FILIACION (
        id_tipo_filiacion INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        c_codigo_susalud NVARCHAR(10) NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_TIPO_FILIACION_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_TIPO_FILIACION_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_TIPO_FILIACION PRIMARY KEY CLUSTERED (id_tipo_filiacion),
        CONSTRAINT UX_ADM_TIPO_FILIACION_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_TIPO_FILIACION_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_TIPO_HOSPITALIZACION', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_TIPO_HOSPITALIZACION (
        id_tipo_hospitalizacion INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_TIPO_HOSPITALIZACION_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_TIPO_HOSPITALIZACION_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_TIPO_HOSPITALIZACION PRIMARY KEY CLUSTERED (id_tipo_hospitalizacion),
        CONSTRAINT UX_ADM_TIPO_HOSPITALIZACION_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_TIPO_HOSPITALIZACION_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_TIPO_PROFESIONAL', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_TIPO_PROFESIONAL (
        id_tipo_profesional INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_TIPO_PROFESIONAL_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_TIPO_PROFESIONAL_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_TIPO_PROFESIONAL PRIMARY KEY CLUSTERED (id_tipo_profesional),
        CONSTRAINT UX_ADM_TIPO_PROFESIONAL_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_TIPO_PROFESIONAL_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_CONDICION_PROFESIONAL', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_CONDICION_PROFESIONAL (
        id_condicion_profesional INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_CONDICION_PROFESIONAL_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_CONDICION_PROFESIONAL_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_CONDICION_PROFESIONAL PRIMARY KEY CLUSTERED (id_condicion_profesional),
        CONSTRAINT UX_ADM_CONDICION_PROFESIONAL_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_ADM_CONDICION_PROFESIONAL_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.CON_CENTRO_COSTO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CON_CENTRO_COSTO (
        id_centro_costo INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_CON_CENTRO_COSTO_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CON_CENTRO_COSTO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CON_CENTRO_COSTO PRIMARY KEY CLUSTERED (id_centro_costo),
        CONSTRAINT UX_CON_CENTRO_COSTO_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_CON_CENTRO_COSTO_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.CON_CUENTA_CONTABLE', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CON_CUENTA_CONTABLE (
        id_cuenta_contable INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_CON_CUENTA_CONTABLE_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CON_CUENTA_CONTABLE_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CON_CUENTA_CONTABLE PRIMARY KEY CLUSTERED (id_cuenta_contable),
        CONSTRAINT UX_CON_CUENTA_CONTABLE_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_CON_CUENTA_CONTABLE_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.CON_TIPO_CONTACTO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CON_TIPO_CONTACTO (
        id_tipo_contacto INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_CON_TIPO_CONTACTO_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CON_TIPO_CONTACTO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CON_TIPO_CONTACTO PRIMARY KEY CLUSTERED (id_tipo_contacto),
        CONSTRAINT UX_CON_TIPO_CONTACTO_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_CON_TIPO_CONTACTO_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.CVN_BENEFICIO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CVN_BENEFICIO (
        id_beneficio INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_CVN_BENEFICIO_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CVN_BENEFICIO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CVN_BENEFICIO PRIMARY KEY CLUSTERED (id_beneficio),
        CONSTRAINT UX_CVN_BENEFICIO_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_CVN_BENEFICIO_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.CVN_CLASIFICACION_SEGUS', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CVN_CLASIFICACION_SEGUS (
        id_clasificacion_segus INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_CVN_CLASIFICACION_SEGUS_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CVN_CLASIFICACION_SEGUS_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CVN_CLASIFICACION_SEGUS PRIMARY KEY CLUSTERED (id_clasificacion_segus),
        CONSTRAINT UX_CVN_CLASIFICACION_SEGUS_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_CVN_CLASIFICACION_SEGUS_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.CVN_CLASIFICACION_SUSALUD', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CVN_CLASIFICACION_SUSALUD (
        id_clasificacion_susalud INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_CVN_CLASIFICACION_SUSALUD_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CVN_CLASIFICACION_SUSALUD_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CVN_CLASIFICACION_SUSALUD PRIMARY KEY CLUSTERED (id_clasificacion_susalud),
        CONSTRAINT UX_CVN_CLASIFICACION_SUSALUD_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_CVN_CLASIFICACION_SUSALUD_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.CVN_CLASIFICACION_SUSALUD_OD', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CVN_CLASIFICACION_SUSALUD_OD (
        id_clasificacion_susalud_od INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_CVN_CLASIFICACION_SUSALUD_OD_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CVN_CLASIFICACION_SUSALUD_OD_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CVN_CLASIFICACION_SUSALUD_OD PRIMARY KEY CLUSTERED (id_clasificacion_susalud_od),
        CONSTRAINT UX_CVN_CLASIFICACION_SUSALUD_OD_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_CVN_CLASIFICACION_SUSALUD_OD_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.CVN_MONEDA', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CVN_MONEDA (
        id_moneda INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_CVN_MONEDA_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CVN_MONEDA_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CVN_MONEDA PRIMARY KEY CLUSTERED (id_moneda),
        CONSTRAINT UX_CVN_MONEDA_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_CVN_MONEDA_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.CVN_TIPO_PRECIO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CVN_TIPO_PRECIO (
        id_tipo_precio INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_CVN_TIPO_PRECIO_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CVN_TIPO_PRECIO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CVN_TIPO_PRECIO PRIMARY KEY CLUSTERED (id_tipo_precio),
        CONSTRAINT UX_CVN_TIPO_PRECIO_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_CVN_TIPO_PRECIO_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.CVN_PRODUCTO_PLAN', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.CVN_PRODUCTO_PLAN (
        id_producto_plan INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        c_codigo_iafa NVARCHAR(10) NULL,
        f_estado INT NOT NULL CONSTRAINT DF_CVN_PRODUCTO_PLAN_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_CVN_PRODUCTO_PLAN_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_CVN_PRODUCTO_PLAN PRIMARY KEY CLUSTERED (id_producto_plan),
        CONSTRAINT UX_CVN_PRODUCTO_PLAN_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_CVN_PRODUCTO_PLAN_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.FAR_CLASE', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.FAR_CLASE (
        id_clase INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_FAR_CLASE_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_FAR_CLASE_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_FAR_CLASE PRIMARY KEY CLUSTERED (id_clase),
        CONSTRAINT UX_FAR_CLASE_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_FAR_CLASE_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.FAR_CONSIGNACION', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.FAR_CONSIGNACION (
        id_consignacion INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_FAR_CONSIGNACION_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_FAR_CONSIGNACION_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_FAR_CONSIGNACION PRIMARY KEY CLUSTERED (id_consignacion),
        CONSTRAINT UX_FAR_CONSIGNACION_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_FAR_CONSIGNACION_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.FAR_FAMILIA', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.FAR_FAMILIA (
        id_familia INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_FAR_FAMILIA_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_FAR_FAMILIA_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_FAR_FAMILIA PRIMARY KEY CLUSTERED (id_familia),
        CONSTRAINT UX_FAR_FAMILIA_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_FAR_FAMILIA_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.FAR_GENERICO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.FAR_GENERICO (
        id_generico INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_FAR_GENERICO_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_FAR_GENERICO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_FAR_GENERICO PRIMARY KEY CLUSTERED (id_generico),
        CONSTRAINT UX_FAR_GENERICO_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_FAR_GENERICO_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.FAR_TIPIFICACION', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.FAR_TIPIFICACION (
        id_tipificacion INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_FAR_TIPIFICACION_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_FAR_TIPIFICACION_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_FAR_TIPIFICACION PRIMARY KEY CLUSTERED (id_tipificacion),
        CONSTRAINT UX_FAR_TIPIFICACION_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_FAR_TIPIFICACION_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.FAR_TIPO_PRODUCTO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.FAR_TIPO_PRODUCTO (
        id_tipo_producto INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_FAR_TIPO_PRODUCTO_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_FAR_TIPO_PRODUCTO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_FAR_TIPO_PRODUCTO PRIMARY KEY CLUSTERED (id_tipo_producto),
        CONSTRAINT UX_FAR_TIPO_PRODUCTO_c_codigo UNIQUE (c_codigo),
        CONSTRAINT CK_FAR_TIPO_PRODUCTO_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO
IF OBJECT_ID(N'Romsoft.ADM_TIPO_PACIENTE', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_TIPO_PACIENTE (
        id_tipo_paciente INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NOT NULL,
        t_descripcion NVARCHAR(250) NOT NULL,
        id_moneda INT NULL,
        n_copago_variable DECIMAL(5, 2) NOT NULL CONSTRAINT DF_ADM_TIPO_PACIENTE_copago DEFAULT (0),
        n_copago_variable_far DECIMAL(5, 2) NOT NULL CONSTRAINT DF_ADM_TIPO_PACIENTE_copago_far DEFAULT (0),
        f_siteds INT NOT NULL CONSTRAINT DF_ADM_TIPO_PACIENTE_siteds DEFAULT (0),
        f_estado INT NOT NULL CONSTRAINT DF_ADM_TIPO_PACIENTE_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_TIPO_PACIENTE_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_TIPO_PACIENTE PRIMARY KEY CLUSTERED (id_tipo_paciente),
        CONSTRAINT UX_ADM_TIPO_PACIENTE_c_codigo UNIQUE (c_codigo),
        CONSTRAINT FK_ADM_TIPO_PACIENTE_moneda FOREIGN KEY (id_moneda) REFERENCES Romsoft.CVN_MONEDA (id_moneda),
        CONSTRAINT CK_ADM_TIPO_PACIENTE_copago CHECK (n_copago_variable BETWEEN 0 AND 100),
        CONSTRAINT CK_ADM_TIPO_PACIENTE_copago_far CHECK (n_copago_variable_far BETWEEN 0 AND 100),
        CONSTRAINT CK_ADM_TIPO_PACIENTE_siteds CHECK (f_siteds IN (0, 1)),
        CONSTRAINT CK_ADM_TIPO_PACIENTE_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_PROFESIONAL', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_PROFESIONAL (
        id_profesional INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NULL,
        t_apellidos NVARCHAR(100) NOT NULL,
        t_nombres NVARCHAR(100) NOT NULL,
        t_direccion NVARCHAR(250) NULL,
        t_observacion NVARCHAR(500) NULL,
        d_fecha_nace DATE NULL,
        id_genero INT NULL,
        id_tipo_documento INT NULL,
        c_numero_documento NVARCHAR(20) NULL,
        id_especialidad INT NULL,
        c_nro_especialidad NVARCHAR(20) NULL,
        id_tipo_profesional INT NULL,
        c_colegiatura NVARCHAR(20) NULL,
        id_condicion_profesional INT NULL,
        c_telefono_1 NVARCHAR(20) NULL,
        c_telefono_2 NVARCHAR(20) NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_PROFESIONAL_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_PROFESIONAL_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_PROFESIONAL PRIMARY KEY CLUSTERED (id_profesional),
        CONSTRAINT FK_ADM_PROFESIONAL_genero FOREIGN KEY (id_genero) REFERENCES Romsoft.ADM_GENERO (id_genero),
        CONSTRAINT FK_ADM_PROFESIONAL_documento
        FOREIGN KEY (id_tipo_documento) REFERENCES Romsoft.ADM_DOCUMENTO_IDENTIDAD (id_documento_identidad),
        CONSTRAINT FK_ADM_PROFESIONAL_especialidad
        FOREIGN KEY (id_especialidad) REFERENCES Romsoft.ADM_ESPECIALIDAD (id_especialidad),
        CONSTRAINT FK_ADM_PROFESIONAL_tipo
        FOREIGN KEY (id_tipo_profesional) REFERENCES Romsoft.ADM_TIPO_PROFESIONAL (id_tipo_profesional),
        CONSTRAINT FK_ADM_PROFESIONAL_condicion
        FOREIGN KEY (id_condicion_profesional) REFERENCES Romsoft.ADM_CONDICION_PROFESIONAL (id_condicion_profesional),
        CONSTRAINT CK_ADM_PROFESIONAL_f_estado CHECK (f_estado IN (0, 1))
    );
    CREATE UNIQUE NONCLUSTERED INDEX UX_ADM_PROFESIONAL_c_codigo
    ON Romsoft.ADM_PROFESIONAL (c_codigo) WHERE c_codigo IS NOT NULL;
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_PROFESIONAL_ESPECIALIDAD', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_PROFESIONAL_ESPECIALIDAD (
        id_profesional INT NOT NULL,
        id_especialidad INT NOT NULL,
        c_nro_especialidad NVARCHAR(20) NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_PROFESIONAL_ESPECIALIDAD_f_estado DEFAULT (1),
        CONSTRAINT PK_ADM_PROFESIONAL_ESPECIALIDAD PRIMARY KEY CLUSTERED (id_profesional, id_especialidad),
        CONSTRAINT FK_ADM_PROFESIONAL_ESPECIALIDAD_prof
        FOREIGN KEY (id_profesional) REFERENCES Romsoft.ADM_PROFESIONAL (id_profesional),
        CONSTRAINT FK_ADM_PROFESIONAL_ESPECIALIDAD_esp
        FOREIGN KEY (id_especialidad) REFERENCES Romsoft.ADM_ESPECIALIDAD (id_especialidad),
        CONSTRAINT CK_ADM_PROFESIONAL_ESPECIALIDAD_f_estado CHECK (f_estado IN (0, 1))
    );
END;
GO
