/*
    Romsoft - SQL Server schema, version 3: revocable tokens
    ========================================================
    Romsoft.SEG_USUARIO.sello: the user's security stamp. Every token carries the stamp it was
    issued with; a new password, role or state increments it (p_SEG_USUARIO_Update, _Delete) and
    the API then refuses the older tokens, on every instance sharing this database.
    Re-runnable: the column is added only when missing.
*/

SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF COL_LENGTH(N'Romsoft.SEG_USUARIO', N'sello') IS NULL
BEGIN
    ALTER TABLE Romsoft.SEG_USUARIO
    ADD sello INT NOT NULL CONSTRAINT DF_SEG_USUARIO_sello DEFAULT (1);
END;
GO
