-- p_CON_CONTACTO_GetAllActives (SQLite dialect of Romsoft.p_CON_CONTACTO_GetAllActives)
-- Active contacts (f_estado = 1), ordered by business name.

SELECT
    c.id_contacto AS id_contacto,
    c.c_codigo AS c_codigo,
    c.t_razon_social AS t_razon_social
FROM CON_CONTACTO AS c
WHERE c.f_estado = 1
ORDER BY c.t_razon_social, c.id_contacto;
