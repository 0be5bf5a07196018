//! What operators see: Swagger, the log file, the CLI and start-up errors.

use std::{path::Path, process::Stdio};

use reqwest::Method;
use serde_json::Value;

use crate::harness::*;

fn committed_swagger() -> Value {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../swagger/openapi.json");
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

#[test]
fn swagger_ui_and_document_are_served_and_match_the_committed_file() {
    let s = Server::start();
    let r = s.request(Method::GET, "/swagger/v1/swagger.json", None, None);
    assert_eq!(r.status, 200);
    let served: Value = r.json();
    assert_eq!(served, committed_swagger());
    assert!(served["paths"]["/api/SEG_USUARIO/Add"]["post"].is_object());
    let ui = s.request(Method::GET, "/swagger/", None, None);
    assert_eq!(ui.status, 200);
    assert!(ui.text.contains("swagger-ui"), "the UI is vendored, not fetched");
    let out = romsoft().arg("openapi").output().unwrap();
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap(), committed_swagger());
}

#[test]
fn the_log_file_has_request_ids_and_no_secrets() {
    let s = Server::start();
    let token = s.admin_token();
    s.login_as("admin", "Clave-Equivocada-123");
    let body = r#"{"id_rol":2,"usuario":"logueado","clave":"NoDebeAparecer#1","apellidos":"Huamán"}"#;
    s.call("/api/SEG_USUARIO/Add", body, &token);
    s.call("/api/SEG_USUARIO/GetAllFilters", "{bad", &token);
    let r = s.request(Method::POST, "/api/SEG_ROL/GetAllActives", Some("{}"), Some("tampered.token.value"));
    assert_eq!(r.status, 401);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let log = s.log_text();
    assert!(log.contains("POST /api/SEG_USUARIO/Add 200"), "{log}");
    for line in log.lines().filter(|l| l.contains("POST /api/")) {
        let rid = line.split('[').nth(1).and_then(|x| x.split(']').next()).unwrap_or("-");
        assert!(rid.len() >= 8 && rid != "-", "request line without a request id: {line}");
    }
    for secret in [ADMIN_PASSWORD, "NoDebeAparecer#1", "Clave-Equivocada-123", token.as_str(), JWT_SECRET, "tampered.token.value", "Huamán"] {
        assert!(!log.contains(secret), "the log contains {secret:?}");
    }
}

#[test]
fn user_add_from_the_command_line_then_login() {
    let s = Server::start();
    let out = romsoft()
        .args(["user", "add", "--username", "cajero1", "--password", "Caja#2026", "--role", "caja", "--nombres", "Luis"])
        .current_dir(s.dir.path())
        .env("ROMSOFT__DATABASE__URL", "sqlite://data/romsoft.db")
        .env("ROMSOFT__AUTH__BCRYPT_COST", "4")
        .env("ROMSOFT__AUTH__ALLOW_INSECURE_BCRYPT_COST_FOR_TESTS", "true")
        .env("ROMSOFT__LOGGING__CONSOLE", "false")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v = s.login_as("cajero1", "Caja#2026");
    assert_eq!(v["Data"]["id_rol"], 4, "{v}");
    // Without --password, the password is the first line of standard input (not in `ps`).
    let mut child = romsoft()
        .args(["user", "add", "--username", "medico1", "--role", "3"])
        .current_dir(s.dir.path())
        .env("ROMSOFT__DATABASE__URL", "sqlite://data/romsoft.db")
        .env("ROMSOFT__AUTH__BCRYPT_COST", "4")
        .env("ROMSOFT__AUTH__ALLOW_INSECURE_BCRYPT_COST_FOR_TESTS", "true")
        .env("ROMSOFT__LOGGING__CONSOLE", "false")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(b"Medico#Stdin1\n").unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(s.login_as("medico1", "Medico#Stdin1")["Data"]["id_rol"], 3);
    let out = romsoft()
        .args(["user", "add", "--username", "otro", "--password", "x", "--role", "NOEXISTE"])
        .current_dir(s.dir.path())
        .env("ROMSOFT__DATABASE__URL", "sqlite://data/romsoft.db")
        .env("ROMSOFT__LOGGING__CONSOLE", "false")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("El rol no pertenece al sistema."));
}

