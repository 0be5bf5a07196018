-- Romsoft - SQLite schema, migration 0008 (attentions)
-- The embedded SQLite dialect of sql/mssql/schema/008_atencion.sql.
--
-- ADM_ATENCION: the attention a receptionist opens for a patient (consulta externa,
-- emergencia, hospitalización ...). One column per input of p_ADM_ATENCION_Insert, plus the
-- discharge columns GetById reads (d_fecha_egreso, c_hora_egreso, id_tipo_egreso).
-- d_fecha_registro: the attention's date and time (now when the client sends none);
-- id_user_registro / id_user_modifica / d_fecha_modifica: the audit columns.
-- f_estado: the TIPO_ESTADO ids of ADM_ATENCION: 1 Registrado, 2 Atendido, 0 Anulado.
-- Money columns: NUMERIC (stored from the decimal text the API binds).
-- id_plan_seguro, id_categoria_pago, id_hospitalizacion, id_tipo_facturacion: plain integers
-- without a foreign key, their tables do not exist yet (the insurance issue adds them).

CREATE TABLE IF NOT EXISTS ADM_ATENCION (
    id_atencion INTEGER PRIMARY KEY AUTOINCREMENT,
    id_paciente INTEGER NOT NULL REFERENCES ADM_PACIENTE (id_paciente),
    id_tipo_paciente INTEGER REFERENCES ADM_TIPO_PACIENTE (id_tipo_paciente),
    id_tipo_atencion INTEGER NOT NULL REFERENCES ADM_TIPO_ATENCION (id_tipo_atencion),
    d_fecha_registro TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    c_hora_registro TEXT,
    n_paciente_derivado INTEGER,
    id_plan_seguro INTEGER,
    id_categoria_pago INTEGER,
    c_codigo_asegurado TEXT,
    c_contrato TEXT,
    id_beneficio INTEGER REFERENCES CVN_BENEFICIO (id_beneficio),
    id_documento_prestacion1 INTEGER REFERENCES ADM_DOCUMENTO_PRESTACION (id_documento_prestacion),
    c_documento_prestacion1 TEXT,
    d_fecha_autorizacion1 TEXT,
    id_documento_prestacion2 INTEGER REFERENCES ADM_DOCUMENTO_PRESTACION (id_documento_prestacion),
    c_documento_prestacion2 TEXT,
    d_fecha_autorizacion2 TEXT,
    id_tipo_filiacion INTEGER REFERENCES ADM_TIPO_FILIACION (id_tipo_filiacion),
    t_nombre_titular TEXT,
    id_tipo_afiliacion INTEGER REFERENCES ADM_TIPO_AFILIACION (id_tipo_afiliacion),
    id_moneda INTEGER REFERENCES CVN_MONEDA (id_moneda),
    n_copago_fijo NUMERIC,
    n_copago_variable NUMERIC,
    n_copago_variable_far NUMERIC,
    id_producto_plan INTEGER REFERENCES CVN_PRODUCTO_PLAN (id_producto_plan),
    n_limite_cobertura NUMERIC,
    id_tipo_diagnostico INTEGER REFERENCES ADM_TIPO_CIE10 (id_tipo_cie10),
    id_diagnostico INTEGER REFERENCES ADM_CIE10 (id_cie10),
    c_numero_placa TEXT,
    n_deja_denuncia INTEGER NOT NULL DEFAULT 0 CHECK (n_deja_denuncia IN (0, 1)),
    n_deja_carta INTEGER NOT NULL DEFAULT 0 CHECK (n_deja_carta IN (0, 1)),
    t_observacion_accidente TEXT,
    id_profesional INTEGER REFERENCES ADM_PROFESIONAL (id_profesional),
    id_hospitalizacion INTEGER,
    t_observacion_general TEXT,
    d_fecha_cierre TEXT,
    c_hora_cierre TEXT,
    id_tipo_facturacion INTEGER,
    n_a_no_gravado NUMERIC NOT NULL DEFAULT 0,
    n_a_gravado NUMERIC NOT NULL DEFAULT 0,
    n_a_impuesto NUMERIC NOT NULL DEFAULT 0,
    n_a_total NUMERIC NOT NULL DEFAULT 0,
    n_p_no_gravado NUMERIC NOT NULL DEFAULT 0,
    n_p_gravado NUMERIC NOT NULL DEFAULT 0,
    n_p_impuesto NUMERIC NOT NULL DEFAULT 0,
    n_p_total NUMERIC NOT NULL DEFAULT 0,
    n_g_no_gravado NUMERIC NOT NULL DEFAULT 0,
    n_g_gravado NUMERIC NOT NULL DEFAULT 0,
    n_g_impuesto NUMERIC NOT NULL DEFAULT 0,
    n_g_total NUMERIC NOT NULL DEFAULT 0,
    f_estado INTEGER NOT NULL DEFAULT 1 CHECK (f_estado IN (0, 1, 2)),
    id_user_registro INTEGER,
    id_user_modifica INTEGER,
    d_fecha_modifica TEXT,
    d_fecha_hospitalizacion TEXT,
    c_hora_hospitalizacion TEXT,
    id_habitacion INTEGER REFERENCES ADM_HABITACION (id_habitacion),
    d_fecha_egreso TEXT,
    c_hora_egreso TEXT,
    id_tipo_egreso INTEGER REFERENCES ADM_TIPO_EGRESO (id_tipo_egreso)
);

-- A patient's attentions by date (GetAllPaciente, the patient's history).
CREATE INDEX IF NOT EXISTS IX_ADM_ATENCION_paciente_fecha ON ADM_ATENCION (id_paciente, d_fecha_registro);

-- Pending attentions by date (f_estado = 1 Registrado).
CREATE INDEX IF NOT EXISTS IX_ADM_ATENCION_estado_fecha ON ADM_ATENCION (f_estado, d_fecha_registro);

-- A professional's attentions by date (the doctor's list).
CREATE INDEX IF NOT EXISTS IX_ADM_ATENCION_profesional_fecha ON ADM_ATENCION (id_profesional, d_fecha_registro);
