//! Verbs, routing, bodies and the envelope on every reply.

use reqwest::Method;

use crate::harness::*;

#[test]
fn other_verbs_get_405_and_unknown_actions_404_both_with_the_envelope() {
    let s = Server::start();
    for m in [Method::GET, Method::PUT, Method::DELETE, Method::PATCH] {
        let r = s.request(m.clone(), "/api/SEG_ROL/GetAllActives", None, None);
        assert_eq!(r.status, 405, "{m}");
        assert_eq!(r.headers.get("allow").unwrap(), "POST");
        let v = r.json();
        assert_envelope(&v);
        assert_eq!(v["Success"], false);
    }
    let token = s.admin_token();
    for path in ["/api/SEG_ROL/NoExiste", "/api/Nada/GetAllActives", "/otra/cosa"] {
        let r = s.request(Method::POST, path, Some("{}"), Some(&token));
        assert_eq!(r.status, 404, "{path}");
        assert_envelope(&r.json());
    }
}

#[test]
fn routing_is_case_insensitive_and_accepts_the_optional_id_segment() {
    let s = Server::start();
    let token = s.admin_token();
    for path in ["/api/seg_rol/getallactives", "/API/Seg_Rol/GETALLACTIVES", "/api/SEG_ROL/GetAllActives/5"] {
        let r = s.request(Method::POST, path, Some("{}"), Some(&token));
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.json()["Success"], true);
        assert_eq!(r.headers.get("content-type").unwrap(), "application/json; charset=utf-8");
        assert!(r.headers.get("x-request-id").is_some());
    }
}

#[test]
fn malformed_json_is_a_clear_envelope_error_and_empty_bodies_mean_defaults() {
    let s = Server::start();
    let token = s.admin_token();
    for bad in ["{bad", "{\"id_usuario\": }", "<xml/>"] {
        let v = s.call("/api/SEG_USUARIO/GetAllFilters", bad, &token);
        assert_eq!(v["Success"], false, "{bad}");
        assert!(v["Message"].as_str().unwrap().contains("no es un JSON válido"), "{v}");
        assert!(v["Data"].is_null());
    }
    let v = s.call("/api/SEG_USUARIO/GetAllFilters", r#"{"id_rol":"abc"}"#, &token);
    assert_eq!(v["Success"], false);
    assert!(v["Message"].as_str().unwrap().contains("id_rol"), "{v}");
    // The desktop client sends "", null or nothing: defaults, i.e. every user.
    for empty in ["", "\"\"", "null", "  "] {
        let v = s.call("/api/SEG_USUARIO/GetAllFilters", empty, &token);
        assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{empty:?}: {v}");
        assert_eq!(v["Data"].as_array().unwrap().len(), 1, "{empty:?}");
    }
    // Numbers as strings, unknown properties ignored, .NET dates with offset and the unset date.
    let v = s.call(
        "/api/SEG_USUARIO/GetById",
        r#"{"ID_USUARIO":"1","Desconocido":[1,2],"FechaCreacion":"2021-09-05T10:11:12.1234567-05:00","FechaModificacion":"0001-01-01T00:00:00"}"#,
        &token,
    );
    assert_eq!(v["Data"][0]["usuario"], "admin", "{v}");
}

#[test]
fn oversized_bodies_are_refused_with_the_envelope() {
    let s = Server::start();
    let token = s.admin_token();
    let big = format!(r#"{{"apellidos":"{}"}}"#, "x".repeat(70_000));
    let r = s.request(Method::POST, "/api/SEG_USUARIO/GetAllFilters", Some(&big), Some(&token));
    assert_eq!(r.status, 413);
    let v = r.json();
    assert_envelope(&v);
    assert!(v["Message"].as_str().unwrap().contains("65536"), "{v}");
}

/// The desktop client (.NET HttpWebRequest) sends `Expect: 100-continue` and waits for the
/// interim reply before sending the body.
#[test]
fn expect_100_continue_is_answered_before_the_body() {
    use std::io::{Read, Write};
    let s = Server::start_with(&[("ROMSOFT__AUTH__LEGACY_CLIENT_NETWORKS", "127.0.0.1")]);
    let addr = s.base.trim_start_matches("http://").to_owned();
    let mut sock = std::net::TcpStream::connect(&addr).unwrap();
    sock.set_read_timeout(Some(std::time::Duration::from_secs(10))).unwrap();
    let body = r#"{"tabla":"SEG_USUARIO"}"#;
    write!(
        sock,
        "POST /api/TIPO_ESTADO/GetAllFilters HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .unwrap();
    let mut first = [0u8; 25];
    sock.read_exact(&mut first).unwrap();
    assert!(String::from_utf8_lossy(&first).starts_with("HTTP/1.1 100 Continue"), "{}", String::from_utf8_lossy(&first));
    sock.write_all(body.as_bytes()).unwrap();
    let mut rest = String::new();
    sock.read_to_string(&mut rest).unwrap();
    assert!(rest.contains("HTTP/1.1 200 OK"), "{rest}");
    assert!(rest.contains(r#""estado":"Activo""#), "{rest}");
}
