-- p_CVN_TARIFARIO_SEGUS_PARTICIPANTE_Insert (SQLite dialect of Romsoft.p_CVN_TARIFARIO_SEGUS_PARTICIPANTE_Insert)
-- Links :id_tarifario_segus_referencia to the line :id_tarifario_segus (billed with it), active.
-- Response = the new id. The same active pair again hits the unique index
-- UX_CVN_TARIFARIO_SEGUS_PARTICIPANTE_par: the API answers "El registro ya existe."

INSERT INTO CVN_TARIFARIO_SEGUS_PARTICIPANTE (id_tarifario_segus, id_tarifario_segus_referencia, f_estado, id_user_registro)
VALUES (:id_tarifario_segus, :id_tarifario_segus_referencia, 1, :id_user_registro);

SELECT last_insert_rowid() AS Response;
