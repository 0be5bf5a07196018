-- Romsoft - SQLite schema, migration 0013 (what an attention bills)
-- The embedded SQLite dialect of sql/mssql/schema/013_pendientes.sql.
--
-- ADM_TIPO_ATENCION.c_codigo_segus: the SEGUS tariff line an attention of this type bills
-- when it is opened (consulta externa: the outpatient consultation; emergencia: the emergency
-- consultation). ADM_ATENCION/GetAtencionPendingAllFilters prices it under the attention's
-- payment category. NULL: the type bills nothing by itself (the cashier adds the lines).
-- New databases get the codes from sql/seed/060_ADM_TIPO_ATENCION.csv; existing rows here.

ALTER TABLE ADM_TIPO_ATENCION ADD COLUMN c_codigo_segus TEXT;

UPDATE ADM_TIPO_ATENCION SET c_codigo_segus = '10.01.01' WHERE c_codigo = 'CE' AND c_codigo_segus IS NULL;
UPDATE ADM_TIPO_ATENCION SET c_codigo_segus = '10.04.01' WHERE c_codigo = 'EM' AND c_codigo_segus IS NULL;
