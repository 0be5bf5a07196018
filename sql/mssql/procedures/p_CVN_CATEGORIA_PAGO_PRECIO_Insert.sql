/*
    Romsoft.p_CVN_CATEGORIA_PAGO_PRECIO_Insert
    Inserts a payment category's explicit price for a tariff line, active. Returns @Response =
    the new id. One active price per (category, tariff line): the API checks first
    (p_CVN_CATEGORIA_PAGO_PRECIO_Validar) and the filtered unique index
    UX_CVN_CATEGORIA_PAGO_PRECIO_linea refuses a concurrent second one.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_CATEGORIA_PAGO_PRECIO_Insert
    @id_categoria_pago INT = NULL,
    @id_tarifario_segus INT = NULL,
    @n_precio_usd DECIMAL(12, 2) = NULL,
    @n_precio_sol DECIMAL(12, 2) = NULL,
    @id_user_registro INT = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO Romsoft.CVN_CATEGORIA_PAGO_PRECIO (
        id_categoria_pago, id_tarifario_segus, n_precio_sol, n_precio_usd, f_estado, id_user_registro
    )
    VALUES (
        @id_categoria_pago,
        @id_tarifario_segus,
        COALESCE(@n_precio_sol, 0),
        COALESCE(@n_precio_usd, 0),
        1,
        @id_user_registro
    );

    SET @Response = CAST(SCOPE_IDENTITY() AS INT);
END;
GO
