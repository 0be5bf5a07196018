-- Romsoft - SQLite schema, migration 0010 (SITEDS insurance authorizations)
-- The embedded SQLite dialect of sql/mssql/schema/010_autorizacion.sql.
--
-- ADM_DOCUMENTO_AUTORIZACION: an insurer's authorization (SUSALUD SITEDS) as the receptionist
-- brought it to the desk. One column per column of the legacy table type
-- Romsoft.ADM_DOCUMENTO_AUTORIZACION_TYPE (the SITEDS fields, names as the legacy procedure
-- p_ADM_DOCUMENTO_AUTORIZACION_Insert knew them), plus what we resolved from it: the patient
-- (by document), the plan, payment category, benefit, currency and co-payments, and the
-- attention it opened (id_atencion; NULL when only the authorization was recorded).
-- f_estado: 1 Activo, 0 Inactivo. An authorization code once among the active rows.

CREATE TABLE IF NOT EXISTS ADM_DOCUMENTO_AUTORIZACION (
    id_documento_autorizacion INTEGER PRIMARY KEY AUTOINCREMENT,
    c_cod_iafa TEXT,
    c_cod_asegurado TEXT,
    c_cod_autorizacion TEXT NOT NULL,
    d_fecha_autorizacion TEXT,
    c_cod_ipress TEXT,
    c_ruc_ipress TEXT,
    t_nombre_paciente TEXT,
    c_cod_sexo TEXT,
    d_fecha_nacimiento TEXT,
    c_cod_paciente TEXT,
    c_numero_paciente TEXT,
    n_numero_edad TEXT,
    t_apellido_paterno TEXT,
    t_apellido_materno TEXT,
    t_nombres_completo TEXT,
    c_cod_asegurado_titular TEXT,
    t_nombre_titular TEXT,
    c_cod_doc_titular TEXT,
    c_numero_doc_titular TEXT,
    c_cod_tipo_filiacion TEXT,
    c_des_tipo_afiliacion TEXT,
    c_cod_cobertura TEXT,
    c_cod_subcobertura TEXT,
    t_des_beneficio TEXT,
    c_cod_producto TEXT,
    t_des_producto TEXT,
    c_cod_tplan TEXT,
    t_des_tplan TEXT,
    c_cod_tafiliacion TEXT,
    t_des_tafiliacion TEXT,
    c_num_poliza TEXT,
    c_num_plan TEXT,
    c_cod_contratante TEXT,
    c_cod_contratante_abr TEXT,
    c_num_contratante TEXT,
    t_des_contratante TEXT,
    d_ini_vigencia TEXT,
    d_fin_vigencia TEXT,
    d_incldate TEXT,
    c_cod_moneda TEXT,
    c_num_copago_fijo TEXT,
    c_num_copago_variable TEXT,
    c_cod_servicio TEXT,
    c_num_ip TEXT,
    id_paciente INTEGER REFERENCES ADM_PACIENTE (id_paciente),
    id_plan_seguro INTEGER REFERENCES CVN_PLAN_SEGURO (id_plan_seguro),
    id_categoria_pago INTEGER REFERENCES CVN_CATEGORIA_PAGO (id_categoria_pago),
    id_beneficio INTEGER REFERENCES CVN_BENEFICIO (id_beneficio),
    id_producto_plan INTEGER REFERENCES CVN_PRODUCTO_PLAN (id_producto_plan),
    id_tipo_filiacion INTEGER REFERENCES ADM_TIPO_FILIACION (id_tipo_filiacion),
    id_tipo_afiliacion INTEGER REFERENCES ADM_TIPO_AFILIACION (id_tipo_afiliacion),
    id_moneda INTEGER REFERENCES CVN_MONEDA (id_moneda),
    n_copago_fijo NUMERIC NOT NULL DEFAULT 0,
    n_copago_variable NUMERIC NOT NULL DEFAULT 0,
    id_atencion INTEGER REFERENCES ADM_ATENCION (id_atencion),
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1)),
    id_user_registro INTEGER,
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_ADM_DOCUMENTO_AUTORIZACION_codigo
ON ADM_DOCUMENTO_AUTORIZACION (c_cod_autorizacion) WHERE f_estado = 1;

CREATE INDEX IF NOT EXISTS IX_ADM_DOCUMENTO_AUTORIZACION_paciente ON ADM_DOCUMENTO_AUTORIZACION (id_paciente);
CREATE INDEX IF NOT EXISTS IX_ADM_DOCUMENTO_AUTORIZACION_atencion ON ADM_DOCUMENTO_AUTORIZACION (id_atencion);
