/*
    Romsoft.p_CVN_TARIFARIO_SEGUS_Update
    Updates a tariff line. Catalog ids 0 are NULL; @f_estado 0/1 sets the state, any other
    value keeps it. A NULL @t_descripcion_eng keeps the English description (GetById, which the
    client edits from, does not return it); '' clears it. Returns @Response = rows changed (0 when the id does not exist). The code of
    another active line hits the unique index UX_CVN_TARIFARIO_SEGUS_codigo: the API answers
    "El registro ya existe."
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_TARIFARIO_SEGUS_Update
    @id_tarifario_segus INT = NULL,
    @c_codigo NVARCHAR(20) = NULL,
    @c_codigo_susalud NVARCHAR(20) = NULL,
    @t_descripcion_esp NVARCHAR(300) = NULL,
    @t_descripcion_eng NVARCHAR(300) = NULL,
    @t_observacion NVARCHAR(500) = NULL,
    @id_clasificacion_segus INT = NULL,
    @id_clasificacion_susalud INT = NULL,
    @id_clasificacion_susalud_od INT = NULL,
    @id_centro_costo INT = NULL,
    @id_cuenta_contable INT = NULL,
    @id_tipo_precio INT = NULL,
    @n_unidad DECIMAL(12, 2) = NULL,
    @n_ayudante INT = NULL,
    @n_instrumentista INT = NULL,
    @n_dias INT = NULL,
    @n_porcentaje DECIMAL(5, 2) = NULL,
    @f_estado INT = NULL,
    @id_user_modifica INT = NULL,
    @d_fecha_modifica DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE Romsoft.CVN_TARIFARIO_SEGUS
    SET
        c_codigo = LTRIM(RTRIM(@c_codigo)),
        c_codigo_susalud = NULLIF(LTRIM(RTRIM(@c_codigo_susalud)), N''),
        t_descripcion_esp = LTRIM(RTRIM(@t_descripcion_esp)),
        t_descripcion_eng = CASE
            WHEN @t_descripcion_eng IS NULL THEN t_descripcion_eng
            ELSE NULLIF(LTRIM(RTRIM(@t_descripcion_eng)), N'')
        END,
        t_observacion = NULLIF(LTRIM(RTRIM(@t_observacion)), N''),
        id_clasificacion_segus = NULLIF(@id_clasificacion_segus, 0),
        id_clasificacion_susalud = NULLIF(@id_clasificacion_susalud, 0),
        id_clasificacion_susalud_od = NULLIF(@id_clasificacion_susalud_od, 0),
        id_centro_costo = NULLIF(@id_centro_costo, 0),
        id_cuenta_contable = NULLIF(@id_cuenta_contable, 0),
        id_tipo_precio = NULLIF(@id_tipo_precio, 0),
        n_unidad = COALESCE(@n_unidad, 0),
        n_ayudante = COALESCE(@n_ayudante, 0),
        n_instrumentista = COALESCE(@n_instrumentista, 0),
        n_dias = COALESCE(@n_dias, 0),
        n_porcentaje = COALESCE(@n_porcentaje, 0),
        f_estado = CASE WHEN @f_estado IN (0, 1) THEN @f_estado ELSE f_estado END,
        id_user_modifica = @id_user_modifica,
        d_fecha_modifica = COALESCE(@d_fecha_modifica, SYSDATETIME())
    WHERE id_tarifario_segus = @id_tarifario_segus;

    SET @Response = @@ROWCOUNT;
END;
GO
