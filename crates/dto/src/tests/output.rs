//! Output: property order, `null`s, .NET dates, the envelope, redacted `Debug`, OpenAPI.

use serde_json::{Value, json};

use super::{date, keys};
use crate::{
    JsonResponse, LoginDTO, NetDateTime, NoBody, PaginationParameter, SEG_ROLDTO, SEG_USUARIODTO,
    SEG_USUARIOLoginDTO, TIPO_ESTADODTO,
};

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

#[test]
fn openapi_schemas() {
    use utoipa::{PartialSchema, ToSchema};

    let schema = serde_json::to_value(SEG_ROLDTO::schema()).unwrap_or_default();
    let props = keys(&schema["properties"]);
    assert_eq!(props, SEG_ROLDTO::JSON_PROPERTIES, "{schema}");

    let date = serde_json::to_value(NetDateTime::schema()).unwrap_or_default();
    assert_eq!(date["type"], json!("string"));
    // Not RFC 3339 date-time (no offset): described by what .NET writes.
    assert_eq!(date.get("format"), None, "{date}");
    assert_eq!(date["pattern"], json!(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?$"));
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
