//! `ADM_PACIENTECONSULTADNI/GetPacienteConsultaDNI`: a person's names and address by DNI, read
//! from the external lookup service configured in `[dni_service]`.
//!
//! As the legacy API: `GET <url>?dni=<dni>&token=<token>`, the JSON body becomes `Data` (one
//! `ADM_PACIENTE_CONSULTADTO`). Unlike it, every problem is a clear Spanish **warning**
//! (`Success: true, Warning: true, Data: null`), never `Success: false`: an invalid DNI is the
//! caller's to fix, and a missing configuration, an unknown DNI, a slow, unreachable or failing
//! service or an unreadable answer are facts the desktop client shows as a message (it shows
//! `Success: false` as an error dialog) so that admission registers the patient by hand. None of
//! them is a 5xx of ours.
//!
//! Accepted answers: one JSON object (at most [`MAX_RESPONSE_BYTES`]) whose keys are compared
//! ignoring case, `_` and `-`, so `apellidoPaterno`, `apellido_paterno` and `APELLIDO_PATERNO`
//! are one name:
//!
//! | field | keys |
//! |---|---|
//! | `dni` | `dni`, `numeroDocumento`, `numero`, `document_number` |
//! | `paterno` | `paterno`, `apellidoPaterno`, `first_last_name` |
//! | `materno` | `materno`, `apellidoMaterno`, `second_last_name` |
//! | `nombres` | `nombres`, `first_name` |
//! | `domicilio` | `domicilio`, `direccion` |
//!
//! An object with none of these keys but a `data` object (`{"success": true, "data": {…}}`) is
//! read from `data`. Other keys are ignored; values are text or numbers (trimmed; empty = null).
//! No names at all (nor surnames) is "not found", like HTTP 404. `Data.dni` is always the DNI
//! asked for; an answer about another DNI is refused.
//!
//! The token and the URL carrying it never reach a log line; the DNI is logged masked
//! (`4567****`).

use std::{error::Error as _, fmt, time::Duration};

use dto::ADM_PACIENTE_CONSULTADTO;
use serde_json::{Map, Value};

use crate::{Ctx, Reply, ServiceResult, logsafe};

/// The most of an answer read; a longer one is refused.
pub const MAX_RESPONSE_BYTES: usize = 64 * 1024;

/// The `dni` field is not 8 digits.
pub const DNI_NO_VALIDO: &str = "El campo 'dni' debe tener exactamente 8 dígitos (sin letras, espacios ni guiones).";
/// `dni_service.url` is empty.
pub const SERVICIO_NO_CONFIGURADO: &str =
    "La consulta de DNI no está disponible: el servicio no está configurado. Registre los datos del paciente manualmente.";
/// HTTP 404, or an answer without names.
pub const DNI_NO_ENCONTRADO: &str =
    "No se encontraron datos para el DNI consultado. Verifique el número o registre los datos del paciente manualmente.";
/// No full answer within `dni_service.timeout_seconds`.
pub const SERVICIO_LENTO: &str =
    "El servicio de consulta de DNI no respondió a tiempo. Inténtelo más tarde o registre los datos del paciente manualmente.";
/// Connection refused, unknown host, TLS failure …
pub const SERVICIO_INACCESIBLE: &str =
    "No se pudo conectar con el servicio de consulta de DNI. Inténtelo más tarde o registre los datos del paciente manualmente.";
/// An answer that is not one JSON object of the expected shape.
pub const RESPUESTA_NO_VALIDA: &str =
    "El servicio de consulta de DNI devolvió una respuesta no válida. Inténtelo más tarde o registre los datos del paciente manualmente.";
/// Any other non-2xx status.
pub fn servicio_con_error(status: u16) -> String {
    format!(
        "El servicio de consulta de DNI respondió con un error (HTTP {status}). Inténtelo más tarde o registre los datos del paciente manualmente."
    )
}

/// The lookup service: one shared HTTP client built at start from the configuration (or none).
pub struct DniService {
    configured: Option<Configured>,
}

struct Configured {
    client: reqwest::Client,
    url: reqwest::Url,
    token: String,
    timeout: Duration,
}

impl fmt::Debug for DniService {
    // The URL may carry credentials of its own: only its host is shown, the token never.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.configured {
            Some(c) => write!(f, "DniService({}, {:?})", c.url.host_str().unwrap_or("?"), c.timeout),
            None => f.write_str("DniService(sin configurar)"),
        }
    }
}

