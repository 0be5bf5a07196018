/*
    Romsoft.p_CVN_TARIFARIO_SEGUS_Delete
    Soft delete of an active line: f_estado = 0. Returns @Response = rows changed (0: no such
    active line).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_TARIFARIO_SEGUS_Delete
    @id_tarifario_segus INT = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.CVN_TARIFARIO_SEGUS
    SET
        f_estado = 0,
        d_fecha_modifica = SYSDATETIME()
    WHERE id_tarifario_segus = @id_tarifario_segus AND f_estado = 1;

    SET @Response = @@ROWCOUNT;
END;
GO
