/*
    Romsoft - seed data, version 2: admission catalogs (idempotent).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

BEGIN TRANSACTION;

    IF NOT EXISTS (SELECT 1 FROM Romsoft.ADM_GENERO WHERE c_codigo = N'M')
        INSERT INTO Romsoft.ADM_GENERO (c_codigo, t_descripcion) VALUES (N'M', N'Masculino');
    IF NOT EXISTS (SELECT 1 FROM Romsoft.ADM_GENERO WHERE c_codigo = N'F')
        INSERT INTO Romsoft.ADM_GENERO (c_codigo, t_descripcion) VALUES (N'F', N'Femenino');

    IF NOT EXISTS (SELECT 1 FROM Romsoft.SCHEMA_VERSION WHERE version = 2)
        INSERT INTO Romsoft.SCHEMA_VERSION (version, descripcion)
        VALUES (2, N'Catalogos de admision: ADM_GENERO, ADM_OCUPACION; vista v_SEG_USUARIO_GetAll');

COMMIT TRANSACTION;
GO
