/*
    Romsoft - seed data, version 4: records the schema version (idempotent).
    The catalog rows themselves are in seed/900_datos_referencia.sql (from the CSV files of sql/seed).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF NOT EXISTS (SELECT 1 FROM Romsoft.SCHEMA_VERSION WHERE version = 4)
    INSERT INTO Romsoft.SCHEMA_VERSION (version, descripcion)
    VALUES (4, N'Catalogos de admision, contabilidad, convenios y farmacia; profesionales');
GO
