/*
    Romsoft - SQL Server schema, version 10: SITEDS insurance authorizations
    ========================================================================
        Romsoft.ADM_DOCUMENTO_AUTORIZACION_TYPE   the legacy table type of the SITEDS fields
        Romsoft.ADM_DOCUMENTO_AUTORIZACION        an authorization as brought to the desk

    The table has one column per column of the table type (names as the legacy procedure
    p_ADM_DOCUMENTO_AUTORIZACION_Insert knew them), plus what we resolved from it: the patient
    (by document), plan, payment category, benefit, currency, co-payments, and the attention it
    opened (id_atencion; NULL when only the authorization was recorded). f_estado: 1 Activo,
    0 Inactivo. An authorization code once among the active rows.
    Re-runnable: every object is created only when it is missing.
*/

SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF TYPE_ID(N'Romsoft.ADM_DOCUMENTO_AUTORIZACION_TYPE') IS NULL
    CREATE TYPE Romsoft.ADM_DOCUMENTO_AUTORIZACION_TYPE AS TABLE (
        c_cod_iafa NVARCHAR(10) NULL,
        c_cod_asegurado NVARCHAR(30) NULL,
        c_cod_autorizacion NVARCHAR(30) NULL,
        d_fecha_autorizacion DATETIME2(3) NULL,
        c_cod_ipress NVARCHAR(20) NULL,
        c_ruc_ipress NVARCHAR(11) NULL,
        t_nombre_paciente NVARCHAR(200) NULL,
        c_cod_sexo NVARCHAR(2) NULL,
        d_fecha_nacimiento DATETIME2(3) NULL,
        c_cod_paciente NVARCHAR(5) NULL,
        c_numero_paciente NVARCHAR(20) NULL,
        n_numero_edad NVARCHAR(5) NULL,
        t_apellido_paterno NVARCHAR(200) NULL,
        t_apellido_materno NVARCHAR(200) NULL,
        t_nombres_completo NVARCHAR(200) NULL,
        c_cod_asegurado_titular NVARCHAR(30) NULL,
        t_nombre_titular NVARCHAR(200) NULL,
        c_cod_doc_titular NVARCHAR(30) NULL,
        c_numero_doc_titular NVARCHAR(30) NULL,
        c_cod_tipo_filiacion NVARCHAR(30) NULL,
        c_des_tipo_afiliacion NVARCHAR(30) NULL,
        c_cod_cobertura NVARCHAR(30) NULL,
        c_cod_subcobertura NVARCHAR(30) NULL,
        t_des_beneficio NVARCHAR(200) NULL,
        c_cod_producto NVARCHAR(30) NULL,
        t_des_producto NVARCHAR(200) NULL,
        c_cod_tplan NVARCHAR(5) NULL,
        t_des_tplan NVARCHAR(200) NULL,
        c_cod_tafiliacion NVARCHAR(30) NULL,
        t_des_tafiliacion NVARCHAR(200) NULL,
        c_num_poliza NVARCHAR(30) NULL,
        c_num_plan NVARCHAR(30) NULL,
        c_cod_contratante NVARCHAR(30) NULL,
        c_cod_contratante_abr NVARCHAR(30) NULL,
        c_num_contratante NVARCHAR(30) NULL,
        t_des_contratante NVARCHAR(200) NULL,
        d_ini_vigencia DATETIME2(3) NULL,
        d_fin_vigencia DATETIME2(3) NULL,
        d_incldate DATETIME2(3) NULL,
        c_cod_moneda NVARCHAR(5) NULL,
        c_num_copago_fijo NVARCHAR(20) NULL,
        c_num_copago_variable NVARCHAR(20) NULL,
        c_cod_servicio NVARCHAR(30) NULL,
        c_num_ip NVARCHAR(50) NULL,
        f_estado NVARCHAR(5) NULL
    );
GO

