/*
    Romsoft - SQL Server schema, version 2: admission catalogs
    ==========================================================
        Romsoft.ADM_GENERO      sexes (gender catalog)
        Romsoft.ADM_OCUPACION   occupations

    f_estado: 1 = active, 0 = inactive (the ids of TIPO_ESTADO the desktop client sends).
    Re-runnable: every object is created only when it is missing.
*/

SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'Romsoft.ADM_GENERO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_GENERO (
        id_genero INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(10) NOT NULL,
        t_descripcion NVARCHAR(100) NOT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_GENERO_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_GENERO_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_GENERO PRIMARY KEY CLUSTERED (id_genero),
        CONSTRAINT UX_ADM_GENERO_c_codigo UNIQUE (c_codigo)
    );
END;
GO

IF OBJECT_ID(N'Romsoft.ADM_OCUPACION', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_OCUPACION (
        id_ocupacion INT IDENTITY (1, 1) NOT NULL,
        c_codigo NVARCHAR(20) NULL,
        t_descripcion NVARCHAR(200) NOT NULL,
        t_observacion NVARCHAR(500) NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_OCUPACION_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_OCUPACION_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_OCUPACION PRIMARY KEY CLUSTERED (id_ocupacion)
    );
    CREATE UNIQUE NONCLUSTERED INDEX UX_ADM_OCUPACION_t_descripcion
    ON Romsoft.ADM_OCUPACION (t_descripcion);
END;
GO
