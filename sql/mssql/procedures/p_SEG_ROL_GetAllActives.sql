/*
    Romsoft.p_SEG_ROL_GetAllActives
    ===============================
    Active roles (estado = 'A'), ordered by name, for the clients' combo boxes.

    Returns: rows (Id_rol, rol).
    Origin:  legacy (same name and result columns as the ROMSOFT-CLINICA procedure).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_SEG_ROL_GetAllActives
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        r.id_rol AS Id_rol,
        r.rol AS rol
    FROM Romsoft.SEG_ROL AS r
    WHERE r.estado = 'A'
    ORDER BY r.rol, r.id_rol;
END;
GO