#[test]
fn first_start_generates_the_admin_password_and_token_key_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = romsoft()
        .arg("serve")
        .current_dir(dir.path())
        .env("ROMSOFT__SERVER__BIND", "127.0.0.1:0")
        .env("ROMSOFT__AUTH__BCRYPT_COST", "4")
        .env("ROMSOFT__AUTH__ALLOW_INSECURE_BCRYPT_COST_FOR_TESTS", "true")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    use std::io::BufRead;
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let mut password = None;
    for line in lines.by_ref().map_while(Result::ok) {
        if let Some(rest) = line.strip_prefix("Usuario inicial creado: admin / ") {
            password = rest.split_whitespace().next().map(str::to_owned);
        }
        if line.contains("escuchando en") {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    let password = password.expect("the generated admin password is printed once");
    assert_eq!(password.len(), 16);
    let key = std::fs::read_to_string(dir.path().join("data/jwt_secret.key")).unwrap();
    assert_eq!(key.len(), 64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("data/jwt_secret.key")).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the key file is private");
    }
    let log = std::fs::read_to_string(dir.path().join("Log/Log.txt")).unwrap();
    assert!(!log.contains(&password) && !log.contains(key.trim()));
}

fn serve_fails(env: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = romsoft();
    cmd.arg("serve").current_dir(dir.path()).env("ROMSOFT__LOGGING__CONSOLE", "false");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(2), "must refuse to start");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn bad_configuration_is_refused_with_the_real_cause() {
    let e = serve_fails(&[("ROMSOFT__DATABASE__URL", "postgres://x")]);
    assert!(e.contains("sqlite://"), "{e}");
    let e = serve_fails(&[("ROMSOFT__DATABASE__URL", "Server=tcp:127.0.0.1,1;Database=ROMSOFT-CLINICA;User Id=api;Password=Pw-No-Mostrar;")]);
    assert!(e.contains("jwt_secret_key"), "SQL Server mode needs a configured key: {e}");
    assert!(!e.contains("Pw-No-Mostrar"));
    let e = serve_fails(&[
        ("ROMSOFT__DATABASE__URL", "Server=tcp:127.0.0.1,1;Database=ROMSOFT-CLINICA;User Id=api;Password=Pw-No-Mostrar;"),
        ("ROMSOFT__AUTH__JWT_SECRET_KEY", JWT_SECRET),
        ("ROMSOFT__DATABASE__CONNECT_TIMEOUT_SECONDS", "3"),
    ]);
    assert!(e.contains("no se pudo conectar") && e.contains("127.0.0.1"), "{e}");
    assert!(!e.contains("Pw-No-Mostrar"), "{e}");
    let e = serve_fails(&[("ROMSOFT__SERVER__WORKERS", "muchos")]);
    assert!(e.contains("configuración inválida"), "{e}");
}

#[test]
fn migrate_and_contract_commands() {
    let dir = tempfile::tempdir().unwrap();
    let out = romsoft().arg("migrate").current_dir(dir.path()).env("ROMSOFT__LOGGING__CONSOLE", "false").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!("versión {}", data_access::SCHEMA_VERSION)));
    assert!(dir.path().join("data/romsoft.db").exists());
    let out = romsoft().arg("contract").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    // The served count follows from tests/contract/decisions.toml ([serve] plus [handwritten],
    // less our own [actions], listed apart).
    let decisions: toml::Table = include_str!("../contract/decisions.toml").parse().unwrap();
    let plain: usize = decisions["serve"].as_table().unwrap().values().map(|v| v.as_array().unwrap().len()).sum();
    let ours = decisions["actions"].as_table().unwrap();
    let served = plain + decisions["handwritten"].as_table().unwrap().len() - ours.len();
    assert!(text.contains(&format!("servidas: {served}/111")), "{text}");
    for a in ours.keys() {
        assert!(text.contains(&format!("+ {a}")), "{a} listed as beyond the contract: {text}");
    }
    assert!(text.contains("SEG_USUARIO/GetAllPaging") && text.contains("ADM_PACIENTE/Add"));
}

