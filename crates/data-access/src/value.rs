//! Backend-neutral values passed to and read from procedures.

use chrono::NaiveDateTime;

/// One parameter value or result cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Bool(bool),
    Text(String),
    DateTime(NaiveDateTime),
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
    /// First column of the first row is non-zero.
    Exists(bool),
}

impl Output {
    pub fn into_rows(self) -> Vec<Row> {
        match self {
            Output::Rows(r) => r,
            _ => Vec::new(),
        }
    }
    pub fn response(&self) -> i64 {
        match self {
            Output::Response(v) => *v,
            Output::Exists(b) => *b as i64,
            Output::Rows(r) => r.len() as i64,
        }
    }
}
