//! Input of single values: integers, floats, bools, text, chars, dates and `Option`s.

use serde::Deserialize;
use serde_json::json;

use super::{body, body_err, date};
use crate::lenient::{BodyError, empty_as_none};
use crate::{NetDateTime, SEG_ROLDTO};

#[test]
fn numbers_as_strings_and_nulls_for_numbers() {
    assert_eq!(body::<SEG_ROLDTO>(r#"{"id_rol":"3"}"#).id_rol, 3);
    assert_eq!(body::<SEG_ROLDTO>(r#"{"id_rol":" 12 "}"#).id_rol, 12);
    assert_eq!(body::<SEG_ROLDTO>(r#"{"id_rol":5.0}"#).id_rol, 5);
    assert_eq!(body::<SEG_ROLDTO>(r#"{"id_rol":null}"#).id_rol, 0);
    assert_eq!(body::<SEG_ROLDTO>(r#"{"id_rol":""}"#).id_rol, 0);
    assert_eq!(body::<SEG_ROLDTO>(r#"{"id_rol":-7}"#).id_rol, -7);
}

#[test]
fn scalar_conversions() {
    #[derive(Debug, Default, PartialEq, Deserialize)]
    #[serde(default)]
    struct S {
        entero: i64,
        corto: u8,
        real: f64,
        logico: bool,
        texto: String,
        opcional: Option<String>,
        letra: char,
    }
    let s: S = body(
        r#"{"entero":"-42","corto":"255","real":"12.5","logico":"TRUE","texto":12,"letra":"M"}"#,
    );
    assert_eq!(
        s,
        S {
            entero: -42,
            corto: 255,
            real: 12.5,
            logico: true,
            texto: "12".into(),
            opcional: None,
            letra: 'M'
        }
    );
    let s: S = body(r#"{"real":3,"logico":1,"texto":true,"opcional":false}"#);
    assert_eq!(
        (s.real, s.logico, s.texto.as_str(), s.opcional.as_deref()),
        (3.0, true, "True", Some("False"))
    );
    let s: S = body(r#"{"entero":null,"real":"","logico":"0","texto":null,"opcional":""}"#);
    assert_eq!(
        (
            s.entero,
            s.real,
            s.logico,
            s.texto.as_str(),
            s.opcional.as_deref()
        ),
        (0, 0.0, false, "", Some(""))
    );

    for (text, path) in [
        (r#"{"entero":12.5}"#, "entero"),
        (r#"{"entero":true}"#, "entero"),
        (r#"{"corto":256}"#, "corto"),
        (r#"{"corto":-1}"#, "corto"),
        (r#"{"real":"12,5"}"#, "real"),
        (r#"{"logico":"si"}"#, "logico"),
        (r#"{"texto":[1]}"#, "texto"),
        (r#"{"letra":"ab"}"#, "letra"),
    ] {
        match body_err::<S>(text) {
            BodyError::Field { path: p, .. } => assert_eq!(p, path, "{text}"),
            other => panic!("{text}: {other:?}"),
        }
    }
}

#[test]
fn invalid_integer_names_the_field_in_spanish() {
    let err = body_err::<SEG_ROLDTO>(r#"{"id_rol":"abc"}"#);
    assert_eq!(
        err,
        BodyError::Field {
            path: "id_rol".into(),
            message: "se esperaba un número entero y se recibió \"abc\"".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "El campo 'id_rol' tiene un valor inválido: se esperaba un número entero y se recibió \"abc\"."
    );
    let err = body_err::<SEG_ROLDTO>(r#"{"ID_ROL":3000000000}"#);
    assert!(
        matches!(&err, BodyError::Field { path, message } if path == "id_rol" && message.contains("2147483647")),
        "{err}"
    );
}

#[test]
fn dates_keep_wall_clock_and_accept_min() {
    let rol: SEG_ROLDTO = body(
        r#"{"FechaCreacion":"2021-09-05T10:11:12.1234567-05:00","FechaModificacion":"0001-01-01T00:00:00"}"#,
    );
    assert_eq!(
        rol.FechaCreacion,
        Some(date(2021, 9, 5, 10, 11, 12, 123_456_700))
    );
    assert_eq!(rol.FechaModificacion, Some(NetDateTime::MIN));
    assert!(rol.FechaModificacion.is_some_and(|d| d.is_min()));
    let value = serde_json::to_value(&rol).unwrap_or_default();
    assert_eq!(value["FechaCreacion"], json!("2021-09-05T10:11:12.1234567"));
    assert_eq!(value["FechaModificacion"], json!("0001-01-01T00:00:00"));

    // Auditable dates read "" and null as null.
    let rol: SEG_ROLDTO = body(r#"{"FechaCreacion":"","FechaModificacion":null}"#);
    assert_eq!((rol.FechaCreacion, rol.FechaModificacion), (None, None));

    let err = body_err::<SEG_ROLDTO>(r#"{"fechacreacion":"ayer"}"#);
    match &err {
        BodyError::Field { path, message } => {
            assert_eq!(path, "FechaCreacion");
            assert!(message.contains("fecha inválida: \"ayer\""), "{message}");
        }
        other => panic!("{other:?}"),
    }

    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    struct Fechas {
        fija: NetDateTime,
        opcional: Option<NetDateTime>,
    }
    let f: Fechas = body(r#"{"fija":"2021-09-05 10:11:12Z","opcional":"2021-09-05"}"#);
    assert_eq!(f.fija, date(2021, 9, 5, 10, 11, 12, 0));
    assert_eq!(f.opcional, Some(date(2021, 9, 5, 0, 0, 0, 0)));
    let f: Fechas = body(r#"{"fija":null,"opcional":null}"#);
    assert_eq!((f.fija, f.opcional), (NetDateTime::MIN, None));
    let f: Fechas = body(r#"{"fija":""}"#);
    assert_eq!(f.fija, NetDateTime::MIN);
}

#[test]
fn optional_integers_from_empty_string_and_null() {
    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    struct Filtro {
        simple: Option<i32>,
        #[serde(deserialize_with = "crate::lenient::empty_as_none")]
        como_json_net: Option<i32>,
    }
    let f: Filtro = body(r#"{"simple":null,"como_json_net":null}"#);
    assert_eq!((f.simple, f.como_json_net), (None, None));
    // Documented rule: a plain Option reads "" as Some(<what "" reads as>).
    let f: Filtro = body(r#"{"simple":"","como_json_net":""}"#);
    assert_eq!((f.simple, f.como_json_net), (Some(0), None));
    let f: Filtro = body(r#"{"simple":"7","como_json_net":" 8 "}"#);
    assert_eq!((f.simple, f.como_json_net), (Some(7), Some(8)));
    let f: Filtro = body("{}");
    assert_eq!((f.simple, f.como_json_net), (None, None));
    assert!(matches!(
        body_err::<Filtro>(r#"{"como_json_net":"x"}"#),
        BodyError::Field { path, .. } if path == "como_json_net"
    ));
    // empty_as_none also works with plain serde_json.
    let f: Option<Filtro> = serde_json::from_str(r#"{"como_json_net":""}"#).ok();
    assert_eq!(f.map(|f| f.como_json_net), Some(None));
    let _ = empty_as_none::<serde_json::Value, i32>;
}

#[test]
fn long_reads_leniently_and_exactly() {
    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    struct Largo {
        id: i64,
        opcional: Option<i64>,
    }
    let id = |value: &str| body::<Largo>(&format!(r#"{{"id":{value}}}"#)).id;
    assert_eq!(id("9223372036854775807"), i64::MAX);
    assert_eq!(id("-9223372036854775808"), i64::MIN);
    assert_eq!(id(r#""9223372036854775807""#), i64::MAX);
    assert_eq!(id(r#"" -42 ""#), -42);
    // Beyond f64's exact integers (2^53 + 1), with a zero fraction or an exponent: exact.
    assert_eq!(id("9007199254740993"), 9_007_199_254_740_993);
    assert_eq!(id("9007199254740993.0"), 9_007_199_254_740_993);
    assert_eq!(id(r#""9007199254740993.00""#), 9_007_199_254_740_993);
    assert_eq!(id("1.2e3"), 1200);
    assert_eq!(id(r#""1e3""#), 1000);
    assert_eq!((id("null"), id(r#""""#)), (0, 0));
    let l: Largo = body(r#"{"opcional":"12"}"#);
    assert_eq!(l.opcional, Some(12));

    for (value, message) in [
        (
            "9223372036854775808",
            "se esperaba un número entero entre -9223372036854775808 y 9223372036854775807 y se recibió 9223372036854775808",
        ),
        ("12.5", "se esperaba un número entero y se recibió 12.5"),
        (
            r#""9007199254740993.5""#,
            "se esperaba un número entero y se recibió \"9007199254740993.5\"",
        ),
        (
            r#""12,0""#,
            "se esperaba un número entero y se recibió \"12,0\"",
        ),
        ("true", "se esperaba un número entero y se recibió true"),
    ] {
        assert_eq!(
            body_err::<Largo>(&format!(r#"{{"id":{value}}}"#)),
            BodyError::Field {
                path: "id".into(),
                message: message.into()
            },
            "{value}"
        );
    }
}

#[test]
fn double_reads_leniently() {
    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    struct Real {
        valor: f64,
        opcional: Option<f64>,
    }
    let valor = |value: &str| body::<Real>(&format!(r#"{{"valor":{value}}}"#)).valor;
    assert_eq!(valor("12.5"), 12.5);
    assert_eq!(valor("12"), 12.0);
    assert_eq!(valor("-1.5e-3"), -0.0015);
    assert_eq!(valor(r#"" 12.5 ""#), 12.5);
    assert_eq!(valor(r#""1E3""#), 1000.0);
    assert_eq!(valor("0.1"), 0.1);
    assert_eq!(valor("1.7976931348623157e308"), f64::MAX);
    assert_eq!((valor("null"), valor(r#""""#)), (0.0, 0.0));
    let r: Real = body(r#"{"opcional":"2.5"}"#);
    assert_eq!(r.opcional, Some(2.5));

    for (value, message) in [
        // Out of f64's range: a field error (serde_json alone would call the body not JSON).
        ("1e400", "se esperaba un número y se recibió 1e+400"),
        (r#""1e400""#, "se esperaba un número y se recibió \"1e400\""),
        (r#""NaN""#, "se esperaba un número y se recibió \"NaN\""),
        (r#""12,5""#, "se esperaba un número y se recibió \"12,5\""),
        ("false", "se esperaba un número y se recibió false"),
        ("{}", "se esperaba un número y se recibió un objeto"),
    ] {
        assert_eq!(
            body_err::<Real>(&format!(r#"{{"valor":{value}}}"#)),
            BodyError::Field {
                path: "valor".into(),
                message: message.into()
            },
            "{value}"
        );
    }
}

#[test]
fn char_reads_a_one_character_string() {
    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    struct Letra {
        sexo: char,
        opcional: Option<char>,
        #[serde(deserialize_with = "crate::lenient::empty_as_none")]
        como_json_net: Option<char>,
    }
    let sexo = |value: &str| body::<Letra>(&format!(r#"{{"sexo":{value}}}"#)).sexo;
    assert_eq!(sexo(r#""M""#), 'M');
    assert_eq!(sexo(r#""Ñ""#), 'Ñ');
    assert_eq!(sexo(r#"" ""#), ' ');
    // A one-digit number is its text, like any number where text is expected.
    assert_eq!(sexo("5"), '5');
    assert_eq!((sexo("null"), sexo(r#""""#)), ('\0', '\0'));
    let l: Letra = body(r#"{"opcional":"F","como_json_net":"X"}"#);
    assert_eq!((l.opcional, l.como_json_net), (Some('F'), Some('X')));
    let l: Letra = body(r#"{"opcional":null,"como_json_net":null}"#);
    assert_eq!((l.opcional, l.como_json_net), (None, None));
    let l: Letra = body(r#"{"opcional":"","como_json_net":""}"#);
    assert_eq!((l.opcional, l.como_json_net), (Some('\0'), None));

    for (value, message) in [
        (
            r#""MF""#,
            "se esperaba un solo carácter y se recibió \"MF\"",
        ),
        (
            r#"" M ""#,
            "se esperaba un solo carácter y se recibió \" M \"",
        ),
        ("12", "se esperaba un solo carácter y se recibió 12"),
        ("true", "se esperaba un solo carácter y se recibió true"),
        (
            "[\"M\"]",
            "se esperaba un solo carácter y se recibió una lista",
        ),
    ] {
        assert_eq!(
            body_err::<Letra>(&format!(r#"{{"sexo":{value}}}"#)),
            BodyError::Field {
                path: "sexo".into(),
                message: message.into()
            },
            "{value}"
        );
    }
}

#[test]
fn integers_from_fractions_and_exponents_are_exact() {
    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    struct Enteros {
        grande: i128,
        corto: i32,
    }
    let grande = |value: &str| {
        crate::lenient::from_body::<Enteros>(format!(r#"{{"grande":{value}}}"#).as_bytes())
            .map(|e| e.grande)
            .ok()
    };
    assert_eq!(grande("1e30"), Some(10_i128.pow(30)));
    assert_eq!(grande(r#""-1.5E+1""#), Some(-15));
    assert_eq!(grande("1500e-2"), Some(15));
    assert_eq!(grande("0.000e5"), Some(0));
    assert_eq!(grande("-0.0"), Some(0));
    assert_eq!(
        grande("170141183460469231731687303715884105727"),
        Some(i128::MAX)
    );
    assert_eq!(
        grande("-170141183460469231731687303715884105728.000"),
        Some(i128::MIN)
    );
    // A fraction however deep or far is not an integer; nor is what no integer type holds.
    assert_eq!(grande("0.0000000000000000000000000000001"), None);
    assert_eq!(grande("1.0000000000000000000000000000001e1"), None);
    assert_eq!(grande("1e-40"), None);
    assert_eq!(grande("1e40"), None);
    assert_eq!(grande("1e999999999999"), None);
    assert_eq!(grande(r#""1e99999999999999999999""#), None);
    assert_eq!(grande(r#""0x10""#), None);
    let corto: Enteros = body(r#"{"corto":"2.147483647e9"}"#);
    assert_eq!(corto.corto, i32::MAX);
}
