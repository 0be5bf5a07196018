//! What we write, we (and plain `serde_json`) read back unchanged.

use super::{body, date};
use crate::lenient::from_body;
use crate::{JsonResponse, NetDateTime, PaginationParameter, SEG_ROLDTO, SEG_USUARIODTO};

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
