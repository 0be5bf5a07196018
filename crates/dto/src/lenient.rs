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
//! | integer as number `12`, `12.0`, or string `"12"`, `" 12 "` | `12` |
//! | `null` or `""` for a non-`Option` number / bool / string / date | `0` / `false` / `""` / `0001-01-01T00:00:00` |
//! | bool as `true`, `"True"`, `1`, `"1"` | `true` |
//! | number or bool where text is expected | its text: `12` → `"12"`, `true` → `"True"` (.NET `ToString()`) |
//! | `null` or `""` where an object is expected | an object with all defaults |
//! | `null` or `""` where a list is expected | an empty list |
//! | an empty body, whitespace, `""` or `null` as the whole body | an object with all defaults |
//! | content after the first JSON value | ignored (Json.NET does not check it either) |
//! | a UTF-8 byte order mark | skipped |
//!
//! What still fails, with a Spanish message naming the field ([`BodyError`]): a body that is
//! not JSON, a non-numeric string for a number (`"abc"`), a fraction for an integer (`12.5`),
//! an out-of-range number, a bool for a number, an array where an object is expected (and the
//! other way round), and a text that is not a date for a date.
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
//! The body is parsed into a [`serde_json::Value`], then read through a private
//! [`serde::Deserializer`] over that value which applies the rules above at every level and
//! records the JSON path (`items[2].precio`) of the value that failed. Structs are matched
//! through the field list serde passes to `deserialize_struct`, which is why DTOs must not use
//! `#[serde(flatten)]`.

use std::fmt::{self, Display};

use serde::Deserialize;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, EnumAccess, Expected, IntoDeserializer,
    MapAccess, SeqAccess, Unexpected, VariantAccess, Visitor,
};
use serde_json::{Map, Number, Value};

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

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
    // Only the first JSON value is read; like Json.NET's reader, trailing content is ignored.
    let value = Value::deserialize(&mut parser).map_err(|e| BodyError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
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
            .map_err(de::Error::custom),
    }
}

// ---------------------------------------------------------------------------------------------
// Error with path
// ---------------------------------------------------------------------------------------------

#[derive(Debug)]
enum Segment {
    Key(String),
    Index(usize),
}

/// Error of the lenient deserializer: a Spanish message plus the path where it happened.
#[derive(Debug)]
struct LenientError {
    /// Innermost segment first (segments are pushed while the error travels outwards).
    path: Vec<Segment>,
    message: String,
}

impl LenientError {
    fn new(message: String) -> Self {
        Self {
            path: Vec::new(),
            message,
        }
    }

    /// "se esperaba {expected} y se recibió {value}".
    fn mismatch(expected: &str, got: &Value) -> Self {
        Self::new(format!(
            "se esperaba {expected} y se recibió {}",
            describe(got)
        ))
    }

    fn at_key(mut self, key: String) -> Self {
        self.path.push(Segment::Key(key));
        self
    }

    fn at_index(mut self, index: usize) -> Self {
        self.path.push(Segment::Index(index));
        self
    }

    fn path_text(&self) -> String {
        let mut text = String::new();
        for segment in self.path.iter().rev() {
            match segment {
                Segment::Key(key) => {
                    if !text.is_empty() {
                        text.push('.');
                    }
                    text.push_str(key);
                }
                Segment::Index(index) => {
                    text.push('[');
                    text.push_str(&index.to_string());
                    text.push(']');
                }
            }
        }
        text
    }

    fn into_body_error(self) -> BodyError {
        if self.path.is_empty() {
            BodyError::WrongShape {
                message: self.message,
            }
        } else {
            BodyError::Field {
                path: self.path_text(),
                message: self.message,
            }
        }
    }
}

impl Display for LenientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path_text(), self.message)
        }
    }
}

impl std::error::Error for LenientError {}

impl de::Error for LenientError {
    fn custom<M: Display>(msg: M) -> Self {
        Self::new(msg.to_string())
    }

    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        Self::new(format!(
            "se esperaba {exp} y se recibió {}",
            describe_unexpected(&unexp)
        ))
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        Self::new(format!(
            "valor no válido {}, se esperaba {exp}",
            describe_unexpected(&unexp)
        ))
    }

    fn invalid_length(len: usize, exp: &dyn Expected) -> Self {
        Self::new(format!("se esperaba {exp} y se recibieron {len} elementos"))
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Self::new(format!(
            "se esperaba uno de los valores {} y se recibió {}",
            expected.join(", "),
            quote(variant)
        ))
    }

    fn unknown_field(field: &str, _expected: &'static [&'static str]) -> Self {
        Self::new(format!("propiedad desconocida {}", quote(field)))
    }

    fn missing_field(field: &'static str) -> Self {
        Self::new(format!("falta la propiedad '{field}'"))
    }

    fn duplicate_field(field: &'static str) -> Self {
        Self::new(format!("la propiedad '{field}' está repetida"))
    }
}

