use super::*;
use crate::Value;

#[test]
fn names_are_unique_and_schema_qualified() {
    let mut seen = std::collections::HashSet::new();
    for p in ALL {
        assert!(p.name.starts_with("Romsoft."), "{}", p.name);
        assert!(seen.insert(p.name.to_ascii_lowercase()), "duplicate {}", p.name);
        for par in p.params {
            assert!(par.name.starts_with('@'), "{} {}", p.name, par.name);
        }
    }
}

#[test]
fn arguments_are_coerced_like_ado_net_or_refused() {
    let p = &SEG_USUARIO_VERIFY_EXISTS;
    assert_eq!(p.coerce_args(vec![Value::from("x")]).unwrap(), vec![Value::from("x")]);
    assert_eq!(p.coerce_args(vec![Value::Null]).unwrap(), vec![Value::Null]);
    assert_eq!(p.coerce_args(vec![Value::Int(12)]).unwrap(), vec![Value::from("12")]);
    assert!(p.coerce_args(vec![]).is_err());
    let by_id = &SEG_USUARIO_GET_BY_ID;
    assert_eq!(by_id.coerce_args(vec![Value::from(" 7 ")]).unwrap(), vec![Value::Int(7)]);
    let e = by_id.coerce_args(vec![Value::from("secreto")]).unwrap_err();
    assert!(!e.to_string().contains("secreto"), "{e}");
}

#[test]
fn find_accepts_short_and_full_names() {
    assert_eq!(find("p_SEG_USUARIO_Insert").unwrap().name, "Romsoft.p_SEG_USUARIO_Insert");
    assert_eq!(find("romsoft.log_insert").unwrap().name, "Romsoft.Log_Insert");
    assert!(find("p_nope").is_none());
}

#[test]
fn audit_parameters_never_come_from_the_body() {
    // "Who did it" and "when" are the token's user and the server clock, for every procedure.
    const AUDIT_FIELDS: &[&str] = &[
        "UsuarioCreacion", "UsuarioModificacion", "id_usuarioCreacion", "id_usuarioModifica", "IdUsuarioActual",
        "FechaCreacion", "FechaModificacion",
    ];
    for p in ALL {
        for par in p.params {
            if let Some(f) = par.field() {
                assert!(!AUDIT_FIELDS.contains(&f), "{} {} reads {f} from the body", p.name, par.name);
            }
        }
    }
    let insert = &ADM_OCUPACION_INSERT;
    let sources: Vec<_> = insert.params.iter().map(|p| (p.name, p.source)).collect();
    assert!(sources.contains(&("@id_user_registro", Source::ActingUserId)), "{sources:?}");
    assert!(sources.contains(&("@d_fecha_registro", Source::Now)), "{sources:?}");
}

#[test]
fn text_parameters_know_their_length_from_the_tsql_declaration() {
    let by_name = |p: &Procedure, n: &str| p.params.iter().find(|x| x.name == n).unwrap().max_len;
    assert_eq!(by_name(&SEG_USUARIO_INSERT, "@usuario"), Some(50));
    assert_eq!(by_name(&SEG_USUARIO_INSERT, "@sexo"), Some(1));
    assert_eq!(by_name(&LOG_INSERT, "@Objeto"), None, "NVARCHAR(MAX)");
    assert_eq!(by_name(&SEG_USUARIO_INSERT, "@id_rol"), None, "not text");
    // The look-up procedure declares @Username NVARCHAR(200).
    let e = SEG_USUARIO_VERIFY_EXISTS.coerce_args(vec![Value::from("ñ".repeat(201))]).unwrap_err();
    assert_eq!(e.to_string(), "El campo 'usuario' admite hasta 200 caracteres y llegaron 201.");
    assert!(SEG_USUARIO_VERIFY_EXISTS.coerce_args(vec![Value::from("ñ".repeat(200))]).is_ok(), "characters, not bytes");
}