/// Lines logged on the blocking pool (bcrypt) and on the SQLite pool's threads carry the id of
/// the request they work for, like the lines of the request's own thread.
#[test]
fn lines_from_blocking_and_sqlite_threads_carry_the_request_id() {
    let s = Server::start_with(&[("ROMSOFT__LOGGING__LEVEL", "trace")]);
    let login = serde_json::json!({ "Username": "admin", "Password": ADMIN_PASSWORD }).to_string();
    let r = s.request(Method::POST, "/api/Account/Login", Some(&login), None);
    assert_eq!(r.status, 200, "{}", r.text);
    let token = r.json()["Data"]["token"].as_str().expect("token").to_owned();
    let login_id = r.headers["x-request-id"].to_str().unwrap().to_owned();
    let body = r#"{"id_rol":2,"usuario":"hilos","clave":"Clave#Hilos1","apellidos":"Prueba"}"#;
    let r = s.request(Method::POST, "/api/SEG_USUARIO/Add", Some(body), Some(&token));
    assert_eq!(r.status, 200, "{}", r.text);
    let add_id = r.headers["x-request-id"].to_str().unwrap().to_owned();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let log = s.log_text();

    for (id, what) in [(&login_id, "bcrypt"), (&login_id, "sqlite"), (&add_id, "bcrypt"), (&add_id, "sqlite")] {
        let tagged = format!("[{id}] data_access::log_context - {what}: en el hilo «");
        let line = log.lines().find(|l| l.contains(&tagged));
        let line = line.unwrap_or_else(|| panic!("no {what} line with request id {id}:\n{log}"));
        // Not the HTTP worker's thread: the id travelled to the blocking pool.
        assert!(!line.contains("actix"), "{line}");
    }
    for secret in [ADMIN_PASSWORD, "Clave#Hilos1", token.as_str(), JWT_SECRET] {
        assert!(!log.contains(secret), "the trace log contains {secret:?}");
    }
}

