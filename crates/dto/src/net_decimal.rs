//! [`NetDecimal`]: an exact decimal that travels on the wire exactly like a .NET `decimal`
//! serialized by Json.NET (prices, amounts, quantities).
//!
//! # Output
//!
//! A JSON **number** (not a string) with the value's scale kept and always a decimal point,
//! as Json.NET writes a `decimal`:
//!
//! | value (scale) | written |
//! |---|---|
//! | `12.50` (2) | `12.50` |
//! | `12` (0) | `12.0` |
//! | `0` (0) | `0.0` |
//! | `-0.5` (1) | `-0.5` |
//! | `79228162514264337593543950335` | `79228162514264337593543950335.0` |
//!
//! The text is built from the [`Decimal`] itself and written verbatim (never through `f64`),
//! so 28-digit values stay exact. A negative zero is written `0.0`, as .NET prints it.
//! `serde_json::to_value` keeps the text too (`12.50` stays `12.50`): the workspace enables
//! `serde_json`'s `arbitrary_precision` feature.
//!
//! # Input
//!
//! Through [`crate::lenient`] and through plain `serde_json` alike:
//!
//! | input | result |
//! |---|---|
//! | a JSON number `12.50`, `-3`, `0.1` | that exact value, scale kept (`12.50` has scale 2) |
//! | a number with an exponent `1.5e3`, `2.50E-2` | accepted, as Json.NET does: scale = max(0, fraction digits − exponent), so `1.5e3` → `1500`, `2.50E-2` → `0.0250`, `1.50e1` → `15.0` |
//! | a string `"12.50"`, `" 12.5 "`, `"+12.5"`, `".5"`, `"1e3"` | the same as the number (surrounding whitespace ignored) |
//! | `null`, `""` or only whitespace | `0` (for `Option<NetDecimal>`, see below) |
//! | more than 28 fraction digits | rounded to 28, as .NET does |
//!
//! Errors, with the lenient reader's Spanish messages naming the field: text that is not a
//! number (`"abc"`, `"12,5"`, `"1 000"` — a comma is never read as a separator, so a
//! Spanish-locale `12,5` is not silently read as `125`), a bool, a list or an object
//! (`se esperaba un número y se recibió "abc"`), and values beyond ±79228162514264337593543950335
//! or exponents needing more than 28 decimal places (`se esperaba un número entre … y … y se
//! recibió 1e40`).
//!
//! For `Option<NetDecimal>`: `null` → `None`, `""` → `Some(0)` (the lenient reader's general
//! rule); fields that must read `""` as `None`, as Json.NET did for `decimal?`, carry
//! `#[serde(deserialize_with = "::dto::lenient::empty_as_none")]`.
//!
//! Equality and ordering are numeric: `12.5 == 12.50` (the scale only shows in the text).

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, MapAccess, Unexpected, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::value::RawValue;

/// The key under which `serde_json` (with `arbitrary_precision`) hands a number's exact text
/// to a visitor, as a one-entry map. The lenient reader uses the same form.
pub(crate) const JSON_NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// A .NET `decimal` as written and read by Json.NET: exact, with its scale.
///
/// See the [module documentation](self) for the produced and accepted forms.
/// `Default` is `0`, like C#'s `default(decimal)`.
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NetDecimal(pub Decimal);

impl NetDecimal {
    /// `0`.
    pub const ZERO: NetDecimal = NetDecimal(Decimal::ZERO);

    /// The wrapped [`Decimal`].
    #[must_use]
    pub fn decimal(&self) -> Decimal {
        self.0
    }
}

impl From<Decimal> for NetDecimal {
    fn from(value: Decimal) -> Self {
        Self(value)
    }
}

impl From<NetDecimal> for Decimal {
    fn from(value: NetDecimal) -> Self {
        value.0
    }
}

/// Writes the Json.NET text form: `12.50`, `12.0`, `0.0`, `-0.5`.
impl fmt::Display for NetDecimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut value = self.0;
        if value.is_zero() {
            value.set_sign_positive(true);
        }
        // Decimal's Display never uses an exponent and keeps trailing zeros of the scale.
        let text = value.to_string();
        f.write_str(&text)?;
        if !text.contains('.') {
            f.write_str(".0")?;
        }
        Ok(())
    }
}

impl fmt::Debug for NetDecimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NetDecimal({self})")
    }
}

/// Error of [`NetDecimal::from_str`]: the text is not a number, or is beyond `decimal`'s range.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("número decimal inválido: {0:?}")]
pub struct InvalidDecimal(pub String);

/// Parses a number (see the [module documentation](self)); surrounding whitespace is ignored,
/// an empty text is an error (through serde it reads as `0`).
impl FromStr for NetDecimal {
    type Err = InvalidDecimal;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s.trim())
            .map(Self)
            .map_err(|_| InvalidDecimal(s.to_owned()))
    }
}

/// Why a text is not a `decimal`.
#[derive(Debug, PartialEq, Eq)]
enum ParseError {
    /// Not a number at all.
    NotANumber,
    /// A number, but beyond `decimal`'s range or precision.
    OutOfRange,
}

