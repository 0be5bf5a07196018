/*
    Romsoft.p_CVN_TARIFARIO_SEGUS_CategoriaPago
    The payment category CVN_TARIFARIO_SEGUS/GetPrice prices under, active or not (zero or one
    row), so that the API can name a missing or inactive one in its warning.
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_TARIFARIO_SEGUS_CategoriaPago
    @id_categoria_pago INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        c.id_categoria_pago AS id_categoria_pago,
        c.c_codigo AS c_codigo,
        c.t_descripcion AS t_descripcion,
        c.f_estado AS f_estado
    FROM Romsoft.CVN_CATEGORIA_PAGO AS c
    WHERE c.id_categoria_pago = @id_categoria_pago;
END;
GO
