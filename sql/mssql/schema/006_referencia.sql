/*
    Romsoft - SQL Server schema, version 6: reference catalogs
    ==========================================================
        Romsoft.ADM_CIE10    CIE-10 (ICD-10 in Spanish): chapters, groups, categories, subcategories
        Romsoft.ADM_UBIGEO   UBIGEO (INEI): Peru's districts

    Their rows come from the CSV files of sql/seed through seed/900_datos_referencia.sql (generated).
    CIE-10 codes are stored without the dot ('J450' is J45.0); chapters and groups are ranges
    ('A00-B99'). n_nivel: depth in the classification (0 = chapter); c_codigo_padre: the code of
    the nearest enclosing entry. UBIGEO codes: 6 digits, 2 department + 2 province + 2 district.
    The search procedures compare texts with the Latin1_General_CI_AI collation (case and
    accents ignored), whatever the database collation is.

    f_estado: 1 = active, 0 = inactive.
    Re-runnable: every object is created only when it is missing (an existing table, such as
    the legacy one, is never altered).
*/

SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'Romsoft.ADM_CIE10', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_CIE10 (
        id_cie10 INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(10) NOT NULL,
        t_descripcion NVARCHAR(300) NOT NULL,
        n_nivel INT NULL,
        c_codigo_padre NVARCHAR(10) NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_CIE10_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_CIE10_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_CIE10 PRIMARY KEY CLUSTERED (id_cie10),
        CONSTRAINT UX_ADM_CIE10_c_codigo UNIQUE (c_codigo)
    );
END;
GO

-- t_pais defaults to 'Peru' with its accent: NCHAR(250) is the letter u with an acute accent.
IF OBJECT_ID(N'Romsoft.ADM_UBIGEO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_UBIGEO (
        id_ubigeo INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(10) NOT NULL,
        t_pais NVARCHAR(60) NOT NULL CONSTRAINT DF_ADM_UBIGEO_t_pais DEFAULT (CONCAT(N'Per', NCHAR(250))),
        t_departamento NVARCHAR(100) NOT NULL,
        t_provincia NVARCHAR(100) NOT NULL,
        t_distrito NVARCHAR(100) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_UBIGEO_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_UBIGEO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_UBIGEO PRIMARY KEY CLUSTERED (id_ubigeo),
        CONSTRAINT UX_ADM_UBIGEO_c_codigo UNIQUE (c_codigo)
    );
END;
GO
