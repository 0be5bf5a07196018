//! `ADM_PROFESIONAL` maintenance (Add, Update, Delete, GetById, GetAllFilters: actions the
//! legacy backend never had) over HTTP: the Peruvian validations, the duplicate check, the main
//! specialty kept in ADM_PROFESIONAL_ESPECIALIDAD, audit with the token's user, shapes and roles.

use serde_json::{Value, json};

use crate::harness::*;

const DTO: &str = "ADM_PROFESIONALDTO";

/// What the desktop client's professional screen sends: every property, forged audit fields too.
fn profesional(s: &Server, dni: &str, cmp: &str, especialidad: &str) -> Value {
    json!({
        "id_profesional": 0, "c_codigo": null, "t_apellidos": "Pérez Ñahui", "t_nombres": "José Ángel", "t_medico": null,
        "t_direccion": "Av. Arequipa 1234, Lima", "t_observacion": "Turno mañana",
        "d_fecha_nace": "1980-05-17T00:00:00",
        "id_genero": id_of(s, "ADM_GENERO", "id_genero", "M"),
        "id_tipo_documento": id_of(s, "ADM_DOCUMENTO_IDENTIDAD", "id_documento_identidad", "1"),
        "c_numero_documento": dni,
        "id_especialidad": id_of(s, "ADM_ESPECIALIDAD", "id_especialidad", especialidad),
        "c_nro_especialidad": "RNE 12345",
        "id_tipo_profesional": id_of(s, "ADM_TIPO_PROFESIONAL", "id_tipo_profesional", "MED"),
        "c_colegiatura": cmp,
        "id_condicion_profesional": id_of(s, "ADM_CONDICION_PROFESIONAL", "id_condicion_profesional", "STA"),
        "c_telefono_1": "987654321", "c_telefono_2": null, "f_estado": 1,
        "FechaCreacion": "0001-01-01T00:00:00", "FechaModificacion": null, "UsuarioCreacion": "intruso",
        "UsuarioModificacion": "intruso", "IdUsuarioActual": 999, "id_usuarioCreacion": 999, "id_usuarioModifica": 999
    })
}

/// Checks one listed professional: the contract's property order and each JSON type.
fn assert_item(item: &Value) {
    assert_contract_item(item, DTO, "ADM_PROFESIONAL");
}

fn ok(v: &Value, message: &str) {
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(false), Some(message)), "{v}");
}

fn warning(v: &Value, message: &str) {
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(true), Some(message)), "{v}");
    assert!(v["Data"].is_null(), "{v}");
}

fn list(v: &Value) -> &Vec<Value> {
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{v}");
    v["Data"].as_array().unwrap_or_else(|| panic!("{v}"))
}

