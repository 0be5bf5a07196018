/*
    Romsoft.v_SEG_USUARIO_GetAll
    ============================
    The users as SEG_USUARIO/GetAllPaging lists them (the columns of the legacy
    p_SEG_USUARIO_GetAll without Cantidad). The API reads it with bound predicates, ORDER BY a
    whitelisted column and OFFSET/FETCH; the total comes from COUNT(*) OVER () in that query.
    Re-runnable: CREATE OR ALTER.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW Romsoft.v_SEG_USUARIO_GetAll
AS
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
LEFT JOIN Romsoft.SEG_ROL AS r ON u.id_rol = r.id_rol;
GO
