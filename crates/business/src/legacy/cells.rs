//! Typed conversion between DTO fields and procedure values, with no intermediate JSON.
//!
//! The generated declarations (`crate::decl`) bind each request field with [`ToCell`] and
//! decode each result column with [`FromCell`]. Both follow what the legacy code did: a DB
//! NULL reads as the field's default (`0`, `null`, `0001-01-01T00:00:00`), the .NET "unset"
//! date `0001-01-01` is sent as NULL, and numbers and texts convert into each other where
//! ADO.NET converted them.
//!
//! What the desktop client sends, field by field, is read by the `dto` crate before it gets
//! here: unset dates as `0001-01-01T00:00:00` (also with an offset or a fraction, or shifted by
//! a time zone conversion to another hour of that day: all of them bind as NULL, so no column
//! ever stores the year 1), clock values with 7 fractional digits and an offset
//! (`2026-11-23T10:11:12.1234567-05:00`: the wall-clock time as written, at 100 ns), and audit
//! fields with the user id as text (`"UsuarioCreacion": "1"`, `"id_usuarioCreacion": "1"`). The
//! audit parameters never bind those fields: who and when come from [`Who`].

use data_access::{Row, Value};
use dto::{NetDateTime, NetDecimal};

use crate::ServiceError;

/// A request field as a procedure argument.
pub trait ToCell {
    fn to_cell(&self) -> Value;
}

/// A DTO field read from a result cell.
pub trait FromCell: Sized {
    /// `None` when the cell cannot be read as this type (the caller names the column).
    fn from_cell(v: Value) -> Option<Self>;
}

impl ToCell for i32 {
    fn to_cell(&self) -> Value {
        Value::Int((*self).into())
    }
}
impl ToCell for i64 {
    fn to_cell(&self) -> Value {
        Value::Int(*self)
    }
}
impl ToCell for bool {
    fn to_cell(&self) -> Value {
        Value::Bool(*self)
    }
}
impl ToCell for char {
    fn to_cell(&self) -> Value {
        if *self == '\0' { Value::Null } else { Value::Text(self.to_string()) }
    }
}
impl ToCell for String {
    fn to_cell(&self) -> Value {
        Value::Text(self.clone())
    }
}
impl ToCell for NetDateTime {
    fn to_cell(&self) -> Value {
        if is_unset(self) { Value::Null } else { Value::DateTime(self.naive()) }
    }
}

/// Whether a date is .NET's "unset" `DateTime.MinValue`: any time of `0001-01-01`, because a
/// client that converts `0001-01-01T00:00:00` from its zone to UTC sends `0001-01-01T05:00:00Z`
/// (the offset is dropped on reading, the shifted hour stays). No real record is dated then.
fn is_unset(d: &NetDateTime) -> bool {
    d.naive().date() == NetDateTime::MIN.naive().date()
}
impl ToCell for NetDecimal {
    fn to_cell(&self) -> Value {
        Value::Decimal(self.0)
    }
}
impl ToCell for f64 {
    fn to_cell(&self) -> Value {
        rust_decimal::Decimal::try_from(*self).map_or(Value::Null, Value::Decimal)
    }
}
impl<T: ToCell> ToCell for Option<T> {
    fn to_cell(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToCell::to_cell)
    }
}

impl FromCell for i32 {
    fn from_cell(v: Value) -> Option<Self> {
        match v.coerce(data_access::SqlType::Int).ok()? {
            Value::Null => Some(0),
            Value::Int(i) => i32::try_from(i).ok(),
            _ => None,
        }
    }
}
impl FromCell for i64 {
    fn from_cell(v: Value) -> Option<Self> {
        match v.coerce(data_access::SqlType::BigInt).ok()? {
            Value::Null => Some(0),
            Value::Int(i) => Some(i),
            _ => None,
        }
    }
}
impl FromCell for bool {
    fn from_cell(v: Value) -> Option<Self> {
        match v.coerce(data_access::SqlType::Bit).ok()? {
            Value::Null => Some(false),
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }
}
impl FromCell for char {
    fn from_cell(v: Value) -> Option<Self> {
        match v.coerce(data_access::SqlType::Text).ok()? {
            Value::Null => Some('\0'),
            Value::Text(s) => Some(s.chars().next().unwrap_or('\0')),
            _ => None,
        }
    }
}
impl FromCell for String {
    fn from_cell(v: Value) -> Option<Self> {
        match v {
            Value::Null => Some(String::new()),
            Value::DateTime(d) => Some(NetDateTime::from_naive(d).to_string()),
            v => match v.coerce(data_access::SqlType::Text).ok()? {
                Value::Text(s) => Some(s),
                _ => None,
            },
        }
    }
}
impl FromCell for NetDateTime {
    fn from_cell(v: Value) -> Option<Self> {
        match v {
            Value::Null => Some(NetDateTime::default()),
            Value::DateTime(d) => Some(NetDateTime::from_naive(d)),
            Value::Text(s) => NetDateTime::parse(&s),
            _ => None,
        }
    }
}
impl FromCell for NetDecimal {
    fn from_cell(v: Value) -> Option<Self> {
        match v.coerce(data_access::SqlType::Decimal).ok()? {
            Value::Null => Some(NetDecimal::default()),
            Value::Decimal(d) => Some(NetDecimal(d)),
            _ => None,
        }
    }
}
impl FromCell for f64 {
    fn from_cell(v: Value) -> Option<Self> {
        match v.coerce(data_access::SqlType::Decimal).ok()? {
            Value::Null => Some(0.0),
            Value::Decimal(d) => f64::try_from(d).ok(),
            _ => None,
        }
    }
}
impl<T: FromCell> FromCell for Option<T> {
    fn from_cell(v: Value) -> Option<Self> {
        if v.is_null() { Some(None) } else { T::from_cell(v).map(Some) }
    }
}

/// The cells of one row, read in column order by the generated decoders.
pub struct Cells(std::vec::IntoIter<Value>);

impl Cells {
    pub fn new(row: Row) -> Self {
        Self(row.0.into_iter())
    }

