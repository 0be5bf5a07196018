//! Security rows (`SEG_` prefix) that are not wire DTOs.

use crate::Estado;

/// A user's login row with the stored password (`Romsoft.p_SEG_USUARIO_GetCredentials`).
/// Its `Debug` never shows `clave`.
#[derive(Clone, Default)]
pub struct Credenciales {
    pub id_usuario: i32,
    pub id_rol: i32,
    pub usuario: Option<String>,
    /// bcrypt hash (or a legacy plaintext value awaiting upgrade).
    pub clave: Option<String>,
    pub apellidos: Option<String>,
    pub nombres: Option<String>,
    pub estado: Option<String>,
    /// Security stamp: tokens carry it; a new password, role or state changes it.
    pub sello: i32,
}

impl Credenciales {
    pub fn is_active(&self) -> bool {
        self.estado.as_deref().and_then(Estado::from_code) == Some(Estado::Activo)
    }
}

/// A user's current security stamp and state (`Romsoft.p_SEG_USUARIO_GetSello`), against which
/// every token is checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sello {
    pub sello: i32,
    pub estado: Option<String>,
}

impl Sello {
    pub fn is_active(&self) -> bool {
        self.estado.as_deref().and_then(Estado::from_code) == Some(Estado::Activo)
    }
}

impl std::fmt::Debug for Credenciales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credenciales")
            .field("id_usuario", &self.id_usuario)
            .field("usuario", &self.usuario)
            .field("estado", &self.estado)
            .finish_non_exhaustive()
    }
}
