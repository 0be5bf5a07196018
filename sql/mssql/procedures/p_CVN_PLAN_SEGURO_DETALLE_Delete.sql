/*
    Romsoft.p_CVN_PLAN_SEGURO_DETALLE_Delete
    Soft delete of an active line: f_estado = 0. Returns @Response = rows changed.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_PLAN_SEGURO_DETALLE_Delete
    @id_plan_seguro_detalle INT = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.CVN_PLAN_SEGURO_DETALLE
    SET
        f_estado = 0,
        d_fecha_modifica = SYSDATETIME()
    WHERE id_plan_seguro_detalle = @id_plan_seguro_detalle AND f_estado = 1;

    SET @Response = @@ROWCOUNT;
END;
GO
