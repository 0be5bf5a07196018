/*
    Romsoft.p_ADM_UBIGEO_GetAllFilters
    Active districts matching @valor, ordered by code, at most 200:
      * by code prefix: '20' = department Piura, '2001' = its province Piura, '200101' = one
        district;
      * or by the words of department, province and district, in order, ignoring case and
        accents (collation Latin1_General_CI_AI, where n and n-tilde compare equal): 'PIURA'
        finds Piura, 'lima miraflores' finds Miraflores in Lima.
    NULL or blank @valor: the first 200 districts. Wildcards typed in @valor match themselves.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_UBIGEO_GetAllFilters
    @valor NVARCHAR(200) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @texto NVARCHAR(200) = LTRIM(RTRIM(COALESCE(@valor, N'')));
    -- [, % and _ typed by the user match themselves.
    DECLARE @literal NVARCHAR(800) = REPLACE(REPLACE(REPLACE(@texto, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]');
    DECLARE @codigo NVARCHAR(800) = REPLACE(@literal, N' ', N'');
    DECLARE @patron NVARCHAR(2000) = N'%' + REPLACE(REPLACE(@literal, N',', N' '), N' ', N'%') + N'%';

    SELECT TOP (200)
        u.id_ubigeo AS id_ubigeo,
        u.c_codigo AS c_codigo,
        u.t_pais AS t_pais,
        u.t_departamento AS t_departamento,
        u.t_provincia AS t_provincia,
        u.t_distrito AS t_distrito
    FROM Romsoft.ADM_UBIGEO AS u
    WHERE
        u.f_estado = 1
        AND (
            u.c_codigo LIKE @codigo + N'%'
            OR (u.t_departamento + N' ' + u.t_provincia + N' ' + u.t_distrito) COLLATE Latin1_General_CI_AI
            LIKE @patron COLLATE Latin1_General_CI_AI
        )
    ORDER BY u.c_codigo;
END;
GO
