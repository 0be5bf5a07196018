/*
    Romsoft.p_ADM_PACIENTE_Buscar
    The patient search of ADM_PACIENTE/GetAllFilters. Every filter is optional (NULL or blank
    = any) and they combine with AND:
      @valor      free text: its words, in order, anywhere in surnames, names, document and
                  record number, ignoring case and accents (t_busqueda, Latin1_General_CI_AI);
      @apellidos  / @nombres  the same over the surnames / the names;
      @dni        the document number, from its start;
      @n_historia_clinica  exact (0 = any);  @estado  'A' or 'I' (the API maps the texts).
    Ordered by surnames and names, at most 200 rows.
    Origin:  Romsoft (the legacy p_ADM_PACIENTE_GetAllFilter had two signatures; this is the
             patient search one, with the quickstart's filters and result properties added).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_PACIENTE_Buscar
    @valor NVARCHAR(200) = NULL,
    @apellidos NVARCHAR(120) = NULL,
    @nombres NVARCHAR(80) = NULL,
    @dni NVARCHAR(15) = NULL,
    @n_historia_clinica INT = NULL,
    @estado NVARCHAR(1) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    -- Words in order: blanks between them become %, LIKE's own wildcards are escaped.
    DECLARE @p_valor NVARCHAR(420) = N'%' + REPLACE(
        REPLACE(REPLACE(REPLACE(LTRIM(RTRIM(ISNULL(@valor, N''))), N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]'),
        N' ', N'%'
    ) + N'%';
    DECLARE @p_apellidos NVARCHAR(260) = N'%' + REPLACE(
        REPLACE(REPLACE(REPLACE(LTRIM(RTRIM(ISNULL(@apellidos, N''))), N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]'),
        N' ', N'%'
    ) + N'%';
    DECLARE @p_nombres NVARCHAR(180) = N'%' + REPLACE(
        REPLACE(REPLACE(REPLACE(LTRIM(RTRIM(ISNULL(@nombres, N''))), N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]'),
        N' ', N'%'
    ) + N'%';

    SELECT TOP (200)
        p.id_paciente AS Codigo,
        CAST(p.n_historia_clinica AS NVARCHAR(12)) AS Historia,
        p.t_apellido_paterno AS APaterno,
        p.t_apellido_materno AS AMaterno,
        p.t_nombres AS Nombres,
        d.t_descripcion AS TDocumento,
        p.c_documento_identidad AS NDocumento,
        g.t_descripcion AS sexo,
        CAST(p.d_fecha_nacimiento AS DATETIME2(3)) AS FNacimiento,
        p.t_direccion AS Direccion,
        p.c_p_fono_personal AS Telefono,
        p.n_historia_clinica AS n_historia_clinica,
        p.f_estado AS f_estado,
        LTRIM(RTRIM(p.t_apellido_paterno + N' ' + ISNULL(p.t_apellido_materno, N''))) AS apellidos,
        p.t_nombres AS nombres,
        p.c_documento_identidad AS dni,
        CASE WHEN p.f_estado = 1 THEN N'A' ELSE N'I' END AS estado
    FROM Romsoft.ADM_PACIENTE AS p
    LEFT JOIN Romsoft.ADM_DOCUMENTO_IDENTIDAD AS d ON p.id_documento_identidad = d.id_documento_identidad
    LEFT JOIN Romsoft.ADM_GENERO AS g ON p.id_genero = g.id_genero
    WHERE
        p.t_busqueda LIKE @p_valor
        AND (p.t_apellido_paterno + N' ' + ISNULL(p.t_apellido_materno, N'')) COLLATE Latin1_General_CI_AI
        LIKE @p_apellidos
        AND p.t_nombres COLLATE Latin1_General_CI_AI LIKE @p_nombres
        AND (NULLIF(LTRIM(RTRIM(@dni)), N'') IS NULL OR p.c_documento_identidad LIKE LTRIM(RTRIM(@dni)) + N'%')
        AND (ISNULL(@n_historia_clinica, 0) = 0 OR p.n_historia_clinica = @n_historia_clinica)
        AND (
            NULLIF(LTRIM(RTRIM(@estado)), N'') IS NULL
            OR p.f_estado = CASE WHEN LTRIM(RTRIM(@estado)) = N'A' THEN 1 ELSE 0 END
        )
    ORDER BY p.t_apellido_paterno, p.t_apellido_materno, p.t_nombres, p.id_paciente;
END;
GO
