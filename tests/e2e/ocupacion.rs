//! Actions served only through the generator: `ADM_GENERO/GetAllActives` and the six
//! `ADM_OCUPACION` actions, with the contract's shapes, messages, audit and "who did it" from
//! the token.

use serde_json::{Value, json};

use crate::harness::*;

fn ocupacion(descripcion: &str) -> Value {
    // What the desktop client sends: every property, forged audit fields included.
    json!({
        "id_ocupacion": 0, "c_codigo": "ING", "t_descripcion": descripcion, "t_observacion": "Área técnica",
        "f_estado": 1, "estado": "Activo", "FechaCreacion": "0001-01-01T00:00:00", "FechaModificacion": null,
        "UsuarioCreacion": "intruso", "UsuarioModificacion": "intruso", "IdUsuarioActual": 999,
        "id_usuarioCreacion": 999, "id_usuarioModifica": 999
    })
}

fn keys_in_contract_order(v: &Value, dto: &str) {
    assert_eq!(Reply::keys(v), contract_order(dto), "{v}");
}

#[test]
fn genero_lists_the_seeded_sexes() {
    let s = Server::start();
    let token = s.admin_token();
    for body in ["", "\"\"", "null", "{}"] {
        let v = s.call("/api/ADM_GENERO/GetAllActives", body, &token);
        assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{v}");
        let data = v["Data"].as_array().unwrap();
        assert_eq!(data.iter().map(|g| g["t_descripcion"].as_str().unwrap()).collect::<Vec<_>>(), ["Femenino", "Masculino"]);
        keys_in_contract_order(&data[0], "ADM_GENERODTO");
        assert!(data[0]["id_genero"].is_i64() && data[0]["c_codigo"].is_string());
    }
}

