//! The application services and the caller of one request.

use std::sync::Arc;

use data_access::Database;

use crate::seguridad::tokens::TokenService;

/// Long-lived services shared by every request.
pub struct App {
    pub db: Database,
    pub tokens: TokenService,
    /// bcrypt cost for new password hashes.
    pub bcrypt_cost: u32,
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
    /// Remote IP address.
    pub ip: Option<String>,
}

impl Caller {
    pub fn anonymous(ip: Option<String>) -> Self {
        Self { kind: CallerKind::Anonymous, usuario: None, id_usuario: None, ip }
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

    /// The user name recorded in audit rows and `usuario_registro`/`usuario_modifica`: the token's
    /// user; for token-less legacy clients the name the request carries; otherwise `fallback`.
    pub fn acting_user(&self, from_request: Option<&str>) -> String {
        if let Some(u) = self.caller.usuario.as_deref() {
            return u.to_owned();
        }
        match from_request.map(str::trim).filter(|s| !s.is_empty()) {
            Some(u) => u.to_owned(),
            None => match self.caller.kind {
                CallerKind::LegacyNetwork => "cliente-legado".to_owned(),
                _ => "anonimo".to_owned(),
            },
        }
    }
}
