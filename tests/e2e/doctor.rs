//! `romsoft doctor` as a DBA runs it: the real binary on a database made by `romsoft migrate`.

use std::{path::Path, process::Output};

use serde_json::Value;

use crate::harness::romsoft;

/// A folder with a fresh database at `data/romsoft.db` (the default URL).
fn fresh() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = romsoft().arg("migrate").current_dir(dir.path()).env("ROMSOFT__LOGGING__CONSOLE", "false").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    dir
}

fn doctor(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out: Output = romsoft().arg("doctor").args(args).current_dir(dir).output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn damage(dir: &Path, sql: &str) {
    let c = rusqlite::Connection::open(dir.join("data/romsoft.db")).unwrap();
    c.execute_batch(&format!("PRAGMA foreign_keys = OFF; {sql}")).unwrap();
}

#[test]
fn doctor_on_a_fresh_database_passes_with_a_summary() {
    let dir = fresh();
    let (code, out, err) = doctor(dir.path(), &[]);
    assert_eq!(code, Some(0), "{out}{err}");
    let n = data_access::registry::ALL.len();
    assert!(out.contains("Motor: SQLite"), "{out}");
    let db = dir.path().canonicalize().unwrap().join("data/romsoft.db");
    assert!(out.contains(&format!("Base: {}", db.display())), "the absolute path is shown: {out}");
    assert!(out.contains(&format!("[OK]      Versión de esquema: {v} (requerida {v})", v = data_access::SCHEMA_VERSION)), "{out}");
    assert!(out.contains(&format!("[OK]      Procedimientos: {n} de {n} correctos")), "{out}");
    assert!(out.contains("[OK]      Índices que usan las búsquedas:"), "{out}");
    assert!(out.contains("ADM_CIE10: ") && out.contains("ADM_UBIGEO: "), "{out}");
    assert!(!out.contains("[FALTA]") && !out.contains("[DIFIERE]"), "{out}");
    let last = out.lines().last().unwrap();
    assert!(last.starts_with("Resumen: ") && last.contains(", 0 problemas,") && last.ends_with("la base está lista para la API."), "{last}");
    assert!(err.is_empty(), "nothing on stderr for a quick local check: {err}");
}

#[test]
fn doctor_names_a_dropped_table_and_exits_non_zero() {
    let dir = fresh();
    damage(dir.path(), "DROP TABLE ADM_OCUPACION;");
    let (code, out, _) = doctor(dir.path(), &[]);
    assert_eq!(code, Some(1), "{out}");
    for p in ["Insert", "Update", "Delete", "GetAllActives", "GetById"] {
        let head = format!("  [DIFIERE] Romsoft.p_ADM_OCUPACION_{p}: ");
        let line = out.lines().find(|l| l.starts_with(&head)).unwrap_or_else(|| panic!("{head} in {out}"));
        assert!(line.ends_with("no existe la tabla ADM_OCUPACION"), "{line}");
    }
    // Procedures of other tables that reference it (a foreign key) are named too.
    assert!(out.contains("  [DIFIERE] Romsoft.p_ADM_PACIENTE_Insert: sentencia 1 de 2: no existe la tabla ADM_OCUPACION\n"), "{out}");
    assert!(out.contains("[ERROR]   Procedimientos: "), "{out}");
    let last = out.lines().last().unwrap();
    assert!(last.contains("NO está lista") && last.contains("código de salida 1"), "{last}");
}

#[test]
fn doctor_names_a_dropped_search_index() {
    let dir = fresh();
    damage(dir.path(), "DROP INDEX IX_ADM_PACIENTE_busqueda;");
    let (code, out, _) = doctor(dir.path(), &[]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("  [FALTA]   ADM_PACIENTE.IX_ADM_PACIENTE_busqueda: no existe el índice; lo necesita: búsqueda de pacientes por nombre"),
        "{out}"
    );
    assert!(out.contains("Resumen: ") && out.contains(", 1 problemas,"), "{out}");
}

#[test]
fn doctor_json_has_the_documented_keys() {
    let dir = fresh();
    let (code, out, _) = doctor(dir.path(), &["--json"]);
    assert_eq!(code, Some(0), "{out}");
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"));
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    for k in ["formato", "listo", "motor", "destino", "esquema", "procedimientos", "tipos_tabla", "vistas", "indices", "datos_referencia", "resumen"] {
        assert!(keys.contains(&k), "{k} in {keys:?}");
    }
    assert_eq!(v["formato"], 1);
    assert_eq!(v["listo"], true);
    assert_eq!(v["motor"], "sqlite");
    assert_eq!(v["esquema"], serde_json::json!({ "encontrada": data_access::SCHEMA_VERSION, "esperada": data_access::SCHEMA_VERSION, "estado": "ok", "detalle": null }));
    let procs = v["procedimientos"].as_array().unwrap();
    assert_eq!(procs.len(), data_access::registry::ALL.len());
    assert_eq!(procs[0].as_object().unwrap().keys().collect::<Vec<_>>(), ["nombre", "estado", "detalle"].iter().collect::<Vec<_>>());
    assert!(procs.iter().all(|p| p["estado"] == "ok" && p["detalle"].is_null()));
    let cie = v["datos_referencia"].as_array().unwrap().iter().find(|c| c["tabla"] == "ADM_CIE10").unwrap();
    assert!(cie["filas"].as_i64().unwrap() > 0 && cie["estado"] == "ok", "{cie}");
    let r = &v["resumen"];
    assert_eq!(r["problemas"], 0);
    assert!(r["comprobados"].as_u64().unwrap() > procs.len() as u64);

    damage(dir.path(), "DROP TABLE ADM_OCUPACION; DELETE FROM ADM_UBIGEO;");
    let (code, out, _) = doctor(dir.path(), &["--json"]);
    assert_eq!(code, Some(1));
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["listo"], false);
    let p = v["procedimientos"].as_array().unwrap().iter().find(|p| p["nombre"] == "Romsoft.p_ADM_OCUPACION_Insert").unwrap();
    assert_eq!(p["estado"], "difiere");
    assert_eq!(p["detalle"], "sentencia 1 de 2: no existe la tabla ADM_OCUPACION");
    let ubi = v["datos_referencia"].as_array().unwrap().iter().find(|c| c["tabla"] == "ADM_UBIGEO").unwrap();
    assert_eq!(ubi, &serde_json::json!({ "tabla": "ADM_UBIGEO", "filas": 0, "estado": "aviso" }));
    assert!(v["resumen"]["avisos"].as_u64().unwrap() >= 1);
}

