//! `ADM_PACIENTECONSULTADNI/GetPacienteConsultaDNI` against a stub DNI service on 127.0.0.1:
//! what is sent, the person returned, and a clear warning for every way the lookup can fail.

use std::{
    io::{Read, Write},
    net::{TcpListener, TcpStream},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use serde_json::{Value, json};

use crate::harness::*;

const PATH: &str = "/api/ADM_PACIENTECONSULTADNI/GetPacienteConsultaDNI";
const TOKEN: &str = "tok-e2e-SECRETO-4821";

const NO_VALIDO: &str = "El campo 'dni' debe tener exactamente 8 dígitos (sin letras, espacios ni guiones).";
const NO_CONFIGURADO: &str =
    "La consulta de DNI no está disponible: el servicio no está configurado. Registre los datos del paciente manualmente.";
const NO_ENCONTRADO: &str =
    "No se encontraron datos para el DNI consultado. Verifique el número o registre los datos del paciente manualmente.";
const LENTO: &str =
    "El servicio de consulta de DNI no respondió a tiempo. Inténtelo más tarde o registre los datos del paciente manualmente.";
const INACCESIBLE: &str =
    "No se pudo conectar con el servicio de consulta de DNI. Inténtelo más tarde o registre los datos del paciente manualmente.";
const NO_VALIDA: &str =
    "El servicio de consulta de DNI devolvió una respuesta no válida. Inténtelo más tarde o registre los datos del paciente manualmente.";

/// A DNI service on 127.0.0.1 whose answer depends on the DNI asked for; it records every
/// request line it receives.
struct Stub {
    port: u16,
    requests: Arc<Mutex<Vec<String>>>,
}

impl Stub {
    fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = requests.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                let Ok(conn) = conn else { continue };
                let seen = seen.clone();
                std::thread::spawn(move || answer(conn, &seen));
            }
        });
        Self { port, requests }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/api/reniec?origen=clinica", self.port)
    }

    fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

