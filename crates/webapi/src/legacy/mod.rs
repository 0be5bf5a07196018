//! The legacy surface: `POST /api/{Controller}/{Action}` for every declared action.
//!
//! [`routes`] is the routing table, generated from the contract (`cargo xtask codegen`): one
//! line per action naming its controller, action and the business service or declaration behind
//! it. The request and reply DTO types come from that
//! service's signature; [`Route`] erases them behind one handler shape (bytes in, envelope out)
//! and keeps their schemas for Swagger.

pub mod auth;
pub mod body_budget;
pub mod docs;
pub mod http;
mod routes;

use std::{collections::HashMap, future::Future, pin::Pin};

use business::{Ctx, ServiceError, ServiceResult, legacy::{ProcCommand, ProcQuery}, outcome::envelope};
use serde::{Serialize, de::DeserializeOwned};

pub use docs::Documented;
pub use routes::routes;

/// What a handler produced: the envelope bytes and how it ended (for the access log).
pub struct Handled {
    pub body: Vec<u8>,
    pub outcome: Outcome,
    /// HTTP status: 200 but for the overload answers (429 too many failed logins, 503 busy).
    pub status: u16,
    /// `Retry-After` seconds of a 429/503.
    pub retry_after: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    Warning,
    Error,
}

type HandlerFn = dyn Fn(Ctx, actix_web::web::Bytes) -> Pin<Box<dyn Future<Output = Handled>>> + Send + Sync;

/// Who may call an action (the authorization matrix, `decisions.toml` `[authorization]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Roles {
    /// Any signed-in caller, whatever their role.
    Any,
    /// Only callers with one of these roles (compared ignoring case). Empty: nobody — the
    /// default of every route until the matrix names its roles.
    Only(&'static [&'static str]),
}

impl Roles {
    pub fn allows(&self, rol: Option<&str>) -> bool {
        match (self, rol) {
            (Roles::Any, _) => true,
            (Roles::Only(list), Some(r)) => list.iter().any(|x| x.eq_ignore_ascii_case(r.trim())),
            (Roles::Only(_), None) => false,
        }
    }
}

/// One legacy action.
pub struct Route {
    pub controller: &'static str,
    pub action: &'static str,
    /// Reachable without a token (only `Account/Login`).
    pub anonymous: bool,
    /// Who may call it once authenticated (default: nobody).
    pub roles: Roles,
    pub summary: &'static str,
    pub handler: Box<HandlerFn>,
    pub request_doc: docs::Doc,
    pub reply_doc: docs::Doc,
    /// Contract parameters read from the query string (name, C# type): when any, the request
    /// is built from them (see `http::body_from_query`) and the body is ignored.
    pub query: &'static [(&'static str, &'static str)],
}

impl Route {
    pub fn path(&self) -> String {
        format!("/api/{}/{}", self.controller, self.action)
    }
    fn key(controller: &str, action: &str) -> String {
        format!("{}/{}", controller.to_ascii_lowercase(), action.to_ascii_lowercase())
    }
}

