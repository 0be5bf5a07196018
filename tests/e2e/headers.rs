//! Exposure: security headers on every reply, CORS off unless origins are configured, a strict
//! CSP on the Swagger page, and Swagger UI that can be turned off.

use reqwest::{Method, blocking::Client};

use crate::harness::*;

fn raw(s: &Server, method: Method, path: &str, headers: &[(&str, &str)]) -> reqwest::blocking::Response {
    let mut rb = Client::new().request(method, format!("{}{path}", s.base));
    for (k, v) in headers {
        rb = rb.header(*k, *v);
    }
    rb.send().unwrap()
}

fn header(r: &reqwest::blocking::Response, name: &str) -> Option<String> {
    r.headers().get(name).map(|v| v.to_str().unwrap().to_owned())
}

#[test]
fn replies_are_not_sniffed_framed_or_cached_and_cors_is_off_by_default() {
    let s = Server::start();
    let token = s.admin_token();
    let bearer = format!("Bearer {token}");
    let r = raw(&s, Method::POST, "/api/ADM_GENERO/GetAllActives", &[("Authorization", &bearer), ("Origin", "https://evil.example")]);
    assert_eq!(r.status(), 200);
    assert_eq!(header(&r, "x-content-type-options").as_deref(), Some("nosniff"));
    assert_eq!(header(&r, "x-frame-options").as_deref(), Some("DENY"));
    assert_eq!(header(&r, "cache-control").as_deref(), Some("no-store"), "API replies carry personal data and tokens");
    assert_eq!(header(&r, "access-control-allow-origin"), None);
    let pre = raw(
        &s,
        Method::OPTIONS,
        "/api/ADM_GENERO/GetAllActives",
        &[("Origin", "https://evil.example"), ("Access-Control-Request-Method", "POST")],
    );
    assert_eq!(header(&pre, "access-control-allow-origin"), None, "no preflight answer when CORS is off");
    // The login reply (a token) is not cacheable either.
    let login = raw(&s, Method::POST, "/api/Account/Login", &[("Content-Type", "application/json")]);
    assert_eq!(header(&login, "cache-control").as_deref(), Some("no-store"));

    let page = raw(&s, Method::GET, "/swagger/", &[]);
    assert_eq!(page.status(), 200);
    let csp = header(&page, "content-security-policy").expect("CSP on the Swagger page");
    assert!(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(!page.text().unwrap().contains("<script>"), "no inline script for the CSP to allow");
}

#[test]
fn configured_origins_get_cors_and_swagger_can_be_turned_off() {
    let s = Server::start_with(&[
        ("ROMSOFT__SERVER__CORS_ALLOWED_ORIGINS", "https://portal.clinica.pe"),
        ("ROMSOFT__SERVER__SWAGGER_UI", "false"),
    ]);
    let pre = raw(
        &s,
        Method::OPTIONS,
        "/api/Account/Login",
        &[("Origin", "https://portal.clinica.pe"), ("Access-Control-Request-Method", "POST"), ("Access-Control-Request-Headers", "content-type")],
    );
    assert!(pre.status().is_success(), "{}", pre.status());
    assert_eq!(header(&pre, "access-control-allow-origin").as_deref(), Some("https://portal.clinica.pe"));
    let other = raw(&s, Method::OPTIONS, "/api/Account/Login", &[("Origin", "https://evil.example"), ("Access-Control-Request-Method", "POST")]);
    assert_eq!(header(&other, "access-control-allow-origin"), None);
    let r = raw(&s, Method::POST, "/api/Account/Login", &[("Origin", "https://portal.clinica.pe"), ("Content-Type", "application/json")]);
    assert_eq!(header(&r, "access-control-allow-origin").as_deref(), Some("https://portal.clinica.pe"));
    assert_eq!(raw(&s, Method::GET, "/swagger/", &[]).status(), 404);
    assert_eq!(raw(&s, Method::GET, "/", &[]).status(), 404, "no redirect to a UI that is off");
    assert_eq!(raw(&s, Method::GET, "/swagger/v1/swagger.json", &[]).status(), 404);
}

#[test]
fn request_bodies_held_in_memory_at_once_are_bounded() {
    use std::io::Write;
    let s = Server::start_with(&[("ROMSOFT__SERVER__MAX_INFLIGHT_BODY_BYTES", "100000")]);
    let token = s.admin_token();
    let addr = s.base.trim_start_matches("http://").to_owned();
    // A slow client: announces 60 000 bytes, sends 50 000 and waits.
    let mut slow = std::net::TcpStream::connect(&addr).unwrap();
    write!(
        slow,
        "POST /api/ADM_GENERO/GetAllActives HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n"
    )
    .unwrap();
    slow.write_all(&vec![b' '; 50_000]).unwrap();
    slow.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    // Another 60 000-byte body does not fit next to it: 503 at once, with the envelope.
    let big = format!("{{\"t_descripcion\": \"{}\"}}", "x".repeat(59_900));
    let r = s.request(Method::POST, "/api/ADM_OCUPACION/GetAllFilters", Some(&big), Some(&token));
    assert_eq!(r.status, 503, "{}", r.text);
    assert_eq!(r.headers.get("retry-after").map(|v| v.to_str().unwrap()), Some("1"));
    assert!(r.json()["Message"].as_str().unwrap().contains("demasiados datos"), "{}", r.text);
    // Small requests still pass, and once the slow one is gone the big one does too.
    assert_eq!(s.call("/api/ADM_GENERO/GetAllActives", "", &token)["Warning"], false);
    drop(slow);
    std::thread::sleep(std::time::Duration::from_millis(500));
    let r = s.request(Method::POST, "/api/ADM_OCUPACION/GetAllFilters", Some(&big), Some(&token));
    assert_eq!(r.status, 200, "{}", r.text);
}

#[test]
fn caller_supplied_text_reaches_the_log_bounded_and_escaped() {
    let s = Server::start();
    let long = format!("/api/SEG_ROL/{}", "y".repeat(5_000));
    assert_eq!(raw(&s, Method::POST, &long, &[]).status(), 404);
    let r = raw(&s, Method::POST, "/api/Account/Login", &[("Content-Type", "application/json")]);
    assert_eq!(r.status(), 200);
    let forged = serde_json::json!({"Username": "nadie\n2026-01-01 00:00:00 INFO  [x] falso - admin inició sesión", "Password": "x"}).to_string();
    let r = Client::new().post(format!("{}/api/Account/Login", s.base)).header("Content-Type", "application/json").body(forged).send().unwrap();
    assert_eq!(r.status(), 200);
    let log = s.log_text();
    assert!(!log.contains(&"y".repeat(300)), "a long path is cut");
    assert!(log.contains("…(+"), "and says so");
    assert!(!log.lines().any(|l| l.starts_with("2026-01-01 00:00:00 INFO  [x] falso")), "no forged line");
}

#[test]
fn a_body_that_does_not_arrive_in_time_gets_408_with_the_envelope() {
    use std::io::{Read, Write};
    let s = Server::start_with(&[("ROMSOFT__SERVER__BODY_TIMEOUT_SECONDS", "1")]);
    let token = s.admin_token();
    let addr = s.base.trim_start_matches("http://").to_owned();
    let mut slow = std::net::TcpStream::connect(&addr).unwrap();
    write!(
        slow,
        "POST /api/ADM_GENERO/GetAllActives HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{{\"a\""
    )
    .unwrap();
    slow.set_read_timeout(Some(std::time::Duration::from_secs(20))).unwrap();
    let mut reply = String::new();
    let _ = slow.read_to_string(&mut reply);
    assert!(reply.starts_with("HTTP/1.1 408"), "{reply}");
    let body = reply.split("\r\n\r\n").nth(1).unwrap_or_default();
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {reply}"));
    assert_envelope(&v);
    assert_eq!(v["Message"], "El cuerpo de la solicitud no llegó a tiempo; revise la conexión e inténtelo de nuevo.");
}

/// Sends `bytes` on a new connection and reads until the server closes it.
fn exchange(s: &Server, bytes: &[u8]) -> String {
    use std::io::{Read, Write};
    let mut sock = std::net::TcpStream::connect(s.base.trim_start_matches("http://")).unwrap();
    sock.write_all(bytes).unwrap();
    sock.set_read_timeout(Some(std::time::Duration::from_secs(20))).unwrap();
    let mut reply = Vec::new();
    let _ = sock.read_to_end(&mut reply);
    String::from_utf8_lossy(&reply).into_owned()
}

/// The envelope of the last reply in `text`.
fn last_envelope(text: &str) -> serde_json::Value {
    let body = text.rsplit("\r\n\r\n").next().unwrap_or_default();
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_envelope(&v);
    assert_eq!(v["Success"], false, "{text}");
    v
}

#[test]
fn the_http_layers_own_408_431_and_400_carry_the_envelope() {
    let s = Server::start();
    // A head that never completes: 408 after the 5-second head timeout.
    let reply = exchange(&s, b"POST /api/SEG_ROL/GetAllActives HTTP/1.1\r\nHost: x\r\n");
    assert!(reply.starts_with("HTTP/1.1 408 "), "{reply}");
    assert!(reply.contains("content-type: application/json"), "{reply}");
    assert!(reply.contains("x-content-type-options: nosniff"), "{reply}");
    assert_eq!(last_envelope(&reply)["Message"], "La solicitud no llegó completa a tiempo; revise la conexión e inténtelo de nuevo.");

    // A head over actix-http's fixed 128 KiB, or with more than 96 headers: 431.
    let huge = format!("POST /api/SEG_ROL/GetAllActives HTTP/1.1\r\nHost: x\r\nX-Relleno: {}\r\n\r\n", "a".repeat(140_000));
    let many: String = (0..120).map(|i| format!("X-H{i}: v\r\n")).collect();
    let many = format!("POST /api/SEG_ROL/GetAllActives HTTP/1.1\r\nHost: x\r\n{many}\r\n");
    for head in [huge, many] {
        let reply = exchange(&s, head.as_bytes());
        assert!(reply.starts_with("HTTP/1.1 431 "), "{reply}");
        assert!(last_envelope(&reply)["Message"].as_str().unwrap().contains("demasiado grandes"));
    }

    // Not HTTP at all: 400.
    let reply = exchange(&s, b"HOLA \x01\x02 MUNDO\r\n\r\n");
    assert!(reply.starts_with("HTTP/1.1 400 "), "{reply}");
    assert_eq!(last_envelope(&reply)["Message"], "La solicitud no es HTTP válido.");

    // On a kept-alive connection, after a normal reply: that reply intact, then the 431.
    let two = format!(
        "POST /api/Nada/Nada HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\nPOST /api/SEG_ROL/GetAllActives HTTP/1.1\r\nHost: x\r\nX-Relleno: {}\r\n\r\n",
        "b".repeat(140_000)
    );
    let reply = exchange(&s, two.as_bytes());
    assert!(reply.starts_with("HTTP/1.1 404 "), "{reply}");
    let second = reply.find("HTTP/1.1 431 ").unwrap_or_else(|| panic!("{reply}"));
    let first_body = reply[..second].split("\r\n\r\n").nth(1).unwrap();
    assert_envelope(&serde_json::from_str(first_body).unwrap());
    last_envelope(&reply[second..]);
    // And the server goes on.
    assert_eq!(s.login_as("admin", ADMIN_PASSWORD)["Success"], true);
}

#[test]
fn the_root_and_swagger_without_its_slash_lead_to_the_swagger_ui() {
    let s = Server::start();
    let client = Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    for path in ["/", "/swagger"] {
        let r = client.get(format!("{}{path}", s.base)).send().unwrap();
        assert_eq!(r.status(), 302, "{path}");
        assert_eq!(header(&r, "location").as_deref(), Some("/swagger/"), "{path}");
    }
    // Followed, the browser lands on the page.
    let page = raw(&s, Method::GET, "/", &[]);
    assert_eq!(page.status(), 200);
    assert!(page.text().unwrap().contains("swagger"), "the Swagger UI page");
}
