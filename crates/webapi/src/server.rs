//! The HTTP server: middleware, the legacy surface, Swagger and the health probe.

use std::{sync::Arc, time::Instant};

use actix_cors::Cors;
use actix_http::{HttpService, KeepAlive, error::DispatchError};
use actix_service::{IntoServiceFactory as _, ServiceFactoryExt as _, fn_service, map_config};
use actix_web::{
    App as ActixApp, HttpMessage, HttpResponse,
    dev::{AppConfig, Service, ServiceResponse},
    http::header::{self, HeaderMap, HeaderName, HeaderValue},
    middleware::Condition,
    web,
};
use business::App;
use utoipa_swagger_ui::SwaggerUi;

use crate::{
    config::Settings,
    legacy::{
        RouteTable, auth,
        body_budget::BodyBudget,
        http::{LegacyOutcome, LegacyState, RequestId, dispatch, method_not_allowed, not_found},
        routes,
    },
    logging::WithRequestId,
    openapi, protocol_errors,
};

const REQUEST_ID: &str = "x-request-id";

/// Serves until stopped (Ctrl-C / SIGTERM).
pub async fn run(settings: &Settings, app: Arc<App>, listener: std::net::TcpListener) -> Result<(), String> {
    let networks = auth::parse_networks(&settings.auth.legacy_client_networks)?;
    let state = web::Data::new(LegacyState {
        app: app.clone(),
        routes: RouteTable::new(routes()),
        legacy_networks: networks,
        legacy_role: settings.auth.legacy_client_role.clone(),
        body_limit: settings.server.body_limit_bytes.max(1024),
        db_budget: settings.command_timeout(),
        body_timeout: std::time::Duration::from_secs(settings.server.body_timeout_seconds.clamp(1, 3600)),
        bodies: BodyBudget::new(settings.server.max_inflight_body_bytes.max(settings.server.body_limit_bytes.max(1024))),
    });
    let doc = openapi::document(&state.routes);
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let origins = settings.server.cors_allowed_origins.clone();
    for o in &origins {
        if !(o.starts_with("http://") || o.starts_with("https://")) || o == "*" {
            return Err(format!("server.cors_allowed_origins: '{o}' no es un origen (https://servidor[:puerto])"));
        }
    }
    let swagger_ui = settings.server.swagger_ui;
    let factory = move || {
        ActixApp::new()
            .app_data(state.clone())
            .wrap_fn(|req, srv| {
                let rid = req
                    .headers()
                    .get(REQUEST_ID)
                    .and_then(|v| v.to_str().ok())
                    .filter(|v| !v.is_empty() && v.len() <= 64 && v.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)))
                    .map(str::to_owned)
                    .unwrap_or_else(|| uuid::Uuid::new_v4().simple().to_string()[..12].to_owned());
                req.extensions_mut().insert(RequestId(rid.clone()));
                // The path is the caller's: bounded and escaped in the access log.
                let (method, path, started) = (req.method().clone(), business::logsafe::shown(req.path(), 200), Instant::now());
                let fut = srv.call(req);
                WithRequestId::new(rid.clone(), async move {
                    let mut res: ServiceResponse = fut.await?;
                    if let Ok(v) = HeaderValue::from_str(&rid) {
                        res.headers_mut().insert(HeaderName::from_static(REQUEST_ID), v);
                    }
                    security_headers(&path, res.headers_mut());
                    let outcome = res.request().extensions().get::<LegacyOutcome>().map(|o| format!(" {:?}", o.0)).unwrap_or_default();
                    log::info!("{method} {path} {}{outcome} {} ms", res.status().as_u16(), started.elapsed().as_millis());
                    Ok(res)
                })
            })
            // Outermost, so that preflights are answered before anything else.
            .wrap(Condition::new(!origins.is_empty(), cors(&origins)))
            .configure(|cfg| {
                if swagger_ui {
                    // `/` and `/swagger` (no slash) lead an operator's browser to the UI.
                    cfg.route("/", web::get().to(to_swagger)).route("/swagger", web::get().to(to_swagger));
                    cfg.service(SwaggerUi::new("/swagger/{_:.*}").url("/swagger/v1/swagger.json", doc.clone()));
                }
            })
            .route("/health", web::get().to(health))
            .route("/health/ready", web::get().to(ready))
            .service(
                web::resource(["/{api:(?i)api}/{controller}/{action}", "/{api:(?i)api}/{controller}/{action}/{id}"])
                    .route(web::post().to(dispatch))
                    .default_service(web::to(method_not_allowed)),
            )
            .default_service(web::to(not_found))
    };
    // What `HttpServer` does, by hand, for one reason: the connection goes through
    // `protocol_errors::Enveloped`, so actix-http's own 408/431/400 carry the envelope.
    let mut builder = actix_server::Server::build();
    if settings.server.workers > 0 {
        builder = builder.workers(settings.server.workers);
    }
    let shutdown = builder.graceful_shutdown_signal();
    let server = builder
        .listen("romsoft", listener, move || {
            let shutdown = shutdown.clone();
            let app = factory().into_factory().map_err(|e| e.error_response());
            fn_service(|io: actix_web::rt::net::TcpStream| {
                let peer = io.peer_addr().ok();
                let _ = io.set_nodelay(true);
                std::future::ready(Ok::<_, DispatchError>((protocol_errors::Enveloped::new(io), peer)))
            })
            .and_then(
                HttpService::build()
                    .keep_alive(KeepAlive::Timeout(std::time::Duration::from_secs(5)))
                    .client_request_timeout(std::time::Duration::from_secs(5))
                    .client_disconnect_timeout(std::time::Duration::from_secs(1))
                    .graceful_shutdown_signal(move || {
                        let signal = shutdown.clone();
                        async move { signal.notified().await }
                    })
                    .local_addr(addr)
                    .h1(map_config(app, move |_| AppConfig::__priv_test_new(false, addr.to_string(), addr))),
            )
        })
        .map_err(|e| format!("no se pudo escuchar en {addr}: {e}"))?
        .run();
    log::info!("Romsoft escuchando en http://{addr}");
    println!("Romsoft escuchando en http://{addr}");
    server.await.map_err(|e| e.to_string())
}

