-- p_Registro_Insert (SQLite dialect of Romsoft.p_Registro_Insert)
-- Prueba/addDetalle: a header (PRU_CABECERA) AND its lines (the table-valued parameter
-- @lstDetalle, here the temporary table lstDetalle; its id_cabecera is the constant 0 the legacy
-- code sent, replaced by the new header's id), in one transaction: everything or nothing.
-- Nothing is written without lines or with a negative CostoTotal.
-- Response = the new id_cabecera; 0 = nothing written.

INSERT INTO PRU_CABECERA (t_descripcion, f_estado, id_user_registro)
SELECT nullif(trim(:Descripcion), ''), coalesce(:Estado, 1), NULL
WHERE
    EXISTS (SELECT 1 FROM temp.lstDetalle)
    AND NOT EXISTS (SELECT 1 FROM temp.lstDetalle AS l WHERE CAST(coalesce(l.CostoTotal, 0) AS NUMERIC) < 0);

INSERT INTO PRU_DETALLE (id_cabecera, c_cod_vale, t_descripcion, d_fecha, n_costo_total, f_estado)
SELECT
    c.id_cabecera,
    nullif(trim(l.CodVale), ''),
    nullif(trim(l.Descripcion), ''),
    l.Fecha,
    coalesce(l.CostoTotal, 0),
    coalesce(l.f_estado, 1)
FROM (SELECT max(x.id_cabecera) AS id_cabecera FROM PRU_CABECERA AS x) AS c
CROSS JOIN temp.lstDetalle AS l
WHERE
    c.id_cabecera IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM temp.lstDetalle AS n WHERE CAST(coalesce(n.CostoTotal, 0) AS NUMERIC) < 0)
ORDER BY l.rowid;

SELECT
    CASE
        WHEN EXISTS (SELECT 1 FROM temp.lstDetalle)
            AND NOT EXISTS (SELECT 1 FROM temp.lstDetalle AS n WHERE CAST(coalesce(n.CostoTotal, 0) AS NUMERIC) < 0)
            THEN (SELECT max(c.id_cabecera) FROM PRU_CABECERA AS c)
        ELSE 0
    END AS Response;