#[test]
fn ocupacion_full_cycle_with_the_tokens_user_in_every_audit_field() {
    let s = Server::start();
    let token = s.admin_token();
    let admin_id: i64 = s.db().query_row("SELECT id_usuario FROM SEG_USUARIO WHERE usuario = 'admin'", [], |r| r.get(0)).unwrap();

    // Add: the contract's message, no Data; a second Add of the same description is a duplicate.
    let v = s.call("/api/ADM_OCUPACION/Add", &ocupacion("Ingeniero civil").to_string(), &token);
    assert_eq!((v["Message"].as_str(), v["Warning"].as_bool(), v["Data"].is_null()), (Some("Se registró satisfactoriamente."), Some(false), true));
    let v = s.call("/api/ADM_OCUPACION/Add", &ocupacion("ingeniero CIVIL").to_string(), &token);
    assert_eq!((v["Message"].as_str(), v["Warning"].as_bool()), (Some("El registro ya existe."), Some(true)));

    // The forged ids (999, "intruso") are ignored: the row says the token's user.
    let (id, by): (i64, i64) = s
        .db()
        .query_row("SELECT id_ocupacion, id_user_registro FROM ADM_OCUPACION WHERE t_descripcion = 'Ingeniero civil'", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!(by, admin_id);
    let audit: (String, String) = s
        .db()
        .query_row("SELECT Usuario, Accion FROM Log WHERE Accion = 'Add' ORDER BY rowid DESC LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!(audit, ("admin".to_string(), "Add".to_string()));

    // GetById: a list of one, every DTO property in contract order with its JSON type.
    let v = s.call("/api/ADM_OCUPACION/GetById", &json!({ "id_ocupacion": id }).to_string(), &token);
    let row = &v["Data"][0];
    keys_in_contract_order(row, "ADM_OCUPACIONDTO");
    assert_eq!(row["t_descripcion"], "Ingeniero civil");
    assert_eq!(row["t_observacion"], "Área técnica");
    assert_eq!(row["estado"], "Activo");
    assert_eq!(row["UsuarioCreacion"], "admin");
    assert_eq!(row["id_usuarioCreacion"], admin_id);
    assert!(row["FechaCreacion"].as_str().is_some_and(|d| d.len() >= 19 && !d.ends_with('Z')), "{row}");
    assert!(s.call("/api/ADM_OCUPACION/GetById", r#"{"id_ocupacion": 4242}"#, &token)["Data"].as_array().unwrap().is_empty());

    // Update with forged modifier ids.
    let mut upd = ocupacion("Ingeniera civil");
    upd["id_ocupacion"] = json!(id);
    let v = s.call("/api/ADM_OCUPACION/Update", &upd.to_string(), &token);
    assert_eq!(v["Message"], "Se actualizó satisfactoriamente.");
    let by: i64 = s.db().query_row("SELECT id_user_modifica FROM ADM_OCUPACION WHERE id_ocupacion = ?1", [id], |r| r.get(0)).unwrap();
    assert_eq!(by, admin_id);
    upd["id_ocupacion"] = json!(4242);
    assert_eq!(s.call("/api/ADM_OCUPACION/Update", &upd.to_string(), &token)["Message"], "No se pudo realizar la actualización.");

    // GetAllFilters by part of the description, any case; GetAllActives.
    let v = s.call("/api/ADM_OCUPACION/GetAllFilters", r#"{"t_descripcion": "CIVIL"}"#, &token);
    assert_eq!(v["Data"].as_array().unwrap().len(), 1, "{v}");
    assert_eq!(s.call("/api/ADM_OCUPACION/GetAllActives", "", &token)["Data"].as_array().unwrap().len(), 1);

    // Delete is a soft delete: gone from the actives, still there as Inactivo.
    let v = s.call("/api/ADM_OCUPACION/Delete", &json!({ "id_ocupacion": id }).to_string(), &token);
    assert_eq!(v["Message"], "Se eliminó satisfactoriamente.");
    assert!(s.call("/api/ADM_OCUPACION/GetAllActives", "", &token)["Data"].as_array().unwrap().is_empty());
    let v = s.call("/api/ADM_OCUPACION/GetById", &json!({ "id_ocupacion": id }).to_string(), &token);
    assert_eq!(v["Data"][0]["estado"], "Inactivo");
    assert_eq!(s.call("/api/ADM_OCUPACION/Delete", r#"{"id_ocupacion": 4242}"#, &token)["Message"], "No se pudo realizar la eliminación.");
    let audits: i64 = s.db().query_row("SELECT COUNT(*) FROM Log WHERE Objeto LIKE '%id_ocupacion%'", [], |r| r.get(0)).unwrap();
    assert_eq!(audits, 6, "every Add, Update and Delete is audited, warnings included");
}

#[test]
fn a_text_where_a_number_belongs_is_a_spanish_error_naming_the_field() {
    let s = Server::start();
    let token = s.admin_token();
    let v = s.call("/api/ADM_OCUPACION/GetById", r#"{"id_ocupacion": "doce"}"#, &token);
    assert_eq!(v["Success"], false);
    assert!(v["Message"].as_str().unwrap().contains("id_ocupacion"), "{v}");
}

#[test]
fn a_mutation_is_never_stored_without_its_audit_row() {
    let s = Server::start();
    let token = s.admin_token();
    let count = |sql: &str| -> i64 { s.db().query_row(sql, [], |r| r.get(0)).unwrap() };
    // The audit table cannot be written: the mutation must not happen either.
    s.db().execute_batch("ALTER TABLE Log RENAME TO Log_fuera;").unwrap();
    let v = s.call("/api/ADM_OCUPACION/Add", &ocupacion("Contador").to_string(), &token);
    assert_eq!((v["Success"].as_bool(), v["Message"].as_str()), (Some(false), Some("Hubo un error, inténtelo más tarde.")), "{v}");
    assert_eq!(count("SELECT COUNT(*) FROM ADM_OCUPACION"), 0, "rolled back with its audit row");
    // Once it can, both are written together.
    s.db().execute_batch("ALTER TABLE Log_fuera RENAME TO Log;").unwrap();
    let v = s.call("/api/ADM_OCUPACION/Add", &ocupacion("Contador").to_string(), &token);
    assert_eq!(v["Message"], "Se registró satisfactoriamente.", "{v}");
    assert_eq!(count("SELECT COUNT(*) FROM ADM_OCUPACION"), 1);
    assert_eq!(count("SELECT COUNT(*) FROM Log WHERE Accion = 'Add' AND Objeto LIKE '%Contador%'"), 1);
}

#[test]
fn a_text_longer_than_its_column_is_refused_naming_the_field_never_cut() {
    let s = Server::start();
    let token = s.admin_token();
    let v = s.call("/api/ADM_OCUPACION/Add", &ocupacion(&"é".repeat(201)).to_string(), &token);
    assert_eq!(
        (v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()),
        (Some(true), Some(true), Some("El campo 't_descripcion' admite hasta 200 caracteres y llegaron 201.")),
        "{v}"
    );
    let n: i64 = s.db().query_row("SELECT COUNT(*) FROM ADM_OCUPACION", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 0, "nothing stored, nothing cut");
    let v = s.call("/api/ADM_OCUPACION/Add", &ocupacion(&"é".repeat(200)).to_string(), &token);
    assert_eq!(v["Message"], "Se registró satisfactoriamente.", "200 characters (not bytes) fit");
    // The same rule for every procedure: a user's e-mail (NVARCHAR(150)).
    let body = json!({"id_rol": 2, "usuario": "largo", "clave": "Clave#2026", "estado": "A", "email": "x".repeat(151)});
    let v = s.call("/api/SEG_USUARIO/Add", &body.to_string(), &token);
    assert_eq!(v["Message"], "El campo 'email' admite hasta 150 caracteres y llegaron 151.", "{v}");
}
