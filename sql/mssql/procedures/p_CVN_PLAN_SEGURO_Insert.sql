/*
    Romsoft.p_CVN_PLAN_SEGURO_Insert
    Inserts a plan, always active (@f_estado 0 or NULL stores 1). Ids 0 = not chosen (NULL).
    t_busqueda is a computed column. Returns @Response = the new id.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_PLAN_SEGURO_Insert
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
    @id_user_registro INT = NULL,
    @d_fecha_registro DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO Romsoft.CVN_PLAN_SEGURO (
        id_contacto_garante, id_contacto_contratante, id_categoria_pago, c_codigo, t_descripcion,
        t_observacion, c_codigo_iafa, d_fecha_i_vigencia, d_fecha_f_vigencia, c_contrato,
        c_certificado, id_producto_plan, f_estado, id_user_registro, d_fecha_registro
    )
    VALUES (
        @id_contacto_garante,
        NULLIF(@id_contacto_contratante, 0),
        NULLIF(@id_categoria_pago, 0),
        LTRIM(RTRIM(@c_codigo)),
        LTRIM(RTRIM(@t_descripcion)),
        @t_observacion,
        NULLIF(LTRIM(RTRIM(@c_codigo_iafa)), N''),
        @d_fecha_i_vigencia,
        @d_fecha_f_vigencia,
        NULLIF(LTRIM(RTRIM(@c_contrato)), N''),
        NULLIF(LTRIM(RTRIM(@c_certificado)), N''),
        NULLIF(@id_producto_plan, 0),
        COALESCE(NULLIF(@f_estado, 0), 1),
        @id_user_registro,
        COALESCE(@d_fecha_registro, SYSDATETIME())
    );

    SET @Response = CAST(SCOPE_IDENTITY() AS INT);
END;
GO
