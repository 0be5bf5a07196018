//! The application services and the caller of one request.

use std::sync::Arc;

use data_access::Database;

use crate::{
    adm::dni::DniService,
    legacy::Who,
    seg::{intentos::LoginLimits, passwords::BcryptGate, sellos::SelloCache, tokens::TokenService},
};

/// Long-lived services shared by every request.
pub struct App {
    pub db: Database,
    pub tokens: TokenService,
    /// bcrypt: cost of new hashes, and the bound on concurrent and queued password work.
    pub bcrypt: BcryptGate,
    /// Failed-login limits.
    pub login_limits: LoginLimits,
    /// Recently read security stamps (revocable tokens).
    pub sellos: SelloCache,
    /// The DNI lookup service and its shared HTTP client (`[dni_service]`).
    pub dni: DniService,
    /// Billing settings (`[facturacion]`: the IGV rate).
    pub facturacion: crate::fac::Facturacion,
}

/// How the caller was let in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallerKind {
    /// A valid bearer token.
    Token,
    /// No token, from a network listed in `auth.legacy_client_networks` (the desktop client).
    LegacyNetwork,
    /// The anonymous login action.
    Anonymous,
}

/// Who is calling.
#[derive(Debug, Clone)]
pub struct Caller {
    pub kind: CallerKind,
    /// User name from the token.
    pub usuario: Option<String>,
    pub id_usuario: Option<i32>,
    /// Role name the authorization matrix checks (token claim, or the configured role of the
    /// token-less legacy client).
    pub rol: Option<String>,
    /// Remote IP address.
    pub ip: Option<String>,
}

impl Caller {
    pub fn anonymous(ip: Option<String>) -> Self {
        Self { kind: CallerKind::Anonymous, usuario: None, id_usuario: None, rol: None, ip }
    }
}

/// Everything a service needs for one request.
#[derive(Clone)]
pub struct Ctx {
    pub app: Arc<App>,
    pub caller: Caller,
    pub request_id: String,
}

impl Ctx {
    pub fn db(&self) -> &Database {
        &self.app.db
    }

    /// Who is acting, for audit parameters and rows: the token's user (id and name). A
    /// token-less legacy client (`auth.legacy_client_networks`) is `cliente-legado` with id 0,
    /// the login action `anonimo`: the body's own audit fields are never trusted.
    pub fn who(&self) -> Who {
        let (id_usuario, usuario) = match (&self.caller.usuario, self.caller.kind.clone()) {
            (Some(u), _) => (self.caller.id_usuario.unwrap_or(0), u.clone()),
            (None, CallerKind::LegacyNetwork) => (0, "cliente-legado".to_owned()),
            (None, _) => (0, "anonimo".to_owned()),
        };
        Who { id_usuario, usuario }
    }
}
