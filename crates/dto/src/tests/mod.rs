//! Behaviour tests of the wire contract: output shape of the DTOs and Json.NET-compatible input.
//!
//! One module per topic; the helpers below are shared.

mod body_shape;
mod decimal;
mod output;
mod paths;
mod round_trip;
mod scalars;

use chrono::NaiveDate;
use serde_json::Value;

use crate::NetDateTime;
use crate::lenient::{BodyError, from_body};

pub(crate) fn date(y: i32, m: u32, d: u32, h: u32, mi: u32, s: u32, nanos: u32) -> NetDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|day| day.and_hms_nano_opt(h, mi, s, nanos))
        .map(NetDateTime)
        .expect("fecha de prueba válida")
}

pub(crate) fn body<T: serde::de::DeserializeOwned>(text: &str) -> T {
    match from_body(text.as_bytes()) {
        Ok(value) => value,
        Err(e) => panic!("{text} → {e}"),
    }
}

pub(crate) fn body_err<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> BodyError {
    match from_body::<T>(text.as_bytes()) {
        Ok(value) => panic!("{text} debió fallar, dio {value:?}"),
        Err(e) => e,
    }
}

pub(crate) fn keys(value: &Value) -> Vec<&str> {
    value
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default()
}
