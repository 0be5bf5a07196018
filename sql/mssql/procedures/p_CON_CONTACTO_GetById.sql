/*
    Romsoft.p_CON_CONTACTO_GetById
    The contact with this id, active or not (zero or one row).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CON_CONTACTO_GetById
    @id_contacto INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        c.id_contacto AS id_contacto,
        c.id_tipo_contacto AS id_tipo_contacto,
        c.c_codigo AS c_codigo,
        c.c_codigo_sunat AS c_codigo_sunat,
        c.t_apellidos AS t_apellidos,
        c.t_nombres AS t_nombres,
        c.t_razon_social AS t_razon_social,
        c.t_razon_comercial AS t_razon_comercial,
        c.t_observacion AS t_observacion,
        c.t_direccion AS t_direccion,
        c.t_contacto AS t_contacto,
        c.t_actividad_economica AS t_actividad_economica,
        c.c_telefono1 AS c_telefono1,
        c.c_telefono2 AS c_telefono2,
        c.t_email_ffee AS t_email_ffee,
        c.n_dias_credito AS n_dias_credito,
        c.n_flag_garante AS n_flag_garante,
        c.n_flag_contratante AS n_flag_contratante,
        c.n_flag_proveedor AS n_flag_proveedor,
        c.n_flag_habido AS n_flag_habido,
        c.f_estado AS f_estado,
        c.id_user_registro AS id_user_registro,
        c.id_user_modifica AS id_user_modifica,
        c.d_fecha_registro AS d_fecha_registro,
        c.d_fecha_modifica AS d_fecha_modifica
    FROM Romsoft.CON_CONTACTO AS c
    WHERE c.id_contacto = @id_contacto;
END;
GO
