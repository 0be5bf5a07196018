//! Behaviour tests of the wire contract: output shape of the DTOs and Json.NET-compatible input.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::lenient::{BodyError, empty_as_none, from_body, from_value};
use crate::{
    JsonResponse, LoginDTO, NetDateTime, NoBody, PaginationParameter, SEG_ROLDTO, SEG_USUARIODTO,
    SEG_USUARIOLoginDTO, TIPO_ESTADODTO,
};

fn date(y: i32, m: u32, d: u32, h: u32, mi: u32, s: u32, nanos: u32) -> NetDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|day| day.and_hms_nano_opt(h, mi, s, nanos))
        .map(NetDateTime)
        .expect("fecha de prueba válida")
}

fn body<T: serde::de::DeserializeOwned>(text: &str) -> T {
    match from_body(text.as_bytes()) {
        Ok(value) => value,
        Err(e) => panic!("{text} → {e}"),
    }
}

fn body_err<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> BodyError {
    match from_body::<T>(text.as_bytes()) {
        Ok(value) => panic!("{text} debió fallar, dio {value:?}"),
        Err(e) => e,
    }
}

fn keys(value: &Value) -> Vec<&str> {
    value
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

// ---- output ---------------------------------------------------------------------------------

/// `dtos.SEG_USUARIODTO.json_property_order` from romsoft-legacy.json.
const SEG_USUARIODTO_ORDER: [&str; 20] = [
    "id_usuario",
    "id_rol",
    "usuario",
    "clave",
    "apellidos",
    "nombres",
    "nro_documento",
    "sexo",
    "email",
    "celular",
    "estado",
    "RolNombre",
    "Cantidad",
    "FechaCreacion",
    "FechaModificacion",
    "UsuarioCreacion",
    "UsuarioModificacion",
    "IdUsuarioActual",
    "id_usuarioCreacion",
    "id_usuarioModifica",
];

#[test]
fn seg_usuario_serializes_in_contract_order_with_nulls_and_net_dates() {
    let user = SEG_USUARIODTO {
        id_usuario: 7,
        id_rol: 2,
        usuario: Some("jgarcia".into()),
        nombres: Some("José".into()),
        estado: Some("A".into()),
        FechaCreacion: Some(date(2021, 9, 5, 0, 0, 0, 0)),
        FechaModificacion: Some(date(2021, 9, 5, 10, 11, 12, 500_000_000)),
        ..Default::default()
    };
    let value = serde_json::to_value(&user).unwrap_or_default();
    assert_eq!(keys(&value), SEG_USUARIODTO_ORDER);
    assert_eq!(SEG_USUARIODTO::JSON_PROPERTIES, SEG_USUARIODTO_ORDER);
    assert_eq!(value["clave"], Value::Null);
    assert_eq!(value["RolNombre"], Value::Null);
    assert_eq!(value["Cantidad"], json!(0));
    assert_eq!(value["FechaCreacion"], json!("2021-09-05T00:00:00"));
    assert_eq!(value["FechaModificacion"], json!("2021-09-05T10:11:12.5"));

    let text = serde_json::to_string(&user).unwrap_or_default();
    assert!(
        text.starts_with(r#"{"id_usuario":7,"id_rol":2,"usuario":"jgarcia","clave":null,"#),
        "{text}"
    );
    assert!(text.contains(r#""nombres":"José""#), "sin escapar: {text}");
    assert!(text.ends_with(r#""UsuarioModificacion":null,"IdUsuarioActual":0,"id_usuarioCreacion":0,"id_usuarioModifica":0}"#), "{text}");
}

#[test]
fn other_dtos_follow_contract_order() {
    let rol = serde_json::to_value(SEG_ROLDTO::default()).unwrap_or_default();
    assert_eq!(
        keys(&rol),
        [
            "id_rol",
            "rol",
            "descripcion",
            "estado",
            "FechaCreacion",
            "FechaModificacion",
            "UsuarioCreacion",
            "UsuarioModificacion",
            "IdUsuarioActual",
            "id_usuarioCreacion",
            "id_usuarioModifica",
        ]
    );
    let estado = serde_json::to_value(TIPO_ESTADODTO::default()).unwrap_or_default();
    assert_eq!(
        keys(&estado),
        [
            "tabla",
            "id_estado",
            "estado",
            "FechaCreacion",
            "FechaModificacion",
            "UsuarioCreacion",
            "UsuarioModificacion",
            "IdUsuarioActual",
            "id_usuarioCreacion",
            "id_usuarioModifica",
        ]
    );
    let login = serde_json::to_value(SEG_USUARIOLoginDTO::default()).unwrap_or_default();
    assert_eq!(
        keys(&login),
        [
            "id_usuario",
            "id_rol",
            "usuario",
            "clave",
            "apellidos",
            "nombres",
            "estado",
            "token"
        ]
    );
    assert_eq!(
        serde_json::to_string(&LoginDTO::default()).unwrap_or_default(),
        r#"{"Username":null,"Password":null,"ValidacionAD":false}"#
    );
    assert_eq!(
        serde_json::to_string(&PaginationParameter::default()).unwrap_or_default(),
        r#"{"OrderBy":null,"Start":0,"CurrentPage":0,"AmountRows":0,"WhereFilter":null}"#
    );
    assert_eq!(serde_json::to_string(&NoBody {}).unwrap_or_default(), "{}");
}

#[test]
fn envelope_with_dto() {
    let reply = JsonResponse::ok_message(
        "Se encontraron registros.",
        Some(vec![SEG_ROLDTO {
            id_rol: 1,
            rol: Some("ADMIN".into()),
            ..Default::default()
        }]),
    );
    let value = serde_json::to_value(&reply).unwrap_or_default();
    assert_eq!(keys(&value), ["Message", "Success", "Warning", "Data"]);
    assert_eq!(value["Data"][0]["rol"], json!("ADMIN"));
    assert_eq!(value["Data"][0]["FechaCreacion"], Value::Null);
}

#[test]
fn passwords_do_not_reach_debug_output() {
    let login = LoginDTO {
        Username: Some("ana".into()),
        Password: Some("s3cr3t".into()),
        ValidacionAD: false,
    };
    let printed = format!("{login:?}");
    assert!(
        printed.contains("\"ana\"") && printed.contains("***"),
        "{printed}"
    );
    assert!(!printed.contains("s3cr3t"), "{printed}");
    let user = SEG_USUARIODTO {
        clave: Some("s3cr3t".into()),
        ..Default::default()
    };
    assert!(!format!("{user:?}").contains("s3cr3t"));
    // Redaction is only for Debug: the wire keeps the value (the edit screen needs it).
    assert!(
        serde_json::to_string(&user)
            .unwrap_or_default()
            .contains("s3cr3t")
    );
}

// ---- input ----------------------------------------------------------------------------------

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
    // Json.NET reads one value and ignores what follows it.
    assert_eq!(body::<SEG_ROLDTO>(r#"{"id_rol":1} basura"#).id_rol, 1);
}

#[test]
fn accented_text_round_trips() {
    let user = SEG_USUARIODTO {
        apellidos: Some("García Ñahui".into()),
        nombres: Some("Sebastián".into()),
        ..Default::default()
    };
    let text = serde_json::to_string(&user).unwrap_or_default();
    assert!(text.contains("\"apellidos\":\"García Ñahui\""), "{text}");
    let back: SEG_USUARIODTO = body(&text);
    assert_eq!(back.apellidos.as_deref(), Some("García Ñahui"));
    assert_eq!(back, user);
}

#[test]
fn serialize_then_read_gives_the_same_value() {
    let user = SEG_USUARIODTO {
        id_usuario: 10,
        id_rol: 2,
        usuario: Some("admin".into()),
        clave: Some("x".into()),
        apellidos: Some(String::new()),
        estado: Some("A".into()),
        RolNombre: Some("Administrador".into()),
        Cantidad: 25,
        FechaCreacion: Some(date(2021, 9, 5, 10, 11, 12, 123_456_700)),
        FechaModificacion: Some(NetDateTime::MIN),
        UsuarioCreacion: Some("sistema".into()),
        IdUsuarioActual: 1,
        id_usuarioCreacion: 1,
        id_usuarioModifica: 2,
        ..Default::default()
    };
    let text = serde_json::to_vec(&user).unwrap_or_default();
    assert_eq!(from_body::<SEG_USUARIODTO>(&text), Ok(user.clone()));
    // Plain serde_json reads our own output too.
    assert_eq!(
        serde_json::from_slice::<SEG_USUARIODTO>(&text).ok(),
        Some(user)
    );

    let page = PaginationParameter {
        OrderBy: Some("rol".into()),
        Start: 1,
        CurrentPage: 2,
        AmountRows: 10,
        WhereFilter: None,
    };
    let text = serde_json::to_vec(&page).unwrap_or_default();
    assert_eq!(from_body::<PaginationParameter>(&text), Ok(page));

    let reply = JsonResponse::ok(SEG_ROLDTO {
        id_rol: 4,
        ..Default::default()
    });
    let text = serde_json::to_vec(&reply).unwrap_or_default();
    assert_eq!(from_body::<JsonResponse<SEG_ROLDTO>>(&text), Ok(reply));
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
fn nested_paths_lists_and_maps() {
    #[derive(Debug, Default, Deserialize, Serialize)]
    #[serde(default)]
    struct Item {
        precio: f64,
        cantidad: i32,
    }
    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    struct Pedido {
        items: Vec<Item>,
        cabecera: Option<Box<Item>>,
        extras: BTreeMap<String, i32>,
        por_id: BTreeMap<i32, String>,
    }
    let p: Pedido = body(
        r#"{"ITEMS":[{"Precio":"1.5"},{"cantidad":"2"}],"cabecera":"","extras":{"a":"1"},"por_id":{"3":"x"}}"#,
    );
    assert_eq!(p.items.len(), 2);
    assert_eq!((p.items[0].precio, p.items[1].cantidad), (1.5, 2));
    assert_eq!(p.cabecera.map(|c| c.cantidad), Some(0));
    assert_eq!(p.extras.get("a"), Some(&1));
    assert_eq!(p.por_id.get(&3).map(String::as_str), Some("x"));

    let p: Pedido = body(r#"{"items":null,"extras":null}"#);
    assert!(p.items.is_empty() && p.extras.is_empty());

    let err = body_err::<Pedido>(r#"{"items":[{},{},{"precio":"caro"}]}"#);
    assert_eq!(
        err.to_string(),
        "El campo 'items[2].precio' tiene un valor inválido: se esperaba un número y se recibió \"caro\"."
    );
    let err = body_err::<Pedido>(r#"{"items":{"precio":1}}"#);
    assert!(
        matches!(&err, BodyError::Field { path, .. } if path == "items"),
        "{err}"
    );
    let err = body_err::<Pedido>(r#"{"cabecera":[1]}"#);
    assert!(
        matches!(&err, BodyError::Field { path, message } if path == "cabecera" && message.contains("un objeto")),
        "{err}"
    );
    let err = body_err::<Vec<Item>>(r#"[{"cantidad":1},{"cantidad":false}]"#);
    assert!(
        matches!(&err, BodyError::Field { path, .. } if path == "[1].cantidad"),
        "{err}"
    );
}

#[test]
fn enums_and_values() {
    #[derive(Debug, PartialEq, Deserialize)]
    enum Estado {
        Activo,
        Inactivo,
    }
    #[derive(Debug, PartialEq, Deserialize)]
    struct Conjunto(i32, String);

    assert_eq!(from_value::<Estado>(json!("activo")), Ok(Estado::Activo));
    assert_eq!(
        from_value::<Estado>(json!("INACTIVO")),
        Ok(Estado::Inactivo)
    );
    assert_eq!(from_value::<Estado>(json!(1)), Ok(Estado::Inactivo));
    assert!(matches!(
        from_value::<Estado>(json!("otro")),
        Err(BodyError::WrongShape { .. })
    ));
    assert_eq!(
        from_value::<Conjunto>(json!(["1", 2])),
        Ok(Conjunto(1, "2".into()))
    );
    assert_eq!(
        from_value::<Value>(json!({"a":[1,"b",null]})),
        Ok(json!({"a":[1,"b",null]}))
    );
    assert_eq!(from_value::<(u8, bool)>(json!([7, "true"])), Ok((7, true)));
}

// ---- OpenAPI --------------------------------------------------------------------------------

#[test]
fn openapi_schemas() {
    use utoipa::{PartialSchema, ToSchema};

    let schema = serde_json::to_value(SEG_ROLDTO::schema()).unwrap_or_default();
    let props = keys(&schema["properties"]);
    assert_eq!(props, SEG_ROLDTO::JSON_PROPERTIES, "{schema}");

    let date = serde_json::to_value(NetDateTime::schema()).unwrap_or_default();
    assert_eq!(date["type"], json!("string"));
    assert_eq!(date["format"], json!("date-time"));
    assert_eq!(date["examples"], json!(["2021-09-05T00:00:00"]));

    let mut referenced = Vec::new();
    SEG_ROLDTO::schemas(&mut referenced);
    let names: Vec<&str> = referenced.iter().map(|(name, _)| name.as_str()).collect();
    assert!(names.contains(&"NetDateTime"), "{names:?}");

    let reply = serde_json::to_value(JsonResponse::<SEG_ROLDTO>::schema()).unwrap_or_default();
    assert_eq!(
        keys(&reply["properties"]),
        ["Message", "Success", "Warning", "Data"]
    );
}
