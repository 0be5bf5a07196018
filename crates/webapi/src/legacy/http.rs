//! actix handlers of the legacy surface: dispatch, 401/404/405/413 with the envelope.

use std::sync::Arc;

use actix_web::{
    HttpMessage, HttpRequest, HttpResponse,
    http::{StatusCode, header},
    web,
};
use business::{
    App, Caller, CallerKind, Ctx,
    audit::{self, AuditEntry},
    messages,
};
use dto::JsonResponse;
use futures_util::StreamExt;
use ipnet::IpNet;

use super::{Handled, Outcome, Route, RouteTable, auth};

/// What every legacy request needs.
pub struct LegacyState {
    pub app: Arc<App>,
    pub routes: RouteTable,
    pub legacy_networks: Vec<IpNet>,
    /// Role of the token-less legacy client (`auth.legacy_client_role`).
    pub legacy_role: String,
    pub body_limit: usize,
    /// Bytes of request bodies all requests may hold at once.
    pub bodies: super::body_budget::BodyBudget,
    /// The database time one request may take in all (the command timeout).
    pub db_budget: std::time::Duration,
    /// How long a request's body may take to arrive (`server.body_timeout_seconds`).
    pub body_timeout: std::time::Duration,
}

/// The request id set by the request-id middleware.
#[derive(Clone)]
pub struct RequestId(pub String);

/// How the request ended, for the access log.
#[derive(Clone, Copy)]
pub struct LegacyOutcome(pub Outcome);

pub fn envelope_response(status: StatusCode, message: impl Into<String>) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("application/json; charset=utf-8")
        .json(JsonResponse::<()>::error(message.into()))
}

/// `POST /api/{controller}/{action}`: all its database work bounded by one deadline.
pub async fn dispatch(req: HttpRequest, payload: web::Payload, state: web::Data<LegacyState>) -> HttpResponse {
    let deadline = std::time::Instant::now() + state.db_budget;
    data_access::deadline::within(deadline, handle(req, payload, state)).await
}

async fn handle(req: HttpRequest, mut payload: web::Payload, state: web::Data<LegacyState>) -> HttpResponse {
    let controller = req.match_info().get("controller").unwrap_or_default().to_owned();
    let action = req.match_info().get("action").unwrap_or_default().to_owned();
    let Some(route) = state.routes.find(&controller, &action) else {
        return envelope_response(StatusCode::NOT_FOUND, format!("No existe la acción {controller}/{action}."));
    };

    let request_id = req.extensions().get::<RequestId>().map(|r| r.0.clone()).unwrap_or_default();
    let caller = match resolve_caller(&req, &state, route, &request_id).await {
        Ok(c) => c,
        Err(refusal) => return refusal,
    };
    if caller.kind == CallerKind::LegacyNetwork {
        log::info!("cliente legado sin token desde {} → {}", caller.ip.as_deref().unwrap_or("?"), route.path());
    }
    let ctx = Ctx { app: state.app.clone(), caller, request_id };

    // Authorization, before the body is read.
    if !route.anonymous && !route.roles.allows(ctx.caller.rol.as_deref()) {
        denied(&ctx, route).await;
        return warning_reply(&req, messages::ACCION_NO_PERMITIDA);
    }

    // Body, bounded per request and, across requests, by the memory budget (held until the
    // reply is built).
    let mut body = web::BytesMut::new();
    let mut held = state.bodies.reserve();
    let body_deadline = tokio::time::Instant::now() + state.body_timeout;
    loop {
        let next = match tokio::time::timeout_at(body_deadline, payload.next()).await {
            Ok(next) => next,
            Err(_) => {
                log::warn!("408 {}: el cuerpo no llegó en {} s", route.path(), state.body_timeout.as_secs());
                return envelope_response(StatusCode::REQUEST_TIMEOUT, messages::CUERPO_TARDIO);
            }
        };
        let Some(chunk) = next else { break };
        let Ok(chunk) = chunk else {
            return envelope_response(StatusCode::BAD_REQUEST, "No se pudo leer el cuerpo de la solicitud.");
        };
        if !held.grow(chunk.len()) {
            log::warn!("503 {}: presupuesto de cuerpos en memoria agotado ({} bytes)", route.path(), state.bodies.used());
            let mut resp = envelope_response(StatusCode::SERVICE_UNAVAILABLE, messages::DEMASIADOS_DATOS);
            resp.headers_mut().insert(header::RETRY_AFTER, header::HeaderValue::from_static("1"));
            return resp;
        }
        if body.len() + chunk.len() > state.body_limit {
            return envelope_response(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("El cuerpo de la solicitud supera el límite de {} bytes.", state.body_limit),
            );
        }
        body.extend_from_slice(&chunk);
    }

    // Parameters Web API bound from the URL (`?idPaciente=5`) become the request.
    let body = if route.query.is_empty() {
        body.freeze()
    } else {
        match body_from_query(req.query_string(), route.query) {
            Ok(b) => web::Bytes::from(b),
            Err(warning) => {
                log::warn!("{}: {warning}", route.path());
                return warning_reply(&req, &warning);
            }
        }
    };
    let Handled { body, outcome, status, retry_after } = (route.handler)(ctx, body).await;
    drop(held);
    req.extensions_mut().insert(LegacyOutcome(outcome));
    let mut resp = HttpResponse::build(StatusCode::from_u16(status).unwrap_or(StatusCode::OK));
    if let Some(s) = retry_after {
        resp.insert_header((header::RETRY_AFTER, s.to_string()));
    }
    resp.content_type("application/json; charset=utf-8").body(body)
}

