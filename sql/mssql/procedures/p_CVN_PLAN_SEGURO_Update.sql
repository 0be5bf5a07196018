/*
    Romsoft.p_CVN_PLAN_SEGURO_Update
    Updates a plan; ids 0 = not chosen (NULL). Returns @Response = rows changed.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_PLAN_SEGURO_Update
    @id_plan_seguro INT = NULL,
    @id_contacto_garante INT = NULL,
    @id_contacto_contratante INT = NULL,
    @id_categoria_pago INT = NULL,
    @c_codigo NVARCHAR(20) = NULL,
    @t_descripcion NVARCHAR(200) = NULL,
    @t_observacion NVARCHAR(500) = NULL,
    @c_codigo_iafa NVARCHAR(20) = NULL,
    @d_fecha_i_vigencia DATETIME2(3) = NULL,
    @d_fecha_f_vigencia DATETIME2(3) = NULL,
    @c_contrato NVARCHAR(30) = NULL,
    @c_certificado NVARCHAR(30) = NULL,
    @id_producto_plan INT = NULL,
    @f_estado INT = NULL,
    @id_user_modifica INT = NULL,
    @d_fecha_modifica DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.CVN_PLAN_SEGURO
    SET
        id_contacto_garante = @id_contacto_garante,
        id_contacto_contratante = NULLIF(@id_contacto_contratante, 0),
        id_categoria_pago = NULLIF(@id_categoria_pago, 0),
        c_codigo = LTRIM(RTRIM(@c_codigo)),
        t_descripcion = LTRIM(RTRIM(@t_descripcion)),
        t_observacion = @t_observacion,
        c_codigo_iafa = NULLIF(LTRIM(RTRIM(@c_codigo_iafa)), N''),
        d_fecha_i_vigencia = @d_fecha_i_vigencia,
        d_fecha_f_vigencia = @d_fecha_f_vigencia,
        c_contrato = NULLIF(LTRIM(RTRIM(@c_contrato)), N''),
        c_certificado = NULLIF(LTRIM(RTRIM(@c_certificado)), N''),
        id_producto_plan = NULLIF(@id_producto_plan, 0),
        f_estado = COALESCE(@f_estado, f_estado),
        id_user_modifica = @id_user_modifica,
        d_fecha_modifica = COALESCE(@d_fecha_modifica, SYSDATETIME())
    WHERE id_plan_seguro = @id_plan_seguro;

    SET @Response = @@ROWCOUNT;
END;
GO
