/*
    Romsoft.p_Registro_Insert
    Prueba/addDetalle: a header (PRU_CABECERA) AND its lines (@lstDetalle; its id_cabecera is
    the constant 0 the legacy code sent, replaced by the new header's id), in one transaction:
    everything or nothing. Nothing is written without lines or with a negative CostoTotal.
    @Response = the new id_cabecera; 0 = nothing written.
    Origin:  legacy (same name, parameters and outputs as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_Registro_Insert
    @Descripcion NVARCHAR(200) = NULL,
    @Estado INT = NULL,
    @lstDetalle Romsoft.EstructuraDetalle READONLY,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @id INT;
    SET @Response = 0;

    IF NOT EXISTS (SELECT 1 FROM @lstDetalle)
        OR EXISTS (SELECT 1 FROM @lstDetalle AS l WHERE ISNULL(l.CostoTotal, 0) < 0)
        RETURN;

    BEGIN TRANSACTION;

    INSERT INTO Romsoft.PRU_CABECERA (t_descripcion, f_estado)
    VALUES (NULLIF(LTRIM(RTRIM(@Descripcion)), N''), ISNULL(@Estado, 1));
    SET @id = CAST(SCOPE_IDENTITY() AS INT);

    INSERT INTO Romsoft.PRU_DETALLE (id_cabecera, c_cod_vale, t_descripcion, d_fecha, n_costo_total, f_estado)
    SELECT
        @id,
        NULLIF(LTRIM(RTRIM(l.CodVale)), N''),
        NULLIF(LTRIM(RTRIM(l.Descripcion)), N''),
        l.Fecha,
        ISNULL(l.CostoTotal, 0),
        ISNULL(l.f_estado, 1)
    FROM @lstDetalle AS l;

    COMMIT TRANSACTION;
    SET @Response = @id;
END;
GO
