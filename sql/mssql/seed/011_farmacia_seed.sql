/*
    Romsoft - seed data, version 11: records the schema version (idempotent).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF NOT EXISTS (SELECT 1 FROM Romsoft.SCHEMA_VERSION WHERE version = 11)
    INSERT INTO Romsoft.SCHEMA_VERSION (version, descripcion)
    VALUES (11, N'Farmacia: FAR_PRODUCTO');
GO
