/*
    Romsoft.p_CON_CONTACTO_Delete
    Soft delete: f_estado = 0. Returns @Response = rows changed.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CON_CONTACTO_Delete
    @id_contacto INT = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.CON_CONTACTO
    SET
        f_estado = 0,
        d_fecha_modifica = SYSDATETIME()
    WHERE id_contacto = @id_contacto;

    SET @Response = @@ROWCOUNT;
END;
GO
