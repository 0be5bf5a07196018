/*
    Romsoft.p_FAR_PRODUCTO_Update
    Updates a pharmacy product; the fields were checked by the API (business::far::producto).
    @id_producto is a string, as the legacy procedure declared it. Checked here: the product
    exists; @t_codigo blank keeps the stored code, another product's code or a new P-and-digits
    code (those are assigned by the system) is refused; the laboratory and the supplier
    (0 = none) active contacts; no other active product with the same description or GTIN
    when this one stays active. On a failure nothing is written, @Response 0 and @Response_t
    the reason. @id_user_registro / @d_fecha_registro: who modified it and when.
    Otherwise @Response = the product's id.
    Origin:  legacy (same name, parameters and outputs as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_FAR_PRODUCTO_Update
    @id_producto NVARCHAR(20) = NULL,
    @t_codigo NVARCHAR(20) = NULL,
    @t_descripcion NVARCHAR(200) = NULL,
    @t_presentacion NVARCHAR(100) = NULL,
    @t_rutaimagen NVARCHAR(500) = NULL,
    @id_tipo_producto INT = NULL,
    @id_clase INT = NULL,
    @id_generico INT = NULL,
    @id_familia INT = NULL,
    @id_tipificacion INT = NULL,
    @c_gtin NVARCHAR(14) = NULL,
    @c_unspsc NVARCHAR(8) = NULL,
    @n_stockmin DECIMAL(12, 2) = NULL,
    @n_stockmax DECIMAL(12, 2) = NULL,
    @n_pcosto DECIMAL(12, 2) = NULL,
    @n_pvf DECIMAL(12, 2) = NULL,
    @n_utilidad DECIMAL(12, 2) = NULL,
    @n_pvs DECIMAL(12, 2) = NULL,
    @n_plista DECIMAL(12, 2) = NULL,
    @f_inafecto INT = NULL,
    @id_consignacion INT = NULL,
    @id_laboratorio INT = NULL,
    @id_proveedor INT = NULL,
    @n_dscto_1 DECIMAL(5, 2) = NULL,
    @n_dscto_2 DECIMAL(5, 2) = NULL,
    @f_estado INT = NULL,
    @n_valorizado INT = NULL,
    @id_user_registro INT = NULL,
    @d_fecha_registro DATETIME2(3) = NULL,
    @Response INT OUTPUT,
    @Response_t NVARCHAR(100) OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    SET @Response = 0;
    SET @Response_t = NULL;

    DECLARE @id INT = TRY_CAST(LTRIM(RTRIM(@id_producto)) AS INT);
    DECLARE @codigo NVARCHAR(20) = NULLIF(LTRIM(RTRIM(@t_codigo)), N'');

    IF NOT EXISTS (SELECT 1 FROM Romsoft.FAR_PRODUCTO AS p WHERE p.id_producto = @id)
        SET @Response_t = CONCAT(N'El campo ''id_producto'' no es v', NCHAR(225), N'lido: el producto ', @id_producto, N' no existe.');
    IF @Response_t IS NULL AND @codigo IS NOT NULL
        AND EXISTS (SELECT 1 FROM Romsoft.FAR_PRODUCTO AS p WHERE p.t_codigo = @codigo AND p.id_producto <> @id)
        SET @Response_t = CONCAT(N'El campo ''t_codigo'' no es v', NCHAR(225), N'lido: otro producto tiene el c', NCHAR(243), N'digo ', @codigo, N'.');
    IF @Response_t IS NULL AND @codigo LIKE N'P[0-9]%' AND SUBSTRING(@codigo, 2, 20) NOT LIKE N'%[^0-9]%'
        AND NOT EXISTS (SELECT 1 FROM Romsoft.FAR_PRODUCTO AS p WHERE p.t_codigo = @codigo AND p.id_producto = @id)
        SET @Response_t = CONCAT(N'El campo ''t_codigo'' no es v', NCHAR(225), N'lido: los c', NCHAR(243), N'digos P y n', NCHAR(250), N'mero los asigna el sistema.');
    IF @Response_t IS NULL AND ISNULL(@id_laboratorio, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.CON_CONTACTO AS c WHERE c.id_contacto = @id_laboratorio AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_laboratorio'' no es v', NCHAR(225), N'lido: el contacto ', @id_laboratorio, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@id_proveedor, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.CON_CONTACTO AS c WHERE c.id_contacto = @id_proveedor AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_proveedor'' no es v', NCHAR(225), N'lido: el contacto ', @id_proveedor, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@f_estado, 1) = 1
        AND EXISTS (SELECT 1 FROM Romsoft.FAR_PRODUCTO AS p WHERE p.t_descripcion = LTRIM(RTRIM(@t_descripcion)) AND p.f_estado = 1 AND p.id_producto <> @id)
        SET @Response_t = CONCAT(N'El campo ''t_descripcion'' no es v', NCHAR(225), N'lido: otro producto activo tiene esa descripci', NCHAR(243), N'n.');
    IF @Response_t IS NULL AND ISNULL(@f_estado, 1) = 1 AND NULLIF(LTRIM(RTRIM(@c_gtin)), N'') IS NOT NULL
        AND EXISTS (SELECT 1 FROM Romsoft.FAR_PRODUCTO AS p WHERE p.c_gtin = LTRIM(RTRIM(@c_gtin)) AND p.f_estado = 1 AND p.id_producto <> @id)
        SET @Response_t = CONCAT(N'El campo ''c_gtin'' no es v', NCHAR(225), N'lido: otro producto activo tiene el GTIN ', LTRIM(RTRIM(@c_gtin)), N'.');

    IF @Response_t IS NOT NULL
        RETURN;

    UPDATE Romsoft.FAR_PRODUCTO
    SET t_codigo = ISNULL(@codigo, t_codigo),
        t_descripcion = LTRIM(RTRIM(@t_descripcion)),
        t_presentacion = NULLIF(LTRIM(RTRIM(@t_presentacion)), N''),
        t_rutaimagen = NULLIF(LTRIM(RTRIM(@t_rutaimagen)), N''),
        id_tipo_producto = NULLIF(@id_tipo_producto, 0),
        id_clase = NULLIF(@id_clase, 0),
        id_generico = NULLIF(@id_generico, 0),
        id_familia = NULLIF(@id_familia, 0),
        id_tipificacion = NULLIF(@id_tipificacion, 0),
        c_gtin = NULLIF(LTRIM(RTRIM(@c_gtin)), N''),
        c_unspsc = NULLIF(LTRIM(RTRIM(@c_unspsc)), N''),
        n_stockmin = ISNULL(@n_stockmin, 0),
        n_stockmax = ISNULL(@n_stockmax, 0),
        n_pcosto = ISNULL(@n_pcosto, 0),
        n_pvf = ISNULL(@n_pvf, 0),
        n_utilidad = ISNULL(@n_utilidad, 0),
        n_pvs = ISNULL(@n_pvs, 0),
        n_plista = ISNULL(@n_plista, 0),
        f_inafecto = ISNULL(@f_inafecto, 0),
        id_consignacion = NULLIF(@id_consignacion, 0),
        id_laboratorio = NULLIF(@id_laboratorio, 0),
        id_proveedor = NULLIF(@id_proveedor, 0),
        n_dscto_1 = ISNULL(@n_dscto_1, 0),
        n_dscto_2 = ISNULL(@n_dscto_2, 0),
        f_estado = ISNULL(@f_estado, f_estado),
        n_valorizado = ISNULL(@n_valorizado, 0),
        id_user_modifica = @id_user_registro,
        d_fecha_modifica = ISNULL(@d_fecha_registro, SYSDATETIME())
    WHERE id_producto = @id;

    SET @Response = @id;
END;
GO
