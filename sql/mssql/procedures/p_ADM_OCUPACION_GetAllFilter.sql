/*
    Romsoft.p_ADM_OCUPACION_GetAllFilter
    Occupations matching the filters: @id_ocupacion NULL/0 = any; texts '' = any, otherwise 'contains'; @f_estado NULL = any. estado is the state's text (Activo/Inactivo).
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_OCUPACION_GetAllFilter
    @id_ocupacion INT = NULL,
    @c_codigo NVARCHAR(20) = NULL,
    @t_descripcion NVARCHAR(200) = NULL,
    @f_estado INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        o.id_ocupacion AS id_ocupacion,
        o.c_codigo AS c_codigo,
        o.t_observacion AS t_observacion,
        o.t_descripcion AS t_descripcion,
        o.f_estado AS f_estado,
        o.id_user_registro AS id_user_registro,
        o.id_user_modifica AS id_user_modifica,
        CASE WHEN o.f_estado = 1 THEN N'Activo' ELSE N'Inactivo' END AS estado,
        ur.usuario AS usuario_registro,
        o.d_fecha_registro AS fecha_registro,
        um.usuario AS usuario_modifica,
        o.d_fecha_modifica AS fecha_modifica
    FROM Romsoft.ADM_OCUPACION AS o
    LEFT JOIN Romsoft.SEG_USUARIO AS ur ON o.id_user_registro = ur.id_usuario
    LEFT JOIN Romsoft.SEG_USUARIO AS um ON o.id_user_modifica = um.id_usuario
    WHERE
        (COALESCE(@id_ocupacion, 0) = 0 OR o.id_ocupacion = @id_ocupacion)
        AND (COALESCE(@c_codigo, N'') = N'' OR o.c_codigo LIKE N'%' + @c_codigo + N'%')
        AND (COALESCE(@t_descripcion, N'') = N'' OR o.t_descripcion LIKE N'%' + @t_descripcion + N'%')
        AND (@f_estado IS NULL OR o.f_estado = @f_estado)
    ORDER BY o.t_descripcion;
END;
GO
