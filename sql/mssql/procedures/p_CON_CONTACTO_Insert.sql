/*
    Romsoft.p_CON_CONTACTO_Insert
    Inserts a contact, always active (@f_estado 0 or NULL stores 1; Delete deactivates).
    t_busqueda is a computed column. Returns @Response = the new id.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CON_CONTACTO_Insert
    @id_tipo_contacto INT = NULL,
    @c_codigo NVARCHAR(20) = NULL,
    @c_codigo_sunat NVARCHAR(20) = NULL,
    @t_apellidos NVARCHAR(100) = NULL,
    @t_nombres NVARCHAR(100) = NULL,
    @t_razon_social NVARCHAR(200) = NULL,
    @t_razon_comercial NVARCHAR(200) = NULL,
    @t_observacion NVARCHAR(500) = NULL,
    @t_contacto NVARCHAR(150) = NULL,
    @t_actividad_economica NVARCHAR(200) = NULL,
    @c_telefono1 NVARCHAR(20) = NULL,
    @c_telefono2 NVARCHAR(20) = NULL,
    @t_email_ffee NVARCHAR(100) = NULL,
    @n_dias_credito INT = NULL,
    @n_flag_garante INT = NULL,
    @n_flag_contratante INT = NULL,
    @n_flag_proveedor INT = NULL,
    @n_flag_habido INT = NULL,
    @f_estado INT = NULL,
    @t_direccion NVARCHAR(250) = NULL,
    @id_user_registro INT = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO Romsoft.CON_CONTACTO (
        id_tipo_contacto, c_codigo, c_codigo_sunat, t_apellidos, t_nombres, t_razon_social,
        t_razon_comercial, t_observacion, t_direccion, t_contacto, t_actividad_economica,
        c_telefono1, c_telefono2, t_email_ffee, n_dias_credito, n_flag_garante, n_flag_contratante,
        n_flag_proveedor, n_flag_habido, f_estado, id_user_registro
    )
    VALUES (
        @id_tipo_contacto,
        LTRIM(RTRIM(@c_codigo)),
        NULLIF(LTRIM(RTRIM(@c_codigo_sunat)), N''),
        NULLIF(LTRIM(RTRIM(@t_apellidos)), N''),
        NULLIF(LTRIM(RTRIM(@t_nombres)), N''),
        LTRIM(RTRIM(@t_razon_social)),
        NULLIF(LTRIM(RTRIM(@t_razon_comercial)), N''),
        @t_observacion,
        NULLIF(LTRIM(RTRIM(@t_direccion)), N''),
        NULLIF(LTRIM(RTRIM(@t_contacto)), N''),
        NULLIF(LTRIM(RTRIM(@t_actividad_economica)), N''),
        NULLIF(LTRIM(RTRIM(@c_telefono1)), N''),
        NULLIF(LTRIM(RTRIM(@c_telefono2)), N''),
        NULLIF(LTRIM(RTRIM(@t_email_ffee)), N''),
        COALESCE(@n_dias_credito, 0),
        COALESCE(@n_flag_garante, 0),
        COALESCE(@n_flag_contratante, 0),
        COALESCE(@n_flag_proveedor, 0),
        COALESCE(@n_flag_habido, 0),
        COALESCE(NULLIF(@f_estado, 0), 1),
        @id_user_registro
    );

    SET @Response = CAST(SCOPE_IDENTITY() AS INT);
END;
GO
