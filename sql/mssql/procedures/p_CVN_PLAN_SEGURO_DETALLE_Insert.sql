/*
    Romsoft.p_CVN_PLAN_SEGURO_DETALLE_Insert
    Inserts a benefit line, always active (@f_estado 0 or NULL stores 1); @id_moneda 0 = none.
    Returns @Response = the new id.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_PLAN_SEGURO_DETALLE_Insert
    @id_plan_seguro INT = NULL,
    @id_beneficio INT = NULL,
    @id_moneda INT = NULL,
    @n_copago_fijo DECIMAL(12, 2) = NULL,
    @n_copago_variable DECIMAL(5, 2) = NULL,
    @n_copago_variable_farmacia DECIMAL(5, 2) = NULL,
    @f_estado INT = NULL,
    @id_user_registro INT = NULL,
    @d_fecha_registro DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO Romsoft.CVN_PLAN_SEGURO_DETALLE (
        id_plan_seguro, id_beneficio, id_moneda, n_copago_fijo, n_copago_variable,
        n_copago_variable_farmacia, f_estado, id_user_registro, d_fecha_registro
    )
    VALUES (
        @id_plan_seguro,
        @id_beneficio,
        NULLIF(@id_moneda, 0),
        COALESCE(@n_copago_fijo, 0),
        COALESCE(@n_copago_variable, 0),
        COALESCE(@n_copago_variable_farmacia, 0),
        COALESCE(NULLIF(@f_estado, 0), 1),
        @id_user_registro,
        COALESCE(@d_fecha_registro, SYSDATETIME())
    );

    SET @Response = CAST(SCOPE_IDENTITY() AS INT);
END;
GO
