/*
    Romsoft.p_CVN_TARIFARIO_SEGUS_PARTICIPANTE_GetAllActives
    The active links of the line @id_tarifario_segus: each linked line (referencia) with its
    code and Spanish description, ordered by that code.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_TARIFARIO_SEGUS_PARTICIPANTE_GetAllActives
    @id_tarifario_segus INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        p.id_tarifario_segus_participante AS id_tarifario_segus_participante,
        p.id_tarifario_segus_referencia AS id_tarifario_segus_referencia,
        p.id_tarifario_segus AS id_tarifario_segus,
        r.c_codigo AS c_codigo,
        r.t_descripcion_esp AS t_descripcion_esp
    FROM Romsoft.CVN_TARIFARIO_SEGUS_PARTICIPANTE AS p
    INNER JOIN Romsoft.CVN_TARIFARIO_SEGUS AS r ON p.id_tarifario_segus_referencia = r.id_tarifario_segus
    WHERE p.f_estado = 1 AND p.id_tarifario_segus = @id_tarifario_segus
    ORDER BY r.c_codigo;
END;
GO
