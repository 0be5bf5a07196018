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
