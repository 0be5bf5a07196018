/*
    Romsoft.p_ADM_CIE10_GetAllActives
    The active CIE-10 codes usable for a diagnosis: 3-character categories and 4-character
    subcategories (J45, J450 ...); chapters and groups (ranges such as 'J40-J47') are left out.
    Ordered by code. The legacy result has no c_codigo column (only id and description).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_CIE10_GetAllActives
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        c.id_cie10 AS id_cie10,
        c.t_descripcion AS t_descripcion
    FROM Romsoft.ADM_CIE10 AS c
    WHERE c.f_estado = 1 AND CHARINDEX(N'-', c.c_codigo) = 0
    ORDER BY c.c_codigo;
END;
GO
