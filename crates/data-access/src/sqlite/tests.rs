//! The SQLite dialect against the registry, and the backend on a real database file.

use super::*;
use crate::{Returns, SqlType, registry};

fn opts() -> DbOptions {
    DbOptions::default()
}

#[test]
fn schema_version_is_the_newest_migration() {
    assert_eq!(SCHEMA_VERSION, script::latest_migration());
    let versions: Vec<i64> = script::MIGRATIONS.iter().map(|m| m.0).collect();
    assert_eq!(versions, (1..=SCHEMA_VERSION).collect::<Vec<_>>(), "migrations must be numbered 1..N without gaps");
}

/// Every registered procedure has a SQLite file, every file is registered, every parameter the
/// file uses is declared, and the last statement returns exactly the declared columns.
#[test]
fn every_procedure_file_agrees_with_the_registry() {
    let mut conn = Connection::open_in_memory().unwrap();
    configure(&conn, Duration::from_secs(5)).unwrap();
    migrate(&mut conn).unwrap();
    for (name, _) in script::PROCEDURES {
        assert!(registry::find(name).is_some(), "sql/sqlite/procedures/{name}.sql is not registered");
    }
    for proc in registry::ALL {
        let text = script::procedure_text(proc.short_name()).unwrap_or_else(|| panic!("missing sql/sqlite/procedures/{}.sql", proc.short_name()));
        let statements = script::split_statements(text);
        assert!(!statements.is_empty(), "{} is empty", proc.name);
        let mut used = std::collections::HashSet::new();
        // The procedure's table-valued parameters exist as (empty) temporary tables, and its
        // own DDL (a staging temporary table) runs, so the later statements prepare; all of it
        // is rolled back.
        let tx = conn.transaction().unwrap();
        for p in proc.params {
            if let SqlType::Table(t) = p.ty {
                exec::fill_table(&tx, p.bare_name(), t, &Value::Table(Vec::new())).unwrap();
                assert!(text.contains(&format!("temp.{}", p.bare_name())), "{} never reads its table {}", proc.name, p.name);
                used.insert(p.bare_name().to_owned());
            }
        }
        for (i, sql) in statements.iter().enumerate() {
            let stmt = tx.prepare(sql).unwrap_or_else(|e| panic!("{}: statement {i} does not prepare: {e}\n{sql}", proc.name));
            let head = sql.trim_start().get(..6).unwrap_or("").to_ascii_uppercase();
            if head.starts_with("CREATE") || head.starts_with("DROP") {
                tx.execute_batch(sql).unwrap_or_else(|e| panic!("{}: statement {i} does not run: {e}\n{sql}", proc.name));
            }
            for idx in 1..=stmt.parameter_count() {
                let p = stmt.parameter_name(idx).unwrap_or("?").trim_start_matches(':').to_owned();
                assert!(proc.params.iter().any(|d| d.bare_name() == p), "{} uses undeclared :{p}", proc.name);
                used.insert(p);
            }
            if i == statements.len() - 1 {
                let cols: Vec<String> = stmt.column_names().into_iter().map(str::to_owned).collect();
                match proc.returns {
                    Returns::Rows(declared) => {
                        let want: Vec<&str> = declared.iter().map(|c| c.name).collect();
                        assert_eq!(cols, want, "{} result columns", proc.name);
                    }
                    Returns::Response => assert_eq!(cols, vec!["Response"], "{}", proc.name),
                    Returns::ResponseMessage(m) => {
                        assert_eq!(cols, vec!["Response".to_string(), m.trim_start_matches('@').to_string()], "{}", proc.name)
                    }
                    Returns::ExistsFlag => assert_eq!(cols.len(), 1, "{}", proc.name),
                }
            }
        }
        drop(tx);
        for p in proc.params {
            // @WhereFilters is accepted for compatibility and deliberately never used.
            if p.name != "@WhereFilters" {
                assert!(used.contains(p.bare_name()), "{} never uses {}", proc.name, p.name);
            }
        }
    }
}

#[tokio::test]
async fn file_database_is_created_in_wal_mode_and_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/romsoft.db");
    let db = SqliteDb::open(&path, &opts()).await.unwrap();
    assert_eq!(db.schema_version().await.unwrap(), SCHEMA_VERSION);
    drop(db);
    let db = SqliteDb::open(&path, &opts()).await.unwrap();
    assert_eq!(db.schema_version().await.unwrap(), SCHEMA_VERSION);
    let conn = Connection::open(&path).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for f in ["sub/romsoft.db", "sub/romsoft.db-wal"] {
            let p = dir.path().join(f);
            if p.exists() {
                assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o077, 0, "{f} must be private");
            }
        }
    }
}

