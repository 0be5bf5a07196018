/*
    Romsoft - seed data, version 12: records the schema version (idempotent).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF NOT EXISTS (SELECT 1 FROM Romsoft.SCHEMA_VERSION WHERE version = 12)
    INSERT INTO Romsoft.SCHEMA_VERSION (version, descripcion)
    VALUES (12, N'Facturacion: FAC_DOCUMENTO_PAGO, FAC_DOCUMENTO_PAGO_DET, FAC_SERIE; PRU_CABECERA');
GO
