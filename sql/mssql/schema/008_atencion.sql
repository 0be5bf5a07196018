/*
    Romsoft - SQL Server schema, version 8: attentions
    ==================================================
        Romsoft.ADM_ATENCION   the attention a receptionist opens for a patient

    One column per input of Romsoft.p_ADM_ATENCION_Insert, plus the discharge columns
    GetById reads (d_fecha_egreso, c_hora_egreso, id_tipo_egreso). d_fecha_registro: the
    attention's date and time; id_user_registro, id_user_modifica, d_fecha_modifica: audit.
    f_estado: the TIPO_ESTADO ids of ADM_ATENCION (1 Registrado, 2 Atendido, 0 Anulado).
    id_plan_seguro, id_categoria_pago, id_hospitalizacion, id_tipo_facturacion: plain INT
    without a foreign key, their tables do not exist yet (the insurance issue adds them).
    Re-runnable: every object is created only when it is missing.
*/

SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'Romsoft.ADM_ATENCION', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_ATENCION (
        id_atencion INT IDENTITY (1, 1) NOT NULL,
        id_paciente INT NOT NULL,
        id_tipo_paciente INT NULL,
        id_tipo_atencion INT NOT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_ATENCION_fecha DEFAULT (SYSDATETIME()),
        c_hora_registro NVARCHAR(8) NULL,
        n_paciente_derivado INT NULL,
        id_plan_seguro INT NULL,
        id_categoria_pago INT NULL,
        c_codigo_asegurado NVARCHAR(30) NULL,
        c_contrato NVARCHAR(30) NULL,
        id_beneficio INT NULL,
        id_documento_prestacion1 INT NULL,
        c_documento_prestacion1 NVARCHAR(30) NULL,
        d_fecha_autorizacion1 DATETIME2(3) NULL,
        id_documento_prestacion2 INT NULL,
        c_documento_prestacion2 NVARCHAR(30) NULL,
        d_fecha_autorizacion2 DATETIME2(3) NULL,
        id_tipo_filiacion INT NULL,
        t_nombre_titular NVARCHAR(200) NULL,
        id_tipo_afiliacion INT NULL,
        id_moneda INT NULL,
        n_copago_fijo DECIMAL(12, 2) NULL,
        n_copago_variable DECIMAL(12, 2) NULL,
        n_copago_variable_far DECIMAL(12, 2) NULL,
        id_producto_plan INT NULL,
        n_limite_cobertura DECIMAL(12, 2) NULL,
        id_tipo_diagnostico INT NULL,
        id_diagnostico INT NULL,
        c_numero_placa NVARCHAR(10) NULL,
        n_deja_denuncia INT NOT NULL CONSTRAINT DF_ADM_ATENCION_n_deja_denuncia DEFAULT (0),
        n_deja_carta INT NOT NULL CONSTRAINT DF_ADM_ATENCION_n_deja_carta DEFAULT (0),
        t_observacion_accidente NVARCHAR(500) NULL,
        id_profesional INT NULL,
        id_hospitalizacion INT NULL,
        t_observacion_general NVARCHAR(500) NULL,
        d_fecha_cierre DATETIME2(3) NULL,
        c_hora_cierre NVARCHAR(8) NULL,
        id_tipo_facturacion INT NULL,
        n_a_no_gravado DECIMAL(12, 2) NOT NULL CONSTRAINT DF_ADM_ATENCION_n_a_no_gravado DEFAULT (0),
        n_a_gravado DECIMAL(12, 2) NOT NULL CONSTRAINT DF_ADM_ATENCION_n_a_gravado DEFAULT (0),
        n_a_impuesto DECIMAL(12, 2) NOT NULL CONSTRAINT DF_ADM_ATENCION_n_a_impuesto DEFAULT (0),
        n_a_total DECIMAL(12, 2) NOT NULL CONSTRAINT DF_ADM_ATENCION_n_a_total DEFAULT (0),
        n_p_no_gravado DECIMAL(12, 2) NOT NULL CONSTRAINT DF_ADM_ATENCION_n_p_no_gravado DEFAULT (0),
        n_p_gravado DECIMAL(12, 2) NOT NULL CONSTRAINT DF_ADM_ATENCION_n_p_gravado DEFAULT (0),
        n_p_impuesto DECIMAL(12, 2) NOT NULL CONSTRAINT DF_ADM_ATENCION_n_p_impuesto DEFAULT (0),
        n_p_total DECIMAL(12, 2) NOT NULL CONSTRAINT DF_ADM_ATENCION_n_p_total DEFAULT (0),
        n_g_no_gravado DECIMAL(12, 2) NOT NULL CONSTRAINT DF_ADM_ATENCION_n_g_no_gravado DEFAULT (0),
        n_g_gravado DECIMAL(12, 2) NOT NULL CONSTRAINT DF_ADM_ATENCION_n_g_gravado DEFAULT (0),
        n_g_impuesto DECIMAL(12, 2) NOT NULL CONSTRAINT DF_ADM_ATENCION_n_g_impuesto DEFAULT (0),
        n_g_total DECIMAL(12, 2) NOT NULL CONSTRAINT DF_ADM_ATENCION_n_g_total DEFAULT (0),
        f_estado INT NOT NULL CONSTRAINT DF_ADM_ATENCION_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        d_fecha_hospitalizacion DATETIME2(3) NULL,
        c_hora_hospitalizacion NVARCHAR(8) NULL,
        id_habitacion INT NULL,
        d_fecha_egreso DATETIME2(3) NULL,
        c_hora_egreso NVARCHAR(8) NULL,
        id_tipo_egreso INT NULL,
        CONSTRAINT PK_ADM_ATENCION PRIMARY KEY CLUSTERED (id_atencion),
        CONSTRAINT CK_ADM_ATENCION_f_estado CHECK (f_estado IN (0, 1, 2)),
        CONSTRAINT CK_ADM_ATENCION_n_deja_denuncia CHECK (n_deja_denuncia IN (0, 1)),
        CONSTRAINT CK_ADM_ATENCION_n_deja_carta CHECK (n_deja_carta IN (0, 1)),
        CONSTRAINT FK_ADM_ATENCION_id_paciente
        FOREIGN KEY (id_paciente) REFERENCES Romsoft.ADM_PACIENTE (id_paciente),
        CONSTRAINT FK_ADM_ATENCION_id_tipo_paciente
        FOREIGN KEY (id_tipo_paciente) REFERENCES Romsoft.ADM_TIPO_PACIENTE (id_tipo_paciente),
        CONSTRAINT FK_ADM_ATENCION_id_tipo_atencion
        FOREIGN KEY (id_tipo_atencion) REFERENCES Romsoft.ADM_TIPO_ATENCION (id_tipo_atencion),
        CONSTRAINT FK_ADM_ATENCION_id_beneficio
        FOREIGN KEY (id_beneficio) REFERENCES Romsoft.CVN_BENEFICIO (id_beneficio),
        CONSTRAINT FK_ADM_ATENCION_id_documento_prestacion1
        FOREIGN KEY (id_documento_prestacion1) REFERENCES Romsoft.ADM_DOCUMENTO_PRESTACION (id_documento_prestacion),
        CONSTRAINT FK_ADM_ATENCION_id_documento_prestacion2
        FOREIGN KEY (id_documento_prestacion2) REFERENCES Romsoft.ADM_DOCUMENTO_PRESTACION (id_documento_prestacion),
        CONSTRAINT FK_ADM_ATENCION_id_tipo_filiacion
        FOREIGN KEY (id_tipo_filiacion) REFERENCES Romsoft.ADM_TIPO_FILIACION (id_tipo_filiacion),
        CONSTRAINT FK_ADM_ATENCION_id_tipo_afiliacion
        FOREIGN KEY (id_tipo_afiliacion) REFERENCES Romsoft.ADM_TIPO_AFILIACION (id_tipo_afiliacion),
        CONSTRAINT FK_ADM_ATENCION_id_moneda
        FOREIGN KEY (id_moneda) REFERENCES Romsoft.CVN_MONEDA (id_moneda),
        CONSTRAINT FK_ADM_ATENCION_id_producto_plan
        FOREIGN KEY (id_producto_plan) REFERENCES Romsoft.CVN_PRODUCTO_PLAN (id_producto_plan),
        CONSTRAINT FK_ADM_ATENCION_id_tipo_diagnostico
        FOREIGN KEY (id_tipo_diagnostico) REFERENCES Romsoft.ADM_TIPO_CIE10 (id_tipo_cie10),
        CONSTRAINT FK_ADM_ATENCION_id_diagnostico
        FOREIGN KEY (id_diagnostico) REFERENCES Romsoft.ADM_CIE10 (id_cie10),
        CONSTRAINT FK_ADM_ATENCION_id_profesional
        FOREIGN KEY (id_profesional) REFERENCES Romsoft.ADM_PROFESIONAL (id_profesional),
        CONSTRAINT FK_ADM_ATENCION_id_habitacion
        FOREIGN KEY (id_habitacion) REFERENCES Romsoft.ADM_HABITACION (id_habitacion),
        CONSTRAINT FK_ADM_ATENCION_id_tipo_egreso
        FOREIGN KEY (id_tipo_egreso) REFERENCES Romsoft.ADM_TIPO_EGRESO (id_tipo_egreso)
    );
    -- A patient's attentions by date (GetAllPaciente).
    CREATE NONCLUSTERED INDEX IX_ADM_ATENCION_paciente_fecha
    ON Romsoft.ADM_ATENCION (id_paciente, d_fecha_registro);
    -- Pending attentions by date (f_estado = 1 Registrado).
    CREATE NONCLUSTERED INDEX IX_ADM_ATENCION_estado_fecha
    ON Romsoft.ADM_ATENCION (f_estado, d_fecha_registro);
    -- A professional's attentions by date.
    CREATE NONCLUSTERED INDEX IX_ADM_ATENCION_profesional_fecha
    ON Romsoft.ADM_ATENCION (id_profesional, d_fecha_registro);
END;
GO
