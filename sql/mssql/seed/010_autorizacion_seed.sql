/*
    Romsoft - seed data, version 10: records the schema version (idempotent).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF NOT EXISTS (SELECT 1 FROM Romsoft.SCHEMA_VERSION WHERE version = 10)
    INSERT INTO Romsoft.SCHEMA_VERSION (version, descripcion)
    VALUES (10, N'Autorizaciones SITEDS: ADM_DOCUMENTO_AUTORIZACION');
GO
