//! Login and authentication.

use reqwest::Method;
use serde_json::json;

use crate::harness::*;

#[test]
fn login_returns_the_user_with_masked_password_and_a_working_token() {
    let s = Server::start();
    let v = s.login_as("admin", ADMIN_PASSWORD);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{v}");
    assert!(v["Message"].is_null());
    let d = &v["Data"];
    assert_eq!(Reply::keys(d), contract_order("SEG_USUARIOLoginDTO"));
    assert_eq!(d["usuario"], "admin");
    assert_eq!(d["clave"], "***");
    assert_eq!(d["estado"], "A");
    assert!(d["id_usuario"].is_i64() && d["id_rol"].is_i64());
    let token = d["token"].as_str().unwrap();
    assert_eq!(token.split('.').count(), 3);
    let roles = s.call("/api/SEG_ROL/GetAllActives", "{}", token);
    assert!(roles["Data"].as_array().unwrap().iter().any(|r| r["rol"] == "ADMINISTRADOR"));
}

#[test]
fn wrong_credentials_are_a_warning_with_the_legacy_message() {
    let s = Server::start();
    for (u, p) in [("admin", "mala"), ("nadie", ADMIN_PASSWORD), ("", ""), ("admin", "")] {
        let v = s.login_as(u, p);
        assert_envelope(&v);
        assert_eq!(v["Success"], true);
        assert_eq!(v["Warning"], true);
        assert_eq!(v["Message"], "El usuario no existe o los datos son incorrectos.");
        assert!(v["Data"].is_null());
    }
    // Lower-case and mixed-case property names, as Json.NET accepted them.
    let r = s.request(Method::POST, "/api/account/login", Some(&format!(r#"{{"username":"ADMIN","PASSWORD":"{ADMIN_PASSWORD}"}}"#)), None);
    assert_eq!(r.json()["Data"]["usuario"], "admin", "{}", r.text);
    // A token-less body that is not even an object.
    let r = s.request(Method::POST, "/api/Account/Login", Some("null"), None);
    assert_eq!(r.json()["Warning"], true);
}

#[test]
fn missing_tampered_expired_or_foreign_tokens_get_401_with_the_envelope() {
    let s = Server::start();
    let good = s.admin_token();
    let now = chrono::Utc::now().timestamp();
    let claims = |iss: &str, aud: &str, exp: i64| json!({"sub":"admin","id_usuario":1,"id_rol":1,"rol":"ADMINISTRADOR","sello":1,"iss":iss,"aud":aud,"iat":now-10,"nbf":now-10,"exp":exp});
    let mut tampered = good.clone();
    tampered.pop();
    tampered.push(if good.ends_with('A') { 'B' } else { 'A' });
    let cases: Vec<(&str, Option<String>)> = vec![
        ("sin token", None),
        ("alterado", Some(tampered)),
        ("expirado", Some(jwt(&claims(ISSUER, AUDIENCE, now - 3600), JWT_SECRET))),
        ("otra clave", Some(jwt(&claims(ISSUER, AUDIENCE, now + 3600), "otra-clave-cualquiera-0123456789abcdef"))),
        ("otro emisor", Some(jwt(&claims("otro", AUDIENCE, now + 3600), JWT_SECRET))),
        ("otra audiencia", Some(jwt(&claims(ISSUER, "otra", now + 3600), JWT_SECRET))),
        ("basura", Some("abc".into())),
    ];
    for (what, token) in cases {
        let r = s.request(Method::POST, "/api/SEG_ROL/GetAllActives", Some("{}"), token.as_deref());
        assert_eq!(r.status, 401, "{what}: {}", r.text);
        let v = r.json();
        assert_envelope(&v);
        assert_eq!(v["Success"], false, "{what}");
        assert!(v["Message"].as_str().unwrap().contains("token") || v["Message"].as_str().unwrap().contains("autorizado"), "{what}: {v}");
        assert_eq!(r.headers.get("www-authenticate").map(|h| h.to_str().unwrap()), Some("Bearer"));
    }
    // A self-made token with the right key, issuer and audience is accepted.
    let ok = jwt(&claims(ISSUER, AUDIENCE, now + 3600), JWT_SECRET);
    let v = s.call("/api/SEG_ROL/GetAllActives", "{}", &ok);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{v}");
}

#[test]
fn token_less_requests_from_a_legacy_network_are_accepted_and_audited() {
    let s = Server::start_with(&[("ROMSOFT__AUTH__LEGACY_CLIENT_NETWORKS", "10.0.0.0/8, 127.0.0.0/8")]);
    let r = s.request(Method::POST, "/api/SEG_ROL/GetAllActives", Some(""), None);
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["Success"], true);
    // It acts with the configured role (ADMISION by default), not with every right.
    let body = json!({"id_rol": 2, "usuario": "escritorio", "clave": "Esc#1", "estado": "A", "UsuarioCreacion": "recepcion1"}).to_string();
    let r = s.request(Method::POST, "/api/SEG_USUARIO/Add", Some(&body), None);
    assert_eq!((r.json()["Warning"].as_bool(), r.json()["Message"].as_str()), (Some(true), Some(FORBIDDEN)), "{}", r.text);
    let body = json!({"t_descripcion": "Docente", "UsuarioCreacion": "recepcion1"}).to_string();
    let r = s.request(Method::POST, "/api/ADM_OCUPACION/Add", Some(&body), None);
    assert_eq!(r.json()["Message"], "Se registró satisfactoriamente.", "{}", r.text);
    let (usuario, ip): (String, Option<String>) = s
        .db()
        .query_row("SELECT Usuario, DireccionIP FROM Log WHERE Accion = 'Add' ORDER BY rowid DESC LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    // "Who did it" never comes from the body: a token-less client is recorded as such, with its IP.
    assert_eq!(usuario, "cliente-legado");
    assert_eq!(ip.as_deref(), Some("127.0.0.1"));
    assert!(s.log_text().contains("cliente legado sin token desde 127.0.0.1"));
}

#[test]
fn without_legacy_networks_token_less_requests_are_refused() {
    let s = Server::start_with(&[("ROMSOFT__AUTH__LEGACY_CLIENT_NETWORKS", "10.0.0.0/8")]);
    let r = s.request(Method::POST, "/api/SEG_ROL/GetAllActives", Some("{}"), None);
    assert_eq!(r.status, 401);
}

#[test]
fn a_legacy_plaintext_password_is_accepted_once_and_upgraded_to_bcrypt() {
    let s = Server::start();
    s.db()
        .execute("INSERT INTO SEG_USUARIO (id_rol, usuario, clave, apellidos, nombres, estado) VALUES (2, 'heredado', 'clave-vieja', 'Quispe', 'Juan', 'A')", [])
        .unwrap();
    let v = s.login_as("heredado", "clave-vieja");
    assert_eq!(v["Warning"], false, "{v}");
    let stored: String = s.db().query_row("SELECT clave FROM SEG_USUARIO WHERE usuario = 'heredado'", [], |r| r.get(0)).unwrap();
    assert!(stored.starts_with("$2") && stored.len() == 60, "{stored}");
    assert_eq!(s.login_as("heredado", "clave-vieja")["Warning"], false);
    assert_eq!(s.login_as("heredado", "otra")["Warning"], true);
}
