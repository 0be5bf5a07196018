/*
    Romsoft.p_ADM_ATENCION_GetById
    One attention by id, whatever its state. No row: no such attention.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_ATENCION_GetById
    @id_atencion INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        a.id_atencion AS id_atencion,
        a.id_paciente AS id_paciente,
        a.id_tipo_paciente AS id_tipo_paciente,
        a.id_tipo_atencion AS id_tipo_atencion,
        a.d_fecha_registro AS d_fecha_registro,
        a.c_hora_registro AS c_hora_registro,
        a.n_paciente_derivado AS n_paciente_derivado,
        a.id_plan_seguro AS id_plan_seguro,
        a.id_categoria_pago AS id_categoria_pago,
        a.c_codigo_asegurado AS c_codigo_asegurado,
        a.c_contrato AS c_contrato,
        a.id_beneficio AS id_beneficio,
        a.id_documento_prestacion1 AS id_documento_prestacion1,
        a.c_documento_prestacion1 AS c_documento_prestacion1,
        a.d_fecha_autorizacion1 AS d_fecha_autorizacion1,
        a.id_documento_prestacion2 AS id_documento_prestacion2,
        a.c_documento_prestacion2 AS c_documento_prestacion2,
        a.d_fecha_autorizacion2 AS d_fecha_autorizacion2,
        a.id_tipo_filiacion AS id_tipo_filiacion,
        a.t_nombre_titular AS t_nombre_titular,
        a.id_tipo_afiliacion AS id_tipo_afiliacion,
        a.id_moneda AS id_moneda,
        a.n_copago_fijo AS n_copago_fijo,
        a.n_copago_variable AS n_copago_variable,
        a.n_copago_variable_far AS n_copago_variable_far,
        a.id_producto_plan AS id_producto_plan,
        a.n_limite_cobertura AS n_limite_cobertura,
        a.id_tipo_diagnostico AS id_tipo_diagnostico,
        a.id_diagnostico AS id_diagnostico,
        a.c_numero_placa AS c_numero_placa,
        a.n_deja_denuncia AS n_deja_denuncia,
        a.n_deja_carta AS n_deja_carta,
        a.t_observacion_accidente AS t_observacion_accidente,
        a.id_profesional AS id_profesional,
        a.id_hospitalizacion AS id_hospitalizacion,
        a.t_observacion_general AS t_observacion_general,
        a.d_fecha_cierre AS d_fecha_cierre,
        a.c_hora_cierre AS c_hora_cierre,
        a.id_tipo_facturacion AS id_tipo_facturacion,
        a.n_a_no_gravado AS n_a_no_gravado,
        a.n_a_gravado AS n_a_gravado,
        a.n_a_impuesto AS n_a_impuesto,
        a.n_a_total AS n_a_total,
        a.n_p_no_gravado AS n_p_no_gravado,
        a.n_p_gravado AS n_p_gravado,
        a.n_p_impuesto AS n_p_impuesto,
        a.n_p_total AS n_p_total,
        a.n_g_no_gravado AS n_g_no_gravado,
        a.n_g_gravado AS n_g_gravado,
        a.n_g_impuesto AS n_g_impuesto,
        a.n_g_total AS n_g_total,
        a.f_estado AS f_estado,
        a.id_habitacion AS id_habitacion,
        a.d_fecha_egreso AS d_fecha_egreso,
        a.c_hora_egreso AS c_hora_egreso,
        a.id_tipo_egreso AS id_tipo_egreso
    FROM Romsoft.ADM_ATENCION AS a
    WHERE a.id_atencion = @id_atencion;
END;
GO
