/*
    Romsoft.p_CVN_CATEGORIA_PAGO_Insert
    Inserts a payment category with its price factors; @f_estado NULL stores 1 (active).
    Returns @Response = the new id. The API checks first: factors >= 0, pharmacy discount
    0-100, validity start <= end (the table's CHECK constraints say the same).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_CATEGORIA_PAGO_Insert
    @c_codigo NVARCHAR(20) = NULL,
    @t_descripcion NVARCHAR(200) = NULL,
    @t_observacion NVARCHAR(500) = NULL,
    @d_fecha_i_vigencia DATETIME2(3) = NULL,
    @d_fecha_f_vigencia DATETIME2(3) = NULL,
    @n_factor_servicio DECIMAL(12, 4) = NULL,
    @n_factor_procedimiento DECIMAL(12, 4) = NULL,
    @n_dscto_farmacia DECIMAL(5, 2) = NULL,
    @f_estado INT = NULL,
    @id_user_registro INT = NULL,
    @d_fecha_registro DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO Romsoft.CVN_CATEGORIA_PAGO (
        c_codigo, t_descripcion, t_observacion, d_fecha_i_vigencia, d_fecha_f_vigencia,
        n_factor_servicio, n_factor_procedimiento, n_dscto_farmacia, f_estado,
        id_user_registro, d_fecha_registro
    )
    VALUES (
        LTRIM(RTRIM(@c_codigo)),
        LTRIM(RTRIM(@t_descripcion)),
        @t_observacion,
        @d_fecha_i_vigencia,
        @d_fecha_f_vigencia,
        COALESCE(@n_factor_servicio, 0),
        COALESCE(@n_factor_procedimiento, 0),
        COALESCE(@n_dscto_farmacia, 0),
        COALESCE(@f_estado, 1),
        @id_user_registro,
        COALESCE(@d_fecha_registro, SYSDATETIME())
    );

    SET @Response = CAST(SCOPE_IDENTITY() AS INT);
END;
GO
