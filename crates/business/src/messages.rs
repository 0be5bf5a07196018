//! Spanish texts shown to users. The legacy ones are verbatim from the contract's `Mensajes`
//! class (`tests/contract/romsoft-legacy.json`, key `messages`); `webapi`'s contract golden tests
//! check they still match.

/// `IntenteloMasTarde`: the catch-all failure.
pub const INTENTELO_MAS_TARDE: &str = "Hubo un error, inténtelo más tarde.";
/// `UsuarioNoExiste`.
pub const USUARIO_NO_EXISTE: &str = "El usuario no pertenece al sistema.";
/// `RolNoExiste`.
pub const ROL_NO_EXISTE: &str = "El rol no pertenece al sistema.";
/// `RegistroSatisfactorio`.
pub const REGISTRO_SATISFACTORIO: &str = "Se registró satisfactoriamente.";
/// `RegistroFallido`.
pub const REGISTRO_FALLIDO: &str = "No se pudo realizar el registro.";
/// `ActualizacionSatisfactoria`.
pub const ACTUALIZACION_SATISFACTORIA: &str = "Se actualizó satisfactoriamente.";
/// `ActualizacionFallida`.
pub const ACTUALIZACION_FALLIDA: &str = "No se pudo realizar la actualización.";
/// `EliminacionSatisfactoria`.
pub const ELIMINACION_SATISFACTORIA: &str = "Se eliminó satisfactoriamente.";
/// `EliminacionFallida`.
pub const ELIMINACION_FALLIDA: &str = "No se pudo realizar la eliminación.";
/// `YaExisteRegistro`.
pub const YA_EXISTE_REGISTRO: &str = "El registro ya existe.";
/// `AccesoAlSistema`: audit message of a login.
pub const ACCESO_AL_SISTEMA: &str = "Acceso al sistema";

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
