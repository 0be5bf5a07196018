/*
    Romsoft.p_CON_CONTACTO_GetAllFilter
    Contacts, active or not, whose document number, business and trade name, contact person or
    e-mail contain the words of @valor in order, ignoring case and accents (t_busqueda is
    collated Latin1_General_CI_AI); NULL or blank @valor: every contact. Wildcards typed in
    @valor match themselves. codigo_tc = the contact type's code; estado = Activo/Inactivo.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CON_CONTACTO_GetAllFilter
    @valor NVARCHAR(200) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @texto NVARCHAR(200) = LTRIM(RTRIM(COALESCE(@valor, N'')));
    DECLARE @literal NVARCHAR(800) = REPLACE(REPLACE(REPLACE(@texto, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]');
    DECLARE @patron NVARCHAR(2000) = N'%' + REPLACE(REPLACE(REPLACE(@literal, N',', N' '), N'.', N' '), N' ', N'%') + N'%';

    SELECT
        c.id_contacto AS id_contacto,
        t.c_codigo AS codigo_tc,
        c.c_codigo AS c_codigo,
        c.t_razon_social AS t_razon_social,
        c.t_contacto AS t_contacto,
        c.t_email_ffee AS t_email_ffee,
        c.f_estado AS f_estado,
        CASE WHEN c.f_estado = 1 THEN N'Activo' ELSE N'Inactivo' END AS estado
    FROM Romsoft.CON_CONTACTO AS c
    LEFT JOIN Romsoft.CON_TIPO_CONTACTO AS t ON c.id_tipo_contacto = t.id_tipo_contacto
    WHERE c.t_busqueda LIKE @patron COLLATE Latin1_General_CI_AI
    ORDER BY c.t_razon_social, c.id_contacto;
END;
GO
