/*
    Romsoft - seed data, version 8: records the schema version (idempotent).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF NOT EXISTS (SELECT 1 FROM Romsoft.SCHEMA_VERSION WHERE version = 8)
    INSERT INTO Romsoft.SCHEMA_VERSION (version, descripcion)
    VALUES (8, N'Atenciones: ADM_ATENCION');
GO
