//! Users (`SEG_USUARIO`) and their credentials.

use super::{Column, Origin, Procedure, Returns, SqlType::*, c, p, p_blank};

/// Columns of a user row in listings (no password).
const USUARIO_LIST: &[Column] = &[
    c("id_usuario", Int, "id_usuario"),
    c("RolId", Int, "id_rol"),
    c("RolNombre", Text, "RolNombre"),
    c("usuario", Text, "usuario"),
    c("nombres", Text, "nombres"),
    c("apellidos", Text, "apellidos"),
    c("nro_documento", Text, "nro_documento"),
    c("sexo", Text, "sexo"),
    c("email", Text, "email"),
    c("celular", Text, "celular"),
    c("estado", Text, "estado"),
    c("usuario_registro", Text, "UsuarioCreacion"),
    c("fecha_registro", DateTime, "FechaCreacion"),
    c("usuario_modifica", Text, "UsuarioModificacion"),
    c("fecha_modifica", DateTime, "FechaModificacion"),
];

/// 1 when a user with this login name exists (case-insensitive), else 0.
pub static SEG_USUARIO_VERIFY_EXISTS: Procedure = Procedure {
    name: "Romsoft.p_SEG_USUARIOVerifyExists",
    params: &[p("@Username", Text, "usuario")],
    returns: Returns::ExistsFlag,
    origin: Origin::Legacy,
};

/// Inserts a user; `@clave` is already a bcrypt hash. `@Response` = new `id_usuario`.
pub static SEG_USUARIO_INSERT: Procedure = Procedure {
    name: "Romsoft.p_SEG_USUARIO_Insert",
    params: &[
        p("@id_rol", Int, "id_rol"),
        p("@usuario", Text, "usuario"),
        p("@clave", Text, "clave"),
        p("@apellidos", Text, "apellidos"),
        p("@nombres", Text, "nombres"),
        p("@nro_documento", Text, "nro_documento"),
        p("@sexo", Text, "sexo"),
        p("@email", Text, "email"),
        p("@celular", Text, "celular"),
        p("@estado", Text, "estado"),
        p("@usuario_registro", Text, "UsuarioCreacion"),
        p("@fecha_registro", DateTime, "FechaCreacion"),
    ],
    returns: Returns::Response,
    origin: Origin::Legacy,
};

/// Soft delete: sets `estado = 'I'` and the modification audit. `@Response` = rows changed.
pub static SEG_USUARIO_DELETE: Procedure = Procedure {
    name: "Romsoft.p_SEG_USUARIO_Delete",
    params: &[
        p("@id_usuario", Int, "id_usuario"),
        p("@usuario_modifica", Text, "UsuarioModificacion"),
        p("@fecha_modifica", DateTime, "FechaModificacion"),
    ],
    returns: Returns::Response,
    origin: Origin::Legacy,
};

/// One page of users. `@WhereFilters` is accepted for compatibility and never executed;
/// `@OrderBy` takes a whitelisted column name, optionally followed by ` DESC`; `@Rows <= 0`
/// returns every row from `@Start`. `Cantidad` is the total count before paging.
pub static SEG_USUARIO_GET_ALL: Procedure = Procedure {
    name: "Romsoft.p_SEG_USUARIO_GetAll",
    params: &[
        p_blank("@WhereFilters", "WhereFilter"),
        p_blank("@OrderBy", "OrderBy"),
        p("@Start", Int, "Start"),
        p("@Rows", Int, "AmountRows"),
    ],
    returns: Returns::Rows(&[
        c("id_usuario", Int, "id_usuario"),
        c("RolId", Int, "id_rol"),
        c("RolNombre", Text, "RolNombre"),
        c("usuario", Text, "usuario"),
        c("nombres", Text, "nombres"),
        c("apellidos", Text, "apellidos"),
        c("nro_documento", Text, "nro_documento"),
        c("sexo", Text, "sexo"),
        c("email", Text, "email"),
        c("celular", Text, "celular"),
        c("estado", Text, "estado"),
        c("Cantidad", Int, "Cantidad"),
        c("usuario_registro", Text, "UsuarioCreacion"),
        c("fecha_registro", DateTime, "FechaCreacion"),
        c("usuario_modifica", Text, "UsuarioModificacion"),
        c("fecha_modifica", DateTime, "FechaModificacion"),
    ]),
    origin: Origin::Legacy,
};

