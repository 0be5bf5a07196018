/*
    Romsoft.Log_Insert
    ==================
    Writes one row of the audit log (Romsoft.Log). fecha is set by the server (SYSDATETIME()).

    Returns: @Response = the new id_log.
    Origin:  legacy (same name and parameters as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.Log_Insert
    @DireccionIP VARCHAR(45) = NULL,
    @Usuario NVARCHAR(100) = NULL,
    @Mensaje NVARCHAR(MAX) = NULL,
    @Controlador NVARCHAR(100) = NULL,
    @Accion NVARCHAR(100) = NULL,
    @Objeto NVARCHAR(MAX) = NULL,
    @Identificador INT = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO Romsoft.[Log] (
        DireccionIP, Usuario, Mensaje, Controlador, Accion, Objeto, Identificador
    )
    VALUES (
        @DireccionIP, @Usuario, @Mensaje, @Controlador, @Accion, @Objeto, @Identificador
    );

    -- id_log is BIGINT, the contract's @Response is INT.
    SET @Response = CAST(SCOPE_IDENTITY() AS INT);
END;
GO
