//! `romsoft doctor` on the embedded database: the procedures are files inside this binary, so
//! the check is whether the database has every table and column they name. Each statement of
//! each procedure is prepared (never run) against the database, on a read-only connection that
//! cannot create the file; the first error of each procedure is reported.

use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::{
    DbError, Procedure, SqlType,
    doctor::{Check, Conteo, Esquema, Estado, Informe, SEARCH_INDEXES, reference_tables},
    registry,
};

use super::{exec, plegado, script};

/// Inspects the database file at `path` (it must exist: nothing is created, migrated or
/// written). `destino` names it in the report.
pub fn inspect(path: &Path, destino: String) -> Result<Informe, DbError> {
    let target = || format!("sqlite://{}", path.display());
    if !path.is_file() {
        return Err(DbError::Connect {
            target: target(),
            cause: "el archivo de la base de datos no existe (no se creó ninguno). Revise database.url y la carpeta \
                    desde la que ejecuta romsoft, o cree la base con `romsoft migrate`"
                .into(),
        });
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn =
        Connection::open_with_flags(path, flags).map_err(|e| DbError::Connect { target: target(), cause: e.to_string() })?;
    let fail = |e: rusqlite::Error| DbError::Connect { target: target(), cause: e.to_string() };
    conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(fail)?;
    plegado::registrar(&conn).map_err(fail)?;
    // A file that is not a database fails here, before any per-object noise.
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(fail)?;
    let tables: i64 = conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| r.get(0)).map_err(fail)?;
    let found = (version > 0 || tables > 0).then_some(version);
    let esquema = Esquema::of(found, "ejecute `romsoft migrate` con esta versión de romsoft (haga antes una copia: romsoft backup)");

    let procedimientos = registry::ALL.iter().map(|p| check_procedure(&mut conn, p)).collect();
    let vistas = registry::LISTINGS
        .iter()
        .map(|l| {
            let cols: Vec<&str> = l.columns.iter().map(|c| c.name).collect();
            check_select(&conn, l.view, &format!("SELECT * FROM \"{}\"", l.short_name()), &cols)
        })
        .collect();
    let indices = SEARCH_INDEXES.iter().map(|(index, table, why)| check_index(&conn, index, table, why)).collect();
    let datos_referencia = reference_tables().into_iter().map(|t| Conteo::of(t, count_rows(&conn, t))).collect();
    Ok(Informe::new("sqlite", destino, esquema, procedimientos, Vec::new(), vistas, indices, datos_referencia))
}

/// Prepares every statement of `proc`'s file; its table-valued parameters exist as empty
/// temporary tables meanwhile, as when the server runs it.
fn check_procedure(conn: &mut Connection, proc: &Procedure) -> Check {
    let Some(text) = script::procedure_text(proc.short_name()) else {
        return Check::with(proc.name, Estado::Falta, "este binario no trae su archivo sql/sqlite/procedures");
    };
    check_text(conn, proc, text)
}

/// [`check_procedure`] on the given SQLite text of `proc`.
fn check_text(conn: &mut Connection, proc: &Procedure, text: &str) -> Check {
    let statements = script::split_statements(text);
    let result = (|| -> Result<Check, String> {
        let tx = conn.transaction().map_err(|e| e.to_string())?;
        for p in proc.params {
            if let SqlType::Table(t) = p.ty {
                exec::fill_table(&tx, p.bare_name(), t, &crate::Value::Null).map_err(|e| format!("tabla temporal {}: {e}", p.bare_name()))?;
            }
        }
        let last = statements.len().saturating_sub(1);
        let mut check = Check::ok(proc.name);
        for (i, sql) in statements.iter().enumerate() {
            let stmt = match tx.prepare(sql) {
                Ok(s) => s,
                Err(e) => {
                    let n = if statements.len() > 1 { format!("sentencia {} de {}: ", i + 1, statements.len()) } else { String::new() };
                    check = Check::with(proc.name, Estado::Difiere, format!("{n}{}", describe(&e)));
                    break;
                }
            };
            // A staging temporary table the procedure creates: made (in the temp schema, rolled
            // back below) so the statements after it prepare.
            if is_temp_ddl(sql) {
                drop(stmt);
                if let Err(e) = tx.execute_batch(sql) {
                    check = Check::with(proc.name, Estado::Difiere, format!("sentencia {} de {}: {}", i + 1, statements.len(), describe(&e)));
                    break;
                }
                continue;
            }
            if i == last {
                let names: Vec<String> = stmt.column_names().into_iter().map(str::to_owned).collect();
                let missing: Vec<&str> =
                    proc.columns().iter().map(|c| c.name).filter(|c| !names.iter().any(|n| n.eq_ignore_ascii_case(c))).collect();
                if !missing.is_empty() {
                    check = Check::with(proc.name, Estado::Difiere, format!("el resultado no trae las columnas {}", missing.join(", ")));
                }
            }
        }
        // Nothing was run; the temporary tables go with the rollback.
        tx.rollback().map_err(|e| e.to_string())?;
        Ok(check)
    })();
    result.unwrap_or_else(|e| Check::with(proc.name, Estado::Difiere, e))
}

