/*
    Romsoft.p_ADM_ATENCION_GetAllFilter
    The attentions grid of a patient (@id_paciente; NULL or 0 = every patient's, the most
    recent 500), the most recent first: number, date and hour, record number, the patient's
    name, the guarantor (the plan's
    guarantor, else the plan product), the service
    document ("type number"), attention and patient types, the state's text (TIPO_ESTADO of
    ADM_ATENCION).
    Origin:  legacy (same name, parameter and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_ATENCION_GetAllFilter
    @id_paciente INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (500)
        a.id_atencion AS id_atencion,
        a.d_fecha_registro AS d_fecha_registro,
        a.c_hora_registro AS c_hora_registro,
        CAST(p.n_historia_clinica AS NVARCHAR(12)) AS HClinica,
        p.t_paciente AS Paciente,
        ISNULL(g.t_razon_social, pp.t_descripcion) AS Garante,
        LTRIM(RTRIM(ISNULL(dp.t_descripcion, N'') + N' ' + ISNULL(a.c_documento_prestacion1, N''))) AS Prestacion,
        ta.t_descripcion AS TAtencion,
        tp.t_descripcion AS TPaciente,
        te.estado AS Estado
    FROM Romsoft.ADM_ATENCION AS a
    INNER JOIN Romsoft.ADM_PACIENTE AS p ON a.id_paciente = p.id_paciente
    LEFT JOIN Romsoft.CVN_PRODUCTO_PLAN AS pp ON a.id_producto_plan = pp.id_producto_plan
    LEFT JOIN Romsoft.CVN_PLAN_SEGURO AS ps ON a.id_plan_seguro = ps.id_plan_seguro
    LEFT JOIN Romsoft.CON_CONTACTO AS g ON ps.id_contacto_garante = g.id_contacto
    LEFT JOIN Romsoft.ADM_DOCUMENTO_PRESTACION AS dp ON a.id_documento_prestacion1 = dp.id_documento_prestacion
    LEFT JOIN Romsoft.ADM_TIPO_ATENCION AS ta ON a.id_tipo_atencion = ta.id_tipo_atencion
    LEFT JOIN Romsoft.ADM_TIPO_PACIENTE AS tp ON a.id_tipo_paciente = tp.id_tipo_paciente
    LEFT JOIN Romsoft.TIPO_ESTADO AS te ON te.tabla = N'ADM_ATENCION' AND a.f_estado = te.id_estado
    WHERE ISNULL(@id_paciente, 0) = 0 OR a.id_paciente = @id_paciente
    ORDER BY a.d_fecha_registro DESC, a.id_atencion DESC;
END;
GO
