-- p_SONDA_Escribir (SQLite dialect of Romsoft.p_SONDA_Escribir)
-- The write probe of GET /health/ready: writes the time into the single row of SONDA.

INSERT INTO SONDA (id, instante) VALUES (1, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))
ON CONFLICT (id) DO UPDATE SET instante = excluded.instante;

SELECT 1 AS Response;
