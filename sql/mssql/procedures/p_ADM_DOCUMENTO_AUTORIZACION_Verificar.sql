/*
    Romsoft.p_ADM_DOCUMENTO_AUTORIZACION_Verificar
    What ADM_DOCUMENTO_AUTORIZACION/Add and GetAddAtencionAll check before writing, in one row:
    the active authorization already registered with this code (0 = none) and the attention it
    opened (0 = none); how many active patients have this document number and the first of them;
    the plan the authorization resolves to (0 = none).
    The plan of an authorization: the active plan of that IAFA (c_codigo_iafa) whose product
    (CVN_PRODUCTO_PLAN.c_codigo) is the authorization's, else one without a product, valid on
    the authorization's date (today when it has none).
    Origin:  this API.
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_DOCUMENTO_AUTORIZACION_Verificar
    @c_cod_autorizacion NVARCHAR(30) = NULL,
    @c_cod_iafa NVARCHAR(10) = NULL,
    @c_cod_producto NVARCHAR(30) = NULL,
    @c_numero_paciente NVARCHAR(20) = NULL,
    @d_fecha_autorizacion DATETIME2(3) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        ISNULL((
            SELECT TOP (1) x.id_documento_autorizacion FROM Romsoft.ADM_DOCUMENTO_AUTORIZACION AS x
            WHERE x.f_estado = 1 AND x.c_cod_autorizacion = LTRIM(RTRIM(@c_cod_autorizacion))
        ), 0) AS id_documento_autorizacion,
        ISNULL((
            SELECT TOP (1) x.id_atencion FROM Romsoft.ADM_DOCUMENTO_AUTORIZACION AS x
            WHERE x.f_estado = 1 AND x.c_cod_autorizacion = LTRIM(RTRIM(@c_cod_autorizacion))
        ), 0) AS id_atencion,
        (
            SELECT COUNT(*) FROM Romsoft.ADM_PACIENTE AS p
            WHERE p.f_estado = 1 AND UPPER(p.c_documento_identidad) = UPPER(LTRIM(RTRIM(@c_numero_paciente)))
        ) AS n_pacientes,
        ISNULL((
            SELECT MIN(p.id_paciente) FROM Romsoft.ADM_PACIENTE AS p
            WHERE p.f_estado = 1 AND UPPER(p.c_documento_identidad) = UPPER(LTRIM(RTRIM(@c_numero_paciente)))
        ), 0) AS id_paciente,
        ISNULL((
        SELECT TOP (1) ps.id_plan_seguro
        FROM Romsoft.CVN_PLAN_SEGURO AS ps
        LEFT JOIN Romsoft.CVN_PRODUCTO_PLAN AS pp ON ps.id_producto_plan = pp.id_producto_plan
        WHERE ps.f_estado = 1
            AND UPPER(LTRIM(RTRIM(ps.c_codigo_iafa))) = UPPER(LTRIM(RTRIM(@c_cod_iafa)))
            AND (ps.id_producto_plan IS NULL OR UPPER(pp.c_codigo) = UPPER(LTRIM(RTRIM(@c_cod_producto))))
            AND (ps.d_fecha_i_vigencia IS NULL OR CAST(ps.d_fecha_i_vigencia AS DATE) <= CAST(ISNULL(@d_fecha_autorizacion, SYSDATETIME()) AS DATE))
            AND (ps.d_fecha_f_vigencia IS NULL OR CAST(ps.d_fecha_f_vigencia AS DATE) >= CAST(ISNULL(@d_fecha_autorizacion, SYSDATETIME()) AS DATE))
        ORDER BY CASE WHEN ps.id_producto_plan IS NULL THEN 1 ELSE 0 END, ps.id_plan_seguro
        ), 0) AS id_plan_seguro;
END;
GO
