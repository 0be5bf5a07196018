/*
    Romsoft - seed data, version 3: records the schema version (idempotent).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF NOT EXISTS (SELECT 1 FROM Romsoft.SCHEMA_VERSION WHERE version = 3)
    INSERT INTO Romsoft.SCHEMA_VERSION (version, descripcion)
    VALUES (3, N'Sello de seguridad de SEG_USUARIO e intentos de inicio de sesion');
GO
