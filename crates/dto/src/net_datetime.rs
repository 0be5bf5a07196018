//! [`NetDateTime`]: a date-time that travels on the wire exactly like a .NET `DateTime` of
//! kind `Unspecified` serialized by Json.NET.
//!
//! # Output
//!
//! `2021-09-05T00:00:00` — no offset, seconds always present, a fraction only when it is not
//! zero, at most 7 digits (the .NET tick is 100 ns) with trailing zeros trimmed:
//! `2021-09-05T10:11:12.5`, `2021-09-05T10:11:12.1234567`.
//!
//! # Input
//!
//! Any of the ISO 8601 forms the legacy clients send (surrounding whitespace is ignored):
//!
//! | form | example |
//! |---|---|
//! | date and time | `2021-09-05T10:11:12` (also `T10:11` without seconds) |
//! | with a fraction of 1 to 9 digits | `2021-09-05T10:11:12.1234567` |
//! | with an offset | `…Z`, `…-05:00`, `…-0500`, `…-05` |
//! | a space instead of `T` | `2021-09-05 10:11:12` |
//! | date only | `2021-09-05` (midnight) |
//! | the .NET "unset" value | `0001-01-01T00:00:00` ([`NetDateTime::MIN`]) |
//!
//! Through serde, an empty (or blank) string also reads as [`NetDateTime::MIN`], the value a
//! non-nullable C# `DateTime` defaults to; anything else is an error `fecha inválida: "…"`.
//! (For `Option<NetDateTime>` fields that should read `""` as `None`, see
//! [`crate::lenient::empty_as_none`].)
//!
//! Fractions are truncated to 100 ns, the .NET resolution, so a value read and written back
//! never grows digits .NET could not hold.
//!
//! **Offsets are dropped and the wall-clock time is kept as written.** Json.NET would have
//! converted an offset value to the server's local time. The clinics and the server are in the
//! same zone (Peru, UTC-05:00, no daylight saving), and the desktop client sends its own local
//! clock with that same offset (`2021-09-05T10:11:12.1234567-05:00`), so keeping the written
//! wall-clock time gives the value Json.NET produced there — without making the result depend
//! on the time zone configured on the machine that runs this service (containers often run in
//! UTC, which would shift every date by five hours).

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A .NET `DateTime` (kind `Unspecified`) as written and read by Json.NET.
///
/// See the [module documentation](self) for the accepted and produced text forms.
///
/// `Default` is [`NetDateTime::MIN`], like C#'s `default(DateTime)`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NetDateTime(pub NaiveDateTime);

/// Number of nanoseconds in one .NET tick.
const NANOS_PER_TICK: u32 = 100;

impl NetDateTime {
    /// `0001-01-01T00:00:00`, C#'s `DateTime.MinValue` and `default(DateTime)`: what the
    /// legacy client sends for a date it did not set.
    pub const MIN: NetDateTime = NetDateTime(NaiveDateTime::new(
        match NaiveDate::from_ymd_opt(1, 1, 1) {
            Some(date) => date,
            None => NaiveDate::MIN,
        },
        NaiveTime::MIN,
    ));

    /// The current local wall-clock time of this machine, at .NET resolution (100 ns),
    /// like C#'s `DateTime.Now`.
    #[must_use]
    pub fn now_local() -> Self {
        Self::from_naive(chrono::Local::now().naive_local())
    }

    /// Wraps a [`NaiveDateTime`], truncating its fraction to .NET's 100 ns resolution.
    #[must_use]
    pub fn from_naive(value: NaiveDateTime) -> Self {
        let nanos = value.nanosecond();
        let truncated = nanos - nanos % NANOS_PER_TICK;
        Self(value.with_nanosecond(truncated).unwrap_or(value))
    }

    /// `true` for [`NetDateTime::MIN`] (`0001-01-01T00:00:00`), the "not set" value.
    #[must_use]
    pub fn is_min(&self) -> bool {
        *self == Self::MIN
    }

    /// The wrapped [`NaiveDateTime`].
    #[must_use]
    pub fn naive(&self) -> NaiveDateTime {
        self.0
    }

    /// Parses any of the accepted input forms (see the [module documentation](self)).
    ///
    /// Returns `None` when the text is not a date in one of those forms or names a day or time
    /// that does not exist.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        parse_iso(text.trim()).map(Self::from_naive)
    }
}

