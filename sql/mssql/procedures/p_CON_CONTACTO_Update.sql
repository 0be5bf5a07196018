/*
    Romsoft.p_CON_CONTACTO_Update
    Updates a contact (t_busqueda is a computed column). Returns @Response = rows changed
    (0 when the id does not exist).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CON_CONTACTO_Update
    @id_contacto INT = NULL,
    @id_tipo_contacto INT = NULL,
    @c_codigo NVARCHAR(20) = NULL,
    @c_codigo_sunat NVARCHAR(20) = NULL,
    @t_apellidos NVARCHAR(100) = NULL,
    @t_nombres NVARCHAR(100) = NULL,
    @t_razon_social NVARCHAR(200) = NULL,
    @t_razon_comercial NVARCHAR(200) = NULL,
    @t_observacion NVARCHAR(500) = NULL,
    @t_direccion NVARCHAR(250) = NULL,
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
    @id_user_modifica INT = NULL,
    @d_fecha_modifica DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.CON_CONTACTO
    SET
        id_tipo_contacto = @id_tipo_contacto,
        c_codigo = LTRIM(RTRIM(@c_codigo)),
        c_codigo_sunat = NULLIF(LTRIM(RTRIM(@c_codigo_sunat)), N''),
        t_apellidos = NULLIF(LTRIM(RTRIM(@t_apellidos)), N''),
        t_nombres = NULLIF(LTRIM(RTRIM(@t_nombres)), N''),
        t_razon_social = LTRIM(RTRIM(@t_razon_social)),
        t_razon_comercial = NULLIF(LTRIM(RTRIM(@t_razon_comercial)), N''),
        t_observacion = @t_observacion,
        t_direccion = NULLIF(LTRIM(RTRIM(@t_direccion)), N''),
        t_contacto = NULLIF(LTRIM(RTRIM(@t_contacto)), N''),
        t_actividad_economica = NULLIF(LTRIM(RTRIM(@t_actividad_economica)), N''),
        c_telefono1 = NULLIF(LTRIM(RTRIM(@c_telefono1)), N''),
        c_telefono2 = NULLIF(LTRIM(RTRIM(@c_telefono2)), N''),
        t_email_ffee = NULLIF(LTRIM(RTRIM(@t_email_ffee)), N''),
        n_dias_credito = COALESCE(@n_dias_credito, 0),
        n_flag_garante = COALESCE(@n_flag_garante, 0),
        n_flag_contratante = COALESCE(@n_flag_contratante, 0),
        n_flag_proveedor = COALESCE(@n_flag_proveedor, 0),
        n_flag_habido = COALESCE(@n_flag_habido, 0),
        f_estado = COALESCE(@f_estado, f_estado),
        id_user_modifica = @id_user_modifica,
        d_fecha_modifica = COALESCE(@d_fecha_modifica, SYSDATETIME())
    WHERE id_contacto = @id_contacto;

    SET @Response = @@ROWCOUNT;
END;
GO
