/*
    Romsoft.p_CVN_TARIFARIO_SEGUS_GetById
    The tariff line with this id, active or not (zero or one row); the legacy columns (the
    English description is not among them). Unchosen catalogs read 0.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_TARIFARIO_SEGUS_GetById
    @id_tarifario_segus INT = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        t.id_tarifario_segus AS id_tarifario_segus,
        t.c_codigo AS c_codigo,
        t.c_codigo_susalud AS c_codigo_susalud,
        t.t_descripcion_esp AS t_descripcion_esp,
        t.t_observacion AS t_observacion,
        COALESCE(t.id_clasificacion_segus, 0) AS id_clasificacion_segus,
        COALESCE(t.id_clasificacion_susalud, 0) AS id_clasificacion_susalud,
        COALESCE(t.id_clasificacion_susalud_od, 0) AS id_clasificacion_susalud_od,
        COALESCE(t.id_centro_costo, 0) AS id_centro_costo,
        COALESCE(t.id_cuenta_contable, 0) AS id_cuenta_contable,
        COALESCE(t.id_tipo_precio, 0) AS id_tipo_precio,
        t.n_unidad AS n_unidad,
        t.n_ayudante AS n_ayudante,
        t.n_instrumentista AS n_instrumentista,
        t.n_dias AS n_dias,
        t.n_porcentaje AS n_porcentaje,
        t.f_estado AS f_estado,
        t.id_user_registro AS id_user_registro,
        t.id_user_modifica AS id_user_modifica,
        t.d_fecha_registro AS d_fecha_registro,
        t.d_fecha_modifica AS d_fecha_modifica
    FROM Romsoft.CVN_TARIFARIO_SEGUS AS t
    WHERE t.id_tarifario_segus = @id_tarifario_segus;
END;
GO