impl Default for NetDateTime {
    fn default() -> Self {
        Self::MIN
    }
}

impl From<NaiveDateTime> for NetDateTime {
    fn from(value: NaiveDateTime) -> Self {
        Self::from_naive(value)
    }
}

impl From<NetDateTime> for NaiveDateTime {
    fn from(value: NetDateTime) -> Self {
        value.0
    }
}

/// Writes the Json.NET text form, e.g. `2021-09-05T10:11:12.5`.
impl fmt::Display for NetDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = &self.0;
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            v.year(),
            v.month(),
            v.day(),
            v.hour(),
            v.minute(),
            v.second()
        )?;
        // A leap second is stored by chrono as nanos >= 1e9; .NET cannot hold it, clamp.
        let ticks = (v.nanosecond().min(999_999_999)) / NANOS_PER_TICK;
        if ticks != 0 {
            let digits = format!("{ticks:07}");
            write!(f, ".{}", digits.trim_end_matches('0'))?;
        }
        Ok(())
    }
}

impl fmt::Debug for NetDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NetDateTime({self})")
    }
}

/// Error of [`NetDateTime::from_str`]: the text is not an accepted date form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("fecha inválida: {0:?}")]
pub struct InvalidDate(pub String);

impl FromStr for NetDateTime {
    type Err = InvalidDate;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s).ok_or_else(|| InvalidDate(s.to_owned()))
    }
}

impl Serialize for NetDateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for NetDateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(NetDateTimeVisitor)
    }
}

struct NetDateTimeVisitor;

impl Visitor<'_> for NetDateTimeVisitor {
    type Value = NetDateTime;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("una fecha como \"2021-09-05T00:00:00\"")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        if v.trim().is_empty() {
            return Ok(NetDateTime::MIN);
        }
        NetDateTime::parse(v).ok_or_else(|| E::custom(InvalidDate(v.to_owned())))
    }
}

impl utoipa::PartialSchema for NetDateTime {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        // Not RFC 3339 `date-time`: .NET writes no offset. The pattern says what is written; the
        // reader also accepts offsets and `0001-01-01`.
        ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?$"))
            .description(Some(
                "Fecha y hora sin zona horaria, como la escribe .NET: 2021-09-05T10:11:12, fracción solo si no es \
                 cero (no es date-time de RFC 3339: no lleva desfase).",
            ))
            .examples([serde_json::Value::from("2021-09-05T00:00:00")])
            .into()
    }
}

impl utoipa::ToSchema for NetDateTime {}

// ---------------------------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------------------------

/// A tiny cursor over the ASCII bytes of a date text.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn at_end(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Exactly `n` ASCII digits as a number.
    fn digits(&mut self, n: usize) -> Option<u32> {
        let slice = self.bytes.get(self.pos..self.pos + n)?;
        let mut value = 0u32;
        for b in slice {
            if !b.is_ascii_digit() {
                return None;
            }
            value = value * 10 + u32::from(b - b'0');
        }
        self.pos += n;
        Some(value)
    }
}