/// Whether `text` is `[+-]digits[.digits][(e|E)[+-]digits]` with at least one mantissa digit
/// (`.5` and `5.` included, as .NET accepts them).
pub(crate) fn is_number_text(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut pos = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    let digits = |pos: &mut usize| {
        let start = *pos;
        while bytes.get(*pos).is_some_and(u8::is_ascii_digit) {
            *pos += 1;
        }
        *pos - start
    };
    let mut mantissa = digits(&mut pos);
    if bytes.get(pos) == Some(&b'.') {
        pos += 1;
        mantissa += digits(&mut pos);
    }
    if mantissa == 0 {
        return false;
    }
    if matches!(bytes.get(pos), Some(b'e' | b'E')) {
        pos += 1;
        if matches!(bytes.get(pos), Some(b'+' | b'-')) {
            pos += 1;
        }
        if digits(&mut pos) == 0 {
            return false;
        }
    }
    pos == bytes.len()
}

/// Parses an already trimmed number text, exactly (more than 28 fraction digits are rounded).
fn parse(text: &str) -> Result<Decimal, ParseError> {
    if !is_number_text(text) {
        return Err(ParseError::NotANumber);
    }
    // `Decimal::from_str` does not take a leading '+'.
    let unsigned = text.strip_prefix('+').unwrap_or(text);
    let parsed = match unsigned.find(['e', 'E']) {
        None => Decimal::from_str(unsigned),
        Some(at) => {
            // from_scientific_lossy does not take '+' in the exponent either.
            let (mantissa, exponent) = unsigned.split_at(at);
            let exponent = &exponent[1..];
            let exponent = exponent.strip_prefix('+').unwrap_or(exponent);
            Decimal::from_scientific_lossy(&format!("{mantissa}e{exponent}"))
        }
    };
    parsed.map_err(|_| ParseError::OutOfRange)
}

impl Serialize for NetDecimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // A number token written verbatim: the text keeps the scale and never meets an f64.
        let raw = RawValue::from_string(self.to_string()).map_err(serde::ser::Error::custom)?;
        raw.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for NetDecimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NetDecimalVisitor).map(Self)
    }
}

struct NetDecimalVisitor;

impl NetDecimalVisitor {
    /// Reads a number or string text, blank meaning `0`.
    fn text<E: de::Error>(self, text: &str) -> Result<Decimal, E> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Ok(Decimal::ZERO);
        }
        parse(trimmed).map_err(|e| match e {
            ParseError::NotANumber => E::invalid_type(Unexpected::Str(text), &self),
            ParseError::OutOfRange => out_of_range(trimmed),
        })
    }
}

fn out_of_range<E: de::Error>(text: &str) -> E {
    E::custom(format!(
        "se esperaba un número entre {} y {} y se recibió {text}",
        Decimal::MIN,
        Decimal::MAX
    ))
}

impl<'de> Visitor<'de> for NetDecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("un número")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        self.text(v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    // (Not `Decimal::from`: for 128-bit integers it panics beyond the range.)
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Decimal, E> {
        i128::try_from(v)
            .ok()
            .and_then(|i| Decimal::try_from_i128_with_scale(i, 0).ok())
            .ok_or_else(|| out_of_range(&v.to_string()))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Decimal, E> {
        Decimal::try_from_i128_with_scale(v, 0).map_err(|_| out_of_range(&v.to_string()))
    }

    /// `serde_json` (with `arbitrary_precision`) and the lenient reader hand over an `f64`
    /// only when its shortest text is exactly the number's text, so that text is exact;
    /// `{:?}` writes it (`12.0`, `0.1`, `1e21`) with the scale the original text had.
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        if !v.is_finite() {
            return Err(E::invalid_type(Unexpected::Float(v), &self));
        }
        self.text(&format!("{v:?}"))
    }

    /// The exact text of a number, as `serde_json` with `arbitrary_precision` gives it.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Decimal, A::Error> {
        match map.next_key::<String>()? {
            Some(key) if key == JSON_NUMBER_TOKEN => {
                let text: String = map.next_value()?;
                self.text(&text)
            }
            _ => Err(de::Error::invalid_type(Unexpected::Map, &self)),
        }
    }

    fn visit_unit<E: de::Error>(self) -> Result<Decimal, E> {
        Ok(Decimal::ZERO)
    }

    fn visit_none<E: de::Error>(self) -> Result<Decimal, E> {
        Ok(Decimal::ZERO)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Decimal, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl utoipa::PartialSchema for NetDecimal {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, SchemaFormat, Type};
        ObjectBuilder::new()
            .schema_type(Type::Number)
            .format(Some(SchemaFormat::Custom("decimal".to_owned())))
            .description(Some(
                "Número decimal exacto (.NET decimal). Se escribe como número JSON conservando \
                 la escala (12.50 sigue siendo 12.50; 12 se escribe 12.0). Se acepta también \
                 como texto (\"12.50\").",
            ))
            .examples(
                "12.50"
                    .parse::<serde_json::Number>()
                    .map(serde_json::Value::Number),
            )
            .into()
    }
}

impl utoipa::ToSchema for NetDecimal {}
