/*
    Romsoft.p_FAR_PRODUCTO_Insert
    Registers a pharmacy product; the fields were checked by the API (business::far::producto).
    Checked here, against the stored rows: the laboratory and the supplier (0 = none) active
    contacts, and no other active product with the same description or GTIN. On a failure
    nothing is written, @Response 0 and @Response_t the reason naming the field. Catalog ids
    0 = NULL. The product code is P and the new id in 6 digits (P000123).
    Otherwise @Response = the new id.
    Origin:  legacy (same name, parameters and outputs as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_FAR_PRODUCTO_Insert
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

    IF @Response_t IS NULL AND ISNULL(@id_laboratorio, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.CON_CONTACTO AS c WHERE c.id_contacto = @id_laboratorio AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_laboratorio'' no es v', NCHAR(225), N'lido: el contacto ', @id_laboratorio, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@id_proveedor, 0) <> 0
        AND NOT EXISTS (SELECT 1 FROM Romsoft.CON_CONTACTO AS c WHERE c.id_contacto = @id_proveedor AND c.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''id_proveedor'' no es v', NCHAR(225), N'lido: el contacto ', @id_proveedor, N' no existe o est', NCHAR(225), N' inactivo.');
    IF @Response_t IS NULL AND ISNULL(@f_estado, 1) = 1
        AND EXISTS (SELECT 1 FROM Romsoft.FAR_PRODUCTO AS p WHERE p.t_descripcion = LTRIM(RTRIM(@t_descripcion)) AND p.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''t_descripcion'' no es v', NCHAR(225), N'lido: otro producto activo tiene esa descripci', NCHAR(243), N'n.');
    IF @Response_t IS NULL AND ISNULL(@f_estado, 1) = 1 AND NULLIF(LTRIM(RTRIM(@c_gtin)), N'') IS NOT NULL
        AND EXISTS (SELECT 1 FROM Romsoft.FAR_PRODUCTO AS p WHERE p.c_gtin = LTRIM(RTRIM(@c_gtin)) AND p.f_estado = 1)
        SET @Response_t = CONCAT(N'El campo ''c_gtin'' no es v', NCHAR(225), N'lido: otro producto activo tiene el GTIN ', LTRIM(RTRIM(@c_gtin)), N'.');

    IF @Response_t IS NOT NULL
        RETURN;

    DECLARE @id INT;

    BEGIN TRANSACTION;

    INSERT INTO Romsoft.FAR_PRODUCTO (
        t_descripcion, t_presentacion, t_rutaimagen, id_tipo_producto,
        id_clase, id_generico, id_familia, id_tipificacion,
        c_gtin, c_unspsc, n_stockmin, n_stockmax,
        n_pcosto, n_pvf, n_utilidad, n_pvs,
        n_plista, f_inafecto, id_consignacion, id_laboratorio,
        id_proveedor, n_dscto_1, n_dscto_2, f_estado,
        n_valorizado, id_user_registro, d_fecha_registro
    )
    VALUES (
        LTRIM(RTRIM(@t_descripcion)),
        NULLIF(LTRIM(RTRIM(@t_presentacion)), N''),
        NULLIF(LTRIM(RTRIM(@t_rutaimagen)), N''),
        NULLIF(@id_tipo_producto, 0),
        NULLIF(@id_clase, 0),
        NULLIF(@id_generico, 0),
        NULLIF(@id_familia, 0),
        NULLIF(@id_tipificacion, 0),
        NULLIF(LTRIM(RTRIM(@c_gtin)), N''),
        NULLIF(LTRIM(RTRIM(@c_unspsc)), N''),
        ISNULL(@n_stockmin, 0),
        ISNULL(@n_stockmax, 0),
        ISNULL(@n_pcosto, 0),
        ISNULL(@n_pvf, 0),
        ISNULL(@n_utilidad, 0),
        ISNULL(@n_pvs, 0),
        ISNULL(@n_plista, 0),
        ISNULL(@f_inafecto, 0),
        NULLIF(@id_consignacion, 0),
        NULLIF(@id_laboratorio, 0),
        NULLIF(@id_proveedor, 0),
        ISNULL(@n_dscto_1, 0),
        ISNULL(@n_dscto_2, 0),
        ISNULL(@f_estado, 1),
        ISNULL(@n_valorizado, 0),
        @id_user_registro,
        ISNULL(@d_fecha_registro, SYSDATETIME())
    );

    SET @id = CAST(SCOPE_IDENTITY() AS INT);

    UPDATE Romsoft.FAR_PRODUCTO
    SET t_codigo = CONCAT(N'P', CASE WHEN @id < 1000000 THEN RIGHT(CONCAT(N'000000', @id), 6) ELSE CAST(@id AS NVARCHAR(11)) END)
    WHERE id_producto = @id;

    COMMIT TRANSACTION;

    SET @Response = @id;
END;
GO
