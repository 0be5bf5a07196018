/*
    Romsoft.p_SEG_USUARIO_GetAllFilter
    ==================================
    Users matching every given filter, with their role name, ordered by id_usuario.

    @id_rol         NULL or 0 = any role, otherwise that role.
    @apellidos      '' (or NULL) = any; otherwise the column contains the text.
    @usuario        '' (or NULL) = any; otherwise the column contains the text.
    @nro_documento  '' (or NULL) = any; otherwise the column contains the text.
    @estado         '' (or NULL) = any; otherwise exactly this state ('A' or 'I').

    "Contains" is literal: %, _ and [ typed by the user are not wildcards. Case sensitivity of
    the text filters follows the database collation (case-insensitive with the usual ones).

    Returns: rows (id_usuario, RolId, RolNombre, usuario, nombres, apellidos, nro_documento,
             sexo, email, celular, estado, usuario_registro, fecha_registro, usuario_modifica,
             fecha_modifica).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_USUARIO_GetAllFilter
    -- The text filters are wider than their columns: an over-long value finds nothing instead
    -- of being truncated into a shorter, broader filter.
    @id_rol INT = NULL,
    @apellidos NVARCHAR(200) = NULL,
    @usuario NVARCHAR(200) = NULL,
    @nro_documento NVARCHAR(200) = NULL,
    @estado NVARCHAR(10) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    -- LIKE patterns with the wildcard characters of the input escaped (escape character \).
    DECLARE @patron_apellidos NVARCHAR(1000) = N'%' + REPLACE(REPLACE(REPLACE(REPLACE(
        COALESCE(@apellidos, N''), N'\', N'\\'), N'%', N'\%'), N'_', N'\_'), N'[', N'\[') + N'%';
    DECLARE @patron_usuario NVARCHAR(1000) = N'%' + REPLACE(REPLACE(REPLACE(REPLACE(
        COALESCE(@usuario, N''), N'\', N'\\'), N'%', N'\%'), N'_', N'\_'), N'[', N'\[') + N'%';
    DECLARE @patron_documento NVARCHAR(1000) = N'%' + REPLACE(REPLACE(REPLACE(REPLACE(
        COALESCE(@nro_documento, N''), N'\', N'\\'), N'%', N'\%'), N'_', N'\_'), N'[', N'\[') + N'%';

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
        u.usuario_registro AS usuario_registro,
        u.fecha_registro AS fecha_registro,
        u.usuario_modifica AS usuario_modifica,
        u.fecha_modifica AS fecha_modifica
    FROM Romsoft.SEG_USUARIO AS u
    LEFT JOIN Romsoft.SEG_ROL AS r ON u.id_rol = r.id_rol
    WHERE
        (COALESCE(@id_rol, 0) = 0 OR u.id_rol = @id_rol)
        AND (COALESCE(@apellidos, N'') = N'' OR u.apellidos LIKE @patron_apellidos ESCAPE N'\')
        AND (COALESCE(@usuario, N'') = N'' OR u.usuario LIKE @patron_usuario ESCAPE N'\')
        AND (
            COALESCE(@nro_documento, N'') = N''
            OR u.nro_documento LIKE @patron_documento ESCAPE N'\'
        )
        AND (COALESCE(@estado, N'') = N'' OR u.estado = UPPER(@estado))
    ORDER BY u.id_usuario
    -- Catch-all filters: compile for the values at hand so an index can be used.
    OPTION (RECOMPILE);
END;
GO
