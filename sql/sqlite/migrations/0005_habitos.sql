-- Romsoft - SQLite schema, migration 0005 (the states the desktop client's combos show)
-- The embedded SQLite dialect of sql/mssql/seed/005_habitos_seed.sql. Needs only TIPO_ESTADO
-- (migration 0001).
--
-- Every screen of the desktop client fills its state combo from TIPO_ESTADO/GetAllFilters with
-- tabla = 'Todos' and sends the chosen row's id_estado in integer state fields (f_estado) and its
-- text in string ones (estado). So the ids mean what the integer flags mean everywhere:
-- 1 = active, 0 = inactive; a table with more states numbers the others from 2 and keeps 0 for
-- the state that takes a record out of use (Anulado). Lists show 0 last.

-- The seeded inactive state of users and roles was id 2: it becomes 0, unless the clinic has
-- changed that row or already has an id 0 for the table.
INSERT OR IGNORE INTO TIPO_ESTADO (tabla, id_estado, estado)
SELECT t.tabla, 0, t.estado
FROM TIPO_ESTADO AS t
WHERE t.tabla IN ('SEG_USUARIO', 'SEG_ROL') AND t.id_estado = 2 AND t.estado = 'Inactivo';

DELETE FROM TIPO_ESTADO
WHERE
    tabla IN ('SEG_USUARIO', 'SEG_ROL')
    AND id_estado = 2
    AND estado = 'Inactivo'
    AND EXISTS (
        SELECT 1 FROM TIPO_ESTADO AS z
        WHERE z.tabla = TIPO_ESTADO.tabla AND z.id_estado = 0 AND z.estado = 'Inactivo'
    );

-- The general states ('Todos') and those of the tables with an integer f_estado. Existing rows
-- (a clinic's own texts) are kept.
INSERT OR IGNORE INTO TIPO_ESTADO (tabla, id_estado, estado)
VALUES
('Todos', 1, 'Activo'),
('Todos', 0, 'Inactivo'),
('ADM_GENERO', 1, 'Activo'),
('ADM_GENERO', 0, 'Inactivo'),
('ADM_OCUPACION', 1, 'Activo'),
('ADM_OCUPACION', 0, 'Inactivo'),
('ADM_PACIENTE', 1, 'Activo'),
('ADM_PACIENTE', 0, 'Inactivo'),
('ADM_ATENCION', 1, 'Registrado'),
('ADM_ATENCION', 2, 'Atendido'),
('ADM_ATENCION', 0, 'Anulado');
