/*
    Romsoft - seed data, version 6: records the schema version (idempotent). The catalog rows
    themselves are in 900_datos_referencia.sql, generated from the CSV files of sql/seed.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF NOT EXISTS (SELECT 1 FROM Romsoft.SCHEMA_VERSION WHERE version = 6)
    INSERT INTO Romsoft.SCHEMA_VERSION (version, descripcion)
    VALUES (6, N'Catalogos de referencia: ADM_CIE10 (CIE-10) y ADM_UBIGEO (INEI)');
GO
