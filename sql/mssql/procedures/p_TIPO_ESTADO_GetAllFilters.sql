/*
    Romsoft.p_TIPO_ESTADO_GetAllFilters
    ===================================
    The states the records of one table may take (@tabla = table name, e.g. 'SEG_USUARIO'),
    ordered by id_estado.

    Returns: rows (id_estado, estado).
    Origin:  legacy (same name and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_TIPO_ESTADO_GetAllFilters
    @tabla VARCHAR(60) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        t.id_estado AS id_estado,
        t.estado AS estado
    FROM Romsoft.TIPO_ESTADO AS t
    WHERE t.tabla = @tabla
    ORDER BY t.id_estado;
END;
GO