/// Who is calling: anonymous for the anonymous action; otherwise a valid token whose security
/// stamp is still the user's, or a token-less client from a legacy network. The refusal is the
/// 401 (or, when the stamp cannot be read, 503) reply.
async fn resolve_caller(req: &HttpRequest, state: &LegacyState, route: &Route, request_id: &str) -> Result<Caller, HttpResponse> {
    if route.anonymous {
        return Ok(Caller::anonymous(req.peer_addr().map(|a| a.ip().to_string())));
    }
    let checked = match auth::authenticate(req, &state.app.tokens, &state.legacy_networks, &state.legacy_role) {
        Ok((caller, None)) => Ok(caller),
        Ok((caller, Some(sello))) => {
            let probe = Ctx { app: state.app.clone(), caller: caller.clone(), request_id: request_id.to_owned() };
            let id = caller.id_usuario.unwrap_or(0);
            match state.app.sellos.is_current(&probe, id, sello).await {
                Ok(true) => Ok(caller),
                Ok(false) => Err(auth::AuthFailure::Revoked),
                Err(e) => {
                    log::error!("no se pudo verificar el token: {e}");
                    return Err(envelope_response(StatusCode::SERVICE_UNAVAILABLE, messages::INTENTELO_MAS_TARDE));
                }
            }
        }
        Err(f) => Err(f),
    };
    checked.map_err(|failure| {
        log::warn!("401 {}: {failure:?}", route.path());
        let msg = match failure {
            auth::AuthFailure::Missing => messages::NO_AUTORIZADO,
            _ => messages::TOKEN_INVALIDO,
        };
        let mut resp = envelope_response(StatusCode::UNAUTHORIZED, msg);
        resp.headers_mut().insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Bearer"));
        resp
    })
}

/// The security record (log and `Log` row) of an action the caller's role may not call; the
/// caller gets [`warning_reply`] with `ACCION_NO_PERMITIDA`.
async fn denied(ctx: &Ctx, route: &Route) {
    let rol = ctx.caller.rol.as_deref().unwrap_or("(sin rol)");
    let who = ctx.who();
    log::warn!("seguridad: {} (rol {rol}) no puede llamar {}", who.usuario, route.path());
    let entry = AuditEntry {
        controlador: "Seguridad",
        accion: "AccesoDenegado",
        identificador: 0,
        mensaje: messages::ACCION_NO_PERMITIDA,
        usuario: &who.usuario,
        objeto: serde_json::json!({ "accion": format!("{}/{}", route.controller, route.action), "rol": rol }),
    };
    if let Err(e) = audit::write(ctx, entry).await {
        log::error!("seguridad: no se pudo registrar el acceso denegado: {e}");
    }
}

/// A business warning answered before the action runs: HTTP 200, `Success: true,
/// Warning: true` and `message` (the desktop client shows any non-2xx as an error dialog).
fn warning_reply(req: &HttpRequest, message: &str) -> HttpResponse {
    req.extensions_mut().insert(LegacyOutcome(Outcome::Warning));
    HttpResponse::Ok().content_type("application/json; charset=utf-8").json(JsonResponse::<()>::warning(message.to_owned()))
}

/// Any verb but POST on an action path.
pub async fn method_not_allowed(req: HttpRequest) -> HttpResponse {
    let mut resp = envelope_response(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("El método {} no está permitido; use POST.", req.method()),
    );
    resp.headers_mut().insert(header::ALLOW, header::HeaderValue::from_static("POST"));
    resp
}

/// Anything else.
pub async fn not_found(req: HttpRequest) -> HttpResponse {
    envelope_response(StatusCode::NOT_FOUND, format!("No existe el recurso {}.", req.path()))
}

/// The request of an action whose contract parameters come from the query string (Web API
/// bound simple-type parameters from the URL): each parameter, found by its contract name
/// ignoring case, becomes the JSON field of that name. `Err`: the warning to answer (a
/// parameter missing or not of its type).
fn body_from_query(query: &str, params: &[(&str, &str)]) -> Result<Vec<u8>, String> {
    let pairs: Vec<(String, String)> = web::Query::<Vec<(String, String)>>::from_query(query).map(web::Query::into_inner).unwrap_or_default();
    let mut fields = serde_json::Map::new();
    for &(name, ty) in params {
        let Some((_, raw)) = pairs.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)) else {
            return Err(format!("Falta el parámetro '{name}' en la dirección (…?{name}=valor)."));
        };
        let raw = raw.trim();
        let value = match ty {
            "int" => raw.parse::<i32>().ok().map(serde_json::Value::from),
            "long" => raw.parse::<i64>().ok().map(serde_json::Value::from),
            _ => Some(serde_json::Value::from(raw)),
        };
        let Some(value) = value else {
            return Err(format!("El parámetro '{name}' de la dirección debe ser un número entero."));
        };
        fields.insert(name.to_owned(), value);
    }
    Ok(serde_json::Value::Object(fields).to_string().into_bytes())
}
