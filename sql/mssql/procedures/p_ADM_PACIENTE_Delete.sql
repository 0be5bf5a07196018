/*
    Romsoft.p_ADM_PACIENTE_Delete
    Soft delete: the patient becomes inactive (f_estado 0); the clinical record is never erased.
    @Response = rows changed (0: no such patient).
    Origin:  legacy (same name, parameter and output as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_PACIENTE_Delete
    @id_paciente INT = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.ADM_PACIENTE SET f_estado = 0 WHERE id_paciente = @id_paciente;

    SET @Response = @@ROWCOUNT;
END;
GO
