//! Json.NET-compatible reading of request bodies.
//!
//! The legacy API bound request bodies with Newtonsoft Json.NET, which is far more forgiving
//! than `serde_json`. The clients in the field rely on that, so [`from_body`] and
//! [`from_value`] read a body the way Json.NET did — and, where Json.NET would have failed and
//! left the action with a `null` request, they take the default instead:
//!
//! | input | result |
//! |---|---|
//! | property names in any ASCII case (`USERNAME`, `username`) | bound to the field `Username` (an exact match is preferred) |
//! | the same property twice, in different cases | the **last** one wins, no duplicate error |
//! | unknown properties | ignored |
//! | missing properties | the field's default (`0`, `null`, `false`, `0001-01-01T00:00:00`) |
//! | integer (`int`, `long`, …) as number `12`, `12.0`, `1.2e1`, or string `"12"`, `" 12 "`, `"1.2e1"` | `12`, exact at any size (`9007199254740993.0` → `9007199254740993`, never through `f64`) |
//! | `double` as number `12.5`, `1e3`, or string `"12.5"`, `" 1e3 "` | that value |
//! | `decimal` ([`NetDecimal`](crate::NetDecimal)) as number `12.50`, `1.5e3`, or string `"12.50"` | that exact value, scale kept (`12.50` stays `12.50`; see [`net_decimal`](crate::net_decimal)) |
//! | `char` as a one-character string `"M"`, or a one-digit number `5` | `'M'`, `'5'` |
//! | `null` or `""` for a non-`Option` number / bool / string / char / date | `0` / `false` / `""` / `'\0'` / `0001-01-01T00:00:00` |
//! | bool as `true`, `"True"`, `1`, `"1"` | `true` |
//! | number or bool where text is expected | its text: `12` → `"12"`, `true` → `"True"` (.NET `ToString()`) |
//! | `null` or `""` where an object is expected | an object with all defaults |
//! | `null` or `""` where a list is expected | an empty list |
//! | an empty body, whitespace, `""` or `null` as the whole body | an object with all defaults |
//! | content after the first JSON value (other than white space) | refused ([`BodyError::NotJson`] at its position): a second value smuggled after the first is never half-read |
//! | a text containing the NUL character `\u0000` | refused (it would cut the text in C libraries and SQL filters) |
//! | a UTF-8 byte order mark | skipped |
//!
//! What still fails, with a Spanish message naming the field ([`BodyError`]): a body that is
//! not JSON, a non-numeric string for a number (`"abc"`; also `"12,5"`: a comma is never read
//! as a separator, so a Spanish-locale `12,5` is not silently taken as `125` as Json.NET would
//! have), a fraction for an integer (`12.5`), an out-of-range number (also `1e400` for a
//! `double`), `"NaN"` / `"Infinity"` for a `double`, a bool for a number or a char, a text of
//! more than one character for a char (`"MF"`, `" M "`), an array where an object is expected
//! (and the other way round), and a text that is not a date for a date.
//!
//! # `Option` and the empty string
//!
//! A deserializer cannot see the type inside an `Option`, and `Option<String>` must keep `""`
//! (the client sends empty texts and later calls `.ToString()` on what it reads back). So
//! `null` gives `None` and **`""` gives `Some(…)` of whatever `""` reads as**: `Some("")` for
//! text, `Some(0)` for numbers, `Some(0001-01-01T00:00:00)` for dates. Json.NET gave `null`
//! for `""` into `int?` / `DateTime?`; fields that need exactly that carry
//! `#[serde(deserialize_with = "::dto::lenient::empty_as_none")]` (see [`empty_as_none`]),
//! as the audit dates `FechaCreacion` / `FechaModificacion` do.
//!
//! # How it works
//!
//! The body is parsed into a [`serde_json::Value`] (numbers keep their exact text: the
//! workspace enables `serde_json`'s `arbitrary_precision`), then read through a private
//! [`serde::Deserializer`] over that value which applies the rules above at every level and
//! records the JSON path (`items[2].precio`) of the value that failed. Structs are matched
//! through the field list serde passes to `deserialize_struct`, which is why DTOs must not use
//! `#[serde(flatten)]`.

