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
/// A state field that is neither a state's code nor its display text.
pub fn estado_no_valido(campo: &str) -> String {
    format!("El campo '{campo}' no es válido: use Activo o Inactivo (A o I).")
}
/// `PaginationParameter.WhereFilter` that is not a simple filter.
pub const FILTRO_NO_VALIDO: &str =
    "El filtro (WhereFilter) no es válido: use condiciones simples como usuario LIKE '%ana%' AND estado = 'A'.";
/// The caller's role may not call this action (HTTP 200 warning, see the authorization matrix).
pub const ACCION_NO_PERMITIDA: &str = "No tiene permiso para realizar esta acción: su rol no la tiene asignada.";
/// A user tried to change their own role or state, or to deactivate themselves.
pub const NO_CAMBIAR_PROPIO_ROL: &str = "No puede cambiar su propio rol ni su estado: pídalo a otro administrador.";
/// A user name with characters other than letters, digits and `. _ - @`.
pub const USUARIO_NO_VALIDO: &str =
    "El usuario solo puede tener letras, números y los signos . _ - @ (sin espacios ni caracteres de control), y hasta 50 caracteres.";
/// bcrypt uses only the first 72 bytes of a password.
pub const CLAVE_DEMASIADO_LARGA: &str = "La clave no puede superar 72 bytes (unos 72 caracteres sin tildes).";
/// A request body that did not arrive in time (HTTP 408).
pub const CUERPO_TARDIO: &str = "El cuerpo de la solicitud no llegó a tiempo; revise la conexión e inténtelo de nuevo.";
/// A request head that did not arrive in time (HTTP 408, answered by the HTTP layer).
pub const CABECERA_TARDIA: &str = "La solicitud no llegó completa a tiempo; revise la conexión e inténtelo de nuevo.";
/// Request headers over the HTTP layer's limit (HTTP 431).
pub const CABECERAS_GRANDES: &str = "Las cabeceras de la solicitud son demasiado grandes (máximo 128 KiB y 96 cabeceras).";
/// Bytes that are not an HTTP/1.x request (HTTP 400, answered by the HTTP layer).
pub const SOLICITUD_MALFORMADA: &str = "La solicitud no es HTTP válido.";
/// Too many request bodies in memory at once (HTTP 503).
pub const DEMASIADOS_DATOS: &str = "El servidor está recibiendo demasiados datos a la vez; inténtelo de nuevo en unos segundos.";
/// Too much password work queued (HTTP 503).
pub const SERVIDOR_OCUPADO: &str = "El servidor está ocupado verificando claves; inténtelo de nuevo en unos segundos.";
/// Too many failed logins (HTTP 429).
pub fn demasiados_intentos(segundos: u64) -> String {
    let minutos = segundos.div_ceil(60).max(1);
    format!("Demasiados intentos fallidos de inicio de sesión. Espere {minutos} minuto(s) e inténtelo de nuevo.")
}
/// 401 replies.
pub const NO_AUTORIZADO: &str = "No autorizado: inicie sesión y envíe el token en la cabecera Authorization: Bearer <token>.";
/// Token present but invalid or expired.
pub const TOKEN_INVALIDO: &str = "El token de acceso no es válido o ha expirado; inicie sesión nuevamente.";