/// `romsoft user …` on the server's database (bcrypt cost 4, no console log); `stdin` is the
/// standard input (a pipe, not a terminal).
fn user_cli(s: &Server, args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = romsoft()
        .arg("user")
        .args(args)
        .current_dir(s.dir.path())
        .env("ROMSOFT__DATABASE__URL", "sqlite://data/romsoft.db")
        .env("ROMSOFT__AUTH__BCRYPT_COST", "4")
        .env("ROMSOFT__AUTH__ALLOW_INSECURE_BCRYPT_COST_FOR_TESTS", "true")
        .env("ROMSOFT__LOGGING__CONSOLE", "false")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_first_start_that_cannot_bind_creates_no_admin_and_prints_no_password() {
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = busy.local_addr().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let out = romsoft()
        .arg("serve")
        .current_dir(dir.path())
        .env("ROMSOFT__SERVER__BIND", &addr)
        .env("ROMSOFT__AUTH__BCRYPT_COST", "4")
        .env("ROMSOFT__AUTH__ALLOW_INSECURE_BCRYPT_COST_FOR_TESTS", "true")
        .env("ROMSOFT__LOGGING__CONSOLE", "false")
        .output()
        .unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(2), "a busy port is a failed start: {stdout} {stderr}");
    assert!(stderr.contains(&format!("no se pudo escuchar en {addr}")), "{stderr}");
    assert!(!stdout.contains("Usuario inicial") && !stdout.contains("admin"), "no password shown: {stdout}");
    let db = rusqlite::Connection::open(dir.path().join("data/romsoft.db")).unwrap();
    let users: i64 = db.query_row("SELECT count(*) FROM SEG_USUARIO", [], |r| r.get(0)).unwrap();
    assert_eq!(users, 0, "no orphaned admin");
    drop(busy);
    // The next start, with the port free, creates admin and shows its password.
    let mut child = romsoft()
        .arg("serve")
        .current_dir(dir.path())
        .env("ROMSOFT__SERVER__BIND", "127.0.0.1:0")
        .env("ROMSOFT__AUTH__BCRYPT_COST", "4")
        .env("ROMSOFT__AUTH__ALLOW_INSECURE_BCRYPT_COST_FOR_TESTS", "true")
        .env("ROMSOFT__LOGGING__CONSOLE", "false")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    use std::io::BufRead;
    let mut shown = false;
    for line in std::io::BufReader::new(child.stdout.take().unwrap()).lines().map_while(Result::ok) {
        shown |= line.starts_with("Usuario inicial creado: admin / ");
        if line.contains("escuchando en") {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(shown, "the password is shown on the start that keeps admin");
}

#[test]
fn set_password_from_the_console_then_login_and_old_tokens_end() {
    let s = Server::start_with(&[("ROMSOFT__AUTH__TOKEN_CHECK_CACHE_SECONDS", "0")]);
    let old = s.admin_token();
    let works = |t: &str| s.request(Method::POST, "/api/SEG_ROL/GetAllActives", Some("{}"), Some(t)).status;
    assert_eq!(works(&old), 200);
    let out = user_cli(&s, &["set-password", "--username", "admin"], "Nueva#Clave-2026\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "clave de admin cambiada; sus sesiones abiertas se cerraron");
    assert_eq!(works(&old), 401, "the old token is refused");
    assert_eq!(s.login_as("admin", ADMIN_PASSWORD)["Warning"], true, "the old password no longer works");
    let v = s.login_as("admin", "Nueva#Clave-2026");
    let new = v["Data"]["token"].as_str().unwrap_or_else(|| panic!("{v}")).to_owned();
    assert_eq!(works(&new), 200);
    let stored: String = s.db().query_row("SELECT clave FROM SEG_USUARIO WHERE usuario = 'admin'", [], |r| r.get(0)).unwrap();
    assert!(stored.starts_with("$2"), "bcrypt: {stored}");
    let (usuario, accion, objeto): (String, String, String) = s
        .db()
        .query_row("SELECT Usuario, Accion, Objeto FROM Log WHERE Controlador = 'Consola'", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    assert_eq!((usuario.as_str(), accion.as_str()), ("admin", "CambiarClave"));
    assert!(objeto.contains("\"usuario\":\"admin\"") && !objeto.contains("Nueva#Clave-2026"), "{objeto}");
}

#[test]
fn set_password_refuses_an_unknown_user_and_a_password_the_api_refuses() {
    let s = Server::start();
    let out = user_cli(&s, &["set-password", "--username", "nadie"], "Nueva#Clave-2026\n");
    assert_eq!(out.status.code(), Some(2));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(e.contains("El usuario no pertenece al sistema. (usuario «nadie»); no se cambió nada"), "{e}");
    let out = user_cli(&s, &["set-password", "--username", "admin"], "\n");
    assert_eq!(out.status.code(), Some(2));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(e.contains("clave"), "{e}");
    let out = user_cli(&s, &["set-password", "--username", "admin"], &format!("{}\n", "x".repeat(73)));
    assert!(String::from_utf8_lossy(&out.stderr).contains("72 bytes"));
    assert_eq!(count(&s, "SELECT count(*) FROM Log WHERE Controlador = 'Consola'"), 0, "nothing changed, nothing audited");
    s.admin_token();
}

#[test]
fn user_list_shows_name_role_and_state_without_passwords() {
    let s = Server::start();
    let token = s.admin_token();
    user_with_role(&s, &token, "farmacia1", 5);
    let out = user_cli(&s, &["list"], "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "USUARIO\tROL\tESTADO");
    assert!(lines.contains(&"admin\tADMINISTRADOR\tActivo"), "{text}");
    assert!(lines.iter().any(|l| l.starts_with("farmacia1\t") && l.ends_with("\tActivo")), "{text}");
    assert!(!text.contains("$2") && !text.contains("***"), "no passwords: {text}");
    assert_eq!(count(&s, "SELECT count(*) FROM Log WHERE Controlador = 'Consola' AND Accion = 'ListarUsuarios'"), 1);
}
