//! DTOs of the security slice: login, users (`SEG_USUARIO`), roles (`SEG_ROL`) and the state
//! catalogue (`TIPO_ESTADO`).
//!
//! Names, types and order follow `romsoft-legacy.json` (`dtos`) exactly.

use crate::legacy_dto;

legacy_dto! {
    /// Credentials sent to `Account/Login` (`LoginDTO`).
    pub struct LoginDTO: plain, redact(Password) {
        /// User name.
        Username: Option<String>,
        /// Password in plain text (never logged).
        Password: Option<String>,
        /// Validate against Active Directory (unused by the legacy backend).
        ValidacionAD: bool,
    }
}

legacy_dto! {
    /// The user returned by `Account/Login` (`SEG_USUARIOLoginDTO`): a single object.
    pub struct SEG_USUARIOLoginDTO: plain, redact(clave, token) {
        /// User id.
        id_usuario: i32,
        /// Role id.
        id_rol: i32,
        /// User name.
        usuario: Option<String>,
        /// Password field of the legacy reply (never logged).
        clave: Option<String>,
        /// Surnames.
        apellidos: Option<String>,
        /// Given names.
        nombres: Option<String>,
        /// State code (`A` active, `I` inactive …).
        estado: Option<String>,
        /// Token; the legacy Login left it `null`.
        token: Option<String>,
    }
}

legacy_dto! {
    /// A system user (`SEG_USUARIODTO`).
    ///
    /// The user edit screen reads `clave` from `GetById` and sends it back on `Update`.
    pub struct SEG_USUARIODTO: auditable, redact(clave) {
        /// User id.
        id_usuario: i32,
        /// Role id.
        id_rol: i32,
        /// User name.
        usuario: Option<String>,
        /// Password (never logged).
        clave: Option<String>,
        /// Surnames.
        apellidos: Option<String>,
        /// Given names.
        nombres: Option<String>,
        /// Identity document number.
        nro_documento: Option<String>,
        /// Sex.
        sexo: Option<String>,
        /// E-mail.
        email: Option<String>,
        /// Mobile phone.
        celular: Option<String>,
        /// State code.
        estado: Option<String>,
        /// Name of the role (joined in list queries).
        RolNombre: Option<String>,
        /// Row count of the filtered list (paging).
        Cantidad: i32,
    }
}

legacy_dto! {
    /// A security role (`SEG_ROLDTO`).
    pub struct SEG_ROLDTO: auditable {
        /// Role id.
        id_rol: i32,
        /// Role name.
        rol: Option<String>,
        /// Description.
        descripcion: Option<String>,
        /// State code.
        estado: Option<String>,
    }
}

legacy_dto! {
    /// A state of the state catalogue (`TIPO_ESTADODTO`): the states a table's rows can take.
    pub struct TIPO_ESTADODTO: auditable {
        /// Table the state applies to.
        tabla: Option<String>,
        /// State id.
        id_estado: i32,
        /// State code / name.
        estado: Option<String>,
    }
}