#[tokio::test]
async fn a_database_from_a_newer_binary_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.db");
    Connection::open(&path).unwrap().pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    match SqliteDb::open(&path, &opts()).await {
        Err(DbError::SchemaVersion { found, expected, .. }) => assert_eq!((found, expected), (SCHEMA_VERSION + 1, SCHEMA_VERSION)),
        Err(e) => panic!("unexpected error {e}"),
        Ok(_) => panic!("a newer database must be refused"),
    }
}

fn insert_args(usuario: &str, apellidos: &str) -> Vec<Value> {
    vec![
        Value::Int(1),
        usuario.into(),
        "$2b$04$hash".into(),
        apellidos.into(),
        "Nombres".into(),
        "12345678".into(),
        "F".into(),
        Value::Null,
        Value::Null,
        "A".into(),
        "sistema".into(),
        Value::Null,
    ]
}

#[tokio::test]
async fn user_procedures_round_trip_on_a_real_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = SqliteDb::open(&dir.path().join("r.db"), &opts()).await.unwrap();
    let id = db.call(&registry::SEG_USUARIO_INSERT, insert_args("ana", "García Ñahui")).await.unwrap().response();
    assert!(id > 0);
    let exists = db.call(&registry::SEG_USUARIO_VERIFY_EXISTS, vec!["ANA".into()]).await.unwrap();
    assert_eq!(exists, Output::Exists(true));
    assert_eq!(db.call(&registry::SEG_USUARIO_VERIFY_EXISTS, vec!["nadie".into()]).await.unwrap(), Output::Exists(false));

    let rows = db.call(&registry::SEG_USUARIO_GET_BY_ID, vec![Value::Int(id)]).await.unwrap().into_rows();
    assert_eq!(rows.len(), 1);
    let cols = registry::SEG_USUARIO_GET_BY_ID.columns();
    let get = |name: &str| rows[0].0[cols.iter().position(|c| c.name == name).unwrap()].clone();
    assert_eq!(get("apellidos"), Value::Text("García Ñahui".into()));
    assert_eq!(get("clave"), Value::Text("$2b$04$hash".into()));
    assert_eq!(get("RolNombre"), Value::Text("ADMINISTRADOR".into()));
    assert!(matches!(get("fecha_registro"), Value::DateTime(_)));

    // Update with NULL clave keeps the stored hash.
    let mut upd = vec![Value::Int(id), Value::Int(1), "ana".into(), Value::Null, "Pérez".into(), "Ana".into()];
    upd.extend([Value::Null, Value::Null, Value::Null, Value::Null, "A".into(), "admin".into(), Value::Null]);
    assert_eq!(db.call(&registry::SEG_USUARIO_UPDATE, upd).await.unwrap().response(), 1);
    let rows = db.call(&registry::SEG_USUARIO_GET_BY_ID, vec![Value::Int(id)]).await.unwrap().into_rows();
    assert_eq!(rows[0].0[4], Value::Text("$2b$04$hash".into()));
    assert_eq!(rows[0].0[6], Value::Text("Pérez".into()));

    // Soft delete.
    let n = db.call(&registry::SEG_USUARIO_DELETE, vec![Value::Int(id), "admin".into(), Value::Null]).await.unwrap().response();
    assert_eq!(n, 1);
    let rows = db.call(&registry::SEG_USUARIO_GET_BY_ID, vec![Value::Int(id)]).await.unwrap().into_rows();
    assert_eq!(rows[0].0[11], Value::Text("I".into()));
    assert_eq!(db.call(&registry::SEG_USUARIO_DELETE, vec![Value::Int(999), "x".into(), Value::Null]).await.unwrap().response(), 0);
}

#[tokio::test]
async fn paging_counts_the_total_and_never_runs_the_where_filter() {
    let dir = tempfile::tempdir().unwrap();
    let db = SqliteDb::open(&dir.path().join("p.db"), &opts()).await.unwrap();
    for u in ["carla", "bruno", "alicia"] {
        db.call(&registry::SEG_USUARIO_INSERT, insert_args(u, u)).await.unwrap();
    }
    let page = |filter: &str, order: &str, start: i64, rows: i64| {
        vec![Value::from(filter), Value::from(order), Value::Int(start), Value::Int(rows)]
    };
    let rows = db.call(&registry::SEG_USUARIO_GET_ALL, page("1=0; DELETE FROM SEG_USUARIO", "usuario", 1, 1)).await.unwrap().into_rows();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0[3], Value::Text("bruno".into()));
    assert_eq!(rows[0].0[11], Value::Int(3), "Cantidad is the total");
    let all = db.call(&registry::SEG_USUARIO_GET_ALL, page("", "usuario DESC", 0, 0)).await.unwrap().into_rows();
    let names: Vec<_> = all.iter().map(|r| r.0[3].clone()).collect();
    assert_eq!(names, vec![Value::from("carla"), Value::from("bruno"), Value::from("alicia")]);
}

