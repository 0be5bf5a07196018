/*
    Romsoft.p_SEG_ROL_GetAllFilter
    ==============================
    One page of roles (active and inactive).

    @WhereFilters  accepted for compatibility with the legacy clients and NEVER executed or
                   interpreted: this procedure builds no dynamic SQL.
    @OrderBy       '' or one of id_rol, rol, descripcion, estado, optionally followed by
                   ' DESC' (case-insensitive). Anything else orders by id_rol.
                   id_rol is always the last sort key, so pages are stable.
    @Start         rows to skip (a negative or NULL value counts as 0).
    @Rows          page size; 0, a negative value or NULL returns every row from @Start.

    Returns: rows (Id_rol, rol, Descripcion, Estado, usuario_registro, fecha_registro,
             usuario_modifica, fecha_modifica).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure);
             not called by this API; kept so a DBA's scripts and reports keep working.
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_ROL_GetAllFilter
    @WhereFilters NVARCHAR(MAX) = NULL,
    @OrderBy NVARCHAR(100) = NULL,
    @Start INT = NULL,
    @Rows INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    -- Sort key: whitelisted column name plus direction.
    DECLARE @orden NVARCHAR(100) = LOWER(LTRIM(RTRIM(COALESCE(@OrderBy, N''))));
    DECLARE @descendente BIT = 0;

    IF @orden = N'desc' OR RIGHT(@orden, 5) = N' desc'
    BEGIN
        SET @descendente = 1;
        SET @orden = RTRIM(LEFT(@orden, LEN(@orden) - 4));
    END;

    IF @orden = N''
        SET @orden = N'id_rol';

    IF @orden NOT IN (N'id_rol', N'rol', N'descripcion', N'estado')
    BEGIN
        SET @orden = N'id_rol';
        SET @descendente = 0;
    END;

    -- Paging.
    DECLARE @inicio INT = CASE WHEN @Start > 0 THEN @Start ELSE 0 END;
    DECLARE @filas INT = CASE WHEN @Rows > 0 THEN @Rows ELSE 2147483647 END;

    SELECT
        r.id_rol AS Id_rol,
        r.rol AS rol,
        r.descripcion AS Descripcion,
        r.estado AS Estado,
        r.usuario_registro AS usuario_registro,
        r.fecha_registro AS fecha_registro,
        r.usuario_modifica AS usuario_modifica,
        r.fecha_modifica AS fecha_modifica
    FROM Romsoft.SEG_ROL AS r
    ORDER BY
        -- One CASE per column and direction: each CASE keeps a single data type.
        CASE WHEN @orden = N'rol' AND @descendente = 0 THEN r.rol END ASC,
        CASE WHEN @orden = N'rol' AND @descendente = 1 THEN r.rol END DESC,
        CASE WHEN @orden = N'descripcion' AND @descendente = 0 THEN r.descripcion END ASC,
        CASE WHEN @orden = N'descripcion' AND @descendente = 1 THEN r.descripcion END DESC,
        CASE WHEN @orden = N'estado' AND @descendente = 0 THEN r.estado END ASC,
        CASE WHEN @orden = N'estado' AND @descendente = 1 THEN r.estado END DESC,
        CASE WHEN @orden = N'id_rol' AND @descendente = 1 THEN r.id_rol END DESC,
        r.id_rol ASC
    OFFSET @inicio ROWS FETCH NEXT @filas ROWS ONLY;
END;
GO
