-- p_CVN_TARIFARIO_SEGUS_PARTICIPANTE_GetAllActives (SQLite dialect of Romsoft.p_CVN_TARIFARIO_SEGUS_PARTICIPANTE_GetAllActives)
-- The active links of the line :id_tarifario_segus: each linked line (referencia) with its code
-- and Spanish description, ordered by that code.

SELECT
    p.id_tarifario_segus_participante AS id_tarifario_segus_participante,
    p.id_tarifario_segus_referencia AS id_tarifario_segus_referencia,
    p.id_tarifario_segus AS id_tarifario_segus,
    r.c_codigo AS c_codigo,
    r.t_descripcion_esp AS t_descripcion_esp
FROM CVN_TARIFARIO_SEGUS_PARTICIPANTE AS p
INNER JOIN CVN_TARIFARIO_SEGUS AS r ON p.id_tarifario_segus_referencia = r.id_tarifario_segus
WHERE p.f_estado = 1 AND p.id_tarifario_segus = :id_tarifario_segus
ORDER BY r.c_codigo;
