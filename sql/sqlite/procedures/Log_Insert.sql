-- Log_Insert (SQLite dialect of Romsoft.Log_Insert)
-- Writes one row of the audit log. fecha takes its default (local time).
-- Returns Response = the new id_log.

INSERT INTO Log (DireccionIP, Usuario, Mensaje, Controlador, Accion, Objeto, Identificador)
VALUES (:DireccionIP, :Usuario, :Mensaje, :Controlador, :Accion, :Objeto, :Identificador);

SELECT last_insert_rowid() AS Response;