fn answer(mut conn: TcpStream, seen: &Mutex<Vec<String>>) {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && conn.read(&mut byte).unwrap_or(0) == 1 {
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let line = head.lines().next().unwrap_or_default().to_owned();
    seen.lock().unwrap().push(line.clone());
    let dni = line.split(['?', '&', ' ']).find_map(|p| p.strip_prefix("dni=")).unwrap_or_default().to_owned();
    let (status, ctype, body): (&str, &str, String) = match dni.as_str() {
        "45678912" => (
            "200 OK",
            "application/json",
            r#"{"dni":"45678912","paterno":"QUISPE ","materno":" MAMANI","nombres":"ROSA ELENA","domicilio":"AV. LOS INCAS 123, CUSCO"}"#.into(),
        ),
        // The shape of the common Peruvian DNI APIs: camelCase, extra fields, no address.
        "41234567" => (
            "200 OK",
            "application/json",
            r#"{"success":true,"numeroDocumento":"41234567","apellidoPaterno":"HUAMAN","apellidoMaterno":"CONDORI","nombres":"JOSE LUIS","codVerifica":7}"#.into(),
        ),
        "10000404" => ("404 Not Found", "application/json", r#"{"message":"not found"}"#.into()),
        "10000000" => ("200 OK", "application/json", r#"{"dni":"10000000","paterno":"","materno":"","nombres":"","domicilio":""}"#.into()),
        "10000500" => ("500 Internal Server Error", "text/plain", "boom".into()),
        "10000503" => ("503 Service Unavailable", "text/plain", "mantenimiento".into()),
        "10000001" => ("200 OK", "application/json", "\u{1}\u{2}garbage{{{".into()),
        "10000002" => ("200 OK", "text/html", "<html><body>Iniciar sesión</body></html>".into()),
        "10000003" => ("200 OK", "application/json", r#"[{"dni":"10000003","nombres":"ANA"}]"#.into()),
        "10000004" => ("200 OK", "application/json", r#"{"dni":"10000004","nombres":"AN"#.into()),
        "10000005" => ("200 OK", "application/json", format!(r#"{{"nombres":"{}"}}"#, "A".repeat(100_000))),
        "10000009" => {
            std::thread::sleep(Duration::from_secs(5));
            ("200 OK", "application/json", r#"{"nombres":"TARDE"}"#.into())
        }
        _ => ("400 Bad Request", "text/plain", "?".into()),
    };
    let reply = format!("HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
    let _ = conn.write_all(reply.as_bytes());
}

fn ask(s: &Server, token: &str, body: &Value) -> Value {
    s.call(PATH, &body.to_string(), token)
}

fn warning(v: &Value, message: &str) {
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(true), Some(message)), "{v}");
    assert!(v["Data"].is_null(), "{v}");
}

#[test]
fn dni_lookup_returns_the_person_and_a_clear_warning_for_every_failure() {
    let stub = Stub::start();
    let url = stub.url();
    let s = Server::start_with(&[
        ("ROMSOFT__DNI_SERVICE__URL", &url),
        ("ROMSOFT__DNI_SERVICE__TOKEN", TOKEN),
        ("ROMSOFT__DNI_SERVICE__TIMEOUT_SECONDS", "1"),
    ]);
    let admin = s.admin_token();
    let (_, admision) = user_with_role(&s, &admin, "admision1", 2);

    // Found: exactly the DTO's properties in the contract's order, trimmed; the stub got the
    // configured path and query plus dni and token.
    let v = ask(&s, &admision, &json!({"dni": " 45678912 "}));
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), &v["Message"]), (Some(true), Some(false), &Value::Null), "{v}");
    assert_eq!(
        v["Data"],
        json!({"dni": "45678912", "paterno": "QUISPE", "materno": "MAMANI", "nombres": "ROSA ELENA", "domicilio": "AV. LOS INCAS 123, CUSCO"})
    );
    assert_eq!(Reply::keys(&v["Data"]), contract_order("ADM_PACIENTE_CONSULTADTO"));
    assert_eq!(stub.requests(), [format!("GET /api/reniec?origen=clinica&dni=45678912&token={TOKEN} HTTP/1.1")]);

    // Another API's field names; extra fields ignored, absent address null.
    let v = ask(&s, &admin, &json!({"dni": "41234567", "paterno": "ignorado"}));
    assert_eq!(v["Data"], json!({"dni": "41234567", "paterno": "HUAMAN", "materno": "CONDORI", "nombres": "JOSE LUIS", "domicilio": null}), "{v}");

    // Not found: HTTP 404, or an answer whose fields are all empty.
    warning(&ask(&s, &admision, &json!({"dni": "10000404"})), NO_ENCONTRADO);
    warning(&ask(&s, &admision, &json!({"dni": "10000000"})), NO_ENCONTRADO);

    // The service failing: its status named.
    warning(
        &ask(&s, &admision, &json!({"dni": "10000500"})),
        "El servicio de consulta de DNI respondió con un error (HTTP 500). Inténtelo más tarde o registre los datos del paciente manualmente.",
    );
    warning(
        &ask(&s, &admision, &json!({"dni": "10000503"})),
        "El servicio de consulta de DNI respondió con un error (HTTP 503). Inténtelo más tarde o registre los datos del paciente manualmente.",
    );

    // Answers that are not one JSON object: garbage, HTML, an array, truncated, too large.
    for dni in ["10000001", "10000002", "10000003", "10000004", "10000005"] {
        warning(&ask(&s, &admision, &json!({ "dni": dni })), NO_VALIDA);
    }

    // Slow: the reply comes once the 1 s timeout is over, not when the service answers (5 s).
    let started = Instant::now();
    warning(&ask(&s, &admision, &json!({"dni": "10000009"})), LENTO);
    let took = started.elapsed();
    assert!(took >= Duration::from_millis(900) && took < Duration::from_millis(2500), "{took:?}");

    // Invalid DNIs: a warning naming the field, and no call reaches the service.
    let before = stub.requests().len();
    for body in [
        json!({"dni": "4567891"}),
        json!({"dni": "456789123"}),
        json!({"dni": "4567891A"}),
        json!({"dni": "4567-891"}),
        json!({"dni": ""}),
        json!({"dni": null}),
        json!({}),
    ] {
        warning(&ask(&s, &admision, &body), NO_VALIDO);
    }
    assert_eq!(stub.requests().len(), before);

    // A pharmacy user may not look people up; nothing reaches the service.
    let (_, farmacia) = user_with_role(&s, &admin, "farma1", 5);
    forbidden(&ask(&s, &farmacia, &json!({"dni": "45678912"})));
    assert_eq!(stub.requests().len(), before);

    // The log has the masked DNI and never the token nor the full DNI.
    let log = s.log_text();
    assert!(log.contains("consulta DNI 4567****: encontrado"), "{log}");
    assert!(log.contains("consulta DNI 1000****: HTTP 500"), "{log}");
    assert!(!log.contains(TOKEN), "the token is in the log");
    assert!(!log.contains("45678912") && !log.contains("41234567"), "a full DNI is in the log");
}

#[test]
fn dni_lookup_without_service_or_with_it_down_warns() {
    // Unconfigured (the default): a warning, whatever the DNI.
    let s = Server::start();
    let admin = s.admin_token();
    warning(&ask(&s, &admin, &json!({"dni": "45678912"})), NO_CONFIGURADO);
    warning(&ask(&s, &admin, &json!({"dni": "123"})), NO_VALIDO);
    drop(s);

    // Connection refused: a port nobody listens on.
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = format!("http://127.0.0.1:{port}/dni");
    let s = Server::start_with(&[("ROMSOFT__DNI_SERVICE__URL", &url), ("ROMSOFT__DNI_SERVICE__TOKEN", TOKEN)]);
    let admin = s.admin_token();
    let started = Instant::now();
    warning(&ask(&s, &admin, &json!({"dni": "45678912"})), INACCESIBLE);
    assert!(started.elapsed() < Duration::from_secs(5));
    let log = s.log_text();
    assert!(log.contains("consulta DNI 4567****: sin conexión"), "{log}");
    assert!(!log.contains(TOKEN), "the token is in the log");
}

#[test]
fn a_dni_service_url_that_is_not_http_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let out = romsoft()
        .arg("serve")
        .current_dir(dir.path())
        .env("ROMSOFT__SERVER__BIND", "127.0.0.1:0")
        .env("ROMSOFT__AUTH__BCRYPT_COST", "4")
        .env("ROMSOFT__AUTH__ALLOW_INSECURE_BCRYPT_COST_FOR_TESTS", "true")
        .env("ROMSOFT_ADMIN_PASSWORD", ADMIN_PASSWORD)
        .env("ROMSOFT__DNI_SERVICE__URL", "ftp://dni.example.pe/consulta")
        .env("ROMSOFT__DNI_SERVICE__TOKEN", TOKEN)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("dni_service.url debe ser una URL http:// o https://"), "{err}");
    assert!(!err.contains(TOKEN));
}
