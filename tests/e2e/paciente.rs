//! ADM_PACIENTE over HTTP as admission runs it: register (the next clinical record number when
//! none is sent, never twice the same under concurrent Adds), a document registered twice, the
//! Peruvian checks, GetById with its catalogs' descriptions, Update, soft Delete, audit rows.

use serde_json::{Value, json};

use crate::harness::*;

#[test]
fn admission_registers_finds_updates_and_deactivates_a_patient() {
    let s = Server::start();
    let token = s.admin_token();
    let add = |body: &Value| s.call("/api/ADM_PACIENTE/Add", &body.to_string(), &token);

    let v = add(&paciente(&s, "45671234"));
    assert_envelope(&v);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(false), Some("Se registró satisfactoriamente.")), "{v}");
    let (id, historia, nombre, busqueda, estado): (i64, i64, String, String, i64) = s
        .db()
        .query_row("SELECT id_paciente, n_historia_clinica, t_paciente, t_busqueda, f_estado FROM ADM_PACIENTE", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap();
    assert_eq!((historia, nombre.as_str(), estado), (1, "García Ñahui Rosa Elena", 1));
    assert!(busqueda.starts_with("garcia nahui rosa elena 45671234"), "{busqueda}");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM Log WHERE Accion = 'Add' AND Objeto LIKE '%45671234%'"), 1, "audited");

    // The same document again: the procedure's own message, nothing written.
    let v = add(&paciente(&s, "45671234"));
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(true)), "{v}");
    assert_eq!(v["Message"], "Ya existe un paciente con ese documento de identidad: historia clínica 1.");
    // A record number already taken: the contract's duplicate warning.
    let mut taken = paciente(&s, "45671235");
    taken["n_historia_clinica"] = json!(1);
    assert_eq!(add(&taken)["Message"], "El registro ya existe.");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM ADM_PACIENTE"), 1);

    // Peruvian checks, each a warning naming the field, nothing written.
    for (field, value, says) in [
        ("c_documento_identidad", json!("1234"), "c_documento_identidad"),
        ("d_fecha_nacimiento", json!("2999-01-01T00:00:00"), "d_fecha_nacimiento"),
        ("id_genero", json!(999), "id_genero"),
        ("id_ubigeo_domicilio", json!(999_999), "id_ubigeo_domicilio"),
        ("t_apellido_paterno", json!("  "), "t_apellido_paterno"),
        ("f_estado", json!(7), "f_estado"),
    ] {
        let mut body = paciente(&s, "45671236");
        body[field] = value;
        let v = add(&body);
        assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(true)), "{field}: {v}");
        assert!(v["Message"].as_str().unwrap().contains(says), "{field}: {v}");
    }
    assert_eq!(count(&s, "SELECT COUNT(*) FROM ADM_PACIENTE"), 1);

    // GetById: the contract's shape, the catalogs' descriptions.
    let v = s.call("/api/ADM_PACIENTE/GetById", &json!({ "id_paciente": id }).to_string(), &token);
    let rows = v["Data"].as_array().unwrap_or_else(|| panic!("{v}"));
    assert_eq!(rows.len(), 1, "{v}");
    assert_eq!(Reply::keys(&rows[0]), contract_order("ADM_PACIENTEDTO"));
    let p = &rows[0];
    assert_eq!((p["n_historia_clinica"].as_i64(), p["sexo"].as_str(), p["des_estadocivil"].as_str()), (Some(1), Some("Femenino"), Some("Casado(a)")), "{p}");
    assert_eq!(p["des_ubigeo_domicilio"], "Piura, Piura, Piura");
    assert_eq!(p["d_fecha_nacimiento"], "1985-03-14T00:00:00");
    let none = s.call("/api/ADM_PACIENTE/GetById", r#"{"id_paciente": 999}"#, &token);
    assert_eq!(none["Data"].as_array().map(Vec::len), Some(0), "{none}");

    // Update keeps the record number when none is sent.
    let mut body = paciente(&s, "45671234");
    body["id_paciente"] = json!(id);
    body["t_direccion"] = json!("Jr. Lima 456, Castilla");
    let v = s.call("/api/ADM_PACIENTE/Update", &body.to_string(), &token);
    assert_eq!(v["Message"], "Se actualizó satisfactoriamente.", "{v}");
    let (historia, direccion): (i64, String) =
        s.db().query_row("SELECT n_historia_clinica, t_direccion FROM ADM_PACIENTE WHERE id_paciente = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((historia, direccion.as_str()), (1, "Jr. Lima 456, Castilla"));

    // Soft delete: the record stays, inactive.
    let v = s.call("/api/ADM_PACIENTE/Delete", &json!({ "id_paciente": id }).to_string(), &token);
    assert_eq!(v["Message"], "Se eliminó satisfactoriamente.", "{v}");
    assert_eq!(count(&s, "SELECT f_estado FROM ADM_PACIENTE"), 0);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM Log WHERE Accion IN ('Update', 'Delete') AND Usuario = 'admin'"), 2);
}

#[test]
fn twenty_concurrent_adds_get_twenty_distinct_record_numbers() {
    let s = Server::start();
    let token = s.admin_token();
    let bodies: Vec<String> = (0..20).map(|i| paciente(&s, &format!("4000{i:04}")).to_string()).collect();
    let replies: Vec<Value> = std::thread::scope(|sc| {
        let handles: Vec<_> = bodies.iter().map(|b| { let (s, token) = (&s, &token); sc.spawn(move || s.call("/api/ADM_PACIENTE/Add", b, token)) }).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for v in &replies {
        assert_eq!(v["Message"], "Se registró satisfactoriamente.", "{v}");
    }
    let mut numbers: Vec<i64> = {
        let db = s.db();
        let mut st = db.prepare("SELECT n_historia_clinica FROM ADM_PACIENTE").unwrap();
        st.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=20).collect::<Vec<i64>>());
}

#[test]
fn who_may_register_and_who_may_only_look_up() {
    let s = Server::start();
    let admin = s.admin_token();
    let (_, farmacia) = user_with_role(&s, &admin, "farma1", 5);
    let v = s.call("/api/ADM_PACIENTE/Add", &paciente(&s, "45671234").to_string(), &farmacia);
    assert_eq!((v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(FORBIDDEN)), "{v}");
    let v = s.call("/api/ADM_PACIENTE/GetById", r#"{"id_paciente": 1}"#, &farmacia);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{v}");
    // Every body a client sends gets the envelope.
    for body in ["", "\"\"", "null", "{}"] {
        let v = s.call("/api/ADM_PACIENTE/GetById", body, &admin);
        assert_envelope(&v);
        assert!(v["Data"].is_array(), "{body:?}: {v}");
        for action in ["Add", "Update"] {
            let v = s.call(&format!("/api/ADM_PACIENTE/{action}"), body, &admin);
            assert_envelope(&v);
            assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(true)), "{action} {body:?}: an empty patient is a warning: {v}");
        }
        let v = s.call("/api/ADM_PACIENTE/Delete", body, &admin);
        assert_envelope(&v);
        assert_eq!(v["Message"], "No se pudo realizar la eliminación.", "{body:?}: no such patient: {v}");
    }
    assert_eq!(count(&s, "SELECT COUNT(*) FROM ADM_PACIENTE"), 0);
}

#[test]
fn the_quickstarts_search_finds_the_garcias_ignoring_case_and_accents() {
    let s = Server::start();
    let token = s.admin_token();
    let add = |paterno: &str, materno: &str, nombres: &str, dni: &str| {
        let mut body = paciente(&s, dni);
        body["t_apellido_paterno"] = json!(paterno);
        body["t_apellido_materno"] = json!(materno);
        body["t_nombres"] = json!(nombres);
        let v = s.call("/api/ADM_PACIENTE/Add", &body.to_string(), &token);
        assert_eq!(v["Message"], "Se registró satisfactoriamente.", "{v}");
    };
    add("García", "López", "María Elena", "45678901");
    add("GARCIA", "Ñahui", "José", "45678902");
    add("Pérez", "García", "Ana", "45678903");
    add("Quispe", "Mamani", "Luis", "45678904");
    s.db().execute("UPDATE ADM_PACIENTE SET f_estado = 0 WHERE c_documento_identidad = '45678902'", []).unwrap();

    let search = |body: &str| -> Vec<Value> {
        let v = s.call("/api/ADM_PACIENTE/GetAllFilters", body, &token);
        assert_envelope(&v);
        assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{body}: {v}");
        v["Data"].as_array().unwrap_or_else(|| panic!("{body}: {v}")).clone()
    };
    // The quickstart's exact call: the active García patients, not everyone.
    let rows = search(r#"{"apellidos": "Garcia", "estado": "A"}"#);
    let found: Vec<(&str, &str, &str, &str)> = rows
        .iter()
        .map(|r| (r["apellidos"].as_str().unwrap(), r["nombres"].as_str().unwrap(), r["dni"].as_str().unwrap(), r["estado"].as_str().unwrap()))
        .collect();
    assert_eq!(found, [("García López", "María Elena", "45678901", "A"), ("Pérez García", "Ana", "45678903", "A")]);
    assert!(rows[0]["id_paciente"].as_i64().unwrap() > 0);
    // The contract's properties first, then the quickstart's.
    let mut expected = contract_order("ADM_PACIENTEDTO");
    expected.extend(["apellidos", "nombres", "dni", "estado"].map(String::from));
    assert_eq!(Reply::keys(&rows[0]), expected);
    assert_eq!((rows[0]["historia_clinica"].as_str(), rows[0]["t_documento"].as_str()), (Some("1"), Some("DNI - Documento Nacional de Identidad")));

    // Inactive ones with "I" or "Inactivo"; any state when none is sent.
    assert_eq!(search(r#"{"apellidos": "garcía", "estado": "Inactivo"}"#).len(), 1);
    assert_eq!(search(r#"{"apellidos": "GARCIA"}"#).len(), 3);
    // The legacy free text: words in order, accents and case ignored.
    assert_eq!(search(r#"{"valorRequest": "garcia nahui"}"#)[0]["dni"], "45678902");
    assert_eq!(search(r#"{"valorRequest": "maria elena"}"#).len(), 1);
    // Document from its start, record number exactly.
    assert_eq!(search(r#"{"dni": "4567890"}"#).len(), 4);
    assert_eq!(search(r#"{"n_historia_clinica": 4}"#)[0]["apellidos"], "Quispe Mamani");
    assert!(search(r#"{"apellidos": "Rodríguez"}"#).is_empty(), "no match is an empty list, Warning false");
    for body in ["", "\"\"", "null", "{}"] {
        assert_eq!(search(body).len(), 4, "{body:?}");
    }
    let v = s.call("/api/ADM_PACIENTE/GetAllFilters", r#"{"estado": "X"}"#, &token);
    assert_eq!((v["Warning"].as_bool(), v["Data"].is_null()), (Some(true), true), "{v}");
}