/// Longest text quoted back in an error message.
const MAX_QUOTED_CHARS: usize = 40;

/// A string as JSON text, cut to [`MAX_QUOTED_CHARS`].
fn quote(text: &str) -> String {
    let cut: String = text.chars().take(MAX_QUOTED_CHARS).collect();
    let mut quoted = serde_json::to_string(&cut).unwrap_or_else(|_| format!("\"{cut}\""));
    if cut.len() < text.len() {
        quoted.insert(quoted.len() - 1, '…');
    }
    quoted
}

fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => quote(s),
        Value::Array(_) => "una lista".to_owned(),
        Value::Object(_) => "un objeto".to_owned(),
    }
}

fn describe_unexpected(unexp: &Unexpected<'_>) -> String {
    match unexp {
        Unexpected::Bool(b) => b.to_string(),
        Unexpected::Unsigned(n) => n.to_string(),
        Unexpected::Signed(n) => n.to_string(),
        Unexpected::Float(n) => n.to_string(),
        Unexpected::Char(c) => quote(&c.to_string()),
        Unexpected::Str(s) => quote(s),
        Unexpected::Bytes(_) => "bytes".to_owned(),
        Unexpected::Unit | Unexpected::Option => "null".to_owned(),
        Unexpected::NewtypeStruct | Unexpected::NewtypeVariant => "un valor".to_owned(),
        Unexpected::Seq | Unexpected::TupleVariant => "una lista".to_owned(),
        Unexpected::Map | Unexpected::StructVariant => "un objeto".to_owned(),
        Unexpected::Enum | Unexpected::UnitVariant => "una variante".to_owned(),
        Unexpected::Other(other) => (*other).to_owned(),
    }
}

// ---------------------------------------------------------------------------------------------
// Scalar conversions
// ---------------------------------------------------------------------------------------------

const EXPECTED_INTEGER: &str = "un número entero";
const EXPECTED_NUMBER: &str = "un número";
const EXPECTED_BOOL: &str = "true o false";
const EXPECTED_TEXT: &str = "un texto";
const EXPECTED_OBJECT: &str = "un objeto";
const EXPECTED_LIST: &str = "una lista";
const EXPECTED_CHAR: &str = "un solo carácter";

/// `f` as an integer when it is finite, has no fraction and fits comfortably in `i128`.
fn integral_float(f: f64) -> Option<i128> {
    // 1e38 < i128::MAX (~1.7e38) and the fraction is zero: the cast is exact.
    #[allow(clippy::cast_possible_truncation)]
    let integer = f as i128;
    (f.is_finite() && f.fract() == 0.0 && f.abs() < 1e38).then_some(integer)
}

fn number_to_integer(n: &Number) -> Option<i128> {
    n.as_i64()
        .map(i128::from)
        .or_else(|| n.as_u64().map(i128::from))
        .or_else(|| n.as_f64().and_then(integral_float))
}

/// Whether a value counts as "nothing": `null`, `""` or only whitespace.
fn is_blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// The deserializer
// ---------------------------------------------------------------------------------------------

/// Lenient deserializer over an owned [`Value`].
struct Lenient {
    value: Value,
    /// The whole body was absent (empty, `""`, `null`): read it as "nothing", but as
    /// `Some(defaults)` for an `Option` so that it behaves like `{}`.
    absent: bool,
}

impl Lenient {
    fn new(value: Value) -> Self {
        Self {
            value,
            absent: false,
        }
    }

    fn integer(&self) -> Result<i128, LenientError> {
        let parsed = match &self.value {
            Value::Number(n) => number_to_integer(n),
            Value::String(s) => {
                let text = s.trim();
                if text.is_empty() {
                    Some(0)
                } else {
                    text.parse::<i128>()
                        .ok()
                        .or_else(|| text.parse::<f64>().ok().and_then(integral_float))
                }
            }
            Value::Null => Some(0),
            Value::Bool(_) | Value::Array(_) | Value::Object(_) => None,
        };
        parsed.ok_or_else(|| LenientError::mismatch(EXPECTED_INTEGER, &self.value))
    }

    fn float(&self) -> Result<f64, LenientError> {
        let parsed = match &self.value {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => {
                let text = s.trim();
                if text.is_empty() {
                    Some(0.0)
                } else {
                    text.parse::<f64>().ok().filter(|f| f.is_finite())
                }
            }
            Value::Null => Some(0.0),
            Value::Bool(_) | Value::Array(_) | Value::Object(_) => None,
        };
        parsed.ok_or_else(|| LenientError::mismatch(EXPECTED_NUMBER, &self.value))
    }

