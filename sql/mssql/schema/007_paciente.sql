/*
    Romsoft - SQL Server schema, version 7: patients
    ================================================
        Romsoft.ADM_PACIENTE   patients

    n_historia_clinica: the clinical record number, digits the clinic assigns in sequence
    (Romsoft.p_ADM_PACIENTE_Insert takes the next one, under a range lock, when the client
    sends none); unique. t_busqueda: surnames, names, document and record number in an
    accent- and case-insensitive collation, for the searches. One document (type + number)
    per patient.
    Re-runnable: every object is created only when it is missing.
*/

SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'Romsoft.ADM_PACIENTE', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_PACIENTE (
        id_paciente INT IDENTITY (1, 1) NOT NULL,
        n_historia_clinica INT NOT NULL,
        t_apellido_paterno NVARCHAR(60) NOT NULL,
        t_apellido_materno NVARCHAR(60) NULL,
        t_nombres NVARCHAR(80) NOT NULL,
        t_paciente NVARCHAR(200) NOT NULL,
        d_fecha_nacimiento DATE NULL,
        id_genero INT NULL,
        id_estado_civil INT NULL,
        id_documento_identidad INT NULL,
        c_documento_identidad NVARCHAR(15) NULL,
        id_grupo_sanguineo INT NULL,
        id_ocupacion INT NULL,
        t_ocupacion NVARCHAR(200) NULL,
        t_email_paciente NVARCHAR(100) NULL,
        c_p_fono_casa NVARCHAR(20) NULL,
        c_p_fono_personal NVARCHAR(20) NULL,
        c_p_fono_corporativo NVARCHAR(20) NULL,
        id_ubigeo_nacimiento INT NULL,
        id_ubigeo_domicilio INT NULL,
        t_referencia NVARCHAR(250) NULL,
        t_direccion NVARCHAR(250) NULL,
        t_responsable NVARCHAR(200) NULL,
        t_email_responsable NVARCHAR(100) NULL,
        c_r_fono_casa NVARCHAR(20) NULL,
        c_r_fono_personal NVARCHAR(20) NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_PACIENTE_f_estado DEFAULT (1),
        t_busqueda AS (
            CAST(
                t_apellido_paterno + N' ' + ISNULL(t_apellido_materno, N'') + N' ' + t_nombres
                + N' ' + ISNULL(c_documento_identidad, N'') + N' ' + CAST(n_historia_clinica AS NVARCHAR(12))
                AS NVARCHAR(400)
            ) COLLATE Latin1_General_CI_AI
        ) PERSISTED,
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_PACIENTE_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_PACIENTE PRIMARY KEY CLUSTERED (id_paciente),
        CONSTRAINT UX_ADM_PACIENTE_historia UNIQUE (n_historia_clinica),
        CONSTRAINT CK_ADM_PACIENTE_historia CHECK (n_historia_clinica > 0),
        CONSTRAINT CK_ADM_PACIENTE_f_estado CHECK (f_estado IN (0, 1)),
        CONSTRAINT FK_ADM_PACIENTE_genero FOREIGN KEY (id_genero) REFERENCES Romsoft.ADM_GENERO (id_genero),
        CONSTRAINT FK_ADM_PACIENTE_estado_civil
        FOREIGN KEY (id_estado_civil) REFERENCES Romsoft.ADM_ESTADO_CIVIL (id_estado_civil),
        CONSTRAINT FK_ADM_PACIENTE_documento
        FOREIGN KEY (id_documento_identidad) REFERENCES Romsoft.ADM_DOCUMENTO_IDENTIDAD (id_documento_identidad),
        CONSTRAINT FK_ADM_PACIENTE_grupo
        FOREIGN KEY (id_grupo_sanguineo) REFERENCES Romsoft.ADM_GRUPO_SANGUINEO (id_grupo_sanguineo),
        CONSTRAINT FK_ADM_PACIENTE_ocupacion FOREIGN KEY (id_ocupacion) REFERENCES Romsoft.ADM_OCUPACION (id_ocupacion),
        CONSTRAINT FK_ADM_PACIENTE_ubigeo_nac FOREIGN KEY (id_ubigeo_nacimiento) REFERENCES Romsoft.ADM_UBIGEO (id_ubigeo),
        CONSTRAINT FK_ADM_PACIENTE_ubigeo_dom FOREIGN KEY (id_ubigeo_domicilio) REFERENCES Romsoft.ADM_UBIGEO (id_ubigeo)
    );
    CREATE UNIQUE NONCLUSTERED INDEX UX_ADM_PACIENTE_documento
    ON Romsoft.ADM_PACIENTE (id_documento_identidad, c_documento_identidad)
    WHERE c_documento_identidad IS NOT NULL;
    CREATE NONCLUSTERED INDEX IX_ADM_PACIENTE_documento_numero
    ON Romsoft.ADM_PACIENTE (c_documento_identidad);
    CREATE NONCLUSTERED INDEX IX_ADM_PACIENTE_busqueda
    ON Romsoft.ADM_PACIENTE (t_busqueda);
END;
GO
