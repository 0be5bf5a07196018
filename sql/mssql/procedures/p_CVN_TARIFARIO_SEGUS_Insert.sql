/*
    Romsoft.p_CVN_TARIFARIO_SEGUS_Insert
    Inserts a tariff line, always active (a new line is never born deleted; @f_estado is
    accepted for the legacy signature and not read). Catalog ids 0 are NULL (not chosen).
    Returns @Response = the new id. The API (business::cvn::tarifario) has validated every
    number and catalog id before; the legacy declared them NVARCHAR, here they are typed.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CVN_TARIFARIO_SEGUS_Insert
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
    @id_user_registro INT = NULL,
    @d_fecha_registro DATETIME2(3) = NULL,
    @Response INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO Romsoft.CVN_TARIFARIO_SEGUS (
        c_codigo, c_codigo_susalud, t_descripcion_esp, t_descripcion_eng, t_observacion,
        id_clasificacion_segus, id_clasificacion_susalud, id_clasificacion_susalud_od, id_centro_costo,
        id_cuenta_contable, id_tipo_precio, n_unidad, n_ayudante, n_instrumentista, n_dias, n_porcentaje,
        f_estado, id_user_registro, d_fecha_registro
    )
    VALUES (
        LTRIM(RTRIM(@c_codigo)),
        NULLIF(LTRIM(RTRIM(@c_codigo_susalud)), N''),
        LTRIM(RTRIM(@t_descripcion_esp)),
        NULLIF(LTRIM(RTRIM(@t_descripcion_eng)), N''),
        NULLIF(LTRIM(RTRIM(@t_observacion)), N''),
        NULLIF(@id_clasificacion_segus, 0),
        NULLIF(@id_clasificacion_susalud, 0),
        NULLIF(@id_clasificacion_susalud_od, 0),
        NULLIF(@id_centro_costo, 0),
        NULLIF(@id_cuenta_contable, 0),
        NULLIF(@id_tipo_precio, 0),
        COALESCE(@n_unidad, 0),
        COALESCE(@n_ayudante, 0),
        COALESCE(@n_instrumentista, 0),
        COALESCE(@n_dias, 0),
        COALESCE(@n_porcentaje, 0),
        1,
        @id_user_registro,
        COALESCE(@d_fecha_registro, SYSDATETIME())
    );

    SET @Response = CAST(SCOPE_IDENTITY() AS INT);
END;
GO
