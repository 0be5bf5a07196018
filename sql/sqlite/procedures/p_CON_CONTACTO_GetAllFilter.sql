-- p_CON_CONTACTO_GetAllFilter (SQLite dialect of Romsoft.p_CON_CONTACTO_GetAllFilter)
-- Contacts, active or not, whose document number, business and trade name, contact person or
-- e-mail contain the words of :valor in order, ignoring case and accents (romsoft_patron over
-- t_busqueda); NULL or blank :valor: every contact. codigo_tc = the contact type's code;
-- estado = Activo/Inactivo. Ordered by business name.

SELECT
    c.id_contacto AS id_contacto,
    t.c_codigo AS codigo_tc,
    c.c_codigo AS c_codigo,
    c.t_razon_social AS t_razon_social,
    c.t_contacto AS t_contacto,
    c.t_email_ffee AS t_email_ffee,
    c.f_estado AS f_estado,
    CASE WHEN c.f_estado = 1 THEN 'Activo' ELSE 'Inactivo' END AS estado
FROM CON_CONTACTO AS c
LEFT JOIN CON_TIPO_CONTACTO AS t ON c.id_tipo_contacto = t.id_tipo_contacto
WHERE c.t_busqueda LIKE romsoft_patron(:valor) ESCAPE '\'
ORDER BY c.t_razon_social, c.id_contacto;