/// Users matching the filters: `@id_rol` NULL or 0 = any role; text filters `''` = any,
/// otherwise `apellidos`, `usuario` and `nro_documento` match as "contains" and `estado` exactly.
pub static SEG_USUARIO_GET_ALL_FILTER: Procedure = Procedure {
    name: "Romsoft.p_SEG_USUARIO_GetAllFilter",
    params: &[
        p("@id_rol", Int, "id_rol"),
        p_blank("@apellidos", "apellidos"),
        p_blank("@usuario", "usuario"),
        p_blank("@nro_documento", "nro_documento"),
        p_blank("@estado", "estado"),
    ],
    returns: Returns::Rows(USUARIO_LIST),
    origin: Origin::Legacy,
};

/// The user with this id (zero or one row), password hash included.
pub static SEG_USUARIO_GET_BY_ID: Procedure = Procedure {
    name: "Romsoft.p_SEG_USUARIO_GetById",
    params: &[p("@id_usuario", Int, "id_usuario")],
    returns: Returns::Rows(&[
        c("id_usuario", Int, "id_usuario"),
        c("RolId", Int, "id_rol"),
        c("RolNombre", Text, "RolNombre"),
        c("usuario", Text, "usuario"),
        c("clave", Text, "clave"),
        c("nombres", Text, "nombres"),
        c("apellidos", Text, "apellidos"),
        c("nro_documento", Text, "nro_documento"),
        c("sexo", Text, "sexo"),
        c("email", Text, "email"),
        c("celular", Text, "celular"),
        c("estado", Text, "estado"),
        c("usuario_registro", Text, "UsuarioCreacion"),
        c("fecha_registro", DateTime, "FechaCreacion"),
        c("usuario_modifica", Text, "UsuarioModificacion"),
        c("fecha_modifica", DateTime, "FechaModificacion"),
    ]),
    origin: Origin::Legacy,
};

/// Updates a user. `@clave` NULL or `''` keeps the stored password; otherwise it is the new
/// bcrypt hash. `@Response` = rows changed (0 when the id does not exist).
pub static SEG_USUARIO_UPDATE: Procedure = Procedure {
    name: "Romsoft.p_SEG_USUARIO_Update",
    params: &[
        p("@id_usuario", Int, "id_usuario"),
        p("@id_rol", Int, "id_rol"),
        p("@usuario", Text, "usuario"),
        p("@clave", Text, "clave"),
        p("@apellidos", Text, "apellidos"),
        p("@nombres", Text, "nombres"),
        p("@nro_documento", Text, "nro_documento"),
        p("@sexo", Text, "sexo"),
        p("@email", Text, "email"),
        p("@celular", Text, "celular"),
        p("@estado", Text, "estado"),
        p("@usuario_modifica", Text, "UsuarioModificacion"),
        p("@fecha_modifica", DateTime, "FechaModificacion"),
    ],
    returns: Returns::Response,
    origin: Origin::Legacy,
};

/// The login row of a user (case-insensitive name) with the stored password, for verification
/// in the API. Replaces the legacy `p_SEG_USUARIOGetByUsernameClave`, which compared passwords
/// in SQL.
pub static SEG_USUARIO_GET_CREDENTIALS: Procedure = Procedure {
    name: "Romsoft.p_SEG_USUARIO_GetCredentials",
    params: &[p("@Username", Text, "usuario")],
    returns: Returns::Rows(&[
        c("id_usuario", Int, "id_usuario"),
        c("id_rol", Int, "id_rol"),
        c("usuario", Text, "usuario"),
        c("clave", Text, "clave"),
        c("apellidos", Text, "apellidos"),
        c("nombres", Text, "nombres"),
        c("estado", Text, "estado"),
    ]),
    origin: Origin::Romsoft,
};

/// Replaces a user's stored password with a new bcrypt hash (upgrade of legacy plaintext rows).
/// `@Response` = rows changed.
pub static SEG_USUARIO_SET_CLAVE: Procedure = Procedure {
    name: "Romsoft.p_SEG_USUARIO_SetClave",
    params: &[p("@id_usuario", Int, "id_usuario"), p("@clave", Text, "clave")],
    returns: Returns::Response,
    origin: Origin::Romsoft,
};
