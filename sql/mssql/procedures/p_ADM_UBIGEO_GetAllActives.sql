/*
    Romsoft.p_ADM_UBIGEO_GetAllActives
    Every active district of the UBIGEO catalog (1,873 in the INEI data), ordered by code.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_UBIGEO_GetAllActives
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        u.id_ubigeo AS id_ubigeo,
        u.c_codigo AS c_codigo,
        u.t_pais AS t_pais,
        u.t_departamento AS t_departamento,
        u.t_provincia AS t_provincia,
        u.t_distrito AS t_distrito
    FROM Romsoft.ADM_UBIGEO AS u
    WHERE u.f_estado = 1
    ORDER BY u.c_codigo;
END;
GO
