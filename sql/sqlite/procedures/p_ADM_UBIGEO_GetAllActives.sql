-- p_ADM_UBIGEO_GetAllActives (SQLite dialect of Romsoft.p_ADM_UBIGEO_GetAllActives)
-- Every active district of the UBIGEO catalog (1,873 in the INEI data), ordered by code.

SELECT
    u.id_ubigeo AS id_ubigeo,
    u.c_codigo AS c_codigo,
    u.t_pais AS t_pais,
    u.t_departamento AS t_departamento,
    u.t_provincia AS t_provincia,
    u.t_distrito AS t_distrito
FROM ADM_UBIGEO AS u
WHERE u.f_estado = 1
ORDER BY u.c_codigo;
