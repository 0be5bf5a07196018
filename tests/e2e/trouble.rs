//! Database trouble: liveness and readiness, a database file deleted while running, and a
//! restart that must not silently create an empty database in its place.

use std::{
    process::Stdio,
    time::{Duration, Instant},
};

use reqwest::Method;
use serde_json::json;

use crate::harness::*;

fn get(s: &Server, path: &str) -> (u16, serde_json::Value) {
    let r = s.request(Method::GET, path, None, None);
    (r.status, serde_json::from_str(&r.text).unwrap_or_default())
}

#[test]
fn a_deleted_database_is_a_loud_error_and_is_not_recreated_empty() {
    let s = Server::start();
    let token = s.admin_token();
    assert_eq!(get(&s, "/health").0, 200);
    let (code, ready) = get(&s, "/health/ready");
    assert_eq!((code, ready["read"].as_bool(), ready["write"].as_bool()), (200, Some(true), Some(true)), "{ready}");

    let add = |d: &str| s.call("/api/ADM_OCUPACION/Add", &json!({ "t_descripcion": d }).to_string(), &token);
    assert_eq!(add("Antes")["Message"], "Se registró satisfactoriamente.");
    for f in ["romsoft.db", "romsoft.db-wal", "romsoft.db-shm"] {
        let _ = std::fs::remove_file(s.dir.path().join("data").join(f));
    }
    // No write is acknowledged into the deleted file.
    let v = add("Perdida");
    assert_eq!(v["Success"], false, "{v}");
    assert_eq!(get(&s, "/health").0, 200, "the process itself is alive");
    let (code, ready) = get(&s, "/health/ready");
    assert_eq!((code, ready["status"].as_str()), (503, Some("error")), "{ready}");
    assert!(s.log_text().contains("desapareció"), "the log says why");

    // A restart in the same folder refuses to create an empty database in its place...
    let mut cmd = romsoft();
    cmd.arg("serve")
        .current_dir(s.dir.path())
        .env("ROMSOFT__SERVER__BIND", "127.0.0.1:0")
        .env("ROMSOFT__AUTH__JWT_SECRET_KEY", JWT_SECRET)
        .env("ROMSOFT__LOGGING__CONSOLE", "false")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("serve started on a missing database instead of refusing");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert_eq!(status.code(), Some(2), "{err}");
    assert!(err.contains("romsoft migrate") && err.contains("romsoft.db.creada"), "{err}");
    assert!(!s.dir.path().join("data/romsoft.db").exists(), "nothing created");
    // ...and `migrate` creates one when that is what the operator wants.
    let out = romsoft().arg("migrate").current_dir(s.dir.path()).env("ROMSOFT__LOGGING__CONSOLE", "false").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(s.dir.path().join("data/romsoft.db").exists());
}

#[test]
fn backup_while_serving_and_restore_into_the_running_server() {
    let s = Server::start();
    let token = s.admin_token();
    let add = |d: &str| s.call("/api/ADM_OCUPACION/Add", &json!({ "t_descripcion": d }).to_string(), &token);
    let names = || -> Vec<String> {
        let v = s.call("/api/ADM_OCUPACION/GetAllActives", "", &token);
        v["Data"].as_array().unwrap().iter().map(|o| o["t_descripcion"].as_str().unwrap().to_owned()).collect()
    };
    add("Antes");
    let cli = |args: &[&str]| romsoft().args(args).current_dir(s.dir.path()).env("ROMSOFT__LOGGING__CONSOLE", "false").output().unwrap();
    let out = cli(&["backup", "copia.db"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("verificada"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("copiando: 100 %"), "progress is shown");
    let again = cli(&["backup", "copia.db"]);
    assert_eq!(again.status.code(), Some(2), "a copy is never overwritten");

    add("Después");
    assert_eq!(names(), ["Antes", "Después"]);
    let out = cli(&["restore", "copia.db"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(names(), ["Antes"], "the running server reads the restored database");
    let kept = std::fs::read_dir(s.dir.path().join("data")).unwrap().filter_map(|e| e.ok()).any(|e| e.file_name().to_string_lossy().contains("antes-de-restaurar"));
    assert!(kept, "the replaced state is kept beside it");
    // The server keeps working on it.
    assert_eq!(add("Otra vez")["Message"], "Se registró satisfactoriamente.");
}

#[test]
fn a_locked_database_makes_a_write_wait_one_command_timeout_not_two() {
    let s = Server::start_with(&[("ROMSOFT__DATABASE__COMMAND_TIMEOUT_SECONDS", "2")]);
    let token = s.admin_token();
    // Another process holds the write lock.
    let blocker = s.db();
    blocker.execute_batch("BEGIN IMMEDIATE;").unwrap();
    let started = Instant::now();
    let v = s.call("/api/ADM_OCUPACION/Add", &json!({ "t_descripcion": "Bloqueada" }).to_string(), &token);
    let waited = started.elapsed();
    assert_eq!(v["Success"], false, "{v}");
    // One busy wait for the mutation and its audit row together; the error is not audited
    // with a second wait (before: mutation, then audit, then the error's audit).
    assert!(waited >= Duration::from_secs(2) && waited < Duration::from_millis(3_500), "{waited:?}");
    blocker.execute_batch("ROLLBACK;").unwrap();
    let v = s.call("/api/ADM_OCUPACION/Add", &json!({ "t_descripcion": "Liberada" }).to_string(), &token);
    assert_eq!(v["Message"], "Se registró satisfactoriamente.");
}

/// Makes `path` unwritable even for root (`chattr +i`), or by its mode for anyone else.
/// Returns false when this machine allows neither.
fn set_read_only(path: &std::path::Path, on: bool) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let chattr = std::process::Command::new("chattr").arg(if on { "+i" } else { "-i" }).arg(path).status();
    if !matches!(chattr, Ok(st) if st.success()) {
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(if on { 0o400 } else { 0o600 }));
    }
    !on || std::fs::OpenOptions::new().write(true).open(path).is_err()
}

#[test]
fn a_database_made_read_only_then_writable_again_recovers_without_a_restart() {
    let s = Server::start_with(&[("ROMSOFT__DATABASE__MAX_CONNECTIONS", "4")]);
    let token = s.admin_token();
    let db = s.db_path();
    if !set_read_only(&db, true) {
        eprintln!("AVISO: esta máquina no permite dejar {} en solo lectura; prueba no aplicable", db.display());
        return;
    }
    let adds = |tag: &str| -> Vec<serde_json::Value> {
        std::thread::scope(|sc| {
            let handles: Vec<_> = (0..12)
                .map(|i| {
                    let (s, token) = (&s, &token);
                    let body = json!({ "t_descripcion": format!("{tag} {i}") }).to_string();
                    sc.spawn(move || s.call("/api/ADM_OCUPACION/Add", &body, token))
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        })
    };
    let during = adds("Solo lectura");
    set_read_only(&db, false);
    for v in &during {
        assert_envelope(v);
    }
    assert!(during.iter().any(|v| v["Success"] == false), "connections opened while the file was read-only failed: {during:?}");

    // Writable again: every write succeeds on the same process, on every pooled connection.
    for round in 0..3 {
        let after = adds(&format!("Recuperada {round}"));
        let failed: Vec<_> = after.iter().filter(|v| v["Message"] != "Se registró satisfactoriamente.").collect();
        assert!(failed.is_empty(), "round {round}: {failed:?}");
    }
    let (code, ready) = get(&s, "/health/ready");
    assert_eq!((code, ready["write"].as_bool()), (200, Some(true)), "{ready}");
}
