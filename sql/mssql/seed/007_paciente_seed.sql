/*
    Romsoft - seed data, version 7: records the schema version (idempotent).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF NOT EXISTS (SELECT 1 FROM Romsoft.SCHEMA_VERSION WHERE version = 7)
    INSERT INTO Romsoft.SCHEMA_VERSION (version, descripcion)
    VALUES (7, N'Pacientes: ADM_PACIENTE con numero de historia clinica secuencial');
GO