impl DniService {
    /// No service: every lookup answers [`SERVICIO_NO_CONFIGURADO`].
    pub fn not_configured() -> Self {
        Self { configured: None }
    }

    /// The service at `url` (empty: not configured), with `token`, each lookup bounded by
    /// `timeout` (connecting, and the whole exchange). Fails on a URL that is not `http(s)://host…`.
    pub fn new(url: &str, token: &str, timeout: Duration) -> Result<Self, String> {
        let url = url.trim();
        if url.is_empty() {
            return Ok(Self::not_configured());
        }
        // The parse error names no part of the URL (it may carry credentials).
        let parsed = reqwest::Url::parse(url).map_err(|e| format!("dni_service.url no es una URL válida ({e})"))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none_or(str::is_empty) {
            return Err("dni_service.url debe ser una URL http:// o https:// con servidor".into());
        }
        // rustls needs a process-wide crypto provider (ring, already used by the SQL Server
        // driver); installing it again is refused harmlessly.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .connect_timeout(timeout)
            .timeout(timeout)
            .user_agent(concat!("romsoft/", env!("CARGO_PKG_VERSION")))
            .redirect(reqwest::redirect::Policy::custom(|attempt| {
                // Follow a few redirects, never from https down to http (the token travels in
                // the query).
                let downgrade = attempt.url().scheme() == "http" && attempt.previous().iter().any(|u| u.scheme() == "https");
                if downgrade || attempt.previous().len() > 3 { attempt.stop() } else { attempt.follow() }
            }))
            .build()
            .map_err(|e| format!("no se pudo crear el cliente HTTP del servicio DNI: {}", e.without_url()))?;
        Ok(Self { configured: Some(Configured { client, url: parsed, token: token.to_owned(), timeout }) })
    }

    pub fn is_configured(&self) -> bool {
        self.configured.is_some()
    }
}

/// Why a lookup found nothing: the user's message, and the cause for the log.
#[derive(Debug)]
enum Failure {
    NotFound(&'static str),
    Timeout,
    Unreachable(String),
    Status(u16),
    Invalid(String),
}

impl Failure {
    fn message(&self) -> String {
        match self {
            Failure::NotFound(_) => DNI_NO_ENCONTRADO.into(),
            Failure::Timeout => SERVICIO_LENTO.into(),
            Failure::Unreachable(_) => SERVICIO_INACCESIBLE.into(),
            Failure::Status(s) => servicio_con_error(*s),
            Failure::Invalid(_) => RESPUESTA_NO_VALIDA.into(),
        }
    }

    fn cause(&self) -> String {
        match self {
            Failure::NotFound(why) => format!("no encontrado ({why})"),
            Failure::Timeout => "sin respuesta a tiempo".into(),
            Failure::Unreachable(e) => format!("sin conexión: {e}"),
            Failure::Status(s) => format!("HTTP {s}"),
            Failure::Invalid(e) => format!("respuesta no válida: {e}"),
        }
    }

