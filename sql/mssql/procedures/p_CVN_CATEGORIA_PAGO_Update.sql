/*
    Romsoft.p_CVN_CATEGORIA_PAGO_Update
    Updates a payment category. Returns @Response = rows changed (0 when the id does not exist).
    @f_estado 0 or 1 sets the state; NULL or another value keeps it.
    The legacy repository named the modifier's parameter `id_user_modifica`, without '@' (see
    the contract's observations); SqlClient adds the '@' when it sends the call, so SQL Server
    always knew it as @id_user_modifica, the name declared here and bound by the API.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_CATEGORIA_PAGO_Update
    @id_categoria_pago INT = NULL,
    @c_codigo NVARCHAR(20) = NULL,
    @t_descripcion NVARCHAR(200) = NULL,
    @t_observacion NVARCHAR(500) = NULL,
    @d_fecha_i_vigencia DATETIME2(3) = NULL,
    @d_fecha_f_vigencia DATETIME2(3) = NULL,
    @n_factor_servicio DECIMAL(12, 4) = NULL,
    @n_factor_procedimiento DECIMAL(12, 4) = NULL,
    @n_dscto_farmacia DECIMAL(5, 2) = NULL,
    @f_estado INT = NULL,
    @id_user_modifica INT = NULL,
    @d_fecha_modifica DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.CVN_CATEGORIA_PAGO
    SET
        c_codigo = LTRIM(RTRIM(@c_codigo)),
        t_descripcion = LTRIM(RTRIM(@t_descripcion)),
        t_observacion = @t_observacion,
        d_fecha_i_vigencia = @d_fecha_i_vigencia,
        d_fecha_f_vigencia = @d_fecha_f_vigencia,
        n_factor_servicio = COALESCE(@n_factor_servicio, 0),
        n_factor_procedimiento = COALESCE(@n_factor_procedimiento, 0),
        n_dscto_farmacia = COALESCE(@n_dscto_farmacia, 0),
        f_estado = CASE WHEN @f_estado IN (0, 1) THEN @f_estado ELSE f_estado END,
        id_user_modifica = @id_user_modifica,
        d_fecha_modifica = COALESCE(@d_fecha_modifica, SYSDATETIME())
    WHERE id_categoria_pago = @id_categoria_pago;

    SET @Response = @@ROWCOUNT;
END;
GO