mod access;
mod de;
mod error;

use serde::Deserialize;
use serde::de::{DeserializeOwned, Deserializer};
use serde_json::Value;

use de::Lenient;
use error::LenientError;

/// Why a request body could not be read. `Display` gives the Spanish text for the client.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BodyError {
    /// The body is not JSON (or not UTF-8). `line` and `column` are 1-based and point at the
    /// offending character as reported by the JSON parser.
    #[error("El cuerpo de la solicitud no es un JSON válido (línea {line}, columna {column}).")]
    NotJson {
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
    },
    /// The body as a whole has the wrong shape, e.g. an array where an object is expected.
    #[error("El cuerpo de la solicitud no tiene la forma esperada: {message}.")]
    WrongShape {
        /// What was expected and what arrived, in Spanish.
        message: String,
    },
    /// One value inside the body cannot be read as its field's type.
    #[error("El campo '{path}' tiene un valor inválido: {message}.")]
    Field {
        /// JSON path of the value: `id_rol`, `items[2].precio`.
        path: String,
        /// What was expected and what arrived, in Spanish.
        message: String,
    },
}

/// Reads a request body the way Json.NET did (see the [module documentation](self)).
///
/// An empty body, only whitespace, the JSON string `""` or `null` give `T` read from nothing:
/// for a DTO, all its defaults; for a list, an empty list.
///
/// # Errors
///
/// [`BodyError::NotJson`] when the body is not JSON; [`BodyError::WrongShape`] /
/// [`BodyError::Field`] when a value cannot be read as its type.
pub fn from_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, BodyError> {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    if body.iter().all(u8::is_ascii_whitespace) {
        return from_value(Value::Null);
    }
    let mut parser = serde_json::Deserializer::from_slice(body);
    let not_json = |e: serde_json::Error| BodyError::NotJson { line: e.line(), column: e.column() };
    let value = Value::deserialize(&mut parser).map_err(not_json)?;
    // Only white space may follow the value.
    parser.end().map_err(not_json)?;
    from_value(value)
}

/// Reads an already parsed JSON value with the same rules as [`from_body`].
///
/// # Errors
///
/// [`BodyError::WrongShape`] / [`BodyError::Field`] when a value cannot be read as its type.
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, BodyError> {
    let absent = match &value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        _ => false,
    };
    let value = if absent { Value::Null } else { value };
    T::deserialize(Lenient { value, absent }).map_err(LenientError::into_body_error)
}

/// Field helper for `Option` fields that must read `""` (or only whitespace) as `None`, as
/// Json.NET did for `int?`, `DateTime?`, `decimal?`:
///
/// ```
/// # use dto::NetDateTime;
/// #[derive(serde::Deserialize, Default)]
/// #[serde(default)]
/// struct Filtro {
///     #[serde(deserialize_with = "::dto::lenient::empty_as_none")]
///     fecha: Option<NetDateTime>,
/// }
/// let f: Filtro = dto::lenient::from_body(br#"{"fecha":""}"#).unwrap();
/// assert_eq!(f.fecha, None);
/// ```
///
/// `null` also gives `None`; any other value is read leniently as `T`. Works with any
/// deserializer (also plain `serde_json`). Do not use it on `Option<String>`, where `""` is a
/// value.
///
/// # Errors
///
/// The deserializer's error when the value cannot be read as `T`.
pub fn empty_as_none<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    let value = Value::deserialize(deserializer)?;
    match &value {
        Value::Null => Ok(None),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        _ => T::deserialize(Lenient::new(value))
            .map(Some)
            .map_err(serde::de::Error::custom),
    }
}
