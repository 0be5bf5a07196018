//! The lenient deserializer's error: a Spanish message plus the JSON path where it happened.
//!
//! The path is recorded by the Seq / Map access as the error travels outwards (`at_index`,
//! `at_key`), from the JSON text of the key. `serde_path_to_error` would do the same from the
//! outside, but it learns a key only when the key's visitor gets a string, so a key read as a
//! number (`BTreeMap<i32, _>`) would show as `?` and a key that fails to parse would not show
//! at all; it would also wrap every DTO's deserialization in a second layer of generic types.

use std::fmt::{self, Display};

use serde::de::{self, Expected, Unexpected};
use serde_json::Value;

use super::BodyError;

#[derive(Debug)]
enum Segment {
    Key(String),
    Index(usize),
}

/// Error of the lenient deserializer: a Spanish message plus the path where it happened.
#[derive(Debug)]
pub(super) struct LenientError {
    /// Innermost segment first (segments are pushed while the error travels outwards).
    path: Vec<Segment>,
    message: String,
}

impl LenientError {
    pub(super) fn new(message: String) -> Self {
        Self {
            path: Vec::new(),
            message,
        }
    }

    /// "se esperaba {expected} y se recibió {value}".
    pub(super) fn mismatch(expected: &str, got: &Value) -> Self {
        Self::new(format!(
            "se esperaba {expected} y se recibió {}",
            describe(got)
        ))
    }

    pub(super) fn at_key(mut self, key: String) -> Self {
        self.path.push(Segment::Key(key));
        self
    }

    pub(super) fn at_index(mut self, index: usize) -> Self {
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

    pub(super) fn into_body_error(self) -> BodyError {
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

pub(super) fn describe(value: &Value) -> String {
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
