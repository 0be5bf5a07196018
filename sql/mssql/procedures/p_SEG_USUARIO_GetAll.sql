/*
    Romsoft.p_SEG_USUARIO_GetAll
    ============================
    One page of users (active and inactive), with their role name.

    @WhereFilters  accepted for compatibility with the legacy clients and NEVER executed or
                   interpreted: this procedure builds no dynamic SQL.
    @OrderBy       '' or one of id_usuario, usuario, apellidos, nombres, estado, optionally
                   followed by ' DESC' (case-insensitive). Anything else orders by id_usuario.
                   id_usuario is always the last sort key, so pages are stable.
    @Start         rows to skip (a negative or NULL value counts as 0).
    @Rows          page size; 0, a negative value or NULL returns every row from @Start.

    Returns: rows (id_usuario, RolId, RolNombre, usuario, nombres, apellidos, nro_documento,
             sexo, email, celular, estado, Cantidad, usuario_registro, fecha_registro,
             usuario_modifica, fecha_modifica); Cantidad = total number of users before paging.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_USUARIO_GetAll
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
        SET @orden = N'id_usuario';

    IF @orden NOT IN (N'id_usuario', N'usuario', N'apellidos', N'nombres', N'estado')
    BEGIN
        SET @orden = N'id_usuario';
        SET @descendente = 0;
    END;

    -- Paging.
    DECLARE @inicio INT = CASE WHEN @Start > 0 THEN @Start ELSE 0 END;
    DECLARE @filas INT = CASE WHEN @Rows > 0 THEN @Rows ELSE 2147483647 END;

    SELECT
        u.id_usuario AS id_usuario,
        u.id_rol AS RolId,
        r.rol AS RolNombre,
        u.usuario AS usuario,
        u.nombres AS nombres,
        u.apellidos AS apellidos,
        u.nro_documento AS nro_documento,
        u.sexo AS sexo,
        u.email AS email,
        u.celular AS celular,
        u.estado AS estado,
        COUNT(*) OVER () AS Cantidad,
        u.usuario_registro AS usuario_registro,
        u.fecha_registro AS fecha_registro,
        u.usuario_modifica AS usuario_modifica,
        u.fecha_modifica AS fecha_modifica
    FROM Romsoft.SEG_USUARIO AS u
    LEFT JOIN Romsoft.SEG_ROL AS r ON u.id_rol = r.id_rol
    ORDER BY
        -- One CASE per column and direction: each CASE keeps a single data type.
        CASE WHEN @orden = N'usuario' AND @descendente = 0 THEN u.usuario END ASC,
        CASE WHEN @orden = N'usuario' AND @descendente = 1 THEN u.usuario END DESC,
        CASE WHEN @orden = N'apellidos' AND @descendente = 0 THEN u.apellidos END ASC,
        CASE WHEN @orden = N'apellidos' AND @descendente = 1 THEN u.apellidos END DESC,
        CASE WHEN @orden = N'nombres' AND @descendente = 0 THEN u.nombres END ASC,
        CASE WHEN @orden = N'nombres' AND @descendente = 1 THEN u.nombres END DESC,
        CASE WHEN @orden = N'estado' AND @descendente = 0 THEN u.estado END ASC,
        CASE WHEN @orden = N'estado' AND @descendente = 1 THEN u.estado END DESC,
        CASE WHEN @orden = N'id_usuario' AND @descendente = 1 THEN u.id_usuario END DESC,
        u.id_usuario ASC
    OFFSET @inicio ROWS FETCH NEXT @filas ROWS ONLY;
END;
GO
