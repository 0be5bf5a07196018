/*
    Romsoft.p_CVN_TARIFARIO_SEGUS_PARTICIPANTE_Delete
    Soft delete of an active link: f_estado = 0. Returns @Response = rows changed (0: no such
    active link). The legacy declared the id NVARCHAR; the API binds it as an integer.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_TARIFARIO_SEGUS_PARTICIPANTE_Delete
    @id_tarifario_segus_participante INT = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.CVN_TARIFARIO_SEGUS_PARTICIPANTE
    SET
        f_estado = 0,
        d_fecha_modifica = SYSDATETIME()
    WHERE id_tarifario_segus_participante = @id_tarifario_segus_participante AND f_estado = 1;

    SET @Response = @@ROWCOUNT;
END;
GO
