/*
    Romsoft.p_ADM_OCUPACION_Delete
    Soft delete: f_estado = 0. Returns @Response = rows changed.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_OCUPACION_Delete
    @id_ocupacion INT = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.ADM_OCUPACION
    SET
        f_estado = 0,
        d_fecha_modifica = SYSDATETIME()
    WHERE id_ocupacion = @id_ocupacion;

    SET @Response = @@ROWCOUNT;
END;
GO
