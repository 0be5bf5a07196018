/*
    Romsoft.p_ADM_CIE10_GetAllFilter
    Active CIE-10 codes usable for a diagnosis (no chapters or groups) matching @valor, ordered
    by code, at most 200:
      * by code prefix, written with or without the dot, any case: 'J45' finds J45, J450 ...;
        'j45.0' finds J450;
      * or by the words of the description, in order, ignoring case and accents (collation
        Latin1_General_CI_AI, where n and n-tilde compare equal): 'neumonia bacteriana' finds
        'Neumonia bacteriana, no especificada' written with its accent.
    NULL or blank @valor: the first 200 codes. Wildcards typed in @valor match themselves.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_CIE10_GetAllFilter
    @valor NVARCHAR(200) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @texto NVARCHAR(200) = LTRIM(RTRIM(COALESCE(@valor, N'')));
    -- [, % and _ typed by the user match themselves.
    DECLARE @literal NVARCHAR(800) = REPLACE(REPLACE(REPLACE(@texto, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]');
    DECLARE @codigo NVARCHAR(800) = UPPER(REPLACE(REPLACE(@literal, N'.', N''), N' ', N''));
    DECLARE @patron NVARCHAR(2000) = N'%' + REPLACE(REPLACE(REPLACE(@literal, N',', N' '), N'.', N' '), N' ', N'%') + N'%';

    SELECT TOP (200)
        c.id_cie10 AS id_cie10,
        c.c_codigo AS c_codigo,
        c.t_descripcion AS t_descripcion
    FROM Romsoft.ADM_CIE10 AS c
    WHERE
        c.f_estado = 1
        AND CHARINDEX(N'-', c.c_codigo) = 0
        AND (
            c.c_codigo LIKE @codigo + N'%'
            OR c.t_descripcion COLLATE Latin1_General_CI_AI LIKE @patron COLLATE Latin1_General_CI_AI
        )
    ORDER BY c.c_codigo;
END;
GO
