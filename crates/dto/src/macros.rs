//! [`legacy_dto!`](crate::legacy_dto): declare a legacy DTO once, with its exact C# field
//! names and types.

use std::fmt;

use serde::Serialize;

/// Fields of `EntityAuditableDTO`, in the order [`legacy_dto!`](crate::legacy_dto) appends them
/// to an `auditable` DTO (Json.NET writes a class's own properties first, then inherited ones).
pub const AUDITABLE_FIELDS: [&str; 7] = [
    "FechaCreacion",
    "FechaModificacion",
    "UsuarioCreacion",
    "UsuarioModificacion",
    "IdUsuarioActual",
    "id_usuarioCreacion",
    "id_usuarioModifica",
];

/// Declares a legacy DTO with its exact C# property names, in the contract's
/// `json_property_order`.
///
/// ```
/// dto::legacy_dto! {
///     /// Rol de seguridad.
///     pub struct SEG_ROLDTO: auditable {
///         /// Identificador.
///         id_rol: i32,
///         rol: Option<String>,
///         descripcion: Option<String>,
///         estado: Option<String>,
///     }
/// }
/// assert_eq!(SEG_ROLDTO::JSON_PROPERTIES[4], "FechaCreacion");
/// ```
///
/// expands to a `pub struct` with `pub` fields in declaration order, deriving `Debug, Clone,
/// Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema`, with `#[serde(default)]`
/// (missing properties take their defaults) and `#[allow(non_snake_case,
/// non_camel_case_types)]`. Doc comments and other attributes on the struct and on fields pass
/// through.
///
/// The kind after the colon:
/// * `plain` — only the declared fields;
/// * `auditable` — the declared fields followed by those of `EntityAuditableDTO`:
///   `FechaCreacion: Option<NetDateTime>`, `FechaModificacion: Option<NetDateTime>`,
///   `UsuarioCreacion: Option<String>`, `UsuarioModificacion: Option<String>`,
///   `IdUsuarioActual: i32`, `id_usuarioCreacion: i32`, `id_usuarioModifica: i32`
///   (the two dates read `""` as `null`, see [`lenient::empty_as_none`](crate::lenient::empty_as_none)).
///
/// Optionally `, redact(field, …)` after the kind replaces the derived `Debug` with one that
/// prints those fields as `"***"` (passwords, tokens), so they never reach a log:
///
/// ```
/// dto::legacy_dto! {
///     pub struct Credenciales: plain, redact(clave) {
///         usuario: Option<String>,
///         clave: Option<String>,
///     }
/// }
/// let c = Credenciales { usuario: Some("ana".into()), clave: Some("secreta".into()) };
/// assert!(!format!("{c:?}").contains("secreta"));
/// ```
///
/// Every DTO also gets `JSON_PROPERTIES`, its property names in wire order.
///
/// Rules: no `#[serde(flatten)]` (the lenient reader matches names through the field list serde
/// passes to `deserialize_struct`); no renames (field name = C# name). Crates using the macro
/// need `serde` and `utoipa` as dependencies (the derives refer to them by name).
#[macro_export]
macro_rules! legacy_dto {
    // ----- public forms -------------------------------------------------------------------
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident : plain $(, redact($($redact:ident),+ $(,)?))? {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $crate::legacy_dto! {
            @emit [$(#[$meta])*] [$vis] $name [$($($redact)+)?]
            { $( $(#[$fmeta])* $field : $ty, )* }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident : auditable $(, redact($($redact:ident),+ $(,)?))? {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $crate::legacy_dto! {
            @emit [$(#[$meta])*] [$vis] $name [$($($redact)+)?]
            {
                $( $(#[$fmeta])* $field : $ty, )*
                /// Fecha de creación del registro (`EntityAuditableDTO`).
                #[serde(deserialize_with = "::dto::lenient::empty_as_none")]
                FechaCreacion: ::core::option::Option<$crate::NetDateTime>,
                /// Fecha de la última modificación (`EntityAuditableDTO`).
                #[serde(deserialize_with = "::dto::lenient::empty_as_none")]
                FechaModificacion: ::core::option::Option<$crate::NetDateTime>,
                /// Usuario que creó el registro (`EntityAuditableDTO`).
                UsuarioCreacion: ::core::option::Option<::std::string::String>,
                /// Usuario que modificó el registro por última vez (`EntityAuditableDTO`).
                UsuarioModificacion: ::core::option::Option<::std::string::String>,
                /// Id del usuario que hace la operación (`EntityAuditableDTO`).
                IdUsuarioActual: i32,
                /// Id del usuario que creó el registro (`EntityAuditableDTO`).
                id_usuarioCreacion: i32,
                /// Id del usuario que modificó el registro (`EntityAuditableDTO`).
                id_usuarioModifica: i32,
            }
        }
    };

    // ----- internal ----------------------------------------------------------------------
    (
        @emit [$(#[$meta:meta])*] [$vis:vis] $name:ident [ ]
        { $( $(#[$fmeta:meta])* $field:ident : $ty:ty, )* }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug,
            Clone,
            Default,
            PartialEq,
            ::serde::Serialize,
            ::serde::Deserialize,
            ::utoipa::ToSchema
        )]
        #[serde(default)]
        #[allow(non_snake_case, non_camel_case_types)]
        $vis struct $name {
            $( $(#[$fmeta])* pub $field : $ty, )*
        }

        $crate::legacy_dto! { @props $name [$($field)*] }
    };
    (
        @emit [$(#[$meta:meta])*] [$vis:vis] $name:ident [ $($redact:ident)+ ]
        { $( $(#[$fmeta:meta])* $field:ident : $ty:ty, )* }
    ) => {
        $(#[$meta])*
        #[derive(
            Clone,
            Default,
            PartialEq,
            ::serde::Serialize,
            ::serde::Deserialize,
            ::utoipa::ToSchema
        )]
        #[serde(default)]
        #[allow(non_snake_case, non_camel_case_types)]
        $vis struct $name {
            $( $(#[$fmeta])* pub $field : $ty, )*
        }

        impl ::core::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                // Refer to each redacted field so a typo fails to compile.
                let _ = ($( &self.$redact, )+);
                $crate::macros::debug_redacted(
                    ::core::stringify!($name),
                    self,
                    &[$( ::core::stringify!($redact) ),+],
                    f,
                )
            }
        }

        $crate::legacy_dto! { @props $name [$($field)*] }
    };
    ( @props $name:ident [ $($field:ident)* ] ) => {
        #[allow(non_snake_case, non_camel_case_types, dead_code)]
        impl $name {
            /// Property names in wire order (the contract's `json_property_order`).
            pub const JSON_PROPERTIES: &'static [&'static str] =
                &[$( ::core::stringify!($field) ),*];
        }
    };
}

/// `Debug` for a DTO whose `redacted` properties must not be printed: writes
/// `Name {"a":1,"clave":"***"}` (a redacted `null` stays `null`).
#[doc(hidden)]
pub fn debug_redacted<T: Serialize>(
    name: &str,
    value: &T,
    redacted: &[&str],
    f: &mut fmt::Formatter<'_>,
) -> fmt::Result {
    let mut json = serde_json::to_value(value).map_err(|_| fmt::Error)?;
    if let Some(object) = json.as_object_mut() {
        for key in redacted {
            if let Some(v) = object.get_mut(*key).filter(|v| !v.is_null()) {
                *v = serde_json::Value::from("***");
            }
        }
    }
    write!(f, "{name} {json}")
}
