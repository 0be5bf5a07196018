/*
    Romsoft - seed data, version 9: records the schema version (idempotent).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF NOT EXISTS (SELECT 1 FROM Romsoft.SCHEMA_VERSION WHERE version = 9)
    INSERT INTO Romsoft.SCHEMA_VERSION (version, descripcion)
    VALUES (9, N'Convenios: contactos, categorias de pago, tarifario SEGUS, planes');
GO
