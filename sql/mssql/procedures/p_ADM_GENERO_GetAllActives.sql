/*
    Romsoft.p_ADM_GENERO_GetAllActives
    Active sexes (f_estado = 1), ordered by description.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_GENERO_GetAllActives
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        g.id_genero AS id_genero,
        g.c_codigo AS c_codigo,
        g.t_descripcion AS t_descripcion
    FROM Romsoft.ADM_GENERO AS g
    WHERE g.f_estado = 1
    ORDER BY g.t_descripcion;
END;
GO
