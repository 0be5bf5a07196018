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
