/*
    Romsoft.p_CVN_CATEGORIA_PAGO_Delete
    Soft delete: f_estado = 0. Returns @Response = rows changed. The category's prices stay as
    they are (they leave the price lists with the category).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_CATEGORIA_PAGO_Delete
    @id_categoria_pago INT = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.CVN_CATEGORIA_PAGO
    SET
        f_estado = 0,
        d_fecha_modifica = SYSDATETIME()
    WHERE id_categoria_pago = @id_categoria_pago AND f_estado = 1;

    SET @Response = @@ROWCOUNT;
END;
GO
