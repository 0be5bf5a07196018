/*
    Romsoft.p_ADM_PROFESIONAL_VerifyExists
    1 when ANOTHER professional (id other than @id_profesional; 0 on Add) has the same document
    type and number, or the same professional type and registration number (CMP for medicos),
    else 0. Numbers compare trimmed (the column collation ignores case).
    Origin:  Romsoft (new; not part of the legacy ROMSOFT-CLINICA database).
    Re-runnable: CREATE OR ALTER, SQL Server 2016 SP1 or later.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE Romsoft.p_ADM_PROFESIONAL_VerifyExists
    @id_profesional INT = NULL,
    @id_tipo_documento INT = NULL,
    @c_numero_documento NVARCHAR(20) = NULL,
    @id_tipo_profesional INT = NULL,
    @c_colegiatura NVARCHAR(20) = NULL
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @colegiatura NVARCHAR(20) = NULLIF(LTRIM(RTRIM(@c_colegiatura)), N'');

    SELECT
        CASE
            WHEN EXISTS (
                SELECT 1
                FROM Romsoft.ADM_PROFESIONAL AS p
                WHERE
                    p.id_profesional <> COALESCE(@id_profesional, 0)
                    AND (
                        (p.id_tipo_documento = @id_tipo_documento AND p.c_numero_documento = LTRIM(RTRIM(@c_numero_documento)))
                        OR (@colegiatura IS NOT NULL AND p.id_tipo_profesional = @id_tipo_profesional AND p.c_colegiatura = @colegiatura)
                    )
            ) THEN 1
            ELSE 0
        END AS existe;
END;
GO