    fn boolean(&self) -> Result<bool, LenientError> {
        let parsed = match &self.value {
            Value::Bool(b) => Some(*b),
            // Json.NET: Convert.ToBoolean(long), any non-zero integer is true.
            Value::Number(n) => number_to_integer(n).map(|i| i != 0),
            Value::String(s) => {
                let text = s.trim();
                if text.is_empty() || text == "0" || text.eq_ignore_ascii_case("false") {
                    Some(false)
                } else if text == "1" || text.eq_ignore_ascii_case("true") {
                    Some(true)
                } else {
                    None
                }
            }
            Value::Null => Some(false),
            Value::Array(_) | Value::Object(_) => None,
        };
        parsed.ok_or_else(|| LenientError::mismatch(EXPECTED_BOOL, &self.value))
    }
}

macro_rules! lenient_integer {
    ($($method:ident => $visit:ident: $ty:ty),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
            let wide = self.integer()?;
            let narrow = <$ty>::try_from(wide).map_err(|_| {
                LenientError::new(format!(
                    "se esperaba un número entero entre {} y {} y se recibió {}",
                    <$ty>::MIN,
                    <$ty>::MAX,
                    describe(&self.value)
                ))
            })?;
            visitor.$visit(narrow)
        }
    )*};
}

impl<'de> Deserializer<'de> for Lenient {
    type Error = LenientError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Number(n) => {
                if let Some(u) = n.as_u64() {
                    visitor.visit_u64(u)
                } else if let Some(i) = n.as_i64() {
                    visitor.visit_i64(i)
                } else {
                    visitor.visit_f64(n.as_f64().unwrap_or_default())
                }
            }
            Value::String(s) => visitor.visit_string(s),
            Value::Array(items) => visitor.visit_seq(LenientSeq::new(items)),
            Value::Object(map) => visitor.visit_map(LenientMap::new(map)),
        }
    }

    lenient_integer! {
        deserialize_i8 => visit_i8: i8,
        deserialize_i16 => visit_i16: i16,
        deserialize_i32 => visit_i32: i32,
        deserialize_i64 => visit_i64: i64,
        deserialize_i128 => visit_i128: i128,
        deserialize_u8 => visit_u8: u8,
        deserialize_u16 => visit_u16: u16,
        deserialize_u32 => visit_u32: u32,
        deserialize_u64 => visit_u64: u64,
        deserialize_u128 => visit_u128: u128,
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        let wide = self.float()?;
        // Narrowing keeps the nearest f32; out-of-range values become infinite: reject them.
        #[allow(clippy::cast_possible_truncation)]
        let narrow = wide as f32;
        if narrow.is_finite() {
            visitor.visit_f32(narrow)
        } else {
            Err(LenientError::mismatch(EXPECTED_NUMBER, &self.value))
        }
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_f64(self.float()?)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_bool(self.boolean()?)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        let text = match &self.value {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Null => return visitor.visit_char('\0'),
            _ => return Err(LenientError::mismatch(EXPECTED_CHAR, &self.value)),
        };
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (None, _) => visitor.visit_char('\0'),
            (Some(c), None) => visitor.visit_char(c),
            (Some(_), Some(_)) => Err(LenientError::mismatch(EXPECTED_CHAR, &self.value)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.value {
            Value::String(s) => visitor.visit_string(s),
            Value::Number(n) => visitor.visit_string(n.to_string()),
            // .NET bool.ToString()
            Value::Bool(b) => visitor.visit_str(if b { "True" } else { "False" }),
            Value::Null => visitor.visit_str(""),
            other => Err(LenientError::mismatch(EXPECTED_TEXT, &other)),
        }
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.deserialize_byte_buf(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.value {
            Value::String(s) => visitor.visit_byte_buf(s.into_bytes()),
            other => Lenient::new(other).deserialize_seq(visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.value {
            Value::Null if !self.absent => visitor.visit_none(),
            value => visitor.visit_some(Lenient::new(value)),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_unit()
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.value {
            Value::Array(items) => visitor.visit_seq(LenientSeq::new(items)),
            ref blank if is_blank(blank) => visitor.visit_seq(LenientSeq::new(Vec::new())),
            other => Err(LenientError::mismatch(EXPECTED_LIST, &other)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.value {
            Value::Object(map) => visitor.visit_map(LenientMap::new(map)),
            ref blank if is_blank(blank) => visitor.visit_map(LenientMap::new(Map::new())),
            other => Err(LenientError::mismatch(EXPECTED_OBJECT, &other)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        match self.value {
            Value::Object(map) => {
                visitor.visit_map(LenientMap::new(match_field_names(map, fields)))
            }
            ref blank if is_blank(blank) => visitor.visit_map(LenientMap::new(Map::new())),
            other => Err(LenientError::mismatch(EXPECTED_OBJECT, &other)),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        let canonical = |name: String| -> Value {
            Value::String(find_name(&name, variants).map_or(name, str::to_owned))
        };
        match self.value {
            Value::String(name) => visitor.visit_enum(LenientEnum {
                variant: canonical(name.trim().to_owned()),
                content: None,
            }),
            // A number selects the variant by position.
            Value::Number(n) => visitor.visit_enum(LenientEnum {
                variant: Value::Number(n),
                content: None,
            }),
            // Externally tagged: {"Variant": content}
            Value::Object(map) if map.len() == 1 => {
                let mut entries = map.into_iter();
                match entries.next() {
                    Some((name, content)) => visitor.visit_enum(LenientEnum {
                        variant: canonical(name),
                        content: Some(content),
                    }),
                    None => Err(LenientError::new("variante vacía".to_owned())),
                }
            }
            other => Err(LenientError::new(format!(
                "se esperaba uno de los valores {} y se recibió {}",
                variants.join(", "),
                describe(&other)
            ))),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.deserialize_any(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_unit()
    }
}

/// The entry of `names` equal to `key`, else the one equal ignoring ASCII case.
fn find_name(key: &str, names: &'static [&'static str]) -> Option<&'static str> {
    names.iter().copied().find(|name| *name == key).or_else(|| {
        names
            .iter()
            .copied()
            .find(|name| name.eq_ignore_ascii_case(key))
    })
}

/// Renames each key to the struct field it matches case-insensitively; when several keys land
/// on one field the last one wins (Json.NET). Unknown keys are kept for serde to ignore.
fn match_field_names(
    object: Map<String, Value>,
    fields: &'static [&'static str],
) -> Map<String, Value> {
    let mut renamed = Map::with_capacity(object.len());
    for (key, value) in object {
        let name = find_name(&key, fields).map_or(key, str::to_owned);
        renamed.insert(name, value);
    }
    renamed
}

struct LenientSeq {
    items: std::vec::IntoIter<Value>,
    index: usize,
}

impl LenientSeq {
    fn new(items: Vec<Value>) -> Self {
        Self {
            items: items.into_iter(),
            index: 0,
        }
    }
}

impl<'de> SeqAccess<'de> for LenientSeq {
    type Error = LenientError;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Self::Error> {
        let Some(item) = self.items.next() else {
            return Ok(None);
        };
        let index = self.index;
        self.index += 1;
        seed.deserialize(Lenient::new(item))
            .map(Some)
            .map_err(|e| e.at_index(index))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct LenientMap {
    entries: serde_json::map::IntoIter,
    pending: Option<(String, Value)>,
}

impl LenientMap {
    fn new(map: Map<String, Value>) -> Self {
        Self {
            entries: map.into_iter(),
            pending: None,
        }
    }
}

impl<'de> MapAccess<'de> for LenientMap {
    type Error = LenientError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        let parsed = seed
            .deserialize(Lenient::new(Value::String(key.clone())))
            .map_err(|e| e.at_key(key.clone()))?;
        self.pending = Some((key, value));
        Ok(Some(parsed))
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<S::Value, Self::Error> {
        let (key, value) = self
            .pending
            .take()
            .ok_or_else(|| LenientError::new("valor sin propiedad".to_owned()))?;
        seed.deserialize(Lenient::new(value))
            .map_err(|e| e.at_key(key))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

struct LenientEnum {
    variant: Value,
    content: Option<Value>,
}

impl<'de> EnumAccess<'de> for LenientEnum {
    type Error = LenientError;
    type Variant = LenientVariant;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), Self::Error> {
        let variant = match self.variant {
            // Positional: let serde's variant visitor map the index.
            Value::Number(n) => match n.as_u64() {
                Some(index) => seed.deserialize(index.into_deserializer())?,
                None => return Err(LenientError::mismatch("una variante", &Value::Number(n))),
            },
            other => seed.deserialize(Lenient::new(other))?,
        };
        Ok((
            variant,
            LenientVariant {
                content: self.content,
            },
        ))
    }
}

struct LenientVariant {
    content: Option<Value>,
}

impl LenientVariant {
    fn content(self) -> Lenient {
        Lenient::new(self.content.unwrap_or(Value::Null))
    }
}

impl<'de> VariantAccess<'de> for LenientVariant {
    type Error = LenientError;

    fn unit_variant(self) -> Result<(), Self::Error> {
        Ok(())
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<S::Value, Self::Error> {
        seed.deserialize(self.content())
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.content().deserialize_seq(visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.content().deserialize_struct("", fields, visitor)
    }
}
