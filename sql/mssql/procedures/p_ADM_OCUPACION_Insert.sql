/*
    Romsoft.p_ADM_OCUPACION_Insert
    Inserts an occupation; @f_estado NULL stores 1 (active). Returns @Response = the new id.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_OCUPACION_Insert
    @c_codigo NVARCHAR(20) = NULL,
    @t_descripcion NVARCHAR(200) = NULL,
    @t_observacion NVARCHAR(500) = NULL,
    @f_estado INT = NULL,
    @id_user_registro INT = NULL,
    @d_fecha_registro DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO Romsoft.ADM_OCUPACION (
        c_codigo, t_descripcion, t_observacion, f_estado, id_user_registro, d_fecha_registro
    )
    VALUES (
        LTRIM(RTRIM(@c_codigo)),
        LTRIM(RTRIM(@t_descripcion)),
        @t_observacion,
        COALESCE(@f_estado, 1),
        @id_user_registro,
        COALESCE(@d_fecha_registro, SYSDATETIME())
    );

    SET @Response = CAST(SCOPE_IDENTITY() AS INT);
END;
GO
