/*
    Romsoft.p_SEG_USUARIO_Delete
    ============================
    Soft delete: the row is kept, estado becomes 'I' (inactive) and the modification audit
    columns are set. @fecha_modifica NULL stores the server time.

    Returns: @Response = rows changed (0 when the id does not exist).
    Origin:  legacy (same name and parameters as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_USUARIO_Delete
    @id_usuario INT = NULL,
    @usuario_modifica NVARCHAR(50) = NULL,
    @fecha_modifica DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.SEG_USUARIO
    SET
        estado = 'I',
        usuario_modifica = @usuario_modifica,
        fecha_modifica = COALESCE(@fecha_modifica, SYSDATETIME()),
        sello = sello + 1
    WHERE id_usuario = @id_usuario;

    SET @Response = @@ROWCOUNT;
END;
GO
