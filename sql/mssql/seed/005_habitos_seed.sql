/*
    Romsoft - seed data, version 5: the states the desktop client's combos show
    ==========================================================================
    Every screen of the desktop client fills its state combo from TIPO_ESTADO/GetAllFilters with
    tabla = 'Todos' and sends the chosen row's id_estado in integer state fields (f_estado) and
    its text in string ones (estado). So the ids mean what the integer flags mean everywhere:
    1 = active, 0 = inactive; a table with more states numbers the others from 2 and keeps 0
    for the state that takes a record out of use (Anulado).

        Romsoft.TIPO_ESTADO     'Todos' (1 Activo, 0 Inactivo); ADM_GENERO, ADM_OCUPACION,
                                ADM_PACIENTE (1 Activo, 0 Inactivo); ADM_ATENCION (1 Registrado,
                                2 Atendido, 0 Anulado); SEG_USUARIO and SEG_ROL: the inactive
                                state seeded by version 1 as id 2 becomes id 0
        Romsoft.SCHEMA_VERSION  version 5

    Re-runnable: a row is inserted only when its key is missing. The one correction (id 2 to 0)
    touches only the row exactly as seed 001 wrote it, and only when the table has no id 0 yet,
    so states edited by the clinic are kept. Needs only schema/001_schema.sql.

    On an existing legacy ROMSOFT-CLINICA database, whose TIPO_ESTADO already holds the clinic's
    own states, do not run this file (as with seed/001_seed.sql): record version 5 by hand with
    the last statement below.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
SET NOCOUNT ON;
SET XACT_ABORT ON;
GO

BEGIN TRY
    BEGIN TRANSACTION;

    -- Users and roles: the inactive state id 2 (seed 001) becomes 0.
    INSERT INTO Romsoft.TIPO_ESTADO (tabla, id_estado, estado)
    SELECT
        t.tabla,
        0,
        t.estado
    FROM Romsoft.TIPO_ESTADO AS t
    WHERE
        t.tabla IN ('SEG_USUARIO', 'SEG_ROL')
        AND t.id_estado = 2
        AND t.estado = N'Inactivo'
        AND NOT EXISTS (
            SELECT 1
            FROM Romsoft.TIPO_ESTADO AS z
            WHERE z.tabla = t.tabla AND z.id_estado = 0
        );

    DELETE t
    FROM Romsoft.TIPO_ESTADO AS t
    WHERE
        t.tabla IN ('SEG_USUARIO', 'SEG_ROL')
        AND t.id_estado = 2
        AND t.estado = N'Inactivo'
        AND EXISTS (
            SELECT 1
            FROM Romsoft.TIPO_ESTADO AS z
            WHERE z.tabla = t.tabla AND z.id_estado = 0 AND z.estado = N'Inactivo'
        );

    -- The general states and those of the tables with an integer f_estado.
    INSERT INTO Romsoft.TIPO_ESTADO (tabla, id_estado, estado)
    SELECT
        v.tabla,
        v.id_estado,
        v.estado
    FROM (
        VALUES
        ('Todos', 1, N'Activo'),
        ('Todos', 0, N'Inactivo'),
        ('ADM_GENERO', 1, N'Activo'),
        ('ADM_GENERO', 0, N'Inactivo'),
        ('ADM_OCUPACION', 1, N'Activo'),
        ('ADM_OCUPACION', 0, N'Inactivo'),
        ('ADM_PACIENTE', 1, N'Activo'),
        ('ADM_PACIENTE', 0, N'Inactivo'),
        ('ADM_ATENCION', 1, N'Registrado'),
        ('ADM_ATENCION', 2, N'Atendido'),
        ('ADM_ATENCION', 0, N'Anulado')
    ) AS v (tabla, id_estado, estado)
    WHERE NOT EXISTS (
        SELECT 1
        FROM Romsoft.TIPO_ESTADO AS t
        WHERE t.tabla = v.tabla AND t.id_estado = v.id_estado
    );

    -- Schema version the API checks at start-up.
    IF NOT EXISTS (SELECT 1 FROM Romsoft.SCHEMA_VERSION WHERE version = 5)
        INSERT INTO Romsoft.SCHEMA_VERSION (version, descripcion)
        VALUES (5, N'Estados de TIPO_ESTADO para los combos del cliente de escritorio (Todos: 1 Activo, 0 Inactivo)');

    COMMIT TRANSACTION;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0
        ROLLBACK TRANSACTION;

    THROW;
END CATCH;
GO
