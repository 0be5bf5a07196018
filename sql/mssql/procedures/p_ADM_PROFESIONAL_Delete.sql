/*
    Romsoft.p_ADM_PROFESIONAL_Delete
    Soft delete: f_estado = 0 (its specialties stay, for its history). @Response = rows changed.
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_PROFESIONAL_Delete
    @id_profesional INT = NULL,
    @id_user_modifica INT = NULL,
    @d_fecha_modifica DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.ADM_PROFESIONAL
    SET
        f_estado = 0,
        id_user_modifica = @id_user_modifica,
        d_fecha_modifica = COALESCE(@d_fecha_modifica, SYSDATETIME())
    WHERE id_profesional = @id_profesional;

    SET @Response = @@ROWCOUNT;
END;
GO
