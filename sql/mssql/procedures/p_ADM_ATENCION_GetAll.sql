/*
    Romsoft.p_ADM_ATENCION_GetAll
    A patient's attentions, every state, the most recent first: the internal number (the id),
    the date, the patient and attention types, the state's text (TIPO_ESTADO of ADM_ATENCION).
    garante: the insurance plan product's description until the insurers' tables exist (the
    insurance issue); t_direccion (the contractor's address, shown as contratante): NULL until
    then too.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_ATENCION_GetAll
    @id_paciente INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CAST(a.id_atencion AS BIGINT) AS id_nro_interno,
        a.d_fecha_registro AS d_fecha_ingreso,
        tp.t_descripcion AS tipo_paciente,
        ta.t_descripcion AS tipo_atencion,
        pp.t_descripcion AS garante,
        CAST(NULL AS NVARCHAR(250)) AS t_direccion,
        te.estado AS estado
    FROM Romsoft.ADM_ATENCION AS a
    LEFT JOIN Romsoft.ADM_TIPO_PACIENTE AS tp ON a.id_tipo_paciente = tp.id_tipo_paciente
    LEFT JOIN Romsoft.ADM_TIPO_ATENCION AS ta ON a.id_tipo_atencion = ta.id_tipo_atencion
    LEFT JOIN Romsoft.CVN_PRODUCTO_PLAN AS pp ON a.id_producto_plan = pp.id_producto_plan
    LEFT JOIN Romsoft.TIPO_ESTADO AS te ON te.tabla = N'ADM_ATENCION' AND a.f_estado = te.id_estado
    WHERE a.id_paciente = @id_paciente
    ORDER BY a.d_fecha_registro DESC, a.id_atencion DESC;
END;
GO
