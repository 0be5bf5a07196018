//! The lenient [`Deserializer`] over an owned [`Value`]: the scalar conversions and the
//! dispatch on the shape serde asks for.

use serde::de::value::MapDeserializer;
use serde::de::{self, Deserializer, Visitor};
use serde_json::{Map, Number, Value};

use super::access::{LenientEnum, LenientMap, LenientSeq};
use super::error::{LenientError, describe};
use crate::net_decimal::{JSON_NUMBER_TOKEN, is_number_text};

const EXPECTED_INTEGER: &str = "un número entero";
const EXPECTED_NUMBER: &str = "un número";
const EXPECTED_BOOL: &str = "true o false";
const EXPECTED_TEXT: &str = "un texto";
const EXPECTED_OBJECT: &str = "un objeto";
const EXPECTED_LIST: &str = "una lista";
const EXPECTED_CHAR: &str = "un solo carácter";

/// A number text (already trimmed) as an integer when its value has no fraction: `12`,
/// `12.0`, `+7`, `1.2e3`. Exact at any length (`9007199254740993.0` stays odd): the digits
/// are shifted by the exponent as text, never through `f64`.
fn integral_text(text: &str) -> Option<i128> {
    if let Ok(integer) = text.parse::<i128>() {
        return Some(integer);
    }
    if !is_number_text(text) {
        return None;
    }
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], unsigned[at + 1..].parse::<i64>().ok()?),
        None => (unsigned, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{fraction}");
    let significant = digits.trim_start_matches('0');
    // Where the decimal point falls within `significant`.
    let point = i64::try_from(whole.len())
        .ok()?
        .checked_add(exponent)?
        .checked_sub(i64::try_from(digits.len() - significant.len()).ok()?)?;
    if significant.is_empty() {
        return Some(0);
    }
    // 10^39 > i128::MAX: no integer type holds it.
    let point = usize::try_from(point).ok().filter(|p| *p <= 39)?;
    let integer = if point >= significant.len() {
        format!("{significant}{}", "0".repeat(point - significant.len()))
    } else if significant[point..].bytes().all(|b| b == b'0') {
        significant[..point].to_owned()
    } else {
        return None;
    };
    // With its sign: i128::MIN has no positive counterpart.
    let sign = if negative { "-" } else { "" };
    format!("{sign}{integer}").parse::<i128>().ok()
}

fn number_to_integer(n: &Number) -> Option<i128> {
    integral_text(n.as_str())
}

/// Hands a number to a visitor that asked for "anything" the way `serde_json` with
/// `arbitrary_precision` does: integers as `u64` / `i64`, a number whose shortest `f64` text is
/// exactly its own text as `f64`, any other (`12.50`, `1.5e3`, 28 digits) as its exact text in
/// the one-entry map `{"$serde_json::private::Number": "12.50"}`, which `serde_json::Value`
/// and [`NetDecimal`](crate::NetDecimal) understand.
fn visit_number<'de, V: Visitor<'de>>(n: &Number, visitor: V) -> Result<V::Value, LenientError> {
    if let Some(u) = n.as_u64() {
        return visitor.visit_u64(u);
    }
    if let Some(i) = n.as_i64() {
        return visitor.visit_i64(i);
    }
    let text = n.as_str();
    if let Some(f) = n.as_f64()
        && (f.to_string() == text || format!("{f:?}") == text)
    {
        return visitor.visit_f64(f);
    }
    visitor.visit_map(MapDeserializer::new(std::iter::once((
        JSON_NUMBER_TOKEN,
        text.to_owned(),
    ))))
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
pub(super) struct Lenient {
    pub(super) value: Value,
    /// The whole body was absent (empty, `""`, `null`): read it as "nothing", but as
    /// `Some(defaults)` for an `Option` so that it behaves like `{}`.
    pub(super) absent: bool,
}

impl Lenient {
    pub(super) fn new(value: Value) -> Self {
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
                    integral_text(text)
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
            Value::Number(n) => visit_number(&n, visitor),
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
            Value::String(s) if s.contains('\0') => {
                Err(<LenientError as de::Error>::custom("el texto contiene el carácter nulo (\\u0000), que no se admite"))
            }
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
