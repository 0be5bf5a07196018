//! Backend-neutral values passed to and read from procedures.

use chrono::NaiveDateTime;
use rust_decimal::Decimal;

use crate::SqlType;

/// One parameter value or result cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Bool(bool),
    Text(String),
    DateTime(NaiveDateTime),
    /// Exact decimal with its scale (`12.50` stays `12.50`).
    Decimal(Decimal),
    /// The rows of a table-valued parameter, cells in the order of the table type's columns.
    Table(Vec<Vec<Value>>),
}

impl Value {
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(v) => Some(*v),
            Value::Bool(b) => Some(*b as i64),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            _ => None,
        }
    }

    /// What kind of value this is, in words (for errors that must not show the value).
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "NULL",
            Value::Int(_) => "un entero",
            Value::Bool(_) => "un booleano",
            Value::Text(_) => "un texto",
            Value::DateTime(_) => "una fecha",
            Value::Decimal(_) => "un decimal",
            Value::Table(_) => "una tabla",
        }
    }

    /// Converts to `ty` as ADO.NET converted a value to a parameter's `DbType`: numbers and
    /// texts into each other when the text is a number, integers into decimals and bits,
    /// integral decimals into integers. `Err` carries [`Value::kind`] of what could not be
    /// converted (never the value itself).
    pub fn coerce(self, ty: SqlType) -> Result<Value, &'static str> {
        use Value as V;
        let kind = self.kind();
        let out = match (ty, self) {
            (_, V::Null) => Some(V::Null),
            (SqlType::Int | SqlType::BigInt, V::Int(i)) => Some(V::Int(i)),
            (SqlType::Int | SqlType::BigInt, V::Bool(b)) => Some(V::Int(b.into())),
            (SqlType::Int | SqlType::BigInt, V::Text(s)) => s.trim().parse().ok().map(V::Int),
            (SqlType::Int | SqlType::BigInt, V::Decimal(d)) if d.fract().is_zero() => i64::try_from(d).ok().map(V::Int),
            (SqlType::Bit, V::Bool(b)) => Some(V::Bool(b)),
            (SqlType::Bit, V::Int(i)) => Some(V::Bool(i != 0)),
            (SqlType::Bit, V::Text(s)) => match s.trim().to_ascii_lowercase().as_str() {
                "1" | "true" => Some(V::Bool(true)),
                "0" | "false" => Some(V::Bool(false)),
                _ => None,
            },
            (SqlType::Text, V::Text(s)) => Some(V::Text(s)),
            (SqlType::Text, V::Int(i)) => Some(V::Text(i.to_string())),
            (SqlType::Text, V::Decimal(d)) => Some(V::Text(d.to_string())),
            (SqlType::Text, V::Bool(b)) => Some(V::Text(if b { "True" } else { "False" }.into())),
            (SqlType::DateTime, V::DateTime(d)) => Some(V::DateTime(d)),
            (SqlType::Decimal, V::Decimal(d)) => Some(V::Decimal(d)),
            (SqlType::Decimal, V::Int(i)) => Some(V::Decimal(i.into())),
            (SqlType::Decimal, V::Text(s)) => s.trim().parse().ok().map(V::Decimal),
            (SqlType::Table(_), V::Table(rows)) => Some(V::Table(rows)),
            _ => None,
        };
        out.ok_or(kind)
    }
}

impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Value::Int(v)
    }
}
impl From<i32> for Value {
    fn from(v: i32) -> Self {
        Value::Int(v.into())
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Self {
        Value::Bool(v)
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::Text(v.to_owned())
    }
}
impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::Text(v)
    }
}
impl From<NaiveDateTime> for Value {
    fn from(v: NaiveDateTime) -> Self {
        Value::DateTime(v)
    }
}
impl From<Decimal> for Value {
    fn from(v: Decimal) -> Self {
        Value::Decimal(v)
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Self {
        v.map_or(Value::Null, Into::into)
    }
}

/// One result row, its cells in the order of the procedure's declared columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Row(pub Vec<Value>);

/// What a procedure call yields, as declared by [`crate::Returns`].
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    /// Result rows (possibly none).
    Rows(Vec<Row>),
    /// The `@Response` output parameter (NULL reads as 0).
    Response(i64),
    /// `@Response` and the procedure's message (`@Response_t`; NULL or blank: `None`).
    ResponseMessage(i64, Option<String>),
    /// First column of the first row is non-zero.
    Exists(bool),
}

impl Output {
    /// The rows of a rows procedure (none for the other kinds).
    pub fn rows(&self) -> &[Row] {
        match self {
            Output::Rows(r) => r,
            _ => &[],
        }
    }
    pub fn into_rows(self) -> Vec<Row> {
        match self {
            Output::Rows(r) => r,
            _ => Vec::new(),
        }
    }
    pub fn response(&self) -> i64 {
        match self {
            Output::Response(v) | Output::ResponseMessage(v, _) => *v,
            Output::Exists(b) => *b as i64,
            Output::Rows(r) => r.len() as i64,
        }
    }
}

/// One page of a [`crate::Listing`]: the rows (declared columns) and the total before paging.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub rows: Vec<Row>,
    pub total: i64,
}
