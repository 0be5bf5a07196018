/*
    Romsoft.p_CVN_TARIFARIO_SEGUS_GetAllActives
    Active tariff lines (f_estado = 1) with their SEGUS classification, ordered by code.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_TARIFARIO_SEGUS_GetAllActives
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        t.id_tarifario_segus AS id_tarifario_segus,
        t.c_codigo AS c_codigo,
        t.c_codigo_susalud AS c_codigo_susalud,
        t.t_descripcion_esp AS t_descripcion_esp,
        t.t_descripcion_eng AS t_descripcion_eng,
        t.t_observacion AS t_observacion,
        cs.t_descripcion AS t_clasificacion,
        N'Activo' AS estado
    FROM Romsoft.CVN_TARIFARIO_SEGUS AS t
    LEFT JOIN Romsoft.CVN_CLASIFICACION_SEGUS AS cs ON t.id_clasificacion_segus = cs.id_clasificacion_segus
    WHERE t.f_estado = 1
    ORDER BY t.c_codigo;
END;
GO
