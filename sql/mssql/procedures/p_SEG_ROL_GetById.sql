/*
    Romsoft.p_SEG_ROL_GetById
    =========================
    The role with this id (zero or one row), active or not.

    Returns: rows (Id_rol, rol, Descripcion, Estado, usuario_registro, fecha_registro,
             usuario_modifica, fecha_modifica).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure);
             not called by this API; kept so a DBA's scripts and reports keep working.
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_ROL_GetById
    @Id_rol INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

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
    WHERE r.id_rol = @Id_rol;
END;
GO
