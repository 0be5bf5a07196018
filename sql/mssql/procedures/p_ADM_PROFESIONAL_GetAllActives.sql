/*
    Romsoft.p_ADM_PROFESIONAL_GetAllActives
    Active professionals; t_medico = surnames and names, as the combo boxes show them.
    Origin:  legacy (same name and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_PROFESIONAL_GetAllActives
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        p.id_profesional AS id_profesional,
        p.t_apellidos + N', ' + p.t_nombres AS t_medico
    FROM Romsoft.ADM_PROFESIONAL AS p
    WHERE p.f_estado = 1
    ORDER BY p.t_apellidos, p.t_nombres;
END;
GO