    /// The next cell as `T`; `column` names it in the error.
    pub fn next<T: FromCell>(&mut self, column: &'static str) -> Result<T, ServiceError> {
        let v = self.0.next().ok_or_else(|| ServiceError::Internal(format!("fila sin la columna {column}")))?;
        let kind = v.kind();
        T::from_cell(v).ok_or_else(|| {
            ServiceError::Internal(format!("la columna {column} trae {kind}, que no cabe en {}", std::any::type_name::<T>()))
        })
    }
}

/// `null`, empty or white space as `''` (legacy `null_or_whitespace_to_empty_string`).
pub fn blank_to_empty(v: Value) -> Value {
    match v {
        Value::Null => Value::Text(String::new()),
        Value::Text(s) if s.trim().is_empty() => Value::Text(String::new()),
        v => v,
    }
}

/// Upper case (legacy `ToUpper()`).
pub fn upper(v: Value) -> Value {
    match v {
        Value::Text(s) => Value::Text(s.to_uppercase()),
        v => v,
    }
}

/// The rows of a table-valued parameter: one per item of the request list.
pub fn table<'a, T: 'a>(items: impl IntoIterator<Item = &'a T>, row: impl Fn(&T) -> Vec<Value>) -> Value {
    Value::Table(items.into_iter().map(row).collect())
}

/// Who is acting, for the audit parameters of a procedure (never read from the body).
#[derive(Debug, Clone)]
pub struct Who {
    pub id_usuario: i32,
    pub usuario: String,
}

impl Who {
    pub fn id(&self) -> Value {
        Value::Int(self.id_usuario.into())
    }
    pub fn name(&self) -> Value {
        Value::Text(self.usuario.clone())
    }
    pub fn now(&self) -> Value {
        // Read only by the procedures that stamp a time, not on every call.
        Value::DateTime(NetDateTime::now_local().naive())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn nulls_read_as_the_legacy_defaults() {
        assert_eq!(i32::from_cell(Value::Null), Some(0));
        assert_eq!(String::from_cell(Value::Null), Some(String::new()));
        assert_eq!(Option::<String>::from_cell(Value::Null), Some(None));
        assert_eq!(NetDateTime::from_cell(Value::Null), Some(NetDateTime::default()));
        assert_eq!(Option::<i32>::from_cell(Value::Int(4)), Some(Some(4)));
    }

    #[test]
    fn decimals_keep_their_scale_both_ways() {
        let d: Decimal = "12.50".parse().unwrap();
        assert_eq!(NetDecimal(d).to_cell(), Value::Decimal(d));
        let back = NetDecimal::from_cell(Value::Decimal(d)).unwrap();
        assert_eq!(back.0.to_string(), "12.50");
        assert_eq!(NetDecimal::from_cell(Value::Text("0.10".into())).unwrap().0.to_string(), "0.10");
        assert_eq!(Option::<NetDecimal>::from_cell(Value::Null), Some(None));
    }

    #[test]
    fn unset_dotnet_dates_bind_as_null_and_text_converts() {
        assert_eq!(NetDateTime::default().to_cell(), Value::Null);
        assert_eq!(Some(7).to_cell(), Value::Int(7));
        assert_eq!(i32::from_cell(Value::Text(" 12 ".into())), Some(12));
        assert_eq!(i32::from_cell(Value::Text("doce".into())), None);
        assert_eq!(String::from_cell(Value::Int(12)), Some("12".into()));
        assert_eq!(blank_to_empty(Value::Text("  ".into())), Value::Text(String::new()));
        assert_eq!(upper(Value::Text("ñandú".into())), Value::Text("ÑANDÚ".into()));
    }

    #[test]
    fn the_desktop_clients_dates_bind_as_null_when_unset_and_as_written_otherwise() {
        let read = |text: &str| -> NetDateTime { serde_json::from_value(serde_json::Value::from(text)).unwrap() };
        for unset in ["0001-01-01T00:00:00", "0001-01-01T00:00:00.0000000-05:00", "0001-01-01T05:00:00Z", "0001-01-01", ""] {
            assert_eq!(read(unset).to_cell(), Value::Null, "{unset:?}");
            assert_eq!(Some(read(unset)).to_cell(), Value::Null, "{unset:?}");
        }
        let clock = read("2026-11-23T10:11:12.1234567-05:00");
        let expected = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_nano_opt(10, 11, 12, 123_456_700).unwrap();
        assert_eq!(clock.to_cell(), Value::DateTime(expected), "wall-clock time as written, 100 ns");
        let birth = chrono::NaiveDate::from_ymd_opt(1990, 5, 17).unwrap().and_hms_opt(0, 0, 0).unwrap();
        assert_eq!(read("1990-05-17T00:00:00").to_cell(), Value::DateTime(birth));
    }

    #[test]
    fn a_cell_of_the_wrong_kind_names_its_column() {
        let mut c = Cells::new(Row(vec![Value::Text("x".into())]));
        let e = c.next::<i32>("id_ocupacion").unwrap_err();
        assert!(e.to_string().contains("id_ocupacion"), "{e}");
    }
}
