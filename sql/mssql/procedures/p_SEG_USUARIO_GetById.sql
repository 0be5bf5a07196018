/*
    Romsoft.p_SEG_USUARIO_GetById
    =============================
    The user with this id (zero or one row), with its role name and stored password hash.

    Returns: rows (id_usuario, RolId, RolNombre, usuario, clave, nombres, apellidos,
             nro_documento, sexo, email, celular, estado, usuario_registro, fecha_registro,
             usuario_modifica, fecha_modifica).
    Origin:  legacy (same name and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_USUARIO_GetById
    @id_usuario INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        u.id_usuario AS id_usuario,
        u.id_rol AS RolId,
        r.rol AS RolNombre,
        u.usuario AS usuario,
        u.clave AS clave,
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
    WHERE u.id_usuario = @id_usuario;
END;
GO
