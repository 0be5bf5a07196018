//! Seed data: the table-shaped CSV files of `sql/seed/` (see `sql/seed/README.md`), embedded in
//! the binary and loaded into the SQLite database right after the migrations.
//!
//! * `NNN_<TABLE>.csv`, in name order; a header row naming table columns; the first column is
//!   the natural key: a row is inserted only when no row with that key exists (never updated).
//!   An empty cell is NULL; columns the file does not name take their defaults.
//! * A table with a `t_busqueda` column the file does not name gets there the folded text
//!   ([`super::plegado::plegar`]) of the row's `t_…` cells, for searches ignoring case and accents.
//! * `ROMSOFT_SEED` records each file loaded with its SHA-256: a restart with the same files does
//!   no work; a changed file is loaded again (still insert-if-missing).
//! * Everything pending is loaded in ONE transaction with prepared statements; large files log
//!   their progress every 25 %, and a summary closes the load.

use std::time::Instant;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params_from_iter};

use crate::DbError;

/// One embedded seed file.
pub struct SeedFile {
    /// File name, `NNN_<TABLE>.csv`.
    pub archivo: &'static str,
    /// The table, from the file name.
    pub tabla: &'static str,
    /// SHA-256 of the file, hex (computed at build time).
    pub sha256: &'static str,
    pub texto: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/seed_files.rs"));

/// Files with at least this many rows report their progress.
const GRANDE: usize = 2000;
/// The column that receives the folded text of the row, when the table has it.
const BUSQUEDA: &str = "t_busqueda";

/// What a load did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Resumen {
    /// Files loaded (new or changed).
    pub archivos: usize,
    /// Rows read from them.
    pub filas: usize,
    /// Rows inserted (the others' keys existed already).
    pub nuevas: usize,
}

/// Loads the embedded seed files that are new or changed since the last load.
pub(crate) fn cargar(conn: &mut Connection, etiqueta: &str) -> Result<Resumen, DbError> {
    cargar_archivos(conn, SEEDS, etiqueta)
}

/// Loads `files` (those new or changed) in one transaction.
pub(crate) fn cargar_archivos(conn: &mut Connection, files: &[SeedFile], etiqueta: &str) -> Result<Resumen, DbError> {
    let fail = |e: rusqlite::Error| DbError::Other(format!("datos de referencia: {e}"));
    // A normal restart: one read, no lock taken.
    if pendientes(conn, files).map_err(fail)?.is_empty() {
        return Ok(Resumen::default());
    }
    let started = Instant::now();
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(fail)?;
    // Again under the write lock: another instance may have loaded them meanwhile.
    let pending = pendientes(&tx, files).map_err(fail)?;
    let mut resumen = Resumen::default();
    for f in pending {
        let (filas, nuevas) = cargar_uno(&tx, f, etiqueta)?;
        tx.execute(
            "INSERT INTO ROMSOFT_SEED (archivo, sha256, filas, cargado_en) \
             VALUES (?1, ?2, ?3, strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')) \
             ON CONFLICT (archivo) DO UPDATE SET sha256 = excluded.sha256, filas = excluded.filas, cargado_en = excluded.cargado_en",
            rusqlite::params![f.archivo, f.sha256, filas as i64],
        )
        .map_err(fail)?;
        resumen.archivos += 1;
        resumen.filas += filas;
        resumen.nuevas += nuevas;
    }
    tx.commit().map_err(fail)?;
    if resumen.archivos > 0 {
        log::info!(
            "SQLite {etiqueta}: datos de referencia cargados: {} archivo(s), {} filas leídas, {} nuevas, en {} ms",
            resumen.archivos,
            resumen.filas,
            resumen.nuevas,
            started.elapsed().as_millis()
        );
    }
    Ok(resumen)
}

/// The files not yet recorded in `ROMSOFT_SEED` with their current SHA-256.
fn pendientes<'a>(conn: &Connection, files: &'a [SeedFile]) -> rusqlite::Result<Vec<&'a SeedFile>> {
    let mut stmt = conn.prepare("SELECT sha256 FROM ROMSOFT_SEED WHERE archivo = ?1")?;
    let mut out = Vec::new();
    for f in files {
        let sha: Option<String> = stmt.query_row([f.archivo], |r| r.get(0)).optional()?;
        if sha.as_deref() != Some(f.sha256) {
            out.push(f);
        }
    }
    Ok(out)
}

