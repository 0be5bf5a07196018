/*
    Romsoft.p_CVN_CATEGORIA_PAGO_GetById
    The payment category with this id, active or not (zero or one row). The parameter keeps the
    legacy spelling @id_caterogia_pago (sic): it is the name the contract binds.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_CATEGORIA_PAGO_GetById
    @id_caterogia_pago INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        c.id_categoria_pago AS id_categoria_pago,
        c.c_codigo AS c_codigo,
        c.t_observacion AS t_observacion,
        c.t_descripcion AS t_descripcion,
        c.d_fecha_i_vigencia AS d_fecha_i_vigencia,
        c.d_fecha_f_vigencia AS d_fecha_f_vigencia,
        c.n_factor_servicio AS n_factor_servicio,
        c.n_factor_procedimiento AS n_factor_procedimiento,
        c.n_dscto_farmacia AS n_dscto_farmacia,
        c.f_estado AS f_estado,
        c.id_user_registro AS id_user_registro,
        c.id_user_modifica AS id_user_modifica,
        c.d_fecha_registro AS d_fecha_registro,
        c.d_fecha_modifica AS d_fecha_modifica
    FROM Romsoft.CVN_CATEGORIA_PAGO AS c
    WHERE c.id_categoria_pago = @id_caterogia_pago;
END;
GO