    fn from_reqwest(e: reqwest::Error) -> Self {
        if e.is_timeout() {
            return Failure::Timeout;
        }
        let connect = e.is_connect();
        let body = e.is_body() || e.is_decode();
        // Without the URL: it carries the token.
        let e = e.without_url();
        let mut text = e.to_string();
        let mut source = e.source();
        while let Some(s) = source {
            text.push_str(": ");
            text.push_str(&s.to_string());
            source = s.source();
        }
        let text = logsafe::shown(&text, 300);
        if body && !connect { Failure::Invalid(text) } else { Failure::Unreachable(text) }
    }
}

/// The DNI of a request: exactly 8 ASCII digits once trimmed.
pub fn valid_dni(raw: Option<&str>) -> Option<&str> {
    let dni = raw?.trim();
    (dni.len() == 8 && dni.bytes().all(|b| b.is_ascii_digit())).then_some(dni)
}

/// A valid DNI as logged: its first four digits.
pub fn masked(dni: &str) -> String {
    format!("{}****", dni.get(..4).unwrap_or_default())
}

/// `ADM_PACIENTECONSULTADNI/GetPacienteConsultaDNI`.
pub async fn consultar(ctx: Ctx, req: ADM_PACIENTE_CONSULTADTO) -> ServiceResult<ADM_PACIENTE_CONSULTADTO> {
    let Some(dni) = valid_dni(req.dni.as_deref()) else {
        let len = req.dni.as_deref().map_or(0, |d| d.chars().count());
        log::info!("consulta DNI: dni no válido ({len} caracteres); no se consulta el servicio");
        return Ok(Reply::warning(DNI_NO_VALIDO));
    };
    let Some(service) = &ctx.app.dni.configured else {
        log::warn!("consulta DNI {}: el servicio no está configurado (dni_service.url)", masked(dni));
        return Ok(Reply::warning(SERVICIO_NO_CONFIGURADO));
    };
    let started = std::time::Instant::now();
    // reqwest bounds connecting and the whole exchange; this bounds anything else (name
    // resolution) by the same clock.
    let outcome = match tokio::time::timeout(service.timeout + Duration::from_millis(500), service.lookup(dni)).await {
        Ok(outcome) => outcome,
        Err(_) => Err(Failure::Timeout),
    };
    let ms = started.elapsed().as_millis();
    match outcome {
        Ok(person) => {
            log::info!("consulta DNI {}: encontrado ({ms} ms)", masked(dni));
            Ok(Reply::data(person))
        }
        Err(failure) => {
            log::warn!("consulta DNI {}: {} ({ms} ms)", masked(dni), failure.cause());
            Ok(Reply::warning(failure.message()))
        }
    }
}

impl Configured {
    async fn lookup(&self, dni: &str) -> Result<ADM_PACIENTE_CONSULTADTO, Failure> {
        let mut url = self.url.clone();
        url.query_pairs_mut().append_pair("dni", dni).append_pair("token", &self.token);
        let mut resp = self
            .client
            .get(url)
            .header(reqwest::header::ACCEPT, "application/json")
            .send()
            .await
            .map_err(Failure::from_reqwest)?;
        let status = resp.status();
        if status == reqwest::StatusCode::NOT_FOUND {
            return Err(Failure::NotFound("HTTP 404"));
        }
        if !status.is_success() {
            return Err(Failure::Status(status.as_u16()));
        }
        if resp.content_length().is_some_and(|n| n > MAX_RESPONSE_BYTES as u64) {
            return Err(Failure::Invalid(format!("más de {MAX_RESPONSE_BYTES} bytes")));
        }
        let mut body = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(Failure::from_reqwest)? {
            if body.len() + chunk.len() > MAX_RESPONSE_BYTES {
                return Err(Failure::Invalid(format!("más de {MAX_RESPONSE_BYTES} bytes")));
            }
            body.extend_from_slice(&chunk);
        }
        person(&body, dni)
    }
}

/// A key as compared: lower case, without `_`, `-` and spaces.
fn key_of(k: &str) -> String {
    k.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).flat_map(char::to_lowercase).collect()
}

const DNI_KEYS: &[&str] = &["dni", "numerodocumento", "numero", "documentnumber"];
const PATERNO_KEYS: &[&str] = &["paterno", "apellidopaterno", "firstlastname"];
const MATERNO_KEYS: &[&str] = &["materno", "apellidomaterno", "secondlastname"];
const NOMBRES_KEYS: &[&str] = &["nombres", "firstname"];
const DOMICILIO_KEYS: &[&str] = &["domicilio", "direccion"];

/// The first non-empty value under one of `keys` (text or number, trimmed).
fn field(obj: &Map<String, Value>, keys: &[&str]) -> Result<Option<String>, Failure> {
    for (k, v) in obj {
        if !keys.contains(&key_of(k).as_str()) {
            continue;
        }
        let text = match v {
            Value::String(s) => s.trim().to_owned(),
            Value::Number(n) => n.to_string(),
            Value::Null => continue,
            _ => return Err(Failure::Invalid(format!("el campo {} no es texto", logsafe::shown(k, 40)))),
        };
        if !text.is_empty() {
            return Ok(Some(text));
        }
    }
    Ok(None)
}

fn has_any_field(obj: &Map<String, Value>) -> bool {
    let all = [DNI_KEYS, PATERNO_KEYS, MATERNO_KEYS, NOMBRES_KEYS, DOMICILIO_KEYS];
    obj.keys().any(|k| all.iter().any(|keys| keys.contains(&key_of(k).as_str())))
}