/// CORS for the configured origins only: `POST` (and `GET` for the probes), the headers the
/// clients send, preflights cached for an hour. Credentials (cookies) are never allowed.
fn cors(origins: &[String]) -> Cors {
    origins
        .iter()
        .fold(Cors::default(), |c, o| c.allowed_origin(o))
        .allowed_methods(["POST", "GET"])
        .allowed_headers([header::AUTHORIZATION, header::CONTENT_TYPE, HeaderName::from_static(REQUEST_ID)])
        .expose_headers([HeaderName::from_static(REQUEST_ID), header::RETRY_AFTER])
        .max_age(3600)
}

/// Headers every reply carries: no MIME sniffing, no framing; API replies (tokens, personal
/// and clinical data) are never stored by caches; the Swagger page gets a strict CSP (its
/// scripts are files of this server, it has no inline script).
fn security_headers(path: &str, h: &mut HeaderMap) {
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    if path.starts_with("/swagger") {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; \
                 connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
            ),
        );
    } else {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}

/// `GET /` and `GET /swagger`: a redirect to the Swagger UI (`/swagger/`).
async fn to_swagger() -> HttpResponse {
    HttpResponse::Found().insert_header((header::LOCATION, "/swagger/")).finish()
}

/// `GET /health`: liveness — the process answers (no database access).
async fn health() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
}

/// `GET /health/ready`: readiness — the database answers a read (its schema version) **and**
/// accepts a write (the probe row), and, embedded, is still the file opened at start. 503 when
/// not, with the reason in the log.
async fn ready(state: web::Data<LegacyState>, req: actix_web::HttpRequest) -> HttpResponse {
    let db = &state.app.db;
    let request_id = req.extensions().get::<RequestId>().map(|r| r.0.clone()).unwrap_or_default();
    let ctx = business::Ctx { app: state.app.clone(), caller: business::Caller::anonymous(None), request_id };
    let read = db.schema_version().await;
    let write = match &read {
        Ok(_) => business::decl::comun::SONDA_ESCRIBIR.call(&ctx, &dto::NoBody {}).await.map(|_| ()),
        Err(_) => Ok(()),
    };
    match (read, write) {
        (Ok(v), Ok(())) => HttpResponse::Ok().json(serde_json::json!({
            "status": "ok", "database": db.kind(), "schema_version": v, "read": true, "write": true
        })),
        (read, write) => {
            if let Err(e) = &read {
                log::error!("health/ready: la base no responde a una lectura: {e}");
            }
            if let Err(e) = &write {
                log::error!("health/ready: la base no acepta escrituras: {e}");
            }
            HttpResponse::ServiceUnavailable().json(serde_json::json!({
                "status": "error", "database": db.kind(), "read": read.is_ok(), "write": read.is_ok() && write.is_ok()
            }))
        }
    }
}
