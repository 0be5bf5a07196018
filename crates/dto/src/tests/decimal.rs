//! `NetDecimal`, the .NET `decimal`: exact JSON text out, lenient and exact in.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::{body, body_err};
use crate::lenient::{BodyError, from_value};
use crate::{InvalidDecimal, NetDecimal};

fn dec(text: &str) -> NetDecimal {
    NetDecimal(Decimal::from_str(text).unwrap_or_else(|e| panic!("{text}: {e}")))
}

#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Venta {
    precio: NetDecimal,
    descuento: Option<NetDecimal>,
    #[serde(deserialize_with = "crate::lenient::empty_as_none")]
    recargo: Option<NetDecimal>,
}

fn precio(text: &str) -> NetDecimal {
    body::<Venta>(&format!(r#"{{"precio":{text}}}"#)).precio
}

/// The value's digits and scale, e.g. `("12.50", 2)`.
fn digits(value: NetDecimal) -> (String, u32) {
    (value.0.to_string(), value.0.scale())
}

#[test]
fn written_as_json_net_writes_a_decimal() {
    for (value, text) in [
        ("12.50", "12.50"),
        ("12", "12.0"),
        ("0", "0.0"),
        ("0.00", "0.00"),
        ("-0.5", "-0.5"),
        ("-0.00", "0.00"),
        (
            "1234567890123456789012345678",
            "1234567890123456789012345678.0",
        ),
        (
            "0.0000000000000000000000000001",
            "0.0000000000000000000000000001",
        ),
        (
            "79228162514264337593543950335",
            "79228162514264337593543950335.0",
        ),
        (
            "-7922816251426433759354395033.5",
            "-7922816251426433759354395033.5",
        ),
    ] {
        let d = dec(value);
        assert_eq!(d.to_string(), text, "Display {value}");
        assert_eq!(
            serde_json::to_string(&d).ok().as_deref(),
            Some(text),
            "JSON {value}"
        );
    }
    assert_eq!(NetDecimal::default().to_string(), "0.0");
    assert_eq!(format!("{:?}", dec("12.50")), "NetDecimal(12.50)");
}

#[test]
fn dtos_write_decimals_as_numbers_keeping_the_scale() {
    let venta = Venta {
        precio: dec("12.50"),
        descuento: Some(dec("3")),
        recargo: None,
    };
    assert_eq!(
        serde_json::to_string(&venta).unwrap_or_default(),
        r#"{"precio":12.50,"descuento":3.0,"recargo":null}"#
    );
    // The audit log goes through to_value: the text survives there too.
    let value = serde_json::to_value(&venta).unwrap_or_default();
    assert_eq!(
        value.to_string(),
        r#"{"precio":12.50,"descuento":3.0,"recargo":null}"#
    );
    assert!(value["precio"].is_number(), "{value}");
    assert_eq!(
        serde_json::to_string(&vec![dec("1.10"), dec("-2")]).unwrap_or_default(),
        "[1.10,-2.0]"
    );
}

#[test]
fn read_from_numbers_exactly_with_their_scale() {
    for (text, expected) in [
        ("12.50", ("12.50", 2)),
        ("12", ("12", 0)),
        ("12.0", ("12.0", 1)),
        ("0.1", ("0.1", 1)),
        ("-0.5", ("-0.5", 1)),
        ("0.30000000000000004", ("0.30000000000000004", 17)),
        (
            "1234567890123456789012345678",
            ("1234567890123456789012345678", 0),
        ),
        (
            "1234567890.123456789012345678",
            ("1234567890.123456789012345678", 18),
        ),
        (
            "79228162514264337593543950335",
            ("79228162514264337593543950335", 0),
        ),
    ] {
        let expected = (expected.0.to_owned(), expected.1);
        assert_eq!(digits(precio(text)), expected, "lenient {text}");
        let plain: Option<NetDecimal> = serde_json::from_str(text).ok();
        assert_eq!(
            plain.map(digits),
            Some(expected.clone()),
            "serde_json {text}"
        );
        let value: Option<NetDecimal> = serde_json::from_str::<Value>(text)
            .ok()
            .and_then(|v| serde_json::from_value(v).ok());
        assert_eq!(value.map(digits), Some(expected), "from_value {text}");
    }
}

#[test]
fn exponent_forms_are_accepted_like_json_net() {
    // Scale = max(0, fraction digits - exponent).
    for (text, expected) in [
        ("1e2", ("100", 0)),
        ("1E+2", ("100", 0)),
        ("1.5e3", ("1500", 0)),
        ("1.50e1", ("15.0", 1)),
        ("2.50E-2", ("0.0250", 4)),
        ("1e-7", ("0.0000001", 7)),
        ("-1.25e1", ("-12.5", 1)),
    ] {
        let expected = (expected.0.to_owned(), expected.1);
        assert_eq!(digits(precio(text)), expected, "number {text}");
        assert_eq!(
            digits(precio(&format!("\"{text}\""))),
            expected,
            "string {text}"
        );
        let plain: Option<NetDecimal> = serde_json::from_str(text).ok();
        assert_eq!(plain.map(digits), Some(expected), "serde_json {text}");
    }
}

#[test]
fn read_from_strings_and_blanks() {
    assert_eq!(digits(precio(r#""12.50""#)), ("12.50".into(), 2));
    assert_eq!(digits(precio(r#"" 12.5 ""#)), ("12.5".into(), 1));
    assert_eq!(digits(precio(r#""+3""#)), ("3".into(), 0));
    assert_eq!(digits(precio(r#""-.5""#)), ("-0.5".into(), 1));
    assert_eq!(digits(precio(r#""5.""#)), ("5".into(), 0));
    assert_eq!(precio("null"), NetDecimal::ZERO);
    assert_eq!(precio(r#""""#), NetDecimal::ZERO);
    assert_eq!(precio(r#""  ""#), NetDecimal::ZERO);
    assert_eq!(body::<Venta>("{}").precio, NetDecimal::ZERO);
    // More than 28 fraction digits are rounded, as .NET does.
    assert_eq!(
        precio("0.00000000000000000000000000016").to_string(),
        "0.0000000000000000000000000002"
    );
    // Plain serde_json: same rules.
    let plain: Option<Venta> = serde_json::from_str(r#"{"precio":" 7.10 ","descuento":""}"#).ok();
    assert_eq!(
        plain.map(|v| (v.precio.to_string(), v.descuento)),
        Some(("7.10".to_owned(), Some(NetDecimal::ZERO)))
    );
    assert_eq!(
        serde_json::from_str::<NetDecimal>("null").ok(),
        Some(NetDecimal::ZERO)
    );
}

#[test]
fn optional_decimals_follow_the_lenient_rules() {
    let v: Venta = body(r#"{"descuento":null,"recargo":null}"#);
    assert_eq!((v.descuento, v.recargo), (None, None));
    // Documented rule: a plain Option reads "" as Some(0); empty_as_none gives None.
    let v: Venta = body(r#"{"descuento":"","recargo":""}"#);
    assert_eq!((v.descuento, v.recargo), (Some(NetDecimal::ZERO), None));
    let v: Venta = body(r#"{"descuento":"1.50","recargo":2.25}"#);
    assert_eq!(
        (v.descuento.map(digits), v.recargo.map(digits)),
        (Some(("1.50".into(), 2)), Some(("2.25".into(), 2)))
    );
    let v: Option<Venta> = serde_json::from_str(r#"{"recargo":"0.10"}"#).ok();
    assert_eq!(
        v.and_then(|v| v.recargo).map(|d| d.to_string()),
        Some("0.10".into())
    );
}

#[test]
fn invalid_decimals_name_the_field_in_spanish() {
    for (value, message) in [
        (r#""abc""#, r#"se esperaba un número y se recibió "abc""#),
        (r#""12,5""#, r#"se esperaba un número y se recibió "12,5""#),
        (
            r#""1 000""#,
            r#"se esperaba un número y se recibió "1 000""#,
        ),
        (r#""1e""#, r#"se esperaba un número y se recibió "1e""#),
        ("true", "se esperaba un número y se recibió true"),
        ("[1]", "se esperaba un número y se recibió una lista"),
        (r#"{"a":1}"#, "se esperaba un número y se recibió un objeto"),
        (
            "79228162514264337593543950336",
            "se esperaba un número entre -79228162514264337593543950335 y \
             79228162514264337593543950335 y se recibió 79228162514264337593543950336",
        ),
        (
            r#""-1e40""#,
            "se esperaba un número entre -79228162514264337593543950335 y \
             79228162514264337593543950335 y se recibió -1e40",
        ),
        (
            "1e-40",
            "se esperaba un número entre -79228162514264337593543950335 y \
             79228162514264337593543950335 y se recibió 1e-40",
        ),
    ] {
        let text = format!(r#"{{"precio":{value}}}"#);
        assert_eq!(
            body_err::<Venta>(&text),
            BodyError::Field {
                path: "precio".into(),
                message: message.into()
            },
            "{text}"
        );
    }
    let err = body_err::<Vec<Venta>>(r#"[{"precio":1},{"descuento":"diez"}]"#);
    assert_eq!(
        err.to_string(),
        "El campo '[1].descuento' tiene un valor inválido: se esperaba un número y se recibió \"diez\"."
    );
    // Plain serde_json hands big integers over as u128 / i128: out of range, no panic.
    for text in [
        "79228162514264337593543950336",
        "-79228162514264337593543950336",
        "340282366920938463463374607431768211455",
    ] {
        let err = serde_json::from_str::<NetDecimal>(text).map_err(|e| e.to_string());
        assert!(
            err.as_ref().is_err_and(|e| e.contains("y se recibió")),
            "{text}: {err:?}"
        );
        let via_value = serde_json::from_str::<Value>(text)
            .map_err(|e| e.to_string())
            .and_then(|v| serde_json::from_value::<NetDecimal>(v).map_err(|e| e.to_string()));
        assert!(
            via_value
                .as_ref()
                .is_err_and(|e| e.contains("y se recibió")),
            "{text}: {via_value:?}"
        );
    }
    assert!(serde_json::from_str::<NetDecimal>("\"abc\"").is_err());
    assert!(serde_json::from_str::<NetDecimal>("true").is_err());
}

#[test]
fn from_str_display_and_conversions() {
    assert_eq!(
        NetDecimal::from_str(" 12.50 ").map(|d| d.to_string()),
        Ok("12.50".into())
    );
    assert_eq!(
        NetDecimal::from_str("1.5e2").map(|d| d.to_string()),
        Ok("150.0".into())
    );
    assert_eq!(NetDecimal::from_str(""), Err(InvalidDecimal(String::new())));
    assert_eq!(
        NetDecimal::from_str("12,5").map_err(|e| e.to_string()),
        Err("número decimal inválido: \"12,5\"".into())
    );
    let d = NetDecimal::from(Decimal::new(1250, 2));
    assert_eq!(d.to_string(), "12.50");
    assert_eq!(Decimal::from(d), Decimal::new(1250, 2));
    assert_eq!(d.decimal().scale(), 2);
    // Equality is numeric; the scale only shows in the text.
    assert_eq!(dec("12.5"), dec("12.50"));
    assert!(dec("-1") < NetDecimal::ZERO);
}

#[test]
fn read_back_what_we_write() {
    let venta = Venta {
        precio: dec("1234567890.123456789012345678"),
        descuento: Some(dec("0.10")),
        recargo: Some(dec("5")),
    };
    let text = serde_json::to_vec(&venta).unwrap_or_default();
    let back: Result<Venta, _> = crate::lenient::from_body(&text);
    assert_eq!(
        back.as_ref().map(|v| digits(v.precio)),
        Ok(digits(venta.precio))
    );
    assert_eq!(
        back.map(|v| serde_json::to_vec(&v).unwrap_or_default()),
        Ok(text.clone())
    );
    let plain: Option<Venta> = serde_json::from_slice(&text).ok();
    assert_eq!(plain.as_ref(), Some(&venta));
}

#[test]
fn lenient_values_keep_the_exact_number_text() {
    // A serde_json::Value read through the lenient reader keeps "12.50" and 28 digits.
    let value = from_value::<Value>(json!({"a": Value::Null}))
        .ok()
        .unwrap_or_default();
    assert_eq!(value, json!({"a": null}));
    let parsed: Value =
        serde_json::from_str(r#"{"p":12.50,"q":[1.5e3,1234567890123456789012345678,0.1]}"#)
            .unwrap_or_default();
    let back = from_value::<Value>(parsed).ok().unwrap_or_default();
    // (serde_json's parser spells the exponent with its sign: 1.5e3 is kept as 1.5e+3.)
    assert_eq!(
        back.to_string(),
        r#"{"p":12.50,"q":[1.5e+3,1234567890123456789012345678,0.1]}"#
    );
}

#[test]
fn openapi_schema_is_a_number_that_keeps_its_scale() {
    use utoipa::PartialSchema;
    let schema = serde_json::to_value(NetDecimal::schema()).unwrap_or_default();
    assert_eq!(schema["type"], json!("number"));
    assert_eq!(schema["format"], json!("decimal"));
    assert_eq!(schema["examples"].to_string(), "[12.50]");
    let description = schema["description"].as_str().unwrap_or_default();
    assert!(
        description.contains("conservando la escala"),
        "{description}"
    );
}