#[tokio::test]
async fn catalogs_and_audit_log() {
    let dir = tempfile::tempdir().unwrap();
    let db = SqliteDb::open(&dir.path().join("c.db"), &opts()).await.unwrap();
    let roles = db.call(&registry::SEG_ROL_GET_ALL_ACTIVES, vec![]).await.unwrap().into_rows();
    assert!(roles.iter().any(|r| r.0[1] == Value::Text("ADMINISTRADOR".into())));
    let estados = db.call(&registry::TIPO_ESTADO_GET_ALL_FILTERS, vec!["SEG_USUARIO".into()]).await.unwrap().into_rows();
    assert!(!estados.is_empty());
    let log_args = vec![
        Value::from("127.0.0.1"),
        "admin".into(),
        "Se registró satisfactoriamente.".into(),
        "Usuario".into(),
        "Add".into(),
        "{\"clave\":\"***\"}".into(),
        Value::Int(5),
    ];
    let id = db.call(&registry::LOG_INSERT, log_args).await.unwrap().response();
    assert!(id > 0);
    let conn = Connection::open(db.path()).unwrap();
    let (accion, objeto): (String, String) = conn.query_row("SELECT Accion, Objeto FROM Log WHERE rowid = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((accion.as_str(), objeto.as_str()), ("Add", "{\"clave\":\"***\"}"));
}

#[tokio::test]
async fn a_unique_key_violation_is_reported_as_a_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    let db = SqliteDb::open(&dir.path().join("d.db"), &opts()).await.unwrap();
    db.call(&registry::SEG_USUARIO_INSERT, insert_args("dup", "Uno")).await.unwrap();
    match db.call(&registry::SEG_USUARIO_INSERT, insert_args("DUP", "Dos")).await {
        Err(DbError::Duplicate { procedure }) => assert_eq!(procedure, registry::SEG_USUARIO_INSERT.name),
        other => panic!("expected a duplicate, got {other:?}"),
    }
}

#[test]
fn decimals_keep_their_scale_and_table_parameters_fill_a_temp_table_in_the_transaction() {
    use crate::{Column, SqlType, TableColumn, TableType};
    static LINE: TableType = TableType {
        name: "Romsoft.LINEA_TYPE",
        columns: &[
            TableColumn { name: "codigo", ty: SqlType::Text, field: Some("codigo"), constant: None },
            TableColumn { name: "precio", ty: SqlType::Decimal, field: Some("precio"), constant: None },
        ],
    };
    let dec = |s: &str| Value::Decimal(s.parse().unwrap());
    let mut conn = Connection::open_in_memory().unwrap();
    let tx = conn.transaction().unwrap();
    let rows = Value::Table(vec![
        vec![Value::from("A1"), dec("12.50")],
        vec![Value::from("B2"), dec("0.0")],
        vec![Value::from("C3"), dec("79228162514264337593543950.335")],
    ]);
    exec::fill_table(&tx, "lineas", &LINE, &rows).unwrap();
    let col = Column { name: "precio", ty: SqlType::Decimal, field: "precio" };
    let mut stmt = tx.prepare("SELECT precio FROM temp.lineas ORDER BY codigo").unwrap();
    let mut read = Vec::new();
    let mut q = stmt.raw_query();
    while let Some(r) = q.next().unwrap() {
        match exec::decode("t", &col, r.get_ref(0).unwrap()).unwrap() {
            Value::Decimal(d) => read.push(d.to_string()),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(read, ["12.50", "0.0", "79228162514264337593543950.335"], "exact, scale kept");
    drop(q);
    drop(stmt);
    tx.rollback().unwrap();
    // Rolled back with the transaction: nothing of the table is left.
    assert!(conn.prepare("SELECT 1 FROM temp.lineas").is_err());
}

#[tokio::test]
async fn a_request_past_its_deadline_gets_no_more_database_time() {
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().unwrap();
    let db = SqliteDb::open(&dir.path().join("d.db"), &opts()).await.unwrap();
    let roles = &registry::SEG_ROL_GET_ALL_ACTIVES;
    let out = crate::deadline::within(Instant::now() + Duration::from_secs(5), db.call(roles, vec![])).await;
    assert!(out.is_ok(), "{out:?}");
    let late = crate::deadline::within(Instant::now(), db.call(roles, vec![])).await;
    assert!(matches!(late, Err(DbError::Timeout { .. })), "{late:?}");
}