IF OBJECT_ID(N'Romsoft.ADM_DOCUMENTO_AUTORIZACION', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.ADM_DOCUMENTO_AUTORIZACION (
        id_documento_autorizacion INT IDENTITY (1, 1) NOT NULL,
        c_cod_iafa NVARCHAR(10) NULL,
        c_cod_asegurado NVARCHAR(30) NULL,
        c_cod_autorizacion NVARCHAR(30) NOT NULL,
        d_fecha_autorizacion DATETIME2(3) NULL,
        c_cod_ipress NVARCHAR(20) NULL,
        c_ruc_ipress NVARCHAR(11) NULL,
        t_nombre_paciente NVARCHAR(200) NULL,
        c_cod_sexo NVARCHAR(2) NULL,
        d_fecha_nacimiento DATETIME2(3) NULL,
        c_cod_paciente NVARCHAR(5) NULL,
        c_numero_paciente NVARCHAR(20) NULL,
        n_numero_edad NVARCHAR(5) NULL,
        t_apellido_paterno NVARCHAR(200) NULL,
        t_apellido_materno NVARCHAR(200) NULL,
        t_nombres_completo NVARCHAR(200) NULL,
        c_cod_asegurado_titular NVARCHAR(30) NULL,
        t_nombre_titular NVARCHAR(200) NULL,
        c_cod_doc_titular NVARCHAR(30) NULL,
        c_numero_doc_titular NVARCHAR(30) NULL,
        c_cod_tipo_filiacion NVARCHAR(30) NULL,
        c_des_tipo_afiliacion NVARCHAR(30) NULL,
        c_cod_cobertura NVARCHAR(30) NULL,
        c_cod_subcobertura NVARCHAR(30) NULL,
        t_des_beneficio NVARCHAR(200) NULL,
        c_cod_producto NVARCHAR(30) NULL,
        t_des_producto NVARCHAR(200) NULL,
        c_cod_tplan NVARCHAR(5) NULL,
        t_des_tplan NVARCHAR(200) NULL,
        c_cod_tafiliacion NVARCHAR(30) NULL,
        t_des_tafiliacion NVARCHAR(200) NULL,
        c_num_poliza NVARCHAR(30) NULL,
        c_num_plan NVARCHAR(30) NULL,
        c_cod_contratante NVARCHAR(30) NULL,
        c_cod_contratante_abr NVARCHAR(30) NULL,
        c_num_contratante NVARCHAR(30) NULL,
        t_des_contratante NVARCHAR(200) NULL,
        d_ini_vigencia DATETIME2(3) NULL,
        d_fin_vigencia DATETIME2(3) NULL,
        d_incldate DATETIME2(3) NULL,
        c_cod_moneda NVARCHAR(5) NULL,
        c_num_copago_fijo NVARCHAR(20) NULL,
        c_num_copago_variable NVARCHAR(20) NULL,
        c_cod_servicio NVARCHAR(30) NULL,
        c_num_ip NVARCHAR(50) NULL,
        id_paciente INT NULL,
        id_plan_seguro INT NULL,
        id_categoria_pago INT NULL,
        id_beneficio INT NULL,
        id_producto_plan INT NULL,
        id_tipo_filiacion INT NULL,
        id_tipo_afiliacion INT NULL,
        id_moneda INT NULL,
        n_copago_fijo DECIMAL(12, 2) NOT NULL CONSTRAINT DF_ADM_DOCUMENTO_AUTORIZACION_n_copago_fijo DEFAULT (0),
        n_copago_variable DECIMAL(5, 2) NOT NULL CONSTRAINT DF_ADM_DOCUMENTO_AUTORIZACION_n_copago_variable DEFAULT (0),
        id_atencion INT NULL,
        f_estado INT NOT NULL CONSTRAINT DF_ADM_DOCUMENTO_AUTORIZACION_f_estado DEFAULT (1),
        id_user_registro INT NULL,
        d_fecha_registro DATETIME2(3) NOT NULL CONSTRAINT DF_ADM_DOCUMENTO_AUTORIZACION_fecha DEFAULT (SYSDATETIME()),
        id_user_modifica INT NULL,
        d_fecha_modifica DATETIME2(3) NULL,
        CONSTRAINT PK_ADM_DOCUMENTO_AUTORIZACION PRIMARY KEY CLUSTERED (id_documento_autorizacion),
        CONSTRAINT CK_ADM_DOCUMENTO_AUTORIZACION_f_estado CHECK (f_estado IN (0, 1)),
        CONSTRAINT FK_ADM_DOCUMENTO_AUTORIZACION_id_paciente
        FOREIGN KEY (id_paciente) REFERENCES Romsoft.ADM_PACIENTE (id_paciente),
        CONSTRAINT FK_ADM_DOCUMENTO_AUTORIZACION_id_plan_seguro
        FOREIGN KEY (id_plan_seguro) REFERENCES Romsoft.CVN_PLAN_SEGURO (id_plan_seguro),
        CONSTRAINT FK_ADM_DOCUMENTO_AUTORIZACION_id_categoria_pago
        FOREIGN KEY (id_categoria_pago) REFERENCES Romsoft.CVN_CATEGORIA_PAGO (id_categoria_pago),
        CONSTRAINT FK_ADM_DOCUMENTO_AUTORIZACION_id_beneficio
        FOREIGN KEY (id_beneficio) REFERENCES Romsoft.CVN_BENEFICIO (id_beneficio),
        CONSTRAINT FK_ADM_DOCUMENTO_AUTORIZACION_id_producto_plan
        FOREIGN KEY (id_producto_plan) REFERENCES Romsoft.CVN_PRODUCTO_PLAN (id_producto_plan),
        CONSTRAINT FK_ADM_DOCUMENTO_AUTORIZACION_id_tipo_filiacion
        FOREIGN KEY (id_tipo_filiacion) REFERENCES Romsoft.ADM_TIPO_FILIACION (id_tipo_filiacion),
        CONSTRAINT FK_ADM_DOCUMENTO_AUTORIZACION_id_tipo_afiliacion
        FOREIGN KEY (id_tipo_afiliacion) REFERENCES Romsoft.ADM_TIPO_AFILIACION (id_tipo_afiliacion),
        CONSTRAINT FK_ADM_DOCUMENTO_AUTORIZACION_id_moneda
        FOREIGN KEY (id_moneda) REFERENCES Romsoft.CVN_MONEDA (id_moneda),
        CONSTRAINT FK_ADM_DOCUMENTO_AUTORIZACION_id_atencion
        FOREIGN KEY (id_atencion) REFERENCES Romsoft.ADM_ATENCION (id_atencion)
    );
    CREATE UNIQUE NONCLUSTERED INDEX UX_ADM_DOCUMENTO_AUTORIZACION_codigo
    ON Romsoft.ADM_DOCUMENTO_AUTORIZACION (c_cod_autorizacion) WHERE f_estado = 1;
    CREATE NONCLUSTERED INDEX IX_ADM_DOCUMENTO_AUTORIZACION_paciente
    ON Romsoft.ADM_DOCUMENTO_AUTORIZACION (id_paciente);
    CREATE NONCLUSTERED INDEX IX_ADM_DOCUMENTO_AUTORIZACION_atencion
    ON Romsoft.ADM_DOCUMENTO_AUTORIZACION (id_atencion);
END;
GO
