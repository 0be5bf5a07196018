/*
    Romsoft - SQL Server schema, version 3: revocable tokens and login attempts
    ===========================================================================
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

-- Romsoft.SEG_INTENTO_LOGIN: failed logins per user name ('u:name') and per client address
-- ('ip:address'), counted in a window. Kept in the database so that every instance sees them.
IF OBJECT_ID(N'Romsoft.SEG_INTENTO_LOGIN', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.SEG_INTENTO_LOGIN (
        llave NVARCHAR(120) NOT NULL,
        fallos INT NOT NULL,
        primer_fallo DATETIME2(3) NOT NULL,
        CONSTRAINT PK_SEG_INTENTO_LOGIN PRIMARY KEY CLUSTERED (llave)
    );
END;
GO

-- Romsoft.SONDA: one row the readiness probe (GET /health/ready) writes, to prove the
-- database accepts writes.
IF OBJECT_ID(N'Romsoft.SONDA', N'U') IS NULL
BEGIN
    CREATE TABLE Romsoft.SONDA (
        id INT NOT NULL,
        instante DATETIME2(3) NOT NULL,
        CONSTRAINT PK_SONDA PRIMARY KEY CLUSTERED (id)
    );
END;
GO
