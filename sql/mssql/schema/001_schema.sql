/*
    Romsoft - SQL Server schema, version 1
    =======================================
    Creates the schema Romsoft and the tables the Romsoft API needs:

        Romsoft.SEG_ROL         roles
        Romsoft.SEG_USUARIO     users and their password hashes (bcrypt)
        Romsoft.TIPO_ESTADO     the states a table's records may take
        Romsoft.Log             audit log written by the API
        Romsoft.SCHEMA_VERSION  schema version the API checks at start-up

    Re-runnable: every object is created only when it is missing. An existing table is never
    altered, dropped or re-created, so running this file against a database that already holds
    these tables (for example a legacy ROMSOFT-CLINICA database) changes nothing for them.
    Indexes and constraints are created together with their table.

    Requires SQL Server 2016 SP1 or later. Run it before the procedure and seed scripts
    (install_all.sql does this in the right order).
*/

SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- Schema ------------------------------------------------------------------------------------------
-- CREATE SCHEMA must be alone in its batch, hence the EXEC of a constant string.
IF SCHEMA_ID(N'Romsoft') IS NULL
    EXEC (N'CREATE SCHEMA Romsoft AUTHORIZATION dbo');
GO

-- Romsoft.SEG_ROL: roles ---------------------------------------------------------------------------
IF OBJECT_ID(N'Romsoft.SEG_ROL', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.SEG_ROL (
        id_rol INT IDENTITY (1, 1) NOT NULL,
        rol NVARCHAR(50) NOT NULL,
        descripcion NVARCHAR(200) NULL,
        estado CHAR(1) NOT NULL CONSTRAINT DF_SEG_ROL_estado DEFAULT ('A'),
        usuario_registro NVARCHAR(50) NULL,
        fecha_registro DATETIME2(3) NOT NULL
        CONSTRAINT DF_SEG_ROL_fecha_registro DEFAULT (SYSDATETIME()),
        usuario_modifica NVARCHAR(50) NULL,
        fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_SEG_ROL PRIMARY KEY CLUSTERED (id_rol),
        CONSTRAINT UQ_SEG_ROL_rol UNIQUE (rol),
        CONSTRAINT CK_SEG_ROL_estado CHECK (estado IN ('A', 'I'))
    );
END;
GO

-- Romsoft.SEG_USUARIO: users -----------------------------------------------------------------------
-- clave holds the bcrypt hash computed by the API; the database never sees a plain password.
IF OBJECT_ID(N'Romsoft.SEG_USUARIO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.SEG_USUARIO (
        id_usuario INT IDENTITY (1, 1) NOT NULL,
        id_rol INT NULL,
        usuario NVARCHAR(50) NOT NULL,
        clave NVARCHAR(200) NULL,
        apellidos NVARCHAR(100) NULL,
        nombres NVARCHAR(100) NULL,
        nro_documento VARCHAR(20) NULL,
        sexo CHAR(1) NULL,
        email NVARCHAR(150) NULL,
        celular VARCHAR(20) NULL,
        estado CHAR(1) NOT NULL CONSTRAINT DF_SEG_USUARIO_estado DEFAULT ('A'),
        usuario_registro NVARCHAR(50) NULL,
        fecha_registro DATETIME2(3) NOT NULL
        CONSTRAINT DF_SEG_USUARIO_fecha_registro DEFAULT (SYSDATETIME()),
        usuario_modifica NVARCHAR(50) NULL,
        fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_SEG_USUARIO PRIMARY KEY CLUSTERED (id_usuario),
        CONSTRAINT FK_SEG_USUARIO_SEG_ROL FOREIGN KEY (id_rol)
        REFERENCES Romsoft.SEG_ROL (id_rol),
        CONSTRAINT CK_SEG_USUARIO_estado CHECK (estado IN ('A', 'I'))
    );

    -- Login names are unique. With a case-insensitive database collation (the usual one)
    -- this also rejects names that differ only in case.
    CREATE UNIQUE NONCLUSTERED INDEX UX_SEG_USUARIO_usuario
    ON Romsoft.SEG_USUARIO (usuario);

    CREATE NONCLUSTERED INDEX IX_SEG_USUARIO_apellidos
    ON Romsoft.SEG_USUARIO (apellidos);

    CREATE NONCLUSTERED INDEX IX_SEG_USUARIO_id_rol
    ON Romsoft.SEG_USUARIO (id_rol);
END;
GO

-- Romsoft.TIPO_ESTADO: states per table (tabla = table name) ---------------------------------------
IF OBJECT_ID(N'Romsoft.TIPO_ESTADO', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.TIPO_ESTADO (
        tabla VARCHAR(60) NOT NULL,
        id_estado INT NOT NULL,
        estado NVARCHAR(50) NOT NULL,
        CONSTRAINT PK_TIPO_ESTADO PRIMARY KEY CLUSTERED (tabla, id_estado)
    );
END;
GO

-- Romsoft.Log: audit log ---------------------------------------------------------------------------
-- One row per audited API action (written through Romsoft.Log_Insert).
IF OBJECT_ID(N'Romsoft.Log', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.[Log] (
        id_log BIGINT IDENTITY (1, 1) NOT NULL,
        fecha DATETIME2(3) NOT NULL CONSTRAINT DF_Log_fecha DEFAULT (SYSDATETIME()),
        DireccionIP VARCHAR(45) NULL,
        Usuario NVARCHAR(100) NULL,
        Mensaje NVARCHAR(MAX) NULL,
        Controlador NVARCHAR(100) NULL,
        Accion NVARCHAR(100) NULL,
        Objeto NVARCHAR(MAX) NULL,
        Identificador INT NULL,
        CONSTRAINT PK_Log PRIMARY KEY CLUSTERED (id_log)
    );

    CREATE NONCLUSTERED INDEX IX_Log_fecha
    ON Romsoft.[Log] (fecha);
END;
GO

-- Romsoft.SCHEMA_VERSION: installed schema versions ------------------------------------------------
-- The API reads SELECT MAX(version) FROM Romsoft.SCHEMA_VERSION at start-up and refuses to start
-- when it differs from the version it was built for. Rows are added by the seed script.
IF OBJECT_ID(N'Romsoft.SCHEMA_VERSION', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.SCHEMA_VERSION (
        version INT NOT NULL,
        descripcion NVARCHAR(200) NOT NULL,
        aplicado_en DATETIME2(3) NOT NULL
        CONSTRAINT DF_SCHEMA_VERSION_aplicado_en DEFAULT (SYSDATETIME()),
        CONSTRAINT PK_SCHEMA_VERSION PRIMARY KEY CLUSTERED (version)
    );
END;
GO