/// Loads one file inside the open transaction; returns (rows read, rows inserted).
fn cargar_uno(tx: &Connection, f: &SeedFile, etiqueta: &str) -> Result<(usize, usize), DbError> {
    let err = |linea: Option<u64>, cause: String| {
        let donde = linea.map(|l| format!(", línea {l}")).unwrap_or_default();
        DbError::Other(format!("datos de referencia {}{donde}: {cause}", f.archivo))
    };
    let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(f.texto.as_bytes());
    let header: Vec<String> = reader.headers().map_err(|e| err(Some(1), e.to_string()))?.iter().map(str::to_owned).collect();
    let mut rows = Vec::new();
    for rec in reader.records() {
        let rec = rec.map_err(|e| err(e.position().map(|p| p.line()), e.to_string()))?;
        let line = rec.position().map(|p| p.line());
        if rec.get(0).is_none_or(str::is_empty) {
            return Err(err(line, format!("la clave ({}) está vacía", header.first().map(String::as_str).unwrap_or("?"))));
        }
        rows.push(rec);
    }

    // The columns must be the table's, as identifiers (they are written into the statement).
    let table_cols: Vec<String> = {
        let mut stmt = tx.prepare(&format!("PRAGMA table_info(\"{}\")", f.tabla)).map_err(|e| err(None, e.to_string()))?;
        stmt.query_map([], |r| r.get::<_, String>(1)).and_then(Iterator::collect).map_err(|e| err(None, e.to_string()))?
    };
    if table_cols.is_empty() {
        return Err(err(None, format!("la tabla {} no existe", f.tabla)));
    }
    for h in &header {
        if !table_cols.iter().any(|c| c.eq_ignore_ascii_case(h)) {
            return Err(err(Some(1), format!("la tabla {} no tiene la columna {h:?}", f.tabla)));
        }
    }
    let key = header.first().ok_or_else(|| err(Some(1), "sin encabezado".into()))?;
    let buscar = table_cols.iter().any(|c| c.eq_ignore_ascii_case(BUSQUEDA)) && !header.iter().any(|h| h.eq_ignore_ascii_case(BUSQUEDA));
    let textos: Vec<usize> = header.iter().enumerate().filter(|(_, h)| h.starts_with("t_")).map(|(i, _)| i).collect();

    let mut cols: Vec<String> = header.iter().map(|h| format!("\"{h}\"")).collect();
    if buscar {
        cols.push(format!("\"{BUSQUEDA}\""));
    }
    let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
    let sql = format!(
        "INSERT INTO \"{t}\" ({}) SELECT {} WHERE NOT EXISTS (SELECT 1 FROM \"{t}\" WHERE \"{key}\" = ?1)",
        cols.join(", "),
        marks.join(", "),
        t = f.tabla
    );
    let mut stmt = tx.prepare(&sql).map_err(|e| err(None, e.to_string()))?;

    let total = rows.len();
    let mut nuevas = 0;
    let mut next_report = 1;
    let mut plegado = String::new();
    for (i, rec) in rows.iter().enumerate() {
        if buscar {
            plegado.clear();
            for &j in &textos {
                if let Some(t) = rec.get(j).filter(|t| !t.is_empty()) {
                    if !plegado.is_empty() {
                        plegado.push(' ');
                    }
                    plegado.push_str(&super::plegado::plegar(t));
                }
            }
        }
        let mut values: Vec<Option<&str>> = rec.iter().map(|c| (!c.is_empty()).then_some(c)).collect();
        if buscar {
            values.push(Some(plegado.as_str()));
        }
        if values.len() != cols.len() {
            let line = rec.position().map(|p| p.line());
            return Err(err(line, format!("se esperaban {} valores y hay {}", header.len(), rec.len())));
        }
        nuevas += stmt.execute(params_from_iter(values.iter())).map_err(|e| err(rec.position().map(|p| p.line()), e.to_string()))?;
        if total >= GRANDE && (i + 1) * 4 >= next_report * total {
            log::info!("SQLite {etiqueta}: datos de referencia {} {}/{total}", f.tabla, i + 1);
            next_report += 1;
        }
    }
    Ok((total, nuevas))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Connection {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch(
            "CREATE TABLE ROMSOFT_SEED (archivo TEXT PRIMARY KEY, sha256 TEXT NOT NULL, filas INTEGER NOT NULL, cargado_en TEXT NOT NULL);
             CREATE TABLE T_COD (id INTEGER PRIMARY KEY AUTOINCREMENT, c_codigo TEXT NOT NULL UNIQUE, t_nombre TEXT NOT NULL,
                                 t_extra TEXT, n_valor INTEGER, f_estado INTEGER NOT NULL DEFAULT 1, t_busqueda TEXT NOT NULL DEFAULT '');
             CREATE TABLE T_ID (id_cosa INTEGER PRIMARY KEY AUTOINCREMENT, nombre TEXT NOT NULL);",
        )
        .unwrap();
        c
    }

    fn file(archivo: &'static str, tabla: &'static str, sha256: &'static str, texto: &'static str) -> SeedFile {
        SeedFile { archivo, tabla, sha256, texto }
    }

    #[test]
    fn inserts_missing_rows_by_key_never_overwrites_and_records_the_file() {
        let mut c = db();
        c.execute("INSERT INTO T_COD (c_codigo, t_nombre) VALUES ('B', 'Editado por la clínica')", []).unwrap();
        let files = [file(
            "010_T_COD.csv",
            "T_COD",
            "aaa",
            "c_codigo,t_nombre,t_extra,n_valor\nA,Ñandú \"grande\",,7\nB,Otro,,\nC,\"Con, coma\",Pérez,\n",
        )];
        let r = cargar_archivos(&mut c, &files, "prueba").unwrap();
        assert_eq!(r, Resumen { archivos: 1, filas: 3, nuevas: 2 });
        type Fila = (String, String, Option<String>, Option<i64>, i64, String);
        let rows: Vec<Fila> = c
            .prepare("SELECT c_codigo, t_nombre, t_extra, n_valor, f_estado, t_busqueda FROM T_COD ORDER BY c_codigo")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            rows,
            vec![
                ("A".into(), "Ñandú \"grande\"".into(), None, Some(7), 1, "nandu \"grande\"".into()),
                ("B".into(), "Editado por la clínica".into(), None, None, 1, "".into()),
                ("C".into(), "Con, coma".into(), Some("Pérez".into()), None, 1, "con, coma perez".into()),
            ]
        );
        let (sha, filas): (String, i64) = c.query_row("SELECT sha256, filas FROM ROMSOFT_SEED WHERE archivo = '010_T_COD.csv'", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
        assert_eq!((sha.as_str(), filas), ("aaa", 3));

        // Same file again: nothing to do. A changed file: loaded again, only missing keys.
        assert_eq!(cargar_archivos(&mut c, &files, "prueba").unwrap(), Resumen::default());
        let changed = [file("010_T_COD.csv", "T_COD", "bbb", "c_codigo,t_nombre\nA,Cambiado\nD,Nuevo\n")];
        assert_eq!(cargar_archivos(&mut c, &changed, "prueba").unwrap(), Resumen { archivos: 1, filas: 2, nuevas: 1 });
        let a: String = c.query_row("SELECT t_nombre FROM T_COD WHERE c_codigo = 'A'", [], |r| r.get(0)).unwrap();
        assert_eq!(a, "Ñandú \"grande\"", "never overwritten");
        assert_eq!(c.query_row("SELECT COUNT(*) FROM T_COD", [], |r| r.get::<_, i64>(0)).unwrap(), 4);
    }

    #[test]
    fn the_embedded_catalogs_load_completely_and_only_once() {
        let mut c = Connection::open_in_memory().unwrap();
        super::super::migrate(&mut c).unwrap();
        let started = Instant::now();
        let r = cargar(&mut c, "memoria").unwrap();
        eprintln!("seed load: {} rows in {} ms", r.filas, started.elapsed().as_millis());
        let count = |c: &Connection, t: &str| -> i64 { c.query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get(0)).unwrap() };
        let mut total = 0;
        for f in SEEDS {
            let data_rows = csv::Reader::from_reader(f.texto.as_bytes()).records().count();
            assert_eq!(count(&c, f.tabla), data_rows as i64, "{}", f.archivo);
            total += data_rows;
        }
        assert_eq!((count(&c, "ADM_CIE10"), count(&c, "ADM_UBIGEO")), (14_498, 1_873));
        assert_eq!(r, Resumen { archivos: SEEDS.len(), filas: total, nuevas: total });
        let (pais, busqueda): (String, String) = c
            .query_row("SELECT t_pais, t_busqueda FROM ADM_UBIGEO WHERE c_codigo = '010102'", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        assert_eq!((pais.as_str(), busqueda.as_str()), ("Perú", "amazonas chachapoyas asuncion"));
        assert_eq!(cargar(&mut c, "memoria").unwrap(), Resumen::default(), "nothing to do the second time");
        assert_eq!(count(&c, "ADM_CIE10"), 14_498);
    }

    #[test]
    fn explicit_ids_are_kept() {
        let mut c = db();
        let files = [file("001_T_ID.csv", "T_ID", "x", "id_cosa,nombre\n10,diez\n3,tres\n")];
        cargar_archivos(&mut c, &files, "prueba").unwrap();
        let ids: Vec<i64> = c.prepare("SELECT id_cosa FROM T_ID ORDER BY id_cosa").unwrap().query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap();
        assert_eq!(ids, [3, 10]);
    }

    #[test]
    fn a_bad_file_names_itself_and_its_line_and_loads_nothing() {
        let mut c = db();
        let files = [
            file("001_T_ID.csv", "T_ID", "x", "id_cosa,nombre\n1,uno\n"),
            file("002_T_COD.csv", "T_COD", "y", "c_codigo,t_nombre\nA,bien\nB\n"),
        ];
        let e = cargar_archivos(&mut c, &files, "prueba").unwrap_err().to_string();
        assert!(e.contains("002_T_COD.csv") && e.contains("línea 3"), "{e}");
        let n: i64 = c.query_row("SELECT COUNT(*) FROM T_ID", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 0, "one transaction: all or nothing");

        for (texto, want) in [
            ("c_codigo,t_nada\nA,x\n", "no tiene la columna \"t_nada\""),
            ("c_codigo,t_nombre\n,x\n", "la clave (c_codigo) está vacía"),
        ] {
            let files = [file("003_T_COD.csv", "T_COD", "z", texto)];
            let e = cargar_archivos(&mut c, &files, "prueba").unwrap_err().to_string();
            assert!(e.contains(want), "{e}");
        }
        let files = [file("004_NO_EXISTE.csv", "NO_EXISTE", "z", "a\n1\n")];
        assert!(cargar_archivos(&mut c, &files, "prueba").unwrap_err().to_string().contains("la tabla NO_EXISTE no existe"));
    }
}