/// Parses `yyyy-MM-dd[(T| )HH:mm[:ss[.f{1,9}]][Z|±hh[:mm]|±hhmm]]`, dropping any offset.
fn parse_iso(text: &str) -> Option<NaiveDateTime> {
    let mut c = Cursor {
        bytes: text.as_bytes(),
        pos: 0,
    };

    let year = c.digits(4)?;
    if !c.eat(b'-') {
        return None;
    }
    let month = c.digits(2)?;
    if !c.eat(b'-') {
        return None;
    }
    let day = c.digits(2)?;
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    if year == 0 {
        // .NET has no year 0.
        return None;
    }
    if c.at_end() {
        return Some(date.and_time(NaiveTime::MIN));
    }

    if !(c.eat(b'T') || c.eat(b't') || c.eat(b' ')) {
        return None;
    }
    let hour = c.digits(2)?;
    if !c.eat(b':') {
        return None;
    }
    let minute = c.digits(2)?;
    let mut second = 0;
    let mut nanos = 0;
    if c.eat(b':') {
        second = c.digits(2)?;
        if c.eat(b'.') {
            let start = c.pos;
            let mut scale = 100_000_000u32;
            while let Some(b) = c.peek().filter(u8::is_ascii_digit) {
                if c.pos - start >= 9 {
                    return None;
                }
                nanos += u32::from(b - b'0') * scale;
                scale /= 10;
                c.pos += 1;
            }
            if c.pos == start {
                return None;
            }
        }
    }
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?;

    // Optional offset: validated, then ignored (see the module documentation).
    match c.peek() {
        None => {}
        Some(b'Z' | b'z') => c.pos += 1,
        Some(b'+' | b'-') => {
            c.pos += 1;
            let oh = c.digits(2)?;
            let om = if c.at_end() {
                0
            } else {
                c.eat(b':');
                c.digits(2)?
            };
            if oh > 14 || om > 59 {
                return None;
            }
        }
        Some(_) => return None,
    }
    if !c.at_end() {
        return None;
    }
    Some(date.and_time(time))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dt(s: &str) -> NetDateTime {
        NetDateTime::parse(s).unwrap_or_else(|| panic!("no se pudo leer {s}"))
    }

    #[test]
    fn writes_like_json_net() {
        assert_eq!(dt("2021-09-05").to_string(), "2021-09-05T00:00:00");
        assert_eq!(
            dt("2021-09-05T10:11:12.5").to_string(),
            "2021-09-05T10:11:12.5"
        );
        assert_eq!(
            dt("2021-09-05T10:11:12.500").to_string(),
            "2021-09-05T10:11:12.5"
        );
        assert_eq!(
            dt("2021-09-05T10:11:12.1234567").to_string(),
            "2021-09-05T10:11:12.1234567"
        );
        assert_eq!(
            dt("2021-09-05T10:11:12.0000001").to_string(),
            "2021-09-05T10:11:12.0000001"
        );
        assert_eq!(NetDateTime::MIN.to_string(), "0001-01-01T00:00:00");
        assert_eq!(
            serde_json::to_string(&dt("2021-09-05T10:11:12.12"))
                .ok()
                .as_deref(),
            Some("\"2021-09-05T10:11:12.12\"")
        );
    }

    #[test]
    fn reads_all_iso_forms_keeping_wall_clock() {
        let expected = NaiveDate::from_ymd_opt(2021, 9, 5)
            .and_then(|d| d.and_hms_nano_opt(10, 11, 12, 123_456_700))
            .map(NetDateTime);
        for s in [
            "2021-09-05T10:11:12.1234567",
            "2021-09-05T10:11:12.1234567-05:00",
            "2021-09-05T10:11:12.1234567+0200",
            "2021-09-05T10:11:12.1234567Z",
            "2021-09-05 10:11:12.1234567",
            "2021-09-05T10:11:12.123456789",
            " 2021-09-05T10:11:12.12345678-05 ",
        ] {
            assert_eq!(NetDateTime::parse(s), expected, "{s}");
        }
        assert_eq!(dt("2021-09-05T10:11").to_string(), "2021-09-05T10:11:00");
        assert_eq!(
            dt("2021-09-05T10:11:12.1").to_string(),
            "2021-09-05T10:11:12.1"
        );
        assert!(dt("0001-01-01T00:00:00").is_min());
        assert_eq!(NetDateTime::default(), NetDateTime::MIN);
    }

    #[test]
    fn rejects_garbage() {
        for s in [
            "",
            "abc",
            "2021-13-01",
            "2021-02-30",
            "2021-09-05T25:00:00",
            "2021-09-05T10:11:12.",
            "2021-09-05T10:11:12.1234567890",
            "2021-09-05T10:11:12+25:00",
            "2021-09-05T10:11:12 extra",
            "21-09-05",
            "0000-01-01",
            "05/09/2021",
        ] {
            assert_eq!(NetDateTime::parse(s), None, "{s}");
        }
        let err = serde_json::from_str::<NetDateTime>("\"ayer\"")
            .err()
            .map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.starts_with("fecha inválida: \"ayer\"")));
        let blank = serde_json::from_str::<NetDateTime>("\"\"").ok();
        assert_eq!(blank, Some(NetDateTime::MIN));
    }

    #[test]
    fn now_has_tick_resolution() {
        assert_eq!(NetDateTime::now_local().0.nanosecond() % 100, 0);
    }
}