/// The person in an answer's body, asked for by `dni`.
fn person(body: &[u8], dni: &str) -> Result<ADM_PACIENTE_CONSULTADTO, Failure> {
    let value: Value = serde_json::from_slice(body).map_err(|e| Failure::Invalid(format!("no es JSON ({e})")))?;
    let Value::Object(top) = &value else {
        return Err(Failure::Invalid("JSON que no es un objeto".into()));
    };
    let obj = match top.iter().find(|(k, _)| key_of(k) == "data") {
        Some((_, Value::Object(inner))) if !has_any_field(top) => inner,
        _ => top,
    };
    let paterno = field(obj, PATERNO_KEYS)?;
    let materno = field(obj, MATERNO_KEYS)?;
    let nombres = field(obj, NOMBRES_KEYS)?;
    let domicilio = field(obj, DOMICILIO_KEYS)?;
    if paterno.is_none() && materno.is_none() && nombres.is_none() {
        return Err(Failure::NotFound("respuesta sin nombres ni apellidos"));
    }
    if let Some(other) = field(obj, DNI_KEYS)?
        && other.trim_start_matches('0') != dni.trim_start_matches('0')
    {
        return Err(Failure::Invalid("la respuesta es de otro DNI".into()));
    }
    Ok(ADM_PACIENTE_CONSULTADTO { dni: Some(dni.to_owned()), paterno, materno, nombres, domicilio })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(body: &str) -> ADM_PACIENTE_CONSULTADTO {
        person(body.as_bytes(), "45678912").unwrap()
    }

    #[test]
    fn a_dni_is_eight_digits_once_trimmed() {
        assert_eq!(valid_dni(Some(" 45678912 ")), Some("45678912"));
        for bad in ["4567891", "456789123", "4567891a", "4567 8912", "４５６７８９１２", ""] {
            assert_eq!(valid_dni(Some(bad)), None, "{bad}");
        }
        assert_eq!(valid_dni(None), None);
        assert_eq!(masked("45678912"), "4567****");
    }

    #[test]
    fn legacy_camel_and_snake_case_answers_are_one_shape() {
        let want = ADM_PACIENTE_CONSULTADTO {
            dni: Some("45678912".into()),
            paterno: Some("QUISPE".into()),
            materno: Some("MAMANI".into()),
            nombres: Some("ROSA ELENA".into()),
            domicilio: None,
        };
        assert_eq!(ok(r#"{"dni":"45678912","paterno":" QUISPE ","materno":"MAMANI","nombres":"ROSA ELENA"}"#), want);
        assert_eq!(
            ok(r#"{"numeroDocumento":"45678912","apellidoPaterno":"QUISPE","apellidoMaterno":"MAMANI","nombres":"ROSA ELENA","digitoVerificador":"3"}"#),
            want
        );
        assert_eq!(ok(r#"{"success":true,"data":{"numero":"45678912","apellido_paterno":"QUISPE","apellido_materno":"MAMANI","nombres":"ROSA ELENA","nombre_completo":"x"}}"#), want);
        assert_eq!(ok(r#"{"document_number":45678912,"first_last_name":"QUISPE","second_last_name":"MAMANI","first_name":"ROSA ELENA"}"#), want);
        assert_eq!(ok(r#"{"PATERNO":"QUISPE","Materno":"MAMANI","NOMBRES":"ROSA ELENA","domicilio":""}"#), want);
    }

    #[test]
    fn empty_other_and_odd_answers_are_refused() {
        assert!(matches!(person(br#"{"dni":"45678912","paterno":"","materno":null,"nombres":" "}"#, "45678912"), Err(Failure::NotFound(_))));
        assert!(matches!(person(br#"{"success":false,"message":"No encontrado"}"#, "45678912"), Err(Failure::NotFound(_))));
        assert!(matches!(person(br#"{"dni":"11111111","nombres":"ANA"}"#, "45678912"), Err(Failure::Invalid(_))));
        assert!(matches!(person(br#"[{"nombres":"ANA"}]"#, "45678912"), Err(Failure::Invalid(_))));
        assert!(matches!(person(br#"{"nombres":{"a":1}}"#, "45678912"), Err(Failure::Invalid(_))));
        assert!(matches!(person(b"<html>", "45678912"), Err(Failure::Invalid(_))));
        assert!(matches!(person(br#"{"nombres":"AN"#, "45678912"), Err(Failure::Invalid(_))));
    }

    #[test]
    fn bad_urls_are_refused_and_the_debug_form_hides_the_token() {
        assert!(DniService::new("", "t", Duration::from_secs(1)).unwrap().configured.is_none());
        assert!(DniService::new("ftp://x/", "t", Duration::from_secs(1)).is_err());
        assert!(DniService::new("no es url", "t", Duration::from_secs(1)).is_err());
        let s = DniService::new("https://dni.example.pe/api?clave=secreta", "tok-secreto", Duration::from_secs(3)).unwrap();
        let shown = format!("{s:?}");
        assert_eq!(shown, "DniService(dni.example.pe, 3s)");
    }
}