/// A route backed by an async service `f(ctx, request) -> ServiceResult<reply>`.
pub fn service<Req, Res, F, Fut>(controller: &'static str, action: &'static str, summary: &'static str, f: F) -> Route
where
    Req: DeserializeOwned + Documented + 'static,
    Res: Serialize + Documented + 'static,
    F: Fn(Ctx, Req) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ServiceResult<Res>> + 'static,
{
    let f = std::sync::Arc::new(f);
    Route {
        controller,
        action,
        anonymous: false,
        roles: Roles::Only(&[]),
        summary,
        request_doc: docs::Doc::of::<Req>(),
        reply_doc: docs::Doc::of::<Res>(),
        query: &[],
        handler: Box::new(move |ctx, body| {
            let f = f.clone();
            Box::pin(async move {
                let req = match dto::lenient::from_body::<Req>(&body) {
                    Ok(r) => r,
                    Err(e) => {
                        log::warn!("cuerpo rechazado: {}", business::logsafe::shown(&e.to_string(), 300));
                        return Handled {
                            body: to_bytes(&dto::JsonResponse::<()>::error(e.to_string())),
                            outcome: Outcome::Error,
                            status: 200,
                            retry_after: None,
                        };
                    }
                };
                let result = f(ctx, req).await;
                let overload = result.as_ref().err().and_then(ServiceError::overload);
                let (status, retry_after) = overload.map_or((200, None), |(st, s)| (st, Some(s)));
                let outcome = match &result {
                    Ok(r) if r.is_warning() => Outcome::Warning,
                    Ok(_) => Outcome::Ok,
                    Err(e) if e.is_refused_input() || overload.is_some() => {
                        log::warn!("{e}");
                        if e.is_refused_input() { Outcome::Warning } else { Outcome::Error }
                    }
                    Err(e) => {
                        log::error!("{e}");
                        Outcome::Error
                    }
                };
                Handled { body: to_bytes(&envelope(&result)), outcome, status, retry_after }
            })
        }),
    }
}

/// A route that is a pure declaration: the rows of a [`ProcQuery`] as a list.
pub fn query_list<Req, Res>(
    controller: &'static str,
    action: &'static str,
    summary: &'static str,
    decl: &'static ProcQuery<Req, Res>,
) -> Route
where
    Req: DeserializeOwned + Documented + 'static,
    Res: Serialize + 'static,
    Vec<Res>: Documented,
{
    service(controller, action, summary, move |ctx: Ctx, req: Req| async move { decl.list(&ctx, &req).await })
}

/// A route that is a pure declaration: the first row of a [`ProcQuery`], or a warning.
#[allow(dead_code, reason = "the route of generated single-row actions (contract response kind `single`)")]
pub fn query_first<Req, Res>(
    controller: &'static str,
    action: &'static str,
    summary: &'static str,
    decl: &'static ProcQuery<Req, Res>,
    not_found: &'static str,
) -> Route
where
    Req: DeserializeOwned + Documented + 'static,
    Res: Serialize + Documented + 'static,
{
    service(controller, action, summary, move |ctx: Ctx, req: Req| async move { decl.first(&ctx, &req, not_found).await })
}

/// A route that is a pure declaration: a [`ProcCommand`] (duplicate check, procedure,
/// messages, audit).
pub fn command<Req>(controller: &'static str, action: &'static str, summary: &'static str, decl: &'static ProcCommand<Req>) -> Route
where
    Req: Serialize + DeserializeOwned + Documented + 'static,
{
    service(controller, action, summary, move |ctx: Ctx, req: Req| async move { decl.run(&ctx, &req).await })
}

impl Route {
    pub fn anonymous(mut self) -> Self {
        self.anonymous = true;
        self
    }
    /// The roles that may call it (`&[]`: nobody).
    pub fn roles(mut self, roles: &'static [&'static str]) -> Self {
        self.roles = Roles::Only(roles);
        self
    }
    /// Its request comes from these query-string parameters (name, C# type), not the body.
    pub fn query_params(mut self, params: &'static [(&'static str, &'static str)]) -> Self {
        self.query = params;
        self
    }
    /// Any signed-in caller may call it.
    pub fn any_role(mut self) -> Self {
        self.roles = Roles::Any;
        self
    }
}

fn to_bytes<T: Serialize>(v: &T) -> Vec<u8> {
    serde_json::to_vec(v).unwrap_or_else(|e| {
        log::error!("no se pudo serializar la respuesta: {e}");
        br#"{"Message":"Hubo un error, int\u00e9ntelo m\u00e1s tarde.","Success":false,"Warning":false,"Data":null}"#.to_vec()
    })
}

/// The routing table, looked up case-insensitively.
pub struct RouteTable {
    routes: Vec<Route>,
    index: HashMap<String, usize>,
}

impl RouteTable {
    pub fn new(routes: Vec<Route>) -> Self {
        let index = routes.iter().enumerate().map(|(i, r)| (Route::key(r.controller, r.action), i)).collect();
        Self { routes, index }
    }
    pub fn find(&self, controller: &str, action: &str) -> Option<&Route> {
        self.index.get(&Route::key(controller, action)).map(|&i| &self.routes[i])
    }
    pub fn iter(&self) -> impl Iterator<Item = &Route> {
        self.routes.iter()
    }
}
