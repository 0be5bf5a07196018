/*
    Romsoft.p_CON_CONTACTO_GetAllActives
    Active contacts (f_estado = 1), ordered by business name.
    Origin:  legacy (same name, parameters and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_CON_CONTACTO_GetAllActives
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        c.id_contacto AS id_contacto,
        c.c_codigo AS c_codigo,
        c.t_razon_social AS t_razon_social
    FROM Romsoft.CON_CONTACTO AS c
    WHERE c.f_estado = 1
    ORDER BY c.t_razon_social, c.id_contacto;
END;
GO