/// A SQLite preparation error as an operator reads it (`no such table: X` → Spanish).
/// `CREATE TEMP TABLE …` or `DROP TABLE IF EXISTS temp.…`: touches only the temp schema.
fn is_temp_ddl(sql: &str) -> bool {
    let head: String = sql.split_whitespace().take(5).collect::<Vec<_>>().join(" ").to_ascii_uppercase();
    head.starts_with("CREATE TEMP TABLE") || head.starts_with("DROP TABLE IF EXISTS TEMP.")
}

fn describe(e: &rusqlite::Error) -> String {
    let raw = match e {
        rusqlite::Error::SqliteFailure(_, Some(m)) => m.clone(),
        // Without the statement text and offset: one line per problem.
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        other => other.to_string(),
    };
    if let Some(t) = raw.strip_prefix("no such table: ") {
        format!("no existe la tabla {}", t.strip_prefix("main.").unwrap_or(t))
    } else if let Some(c) = raw.strip_prefix("no such column: ") {
        format!("no existe la columna {c}")
    } else if let Some(f) = raw.strip_prefix("no such function: ") {
        format!("no existe la función {f}")
    } else {
        raw
    }
}

fn check_select(conn: &Connection, name: &str, sql: &str, columns: &[&str]) -> Check {
    match conn.prepare(sql) {
        Err(e) => {
            let d = describe(&e);
            let estado = if d.starts_with("no existe la tabla") { Estado::Falta } else { Estado::Difiere };
            Check::with(name, estado, d)
        }
        Ok(stmt) => {
            let names = stmt.column_names();
            let missing: Vec<&str> = columns.iter().copied().filter(|c| !names.iter().any(|n| n.eq_ignore_ascii_case(c))).collect();
            if missing.is_empty() {
                Check::ok(name)
            } else {
                Check::with(name, Estado::Difiere, format!("faltan las columnas {}", missing.join(", ")))
            }
        }
    }
}

fn check_index(conn: &Connection, index: &str, table: &str, why: &str) -> Check {
    let name = format!("{table}.{index}");
    let on: Result<Option<String>, _> = conn
        .query_row("SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name = ?1 COLLATE NOCASE", [index], |r| r.get(0))
        .optional();
    match on {
        Ok(Some(t)) if t.eq_ignore_ascii_case(table) => Check::ok(name),
        Ok(Some(t)) => Check::with(name, Estado::Difiere, format!("el índice existe sobre la tabla {t}; lo necesita: {why}")),
        Ok(None) => Check::with(name, Estado::Falta, format!("no existe el índice; lo necesita: {why}")),
        Err(e) => Check::with(name, Estado::Difiere, describe(&e)),
    }
}