#[test]
fn doctor_on_a_missing_database_says_so_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = romsoft()
        .args(["doctor"])
        .current_dir(dir.path())
        .env("ROMSOFT__DATABASE__URL", "sqlite://otra/carpeta/romsoft.db")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("no se pudo comprobar") && err.contains("no existe") && err.contains("otra/carpeta/romsoft.db"), "{err}");
    assert!(err.contains("romsoft migrate"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "no file or folder created");

    let out = romsoft().args(["doctor", "--json"]).current_dir(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["listo"], false);
    assert!(v["error"].as_str().unwrap().contains("no existe"), "{v}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "no file or folder created");
}

#[test]
fn doctor_help_is_in_spanish_with_the_exit_codes() {
    let out = romsoft().args(["doctor", "--help"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    for s in ["lista para esta versión de la API", "Códigos de salida", "1  falta algo", "--json", "sys.table_types"] {
        assert!(text.contains(s), "{s} in {text}");
    }
}

#[test]
fn doctor_on_an_unreachable_sql_server_shows_progress_and_never_the_password() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let out = romsoft()
        .args(["doctor"])
        .env("ROMSOFT__DATABASE__URL", format!("Server=tcp:127.0.0.1,{port};Database=ROMSOFT-CLINICA;User Id=api;Password=Pw-No-Mostrar;"))
        .env("ROMSOFT__DATABASE__CONNECT_TIMEOUT_SECONDS", "3")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains(&format!("romsoft doctor: conectando con sqlserver://127.0.0.1:{port}/ROMSOFT-CLINICA")), "{err}");
    assert!(err.contains("no se pudo comprobar") && err.contains("TCP"), "{err}");
    assert!(!err.contains("Pw-No-Mostrar") && !String::from_utf8_lossy(&out.stdout).contains("Pw-No-Mostrar"));
}
