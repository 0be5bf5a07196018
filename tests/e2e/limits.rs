//! Failed-login limits per user name and per client address (kept in the database), with the
//! same limits on `SEG_USUARIO/GetByUsername`: 429 with the envelope and `Retry-After`.

use reqwest::Method;
use serde_json::json;

use crate::harness::*;

fn login(s: &Server, user: &str, password: &str) -> Reply {
    let body = json!({ "Username": user, "Password": password }).to_string();
    s.request(Method::POST, "/api/Account/Login", Some(&body), None)
}

fn assert_locked(r: &Reply) {
    assert_eq!(r.status, 429, "{}", r.text);
    let secs: u64 = r.headers.get("retry-after").and_then(|h| h.to_str().ok()).and_then(|s| s.parse().ok()).expect("Retry-After");
    assert!((1..=15 * 60).contains(&secs), "{secs}");
    let v = r.json();
    assert_envelope(&v);
    assert_eq!(v["Success"], false);
    assert!(v["Message"].as_str().unwrap().starts_with("Demasiados intentos fallidos"), "{v}");
}

#[test]
fn five_wrong_passwords_lock_the_user_name_even_for_the_right_one() {
    let s = Server::start();
    let admin = s.admin_token();
    let body = json!({"id_rol": 2, "usuario": "luis", "clave": "Luis#2026", "estado": "A"}).to_string();
    s.call("/api/SEG_USUARIO/Add", &body, &admin);
    for _ in 0..5 {
        let r = login(&s, "ADMIN", "no-es-la-clave");
        assert_eq!((r.status, r.json()["Warning"].as_bool()), (200, Some(true)), "{}", r.text);
    }
    assert_locked(&login(&s, "admin", ADMIN_PASSWORD));
    // The second password door is locked too.
    let r = s.request(Method::POST, "/api/SEG_USUARIO/GetByUsername", Some(r#"{"usuario":"admin","clave":"x"}"#), Some(&admin));
    assert_locked(&r);
    // Another user name from the same address is not (the address limit is higher).
    assert_eq!(login(&s, "luis", "Luis#2026").json()["Warning"], false);
    let fallos: i64 = s.db().query_row("SELECT fallos FROM SEG_INTENTO_LOGIN WHERE llave = 'u:admin'", [], |r| r.get(0)).unwrap();
    assert_eq!(fallos, 5, "case-insensitive key, kept in the database");
    // When the window is over, the right password works again and clears the counter.
    s.db().execute("UPDATE SEG_INTENTO_LOGIN SET primer_fallo = '2000-01-01 00:00:00.000'", []).unwrap();
    assert_eq!(login(&s, "admin", ADMIN_PASSWORD).json()["Warning"], false);
    let left: i64 = s.db().query_row("SELECT COUNT(*) FROM SEG_INTENTO_LOGIN WHERE llave = 'u:admin'", [], |r| r.get(0)).unwrap();
    assert_eq!(left, 0);
}

#[test]
fn an_address_trying_many_names_is_locked_and_huge_names_are_not_stored() {
    let s = Server::start_with(&[("ROMSOFT__AUTH__LOGIN_MAX_FAILURES_PER_ADDRESS", "3")]);
    let huge = "x".repeat(5_000);
    for name in ["ana", "beto", huge.as_str()] {
        assert_eq!(login(&s, name, "clave-falsa").status, 200);
    }
    assert_locked(&login(&s, "admin", ADMIN_PASSWORD));
    let longest: i64 = s.db().query_row("SELECT MAX(length(llave)) FROM SEG_INTENTO_LOGIN", [], |r| r.get(0)).unwrap();
    assert!(longest <= 102, "keys are bounded: {longest}");
    assert!(!s.log_text().contains(&"x".repeat(100)), "a huge user name is not written whole to the log");
}

#[test]
fn a_hundred_clients_at_once_get_every_answer_and_every_write_is_kept() {
    let s = Server::start();
    let token = s.admin_token();
    let failures: Vec<String> = std::thread::scope(|sc| {
        let handles: Vec<_> = (0..100)
            .map(|c| {
                let (s, token) = (&s, &token);
                sc.spawn(move || {
                    let mut bad = Vec::new();
                    for r in 0..3 {
                        let add = serde_json::json!({ "t_descripcion": format!("Oficio {c}-{r}") }).to_string();
                        for (path, body) in [
                            ("/api/ADM_GENERO/GetAllActives", String::new()),
                            ("/api/ADM_OCUPACION/Add", add),
                            ("/api/ADM_OCUPACION/GetAllFilters", r#"{"t_descripcion":"Oficio 1"}"#.to_owned()),
                        ] {
                            let reply = s.request(Method::POST, path, Some(&body), Some(token));
                            let ok = reply.status == 200
                                && serde_json::from_str::<serde_json::Value>(&reply.text).is_ok_and(|v| v["Success"] == true && v["Warning"] == false);
                            if !ok {
                                bad.push(format!("{path}: {} {}", reply.status, reply.text));
                            }
                        }
                    }
                    bad
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    assert!(failures.is_empty(), "{} of 900 failed, first: {:?}", failures.len(), failures.first());
    let (rows, audits): (i64, i64) = s
        .db()
        .query_row(
            "SELECT (SELECT COUNT(*) FROM ADM_OCUPACION WHERE t_descripcion LIKE 'Oficio %'), \
                    (SELECT COUNT(*) FROM Log WHERE Accion = 'Add' AND Objeto LIKE '%Oficio %')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((rows, audits), (300, 300));
}
