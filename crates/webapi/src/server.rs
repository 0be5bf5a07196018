//! The HTTP server: middleware, the legacy surface, Swagger and the health probe.

use std::{sync::Arc, time::Instant};

use actix_web::{
    App as ActixApp, HttpMessage, HttpResponse, HttpServer,
    dev::{Service, ServiceResponse},
    http::header::{HeaderName, HeaderValue},
    web,
};
use business::App;
use utoipa_swagger_ui::SwaggerUi;

use crate::{
    config::Settings,
    legacy::{
        RouteTable, auth,
        http::{LegacyOutcome, LegacyState, RequestId, dispatch, method_not_allowed, not_found},
        routes,
    },
    logging::WithRequestId,
    openapi,
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
    });
    let doc = openapi::document(&state.routes);
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let mut server = HttpServer::new(move || {
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
                let (method, path, started) = (req.method().clone(), req.path().to_owned(), Instant::now());
                let fut = srv.call(req);
                WithRequestId::new(rid.clone(), async move {
                    let mut res: ServiceResponse = fut.await?;
                    if let Ok(v) = HeaderValue::from_str(&rid) {
                        res.headers_mut().insert(HeaderName::from_static(REQUEST_ID), v);
                    }
                    let outcome = res.request().extensions().get::<LegacyOutcome>().map(|o| format!(" {:?}", o.0)).unwrap_or_default();
                    log::info!("{method} {path} {}{outcome} {} ms", res.status().as_u16(), started.elapsed().as_millis());
                    Ok(res)
                })
            })
            .service(SwaggerUi::new("/swagger/{_:.*}").url("/swagger/v1/swagger.json", doc.clone()))
            .route("/health", web::get().to(health))
            .service(
                web::resource(["/{api:(?i)api}/{controller}/{action}", "/{api:(?i)api}/{controller}/{action}/{id}"])
                    .route(web::post().to(dispatch))
                    .default_service(web::to(method_not_allowed)),
            )
            .default_service(web::to(not_found))
    })
    .listen(listener)
    .map_err(|e| format!("no se pudo escuchar en {addr}: {e}"))?;
    if settings.server.workers > 0 {
        server = server.workers(settings.server.workers);
    }
    log::info!("Romsoft escuchando en http://{addr}");
    println!("Romsoft escuchando en http://{addr}");
    server.run().await.map_err(|e| e.to_string())
}

/// `GET /health`: is the database reachable and at the expected version.
async fn health(state: web::Data<LegacyState>) -> HttpResponse {
    let db = &state.app.db;
    match db.schema_version().await {
        Ok(v) => HttpResponse::Ok().json(serde_json::json!({
            "status": "ok", "database": db.kind(), "schema_version": v, "version": env!("CARGO_PKG_VERSION")
        })),
        Err(e) => {
            log::error!("health: {e}");
            HttpResponse::ServiceUnavailable().json(serde_json::json!({ "status": "error", "database": db.kind() }))
        }
    }
}
