/*
    Romsoft.p_TIPO_ESTADO_GetAllFilters
    ===================================
    The states the records of one table may take (@tabla = table name, e.g. 'SEG_USUARIO'), or
    with @tabla = 'Todos' the general states every state combo of the desktop client shows
    (1 Activo, 0 Inactivo: the values of the integer f_estado flags). Surrounding blanks of
    @tabla are ignored. Ordered by id_estado with id 0 (inactive, annulled) last.

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
    WHERE t.tabla = LTRIM(RTRIM(@tabla))
    ORDER BY CASE WHEN t.id_estado = 0 THEN 1 ELSE 0 END, t.id_estado;
END;
GO
