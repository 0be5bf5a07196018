//! Input at the level of the whole body and of property names: case, unknown and missing
//! properties, duplicates, absent bodies, wrong shapes, invalid JSON.

use serde_json::Value;

use super::{body, body_err, date};
use crate::lenient::{BodyError, from_body, from_value};
use crate::{LoginDTO, NoBody, PaginationParameter, SEG_ROLDTO, SEG_USUARIODTO};

#[test]
fn property_names_are_case_insensitive() {
    let login: LoginDTO = body(r#"{"username":"a","PASSWORD":"b","validacionad":true}"#);
    assert_eq!(login.Username.as_deref(), Some("a"));
    assert_eq!(login.Password.as_deref(), Some("b"));
    assert!(login.ValidacionAD);

    let user: SEG_USUARIODTO = body(
        r#"{"ID_USUARIO":4,"rolnombre":"X","fechacreacion":"2021-09-05","idusuarioactual":"9"}"#,
    );
    assert_eq!(user.id_usuario, 4);
    assert_eq!(user.RolNombre.as_deref(), Some("X"));
    assert_eq!(user.FechaCreacion, Some(date(2021, 9, 5, 0, 0, 0, 0)));
    assert_eq!(user.IdUsuarioActual, 9);
}

#[test]
fn unknown_properties_are_ignored_and_missing_ones_defaulted() {
    let rol: SEG_ROLDTO = body(r#"{"id_rol":3,"nada":[1,{"x":2}],"otra":{"y":null},"zzz":"w"}"#);
    assert_eq!(
        rol,
        SEG_ROLDTO {
            id_rol: 3,
            ..Default::default()
        }
    );
    // A different DTO than the action declares: bind what matches.
    let rol: SEG_ROLDTO = body(r#"{"id_usuario":1,"id_rol":2,"usuario":"u","estado":"A"}"#);
    assert_eq!((rol.id_rol, rol.estado.as_deref()), (2, Some("A")));
}

#[test]
fn duplicate_keys_in_different_case_last_wins() {
    let rol: SEG_ROLDTO = body(r#"{"id_rol":1,"ID_ROL":2,"Id_Rol":3}"#);
    assert_eq!(rol.id_rol, 3);
    let rol: SEG_ROLDTO = body(r#"{"ROL":"primero","rol":"último"}"#);
    assert_eq!(rol.rol.as_deref(), Some("último"));
}

#[test]
fn absent_bodies_give_defaults() {
    for text in ["", "   \r\n\t", "\"\"", "null", " null ", "\u{feff}", "{}"] {
        assert_eq!(body::<SEG_ROLDTO>(text), SEG_ROLDTO::default(), "{text:?}");
        assert_eq!(body::<LoginDTO>(text), LoginDTO::default(), "{text:?}");
        assert_eq!(body::<NoBody>(text), NoBody {}, "{text:?}");
    }
    assert_eq!(from_body::<Vec<SEG_ROLDTO>>(b""), Ok(Vec::new()));
    assert_eq!(
        from_body::<Option<SEG_ROLDTO>>(b""),
        Ok(Some(SEG_ROLDTO::default()))
    );
    assert_eq!(
        from_value::<PaginationParameter>(Value::Null),
        Ok(PaginationParameter::default())
    );
}

#[test]
fn no_body_ignores_whatever_arrives() {
    for text in [
        r#"{"id_rol":1,"x":[1,2]}"#,
        "[1,2]",
        "5",
        "\"texto\"",
        "true",
    ] {
        assert_eq!(body::<NoBody>(text), NoBody {}, "{text}");
    }
}

#[test]
fn wrong_shapes_are_errors() {
    let err = body_err::<SEG_ROLDTO>("[1,2]");
    assert_eq!(
        err,
        BodyError::WrongShape {
            message: "se esperaba un objeto y se recibió una lista".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "El cuerpo de la solicitud no tiene la forma esperada: se esperaba un objeto y se recibió una lista."
    );
    assert!(matches!(
        body_err::<SEG_ROLDTO>("42"),
        BodyError::WrongShape { .. }
    ));
    assert!(matches!(
        body_err::<Vec<SEG_ROLDTO>>(r#"{"id_rol":1}"#),
        BodyError::WrongShape { .. }
    ));
}

#[test]
fn not_json_reports_line_and_column() {
    let err = body_err::<SEG_ROLDTO>("{bad");
    assert_eq!(err, BodyError::NotJson { line: 1, column: 2 });
    assert_eq!(
        err.to_string(),
        "El cuerpo de la solicitud no es un JSON válido (línea 1, columna 2)."
    );
    assert!(matches!(
        body_err::<SEG_ROLDTO>("{\n  \"id_rol\": 1,\n  oops\n}"),
        BodyError::NotJson { line: 3, .. }
    ));
    assert!(matches!(
        body_err::<SEG_ROLDTO>("{\"id_rol\":"),
        BodyError::NotJson { .. }
    ));
    assert!(matches!(
        from_body::<SEG_ROLDTO>(b"{\"rol\":\"\xff\"}"),
        Err(BodyError::NotJson { .. })
    ));
    assert!(matches!(
        from_body::<SEG_ROLDTO>(b"\xff\xfe"),
        Err(BodyError::NotJson { .. })
    ));
    // Json.NET ignored what follows the value; this API refuses it, at its position.
    assert_eq!(
        from_body::<SEG_ROLDTO>(br#"{"id_rol":1} basura"#),
        Err(BodyError::NotJson { line: 1, column: 14 })
    );
}

#[test]
fn content_after_the_body_and_nul_characters_are_refused() {
    use crate::{BodyError, SEG_ROLDTO, from_body};
    // A second value after the first is refused at its position, never half-read.
    let e = from_body::<SEG_ROLDTO>(br#"{"id_rol": 1} {"id_rol": 2}"#).unwrap_err();
    assert!(matches!(e, BodyError::NotJson { line: 1, .. }), "{e:?}");
    assert!(from_body::<SEG_ROLDTO>(b"{\"id_rol\": 1}  \r\n\t").is_ok(), "white space may follow");
    // NUL in a text: refused, naming the field.
    let e = from_body::<SEG_ROLDTO>(br#"{"rol": "admin\u0000evil"}"#).unwrap_err();
    assert_eq!(
        e.to_string(),
        "El campo 'rol' tiene un valor inválido: el texto contiene el carácter nulo (\\u0000), que no se admite."
    );
}
