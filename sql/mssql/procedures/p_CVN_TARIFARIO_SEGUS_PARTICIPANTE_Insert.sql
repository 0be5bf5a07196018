/*
    Romsoft.p_CVN_TARIFARIO_SEGUS_PARTICIPANTE_Insert
    Links @id_tarifario_segus_referencia to the line @id_tarifario_segus (billed with it),
    active. Returns @Response = the new id. The same active pair again hits the unique index
    UX_CVN_TARIFARIO_SEGUS_PARTICIPANTE_par: the API answers "El registro ya existe."
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_TARIFARIO_SEGUS_PARTICIPANTE_Insert
    @id_tarifario_segus INT = NULL,
    @id_tarifario_segus_referencia INT = NULL,
    @id_user_registro INT = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO Romsoft.CVN_TARIFARIO_SEGUS_PARTICIPANTE (
        id_tarifario_segus, id_tarifario_segus_referencia, f_estado, id_user_registro
    )
    VALUES (@id_tarifario_segus, @id_tarifario_segus_referencia, 1, @id_user_registro);

    SET @Response = CAST(SCOPE_IDENTITY() AS INT);
END;
GO
