/*
    Romsoft.p_SEG_ROL_Delete
    ========================
    Soft delete: the row is kept (users still reference it), estado becomes 'I' and
    fecha_modifica the server time.

    Returns: @Response = rows changed (0 when the id does not exist).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure);
             not called by this API; kept so a DBA's scripts and reports keep working.
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_ROL_Delete
    @id_rol INT = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.SEG_ROL
    SET
        estado = 'I',
        fecha_modifica = SYSDATETIME()
    WHERE id_rol = @id_rol;

    SET @Response = @@ROWCOUNT;
END;
GO
