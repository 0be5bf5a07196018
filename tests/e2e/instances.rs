//! Several instances on one database: everything shared (security stamps, failed-login
//! counters) lives in the database, and concurrent writes through both lose nothing.

use serde_json::json;

use crate::harness::*;

#[test]
fn two_instances_on_one_database_share_tokens_revocations_lockouts_and_writes() {
    let now = &[("ROMSOFT__AUTH__TOKEN_CHECK_CACHE_SECONDS", "0")];
    let a = Server::start_with(now);
    let b = Server::start_beside(&a, now);
    let admin_a = a.admin_token();
    // A token issued by one instance works on the other.
    assert_eq!(b.call("/api/ADM_GENERO/GetAllActives", "", &admin_a)["Warning"], false);

    // A revocation made through A holds on B.
    let body = json!({"id_rol": 2, "usuario": "rosa", "clave": "Rosa#2026", "estado": "A"}).to_string();
    a.call("/api/SEG_USUARIO/Add", &body, &admin_a);
    let rosa_b = b.login_as("rosa", "Rosa#2026")["Data"]["token"].as_str().unwrap().to_owned();
    assert_eq!(b.request(reqwest::Method::POST, "/api/ADM_GENERO/GetAllActives", Some(""), Some(&rosa_b)).status, 200);
    let id: i64 = a.db().query_row("SELECT id_usuario FROM SEG_USUARIO WHERE usuario = 'rosa'", [], |r| r.get(0)).unwrap();
    let new_password = json!({"id_usuario": id, "id_rol": 2, "usuario": "rosa", "clave": "Otra#2026", "estado": "A"}).to_string();
    assert_eq!(a.call("/api/SEG_USUARIO/Update", &new_password, &admin_a)["Message"], "Se actualizó satisfactoriamente.");
    assert_eq!(b.request(reqwest::Method::POST, "/api/ADM_GENERO/GetAllActives", Some(""), Some(&rosa_b)).status, 401);

    // A lockout earned on A holds on B.
    for _ in 0..5 {
        a.login_as("rosa", "mala");
    }
    let r = b.request(reqwest::Method::POST, "/api/Account/Login", Some(r#"{"Username":"rosa","Password":"Otra#2026"}"#), None);
    assert_eq!(r.status, 429, "{}", r.text);

    // Concurrent writes through both: every one acknowledged is there, with its audit row.
    let admin_b = b.admin_token();
    let acknowledged: usize = std::thread::scope(|sc| {
        let handles: Vec<_> = (0..4)
            .map(|t| {
                let (srv, tok) = if t % 2 == 0 { (&a, &admin_a) } else { (&b, &admin_b) };
                sc.spawn(move || {
                    (0..15)
                        .filter(|i| {
                            let v = srv.call("/api/ADM_OCUPACION/Add", &json!({ "t_descripcion": format!("Oficio {t}-{i}") }).to_string(), tok);
                            v["Message"] == "Se registró satisfactoriamente."
                        })
                        .count()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    assert_eq!(acknowledged, 60);
    let rows: i64 = a.db().query_row("SELECT COUNT(*) FROM ADM_OCUPACION", [], |r| r.get(0)).unwrap();
    let audits: i64 = a.db().query_row("SELECT COUNT(*) FROM Log WHERE Accion = 'Add' AND Objeto LIKE '%Oficio%'", [], |r| r.get(0)).unwrap();
    assert_eq!((rows, audits), (60, 60));
}

#[test]
fn a_sigkill_during_concurrent_writes_loses_no_acknowledged_write_nor_its_audit_row() {
    use std::sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    };
    let mut s = Server::start();
    let token = s.admin_token();
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    std::thread::scope(|sc| {
        for w in 0..8 {
            let (acknowledged, stop, token, base) = (acknowledged.clone(), stop.clone(), token.clone(), s.base.clone());
            sc.spawn(move || {
                let http = reqwest::blocking::Client::builder().timeout(std::time::Duration::from_secs(10)).build().unwrap();
                for i in 0..10_000 {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let name = format!("Oficio {w}-{i}");
                    let sent = http
                        .post(format!("{base}/api/ADM_OCUPACION/Add"))
                        .bearer_auth(&token)
                        .header("Content-Type", "application/json")
                        .body(json!({ "t_descripcion": name }).to_string())
                        .send()
                        .and_then(|r| r.json::<serde_json::Value>());
                    match sent {
                        Ok(v) if v["Message"] == "Se registró satisfactoriamente." => acknowledged.lock().unwrap().push(name),
                        // The kill: connections fail from here on.
                        _ => break,
                    }
                }
            });
        }
        std::thread::sleep(std::time::Duration::from_millis(1500));
        s.kill_hard();
        stop.store(true, Ordering::SeqCst);
    });
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(acknowledged.len() > 20, "the writers were writing: {}", acknowledged.len());
    // Read the file as the next start would.
    let db = s.db();
    for name in &acknowledged {
        let row: i64 = db.query_row("SELECT COUNT(*) FROM ADM_OCUPACION WHERE t_descripcion = ?1", [name], |r| r.get(0)).unwrap();
        let audit: i64 = db
            .query_row("SELECT COUNT(*) FROM Log WHERE Accion = 'Add' AND Objeto LIKE ?1", [format!("%\"{name}\"%")], |r| r.get(0))
            .unwrap();
        assert_eq!((row, audit), (1, 1), "{name}: acknowledged, so stored with its audit row");
    }
    // Nothing half-written either: every stored record has its audit row.
    let orphans: i64 = db
        .query_row(
            "SELECT COUNT(*) FROM ADM_OCUPACION o WHERE NOT EXISTS \
             (SELECT 1 FROM Log l WHERE l.Accion = 'Add' AND l.Objeto LIKE '%\"' || o.t_descripcion || '\"%')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
    eprintln!("SIGKILL: {} writes acknowledged, all found with their audit rows", acknowledged.len());
}

#[test]
fn sigterm_lets_a_request_in_flight_finish_then_stops() {
    use std::io::{Read, Write};
    let mut s = Server::start();
    let token = s.admin_token();
    let addr = s.base.trim_start_matches("http://").to_owned();
    // A request in flight: headers and half of its body sent.
    let body = br#"{"t_descripcion": "Enviada durante el apagado"}"#;
    let mut sock = std::net::TcpStream::connect(&addr).unwrap();
    write!(
        sock,
        "POST /api/ADM_OCUPACION/Add HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .unwrap();
    sock.write_all(&body[..10]).unwrap();
    sock.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let term = std::process::Command::new("kill").args(["-TERM", &s.pid().to_string()]).status().unwrap();
    assert!(term.success());
    std::thread::sleep(std::time::Duration::from_millis(300));
    // The rest of the body arrives after the signal: the request still completes.
    sock.write_all(&body[10..]).unwrap();
    let mut reply = String::new();
    sock.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    assert!(reply.contains("Se registró satisfactoriamente."), "{reply}");
    let status = s.wait_exit(std::time::Duration::from_secs(40));
    assert_eq!(status, Some(0), "a clean exit after the request");
    let n: i64 = s.db().query_row("SELECT COUNT(*) FROM ADM_OCUPACION", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1);
}
