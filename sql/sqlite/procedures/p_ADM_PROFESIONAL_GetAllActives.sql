-- p_ADM_PROFESIONAL_GetAllActives (SQLite dialect of Romsoft.p_ADM_PROFESIONAL_GetAllActives)
-- Active professionals; t_medico = surnames and names, as the combo boxes show them.

SELECT
    p.id_profesional AS id_profesional,
    p.t_apellidos || ', ' || p.t_nombres AS t_medico
FROM ADM_PROFESIONAL AS p
WHERE p.f_estado = 1
ORDER BY p.t_apellidos, p.t_nombres;
