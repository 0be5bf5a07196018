/*
    Romsoft - SQL Server schema, version 13: what an attention bills
    =================================================================
        Romsoft.ADM_TIPO_ATENCION.c_codigo_segus   the SEGUS tariff line an attention of this
                                                   type bills when it is opened

    Consulta externa bills the outpatient consultation, emergencia the emergency consultation
    (seed 013 and sql/seed/060_ADM_TIPO_ATENCION.csv); NULL: the type bills nothing by itself.
    ADM_ATENCION/GetAtencionPendingAllFilters prices the line under the attention's payment
    category. Re-runnable: the column is added only when it is missing.
*/

SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF COL_LENGTH(N'Romsoft.ADM_TIPO_ATENCION', N'c_codigo_segus') IS NULL
    ALTER TABLE Romsoft.ADM_TIPO_ATENCION ADD c_codigo_segus NVARCHAR(20) NULL;
GO
