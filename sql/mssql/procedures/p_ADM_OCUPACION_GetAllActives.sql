/*
    Romsoft.p_ADM_OCUPACION_GetAllActives
    Active occupations (f_estado = 1), ordered by description.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_OCUPACION_GetAllActives
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        o.id_ocupacion AS id_ocupacion,
        o.c_codigo AS c_codigo,
        o.t_observacion AS t_observacion,
        o.t_descripcion AS t_descripcion,
        o.f_estado AS f_estado,
        o.id_user_registro AS id_user_registro,
        o.id_user_modifica AS id_user_modifica
    FROM Romsoft.ADM_OCUPACION AS o
    WHERE o.f_estado = 1
    ORDER BY o.t_descripcion;
END;
GO
