/*
    Romsoft.p_CVN_CATEGORIA_PAGO_PRECIO_Delete
    Soft delete of a price: f_estado = 0. Returns @Response = rows changed.
    The legacy repository passed the id as DbType.String; the API sends it as INT after reading
    it from a number or a numeric text (any other text is refused before the call).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_CATEGORIA_PAGO_PRECIO_Delete
    @id_categoria_pago_precio INT = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.CVN_CATEGORIA_PAGO_PRECIO
    SET
        f_estado = 0,
        d_fecha_modifica = SYSDATETIME()
    WHERE id_categoria_pago_precio = @id_categoria_pago_precio AND f_estado = 1;

    SET @Response = @@ROWCOUNT;
END;
GO
