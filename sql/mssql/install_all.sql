/*
    Romsoft - complete installation of a NEW database (SQL Server 2016 SP1 or later)
    ================================================================================
    sqlcmd script: run it from the folder sql/mssql, because the :r paths below are relative
    to the current directory, e.g.

        cd sql/mssql
        sqlcmd -S tcp:host,1433 -d ROMSOFT-CLINICA -U installer -i install_all.sql

    It runs the schema, every procedure and the seed data, in that order, and stops at the
    first error. Every included file is re-runnable, so after fixing a problem run it again.
    In SSMS, enable Query > SQLCMD Mode first. See sql/README.md.
*/
:on error exit

PRINT N'Romsoft: schema';
GO
:r schema/001_schema.sql

PRINT N'Romsoft: procedures';
GO
:r procedures/Log_Insert.sql
:r procedures/p_SEG_ROL_GetAllActives.sql
:r procedures/p_SEG_USUARIOVerifyExists.sql
:r procedures/p_SEG_USUARIO_Delete.sql
:r procedures/p_SEG_USUARIO_GetAll.sql
:r procedures/p_SEG_USUARIO_GetAllFilter.sql
:r procedures/p_SEG_USUARIO_GetById.sql
:r procedures/p_SEG_USUARIO_GetCredentials.sql
:r procedures/p_SEG_USUARIO_Insert.sql
:r procedures/p_SEG_USUARIO_SetClave.sql
:r procedures/p_SEG_USUARIO_Update.sql
:r procedures/p_TIPO_ESTADO_GetAllFilters.sql

PRINT N'Romsoft: seed data';
GO
:r seed/001_seed.sql

PRINT N'Romsoft: installation finished';
GO