#[test]
fn profesional_full_cycle_with_specialty_and_audit() {
    let s = Server::start();
    let token = s.admin_token();
    let admin_id = count(&s, "SELECT id_usuario FROM SEG_USUARIO WHERE usuario = 'admin'");
    let cardio = id_of(&s, "ADM_ESPECIALIDAD", "id_especialidad", "E002");

    // Add: the contract's message, no Data; the row says the token's user, not the forged one.
    ok(&s.call("/api/ADM_PROFESIONAL/Add", &profesional(&s, "44332211", "012345", "E002").to_string(), &token), "Se registró satisfactoriamente.");
    let (id, by, nace): (i64, i64, String) = s
        .db()
        .query_row("SELECT id_profesional, id_user_registro, d_fecha_nace FROM ADM_PROFESIONAL", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    assert_eq!((by, nace.as_str()), (admin_id, "1980-05-17"));
    assert_eq!(count(&s, &format!("SELECT COUNT(*) FROM ADM_PROFESIONAL_ESPECIALIDAD WHERE id_profesional = {id} AND id_especialidad = {cardio} AND f_estado = 1 AND c_nro_especialidad = 'RNE 12345'")), 1);

    // GetAllFilters by surname without accents nor case, and by name; by document prefix.
    for body in [json!({"t_apellidos": "perez nahui", "f_estado": 1}), json!({"t_nombres": "JOSE", "f_estado": -1}), json!({"c_numero_documento": "4433", "f_estado": 1})] {
        let v = s.call("/api/ADM_PROFESIONAL/GetAllFilters", &body.to_string(), &token);
        let rows = list(&v);
        assert_eq!(rows.len(), 1, "{body}: {v}");
        assert_item(&rows[0]);
        assert_eq!(rows[0]["t_medico"], "Pérez Ñahui, José Ángel");
    }
    assert!(list(&s.call("/api/ADM_PROFESIONAL/GetAllFilters", r#"{"t_apellidos": "quispe", "f_estado": -1}"#, &token)).is_empty());
    assert!(list(&s.call("/api/ADM_PROFESIONAL/GetAllFilters", r#"{"t_apellidos": "perez", "f_estado": 0}"#, &token)).is_empty());
    let by_specialty = json!({"id_especialidad": cardio, "f_estado": 1}).to_string();
    assert_eq!(list(&s.call("/api/ADM_PROFESIONAL/GetAllFilters", &by_specialty, &token)).len(), 1);

    // GetById: a list of one with every property in contract order and the stored values.
    let v = s.call("/api/ADM_PROFESIONAL/GetById", &json!({"id_profesional": id}).to_string(), &token);
    let row = &list(&v)[0];
    assert_item(row);
    assert_eq!(row["c_numero_documento"], "44332211");
    assert_eq!(row["c_colegiatura"], "012345");
    assert_eq!(row["d_fecha_nace"], "1980-05-17T00:00:00");
    assert_eq!(row["id_especialidad"], cardio);
    assert_eq!(row["UsuarioCreacion"], "admin");
    assert_eq!(row["id_usuarioCreacion"], admin_id);
    assert!(list(&s.call("/api/ADM_PROFESIONAL/GetById", r#"{"id_profesional": 4242}"#, &token)).is_empty());

    // Update: new surname and a new main specialty; the replaced one is inactive.
    let mut upd = profesional(&s, "44332211", "12345", "E003");
    upd["id_profesional"] = json!(id);
    upd["t_apellidos"] = json!("Pérez Quispe");
    ok(&s.call("/api/ADM_PROFESIONAL/Update", &upd.to_string(), &token), "Se actualizó satisfactoriamente.");
    let pediatria = id_of(&s, "ADM_ESPECIALIDAD", "id_especialidad", "E003");
    assert_eq!(count(&s, &format!("SELECT id_user_modifica FROM ADM_PROFESIONAL WHERE id_profesional = {id}")), admin_id);
    assert_eq!(count(&s, &format!("SELECT f_estado FROM ADM_PROFESIONAL_ESPECIALIDAD WHERE id_profesional = {id} AND id_especialidad = {cardio}")), 0);
    let mut upd = profesional(&s, "99887766", "777", "E003");
    upd["id_profesional"] = json!(4242);
    warning(&s.call("/api/ADM_PROFESIONAL/Update", &upd.to_string(), &token), "No se pudo realizar la actualización.");

    // GetAllActives shows it as the combo boxes do; its specialties are the new main one only.
    let actives = s.call("/api/ADM_PROFESIONAL/GetAllActives", "", &token);
    assert!(list(&actives).iter().any(|p| p["id_profesional"] == id && p["t_medico"] == "Pérez Quispe, José Ángel"), "{actives}");
    let v = s.call("/api/ADM_ESPECIALIDAD/GetEspecialidadProfesionalById", &json!({"id_profesional": id}).to_string(), &token);
    let especialidades: Vec<i64> = list(&v).iter().map(|e| e["id_especialidad"].as_i64().unwrap()).collect();
    assert_eq!(especialidades, [pediatria], "{v}");

    // Delete is soft: gone from GetAllActives, still there (f_estado 0) by id.
    ok(&s.call("/api/ADM_PROFESIONAL/Delete", &json!({"id_profesional": id}).to_string(), &token), "Se eliminó satisfactoriamente.");
    assert!(!list(&s.call("/api/ADM_PROFESIONAL/GetAllActives", "", &token)).iter().any(|p| p["id_profesional"] == id));
    let v = s.call("/api/ADM_PROFESIONAL/GetById", &json!({"id_profesional": id}).to_string(), &token);
    assert_eq!(list(&v)[0]["f_estado"], 0);
    warning(&s.call("/api/ADM_PROFESIONAL/Delete", r#"{"id_profesional": 4242}"#, &token), "No se pudo realizar la eliminación.");

    // Every mutation is audited with the token's user: Add, 2 Updates, 2 Deletes.
    let audits: Vec<(String, String)> = {
        let db = s.db();
        let mut st = db.prepare("SELECT Usuario, Accion FROM Log WHERE Objeto LIKE '%id_profesional%' ORDER BY rowid").unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
    };
    let acciones: Vec<&str> = audits.iter().map(|(_, a)| a.as_str()).collect();
    assert_eq!(acciones, ["Add", "Update", "Update", "Delete", "Delete"], "{audits:?}");
    assert!(audits.iter().all(|(u, _)| u == "admin"), "{audits:?}");
}

#[test]
fn duplicates_and_invalid_fields_are_warnings_with_nothing_written() {
    let s = Server::start();
    let token = s.admin_token();
    let add = |body: &Value| s.call("/api/ADM_PROFESIONAL/Add", &body.to_string(), &token);
    ok(&add(&profesional(&s, "44332211", "12345", "E001")), "Se registró satisfactoriamente.");

    // Same document, or same CMP for another médico: the duplicate warning (audited, not stored).
    warning(&add(&profesional(&s, "44332211", "99999", "E001")), "El registro ya existe.");
    warning(&add(&profesional(&s, "11223344", "12345", "E001")), "El registro ya existe.");
    // An Update that takes another professional's document is a duplicate too.
    ok(&add(&profesional(&s, "11223344", "54321", "E001")), "Se registró satisfactoriamente.");
    let segundo = count(&s, "SELECT id_profesional FROM ADM_PROFESIONAL WHERE c_numero_documento = '11223344'");
    let mut upd = profesional(&s, "44332211", "54321", "E001");
    upd["id_profesional"] = json!(segundo);
    warning(&s.call("/api/ADM_PROFESIONAL/Update", &upd.to_string(), &token), "El registro ya existe.");
    let logs_before = count(&s, "SELECT COUNT(*) FROM Log");

    let cases: Vec<(Value, &str)> = vec![
        (profesional(&s, "4433221", "777", "E001"), "El campo 'c_numero_documento' no es un DNI válido: debe tener exactamente 8 dígitos."),
        (profesional(&s, "4433221X", "777", "E001"), "El campo 'c_numero_documento' no es un DNI válido: debe tener exactamente 8 dígitos."),
        (profesional(&s, "55667788", "CMP-777", "E001"), "El campo 'c_colegiatura' no es un número de colegiatura del CMP válido: de 1 a 6 dígitos."),
        (profesional(&s, "55667788", "", "E001"), "El campo 'c_colegiatura' es obligatorio."),
        ({ let mut b = profesional(&s, "55667788", "777", "E001"); b["d_fecha_nace"] = json!("2999-01-01T00:00:00"); b },
            "El campo 'd_fecha_nace' no puede ser una fecha futura."),
        ({ let mut b = profesional(&s, "55667788", "777", "E001"); b["d_fecha_nace"] = json!("1899-12-31"); b },
            "El campo 'd_fecha_nace' no puede ser anterior a 1900."),
        ({ let mut b = profesional(&s, "55667788", "777", "E001"); b["id_especialidad"] = json!(4242); b },
            "El campo 'id_especialidad' no es válido: el valor 4242 no existe o está inactivo."),
        ({ let mut b = profesional(&s, "55667788", "777", "E001"); b["id_genero"] = json!(-3); b },
            "El campo 'id_genero' no es válido: el valor -3 no existe o está inactivo."),
        ({ let mut b = profesional(&s, "55667788", "777", "E001"); b["id_tipo_documento"] = json!(0); b },
            "El campo 'id_tipo_documento' es obligatorio."),
        ({ let mut b = profesional(&s, "55667788", "777", "E001"); b["t_apellidos"] = json!("  "); b },
            "El campo 't_apellidos' es obligatorio."),
    ];
    for (body, message) in &cases {
        warning(&add(body), message);
    }
    // The document is checked by its type: a RUC with a wrong check digit, a good one.
    let ruc_tipo = id_of(&s, "ADM_DOCUMENTO_IDENTIDAD", "id_documento_identidad", "6");
    let mut ruc = profesional(&s, "20100047219", "777", "E001");
    ruc["id_tipo_documento"] = json!(ruc_tipo);
    warning(&add(&ruc), "El campo 'c_numero_documento' no es un RUC válido: el dígito verificador no corresponde.");
    // A nurse has no CMP: her registration number is not checked as one.
    let mut enfermera = profesional(&s, "55667788", "CEP-0042", "E001");
    enfermera["id_tipo_profesional"] = json!(id_of(&s, "ADM_TIPO_PROFESIONAL", "id_tipo_profesional", "ENF"));
    // Nothing was written or audited by the refused requests.
    assert_eq!(count(&s, "SELECT COUNT(*) FROM ADM_PROFESIONAL"), 2);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM Log"), logs_before);
    ok(&add(&enfermera), "Se registró satisfactoriamente.");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM ADM_PROFESIONAL WHERE c_colegiatura = 'CEP-0042'"), 1);
}

#[test]
fn every_action_answers_empty_blank_null_and_realistic_bodies_with_its_shape() {
    let s = Server::start();
    let token = s.admin_token();
    let realistic = profesional(&s, "44332211", "12345", "E001").to_string();
    for body in ["", "\"\"", "null"] {
        // Writes without data: the first missing field, nothing stored.
        for action in ["Add", "Update"] {
            warning(&s.call(&format!("/api/ADM_PROFESIONAL/{action}"), body, &token), "El campo 't_apellidos' es obligatorio.");
        }
        warning(&s.call("/api/ADM_PROFESIONAL/Delete", body, &token), "No se pudo realizar la eliminación.");
        for action in ["GetById", "GetAllFilters"] {
            assert!(list(&s.call(&format!("/api/ADM_PROFESIONAL/{action}"), body, &token)).is_empty(), "{action} {body}");
        }
    }
    assert_eq!(count(&s, "SELECT COUNT(*) FROM ADM_PROFESIONAL"), 0);

    ok(&s.call("/api/ADM_PROFESIONAL/Add", &realistic, &token), "Se registró satisfactoriamente.");
    let id = count(&s, "SELECT id_profesional FROM ADM_PROFESIONAL");
    let mut upd: Value = serde_json::from_str(&realistic).unwrap();
    upd["id_profesional"] = json!(id);
    let v = s.call("/api/ADM_PROFESIONAL/Update", &upd.to_string(), &token);
    ok(&v, "Se actualizó satisfactoriamente.");
    assert!(v["Data"].is_null());
    for action in ["GetById", "GetAllFilters"] {
        let v = s.call(&format!("/api/ADM_PROFESIONAL/{action}"), &upd.to_string(), &token);
        let rows = list(&v);
        assert_eq!(rows.len(), 1, "{action}: {v}");
        assert_item(&rows[0]);
    }
    // Empty filters: f_estado 0 (unset) lists the inactive ones only, -1 every one.
    assert!(list(&s.call("/api/ADM_PROFESIONAL/GetAllFilters", "{}", &token)).is_empty());
    assert_eq!(list(&s.call("/api/ADM_PROFESIONAL/GetAllFilters", r#"{"f_estado": -1}"#, &token)).len(), 1);
    let v = s.call("/api/ADM_PROFESIONAL/Delete", &upd.to_string(), &token);
    ok(&v, "Se eliminó satisfactoriamente.");
    assert!(v["Data"].is_null());
    assert_eq!(list(&s.call("/api/ADM_PROFESIONAL/GetAllFilters", "{}", &token)).len(), 1);
}

#[test]
fn pharmacy_cannot_register_professionals_but_reads_them() {
    let s = Server::start();
    let admin = s.admin_token();
    let (_, farmacia) = user_with_role(&s, &admin, "farma1", 5);

    warning(&s.call("/api/ADM_PROFESIONAL/Add", &profesional(&s, "44332211", "12345", "E001").to_string(), &farmacia), FORBIDDEN);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM ADM_PROFESIONAL"), 0);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM Log WHERE Accion = 'AccesoDenegado' AND Objeto LIKE '%ADM_PROFESIONAL/Add%'"), 1);
    for action in ["GetAllActives", "GetAllFilters", "GetById"] {
        list(&s.call(&format!("/api/ADM_PROFESIONAL/{action}"), "{}", &farmacia));
    }
}
