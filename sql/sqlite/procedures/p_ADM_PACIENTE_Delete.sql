-- p_ADM_PACIENTE_Delete (SQLite dialect of Romsoft.p_ADM_PACIENTE_Delete)
-- Soft delete: the patient becomes inactive (f_estado 0); the clinical record is never erased.
-- Response = rows changed (0: no such patient).

UPDATE ADM_PACIENTE SET f_estado = 0 WHERE id_paciente = :id_paciente;

SELECT changes() AS Response;
