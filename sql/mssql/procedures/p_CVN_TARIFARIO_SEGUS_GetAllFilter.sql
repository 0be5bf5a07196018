/*
    Romsoft.p_CVN_TARIFARIO_SEGUS_GetAllFilter
    Active tariff lines matching @valor, ordered by code, at most 200 (like ADM_CIE10):
      * by code prefix, any case: '10.01' finds 10.01.01, 10.01.02 ...;
      * or by the words of the Spanish or English description (and observation), in order,
        ignoring case and accents (collation Latin1_General_CI_AI): 'ecografia abdominal'
        finds the Spanish description written with its accent.
    NULL or blank @valor: the first 200 lines by code. Wildcards typed in @valor match
    themselves.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_TARIFARIO_SEGUS_GetAllFilter
    @valor NVARCHAR(200) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @texto NVARCHAR(200) = LTRIM(RTRIM(COALESCE(@valor, N'')));
    -- [, % and _ typed by the user match themselves.
    DECLARE @literal NVARCHAR(800) = REPLACE(REPLACE(REPLACE(@texto, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]');
    DECLARE @patron NVARCHAR(2000) = N'%' + REPLACE(REPLACE(REPLACE(@literal, N',', N' '), N'.', N' '), N' ', N'%') + N'%';

    SELECT TOP (200)
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
    WHERE
        t.f_estado = 1
        AND (
            t.c_codigo LIKE @literal + N'%'
            OR (
                t.t_descripcion_esp + N' ' + ISNULL(t.t_descripcion_eng, N'') + N' ' + ISNULL(t.t_observacion, N'')
            ) COLLATE Latin1_General_CI_AI LIKE @patron COLLATE Latin1_General_CI_AI
        )
    ORDER BY t.c_codigo;
END;
GO
