/*
    Romsoft - SQL Server seed data, version 1
    ==========================================
    Inserts the reference rows the API expects:

        Romsoft.SEG_ROL         the five standard roles (ids 1 to 5)
        Romsoft.TIPO_ESTADO     the states of SEG_USUARIO and SEG_ROL (1 Activo, 2 Inactivo)
        Romsoft.SCHEMA_VERSION  version 1

    Re-runnable: a row is inserted only when neither its key nor (for roles) its name exists
    yet. Existing rows are never updated or deleted, so edits made by the clinic are kept.
    No user is seeded: the API creates the first administrator ('admin') itself.

    Run it after schema/001_schema.sql. Everything is done in one transaction.

    Accented letters are written as NCHAR(code) so that this file is plain ASCII and gives the
    same text whatever code page sqlcmd or SSMS reads it with: NCHAR(243) is the letter o with
    an acute accent, NCHAR(237) the letter i with an acute accent.
*/

SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
SET NOCOUNT ON;
SET XACT_ABORT ON;
GO

BEGIN TRY
    BEGIN TRANSACTION;

    -- Roles: fixed ids, because clients and reports refer to them by number.
    SET IDENTITY_INSERT Romsoft.SEG_ROL ON;

    INSERT INTO Romsoft.SEG_ROL (id_rol, rol, descripcion, estado, usuario_registro)
    SELECT
        v.id_rol,
        v.rol,
        v.descripcion,
        'A',
        N'sistema'
    FROM (
        VALUES
        (1, N'ADMINISTRADOR', N'Administrador del sistema'),
        (2, N'ADMISION', N'Admisi' + NCHAR(243) + N'n de pacientes'),
        (3, N'MEDICO', N'Profesional de la salud'),
        (4, N'CAJA', N'Caja y facturaci' + NCHAR(243) + N'n'),
        (5, N'FARMACIA', N'Farmacia')
    ) AS v (id_rol, rol, descripcion)
    WHERE NOT EXISTS (
        SELECT 1
        FROM Romsoft.SEG_ROL AS r
        WHERE r.id_rol = v.id_rol OR r.rol = v.rol
    );

    SET IDENTITY_INSERT Romsoft.SEG_ROL OFF;

    -- States offered for each table's records.
    INSERT INTO Romsoft.TIPO_ESTADO (tabla, id_estado, estado)
    SELECT
        v.tabla,
        v.id_estado,
        v.estado
    FROM (
        VALUES
        ('SEG_USUARIO', 1, N'Activo'),
        ('SEG_USUARIO', 2, N'Inactivo'),
        ('SEG_ROL', 1, N'Activo'),
        ('SEG_ROL', 2, N'Inactivo')
    ) AS v (tabla, id_estado, estado)
    WHERE NOT EXISTS (
        SELECT 1
        FROM Romsoft.TIPO_ESTADO AS t
        WHERE t.tabla = v.tabla AND t.id_estado = v.id_estado
    );

    -- Schema version the API checks at start-up.
    IF NOT EXISTS (SELECT 1 FROM Romsoft.SCHEMA_VERSION WHERE version = 1)
        INSERT INTO Romsoft.SCHEMA_VERSION (version, descripcion)
        VALUES (1, N'Esquema inicial: seguridad, estados y auditor' + NCHAR(237) + N'a');

    COMMIT TRANSACTION;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0
        ROLLBACK TRANSACTION;

    SET IDENTITY_INSERT Romsoft.SEG_ROL OFF;

    THROW;
END CATCH;
GO
