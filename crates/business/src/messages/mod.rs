//! Spanish texts shown to users: the legacy `Mensajes` (generated verbatim from the contract into
//! [`legacy`]) and this API's own.

mod legacy;

pub use legacy::*;

/// Login with a wrong user or password, or an inactive user (from the seed documentation).
pub const LOGIN_INCORRECTO: &str = "El usuario no existe o los datos son incorrectos.";

// Messages of this API (no legacy counterpart).
/// A required field is missing.
pub fn campo_obligatorio(campo: &str) -> String {
    format!("El campo '{campo}' es obligatorio.")
}
/// `PaginationParameter.WhereFilter` that is not a simple filter.
pub const FILTRO_NO_VALIDO: &str =
    "El filtro (WhereFilter) no es válido: use condiciones simples como usuario LIKE '%ana%' AND estado = 'A'.";
/// 401 replies.
pub const NO_AUTORIZADO: &str = "No autorizado: inicie sesión y envíe el token en la cabecera Authorization: Bearer <token>.";
/// Token present but invalid or expired.
pub const TOKEN_INVALIDO: &str = "El token de acceso no es válido o ha expirado; inicie sesión nuevamente.";
