/*
    Romsoft.p_ADM_ESPECIALIDAD_ByProfesional_GetById
    The active specialties of one professional (@id_profesional): those linked in
    ADM_PROFESIONAL_ESPECIALIDAD plus the main one of ADM_PROFESIONAL, ordered by description.
    Origin:  legacy (same name, parameter and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_ESPECIALIDAD_ByProfesional_GetById
    @id_profesional INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        e.id_especialidad AS id_especialidad,
        e.t_descripcion AS t_descripcion
    FROM Romsoft.ADM_ESPECIALIDAD AS e
    WHERE
        e.f_estado = 1
        AND (
            e.id_especialidad IN (
                SELECT pe.id_especialidad
                FROM Romsoft.ADM_PROFESIONAL_ESPECIALIDAD AS pe
                WHERE pe.id_profesional = @id_profesional AND pe.f_estado = 1
            )
            OR e.id_especialidad IN (
                SELECT p.id_especialidad
                FROM Romsoft.ADM_PROFESIONAL AS p
                WHERE p.id_profesional = @id_profesional
            )
        )
    ORDER BY e.t_descripcion;
END;
GO
