/*
    Romsoft.p_CVN_CATEGORIA_PAGO_PRECIO_Validar
    Before a price is added (one row, 1 yes / 0 no): whether the payment category exists and is
    active, and whether the tariff line exists and is active. A second active price for the
    pair is refused by the unique index UX_CVN_CATEGORIA_PAGO_PRECIO_linea.
    Origin:  Romsoft (this API; the legacy duplicate check returned a constant false).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_CATEGORIA_PAGO_PRECIO_Validar
    @id_categoria_pago INT = NULL,
    @id_tarifario_segus INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CASE
            WHEN EXISTS (
                SELECT 1 FROM Romsoft.CVN_CATEGORIA_PAGO AS c
                WHERE c.id_categoria_pago = @id_categoria_pago AND c.f_estado = 1
            ) THEN 1
            ELSE 0
        END AS categoria_activa,
        CASE
            WHEN EXISTS (
                SELECT 1 FROM Romsoft.CVN_TARIFARIO_SEGUS AS t
                WHERE t.id_tarifario_segus = @id_tarifario_segus AND t.f_estado = 1
            ) THEN 1
            ELSE 0
        END AS tarifario_activo;
END;
GO
