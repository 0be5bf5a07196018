/*
    Romsoft.p_ADM_OCUPACION_Update
    Updates an occupation. Returns @Response = rows changed (0 when the id does not exist).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_OCUPACION_Update
    @id_ocupacion INT = NULL,
    @c_codigo NVARCHAR(20) = NULL,
    @t_descripcion NVARCHAR(200) = NULL,
    @t_observacion NVARCHAR(500) = NULL,
    @f_estado INT = NULL,
    @id_user_modifica INT = NULL,
    @d_fecha_modifica DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.ADM_OCUPACION
    SET
        c_codigo = LTRIM(RTRIM(@c_codigo)),
        t_descripcion = LTRIM(RTRIM(@t_descripcion)),
        t_observacion = @t_observacion,
        f_estado = COALESCE(@f_estado, f_estado),
        id_user_modifica = @id_user_modifica,
        d_fecha_modifica = COALESCE(@d_fecha_modifica, SYSDATETIME())
    WHERE id_ocupacion = @id_ocupacion;

    SET @Response = @@ROWCOUNT;
END;
GO