/// Rows of `table` (`None`: no such table). Table names come from the embedded seed list.
fn count_rows(conn: &Connection, table: &str) -> Option<i64> {
    let exists: Option<String> = conn
        .query_row("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?1 COLLATE NOCASE", [table], |r| r.get(0))
        .optional()
        .ok()
        .flatten();
    let name = exists?.replace('"', "\"\"");
    conn.query_row(&format!("SELECT COUNT(*) FROM \"{name}\""), [], |r| r.get(0)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DbOptions, sqlite::SqliteDb};

    async fn fresh(dir: &Path) -> std::path::PathBuf {
        let path = dir.join("romsoft.db");
        let db = SqliteDb::open(&path, &DbOptions { create_missing: true, ..DbOptions::default() }).await.unwrap();
        drop(db);
        path
    }

    #[tokio::test]
    async fn a_fresh_database_is_ready() {
        let dir = tempfile::tempdir().unwrap();
        let path = fresh(dir.path()).await;
        let r = inspect(&path, "x".into()).unwrap();
        let bad: Vec<_> = r.procedimientos.iter().chain(&r.vistas).chain(&r.indices).filter(|c| c.estado != Estado::Ok).collect();
        assert!(bad.is_empty(), "{bad:#?}");
        assert!(r.listo);
        assert_eq!(r.esquema.encontrada, Some(crate::SCHEMA_VERSION));
        assert_eq!(r.procedimientos.len(), registry::ALL.len());
        assert!(r.tipos_tabla.is_empty());
        let cie = r.datos_referencia.iter().find(|c| c.tabla == "ADM_CIE10").unwrap();
        assert!(cie.filas.unwrap() > 0);
    }

    #[tokio::test]
    async fn a_dropped_table_column_or_index_is_named_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = fresh(dir.path()).await;
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch(
                "PRAGMA foreign_keys = OFF; DROP TABLE ADM_OCUPACION; DROP INDEX IX_ADM_PACIENTE_busqueda; \
                 ALTER TABLE ADM_GENERO RENAME COLUMN t_descripcion TO t_desc; DELETE FROM ADM_UBIGEO;",
            )
            .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let r = inspect(&path, "x".into()).unwrap();
        assert!(!r.listo);
        let ocup = r.procedimientos.iter().find(|c| c.nombre == "Romsoft.p_ADM_OCUPACION_Insert").unwrap();
        assert_eq!(ocup.estado, Estado::Difiere);
        assert!(ocup.detalle.as_deref().unwrap().contains("no existe la tabla ADM_OCUPACION"), "{ocup:?}");
        let genero = r.procedimientos.iter().find(|c| c.nombre == "Romsoft.p_ADM_GENERO_GetAllActives").unwrap();
        assert!(genero.detalle.as_deref().unwrap().contains("t_descripcion"), "{genero:?}");
        let ix = r.indices.iter().find(|c| c.nombre == "ADM_PACIENTE.IX_ADM_PACIENTE_busqueda").unwrap();
        assert_eq!(ix.estado, Estado::Falta);
        let ubi = r.datos_referencia.iter().find(|c| c.tabla == "ADM_UBIGEO").unwrap();
        assert_eq!((ubi.filas, ubi.estado), (Some(0), Estado::Aviso));
        let ocup_rows = r.datos_referencia.iter().find(|c| c.tabla == "ADM_OCUPACION");
        assert!(ocup_rows.is_none_or(|c| c.estado == Estado::Falta));
        assert_eq!(std::fs::read(&path).unwrap(), before, "doctor writes nothing");
    }

    #[tokio::test]
    async fn table_valued_parameters_are_temporary_tables_while_preparing() {
        use crate::{Column, Origin, Param, Returns, Source, TableColumn, TableType, Transform};
        static LINE: TableType = TableType {
            name: "Romsoft.LINEA_TYPE",
            columns: &[TableColumn { name: "codigo", ty: SqlType::Text, field: Some("codigo"), constant: None }],
        };
        static WITH_TABLE: Procedure = Procedure {
            name: "Romsoft.p_X",
            params: &[Param { name: "@lineas", ty: SqlType::Table(&LINE), source: Source::Field("lineas"), transform: Transform::None, max_len: None }],
            returns: Returns::Rows(&[Column { name: "codigo", ty: SqlType::Text, field: "codigo" }, Column { name: "total", ty: SqlType::Int, field: "total" }]),
            origin: Origin::Romsoft,
        };
        let dir = tempfile::tempdir().unwrap();
        let path = fresh(dir.path()).await;
        let mut conn = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
        let ok = check_text(&mut conn, &WITH_TABLE, "SELECT l.codigo, COUNT(*) AS total FROM lineas AS l JOIN ADM_GENERO AS g ON g.t_descripcion = l.codigo GROUP BY l.codigo;");
        assert_eq!(ok, Check::ok("Romsoft.p_X"));
        let short = check_text(&mut conn, &WITH_TABLE, "SELECT codigo FROM lineas;");
        assert_eq!(short.detalle.as_deref(), Some("el resultado no trae las columnas total"));
        let bad = check_text(&mut conn, &WITH_TABLE, "INSERT INTO ADM_GENERO (t_descripcion) SELECT codigo FROM lineas; SELECT codigo, nada AS total FROM lineas;");
        assert_eq!(bad.detalle.as_deref(), Some("sentencia 2 de 2: no existe la columna nada"));
        // The temporary table went with the rollback.
        let left: i64 = conn.query_row("SELECT COUNT(*) FROM temp.sqlite_master", [], |r| r.get(0)).unwrap();
        assert_eq!(left, 0);
    }

    #[test]
    fn a_missing_file_is_not_created() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no-existe.db");
        let e = inspect(&path, "x".into()).unwrap_err().to_string();
        assert!(e.contains("no existe") && e.contains("no-existe.db"), "{e}");
        assert!(!path.exists());
    }

    #[test]
    fn an_empty_file_has_no_schema_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vacia.db");
        std::fs::write(&path, b"").unwrap();
        let r = inspect(&path, "x".into()).unwrap();
        assert_eq!(r.esquema.estado, Estado::Falta);
        assert!(r.procedimientos.iter().all(|c| c.estado != Estado::Ok));
    }
}
