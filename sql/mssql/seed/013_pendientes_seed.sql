/*
    Romsoft - seed data, version 13: the SEGUS line of the attention types that bill one, and
    the schema version (idempotent: only rows without a line are set).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

UPDATE Romsoft.ADM_TIPO_ATENCION SET c_codigo_segus = N'10.01.01' WHERE c_codigo = N'CE' AND c_codigo_segus IS NULL;
UPDATE Romsoft.ADM_TIPO_ATENCION SET c_codigo_segus = N'10.04.01' WHERE c_codigo = N'EM' AND c_codigo_segus IS NULL;
GO

IF NOT EXISTS (SELECT 1 FROM Romsoft.SCHEMA_VERSION WHERE version = 13)
    INSERT INTO Romsoft.SCHEMA_VERSION (version, descripcion)
    VALUES (13, N'Atenciones pendientes: linea SEGUS de cada tipo de atencion');
GO
