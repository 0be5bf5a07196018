//! ADM_ATENCION over HTTP as admission runs it: a registered patient, a professional, an
//! attention opened (Data = the new id, row and audit row), GetById in the contract's shape,
//! Update, the refusals (a warning naming the field, nothing written) and the roles.

use serde_json::{Value, json};

use crate::harness::*;

/// A registered patient and an active professional (inserted as tests/e2e/catalogos.rs does).
fn paciente_y_medico(s: &Server, token: &str) -> (i64, i64) {
    let v = s.call("/api/ADM_PACIENTE/Add", &paciente(s, "45671234").to_string(), token);
    assert_eq!(v["Message"], "Se registró satisfactoriamente.", "{v}");
    let paciente = count(s, "SELECT id_paciente FROM ADM_PACIENTE WHERE c_documento_identidad = '45671234'");
    let db = s.db();
    db.execute("INSERT INTO ADM_PROFESIONAL (t_apellidos, t_nombres, c_colegiatura) VALUES ('Quispe Rojas', 'Carlos', '045123')", []).unwrap();
    (paciente, db.last_insert_rowid())
}

/// A consulta externa, particular, in soles, as the desktop client's admission screen sends it.
fn atencion(s: &Server, paciente: i64, medico: i64) -> Value {
    json!({
        "id_atencion": 0,
        "id_paciente": paciente,
        "id_tipo_paciente": id_of(s, "ADM_TIPO_PACIENTE", "id_tipo_paciente", "PAR"),
        "id_tipo_atencion": id_of(s, "ADM_TIPO_ATENCION", "id_tipo_atencion", "CE"),
        "d_fecha_registro": "2026-11-23T09:15:00",
        "c_hora_registro": "09:15",
        "id_plan_seguro": 0,
        "id_beneficio": 0,
        "id_moneda": id_of(s, "CVN_MONEDA", "id_moneda", "PEN"),
        "n_copago_fijo": 0,
        "n_copago_variable": 0,
        "n_limite_cobertura": 0,
        "id_diagnostico": 0,
        "id_profesional": medico,
        "t_observacion_general": "Control de presión arterial",
        "d_fecha_cierre": "0001-01-01T00:00:00",
        "n_a_total": 50.00,
        "f_estado": 1,
        "FechaCreacion": "0001-01-01T00:00:00",
        "UsuarioCreacion": "1"
    })
}

#[test]
fn admission_opens_reads_and_updates_an_attention() {
    let s = Server::start();
    let token = s.admin_token();
    let (paciente, medico) = paciente_y_medico(&s, &token);
    let add = |body: &Value| s.call("/api/ADM_ATENCION/Add", &body.to_string(), &token);

    let v = add(&atencion(&s, paciente, medico));
    assert_envelope(&v);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(false), Some("Se registró satisfactoriamente.")), "{v}");
    let id = v["Data"].as_i64().unwrap_or_else(|| panic!("Data is the new id as a bare integer: {v}"));
    let (pac, pro, estado, fecha, total, plan): (i64, i64, i64, String, f64, Option<i64>) = s
        .db()
        .query_row("SELECT id_paciente, id_profesional, f_estado, d_fecha_registro, n_a_total, id_plan_seguro FROM ADM_ATENCION WHERE id_atencion = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
        })
        .unwrap();
    assert_eq!((pac, pro, estado, total, plan), (paciente, medico, 1, 50.0, None), "id 0 = not chosen = NULL");
    assert!(fecha.starts_with("2026-11-23"), "{fecha}");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM Log WHERE Accion = 'Add' AND Objeto LIKE '%Control de presión arterial%'"), 1, "audited");

    // Refusals: the procedure's own message naming the field, nothing written.
    s.db().execute("INSERT INTO ADM_PROFESIONAL (t_apellidos, t_nombres, f_estado) VALUES ('Baja', 'Inactivo', 0)", []).unwrap();
    let inactivo = count(&s, "SELECT id_profesional FROM ADM_PROFESIONAL WHERE f_estado = 0");
    for (field, value, says) in [
        ("id_paciente", json!(999), "El campo 'id_paciente' no es válido: el paciente 999 no existe o está inactivo."),
        ("id_paciente", json!(0), "El campo 'id_paciente' es obligatorio."),
        ("id_tipo_atencion", json!(0), "El campo 'id_tipo_atencion' es obligatorio."),
        ("id_tipo_atencion", json!(999), "El campo 'id_tipo_atencion' no es válido: el valor 999 no existe o está inactivo."),
        ("id_moneda", json!(999), "El campo 'id_moneda' no es válido: el valor 999 no existe o está inactivo."),
        ("id_diagnostico", json!(9_999_999), "El campo 'id_diagnostico' no es válido: el valor 9999999 no existe o está inactivo."),
        ("id_beneficio", json!(999), "El campo 'id_beneficio' no es válido: el valor 999 no existe o está inactivo."),
        ("id_profesional", json!(inactivo), &format!("El campo 'id_profesional' no es válido: el valor {inactivo} no existe o está inactivo.")),
        ("f_estado", json!(7), "El campo 'f_estado' no es válido: use 1 (Registrado), 2 (Atendido) o 0 (Anulado)."),
    ] {
        let mut body = atencion(&s, paciente, medico);
        body[field] = value;
        let v = add(&body);
        assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(true), Some(says)), "{field}: {v}");
        assert!(v["Data"].is_null(), "{v}");
    }
    assert_eq!(count(&s, "SELECT COUNT(*) FROM ADM_ATENCION"), 1);
    // An inactive patient is refused too.
    s.db().execute("UPDATE ADM_PACIENTE SET f_estado = 0", []).unwrap();
    assert_eq!(add(&atencion(&s, paciente, medico))["Message"], format!("El campo 'id_paciente' no es válido: el paciente {paciente} no existe o está inactivo."));
    s.db().execute("UPDATE ADM_PACIENTE SET f_estado = 1", []).unwrap();
    assert_eq!(count(&s, "SELECT COUNT(*) FROM ADM_ATENCION"), 1);

    // GetById: the contract's property order and JSON types.
    let v = s.call("/api/ADM_ATENCION/GetById", &json!({ "IdAtencion": id }).to_string(), &token);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{v}");
    let rows = v["Data"].as_array().unwrap_or_else(|| panic!("{v}"));
    assert_eq!(rows.len(), 1, "{v}");
    let a = &rows[0];
    assert_eq!(Reply::keys(a), contract_order("ADM_ATENCIONDTO"));
    assert_eq!((a["id_atencion"].as_i64(), a["id_paciente"].as_i64(), a["id_profesional"].as_i64(), a["f_estado"].as_i64()), (Some(id), Some(paciente), Some(medico), Some(1)), "{a}");
    assert_eq!(a["id_plan_seguro"], 0, "NULL id read as the contract's default(int)");
    assert_eq!(a["d_fecha_registro"], "2026-11-23T09:15:00");
    assert_eq!(a["c_hora_registro"], "09:15");
    assert_eq!(a["t_observacion_general"], "Control de presión arterial");
    assert!(a["n_a_total"].is_number() && a["n_a_total"].as_f64() == Some(50.0), "{a}");
    assert!(a["n_copago_fijo"].is_number(), "{a}");
    assert!(a["c_hora_egreso"].is_null() && a["id_tipo_egreso"] == 0, "{a}");
    let none = s.call("/api/ADM_ATENCION/GetById", r#"{"IdAtencion": 999}"#, &token);
    assert_eq!(none["Data"].as_array().map(Vec::len), Some(0), "{none}");

    // Update: attended, a diagnosis; the same checks; an unknown attention is a warning.
    let j45 = id_of(&s, "ADM_CIE10", "id_cie10", "J450");
    let mut body = atencion(&s, paciente, medico);
    body["id_atencion"] = json!(id);
    body["f_estado"] = json!(2);
    body["id_diagnostico"] = json!(j45);
    let v = s.call("/api/ADM_ATENCION/Update", &body.to_string(), &token);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(false), Some("Se registró satisfactoriamente.")), "{v}");
    let (estado, diag, modifica): (i64, i64, Option<String>) = s
        .db()
        .query_row("SELECT f_estado, id_diagnostico, d_fecha_modifica FROM ADM_ATENCION WHERE id_atencion = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    assert_eq!((estado, diag), (2, j45));
    assert!(modifica.is_some());
    body["id_moneda"] = json!(999);
    let v = s.call("/api/ADM_ATENCION/Update", &body.to_string(), &token);
    assert_eq!((v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some("El campo 'id_moneda' no es válido: el valor 999 no existe o está inactivo.")), "{v}");
    body["id_moneda"] = json!(0);
    body["id_atencion"] = json!(999);
    let v = s.call("/api/ADM_ATENCION/Update", &body.to_string(), &token);
    assert_eq!((v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some("La atención 999 no existe.")), "{v}");
    assert_eq!(count(&s, "SELECT f_estado FROM ADM_ATENCION"), 2, "the refused updates wrote nothing");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM ADM_ATENCION WHERE id_moneda IS NOT NULL"), 1);
    // The contract audits Update as "Add" (legacy); both writes and both refusals are rows.
    assert!(count(&s, "SELECT COUNT(*) FROM Log WHERE Accion = 'Add' AND Objeto LIKE '%\"f_estado\":2%'") >= 1);
}

#[test]
fn who_may_open_attentions_and_every_body_gets_the_envelope() {
    let s = Server::start();
    let admin = s.admin_token();
    let (paciente, medico) = paciente_y_medico(&s, &admin);
    let (_, farmacia) = user_with_role(&s, &admin, "farma1", 5);
    for path in ["/api/ADM_ATENCION/Add", "/api/ADM_ATENCION/Update", "/api/ADM_ATENCION/GetById"] {
        let v = s.call(path, &atencion(&s, paciente, medico).to_string(), &farmacia);
        assert_eq!((v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(FORBIDDEN)), "{path}: {v}");
    }
    assert_eq!(count(&s, "SELECT COUNT(*) FROM ADM_ATENCION"), 0);

    // Every action walked with an empty body, "", null, {} and a realistic body.
    for body in ["", "\"\"", "null", "{}"] {
        let v = s.call("/api/ADM_ATENCION/GetById", body, &admin);
        assert_envelope(&v);
        assert_eq!(v["Data"].as_array().map(Vec::len), Some(0), "{body:?}: {v}");
        for path in ["/api/ADM_ATENCION/Add", "/api/ADM_ATENCION/Update"] {
            let v = s.call(path, body, &admin);
            assert_envelope(&v);
            assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(true)), "{path} {body:?}: {v}");
        }
    }
    assert_eq!(count(&s, "SELECT COUNT(*) FROM ADM_ATENCION"), 0);
    let v = s.call("/api/ADM_ATENCION/Add", &atencion(&s, paciente, medico).to_string(), &admin);
    assert!(v["Data"].as_i64().is_some_and(|id| id > 0), "{v}");
}

#[test]
fn get_all_paciente_reads_id_paciente_from_the_query_string() {
    let s = Server::start();
    let token = s.admin_token();
    let (paciente, medico) = paciente_y_medico(&s, &token);
    let mut first = atencion(&s, paciente, medico);
    first["d_fecha_registro"] = json!("2026-11-20T08:00:00");
    let older = s.call("/api/ADM_ATENCION/Add", &first.to_string(), &token)["Data"].as_i64().unwrap();
    let mut second = atencion(&s, paciente, medico);
    second["id_tipo_atencion"] = json!(id_of(&s, "ADM_TIPO_ATENCION", "id_tipo_atencion", "EM"));
    second["f_estado"] = json!(0);
    let newer = s.call("/api/ADM_ATENCION/Add", &second.to_string(), &token)["Data"].as_i64().unwrap();

    // As Web API bound it: the parameter from the URL (any case), the body ignored.
    let list = |query: &str, body: &str| s.call(&format!("/api/ADM_ATENCION/GetAllPaciente{query}"), body, &token);
    let v = list(&format!("?idPaciente={paciente}"), "");
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{v}");
    let rows = v["Data"].as_array().unwrap_or_else(|| panic!("{v}"));
    assert_eq!(Reply::keys(&rows[0]), contract_order("ADM_ATENCIONDTO"));
    let seen: Vec<(i64, &str, &str, &str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["id_nro_interno"].as_i64().unwrap(),
                r["tipo_paciente"].as_str().unwrap(),
                r["tipo_atencion"].as_str().unwrap(),
                r["estado"].as_str().unwrap(),
                r["d_fecha_ingreso"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(seen[0].0, newer, "the most recent first: {v}");
    assert_eq!((seen[0].2, seen[0].3), ("Emergencia", "Registrado"), "f_estado 0 on Add = Registrado");
    assert_eq!(seen[1], (older, "Particular", "Consulta externa", "Registrado", "2026-11-20T08:00:00"));
    assert!(rows[0]["contratante"].is_null() && rows[0]["garante"].is_null(), "{v}");
    assert_eq!(list(&format!("?IDPACIENTE={paciente}"), r#"{"idPaciente": 999}"#)["Data"].as_array().map(Vec::len), Some(2));
    assert_eq!(list("?idPaciente=999", "null")["Data"].as_array().map(Vec::len), Some(0), "no attentions: an empty list");
    s.db().execute("UPDATE ADM_ATENCION SET f_estado = 0 WHERE id_atencion = ?1", [older]).unwrap();
    assert_eq!(list(&format!("?idPaciente={paciente}"), "{}")["Data"][1]["estado"], "Anulado");

    // Missing or not a number: a warning naming the parameter.
    for (query, says) in [
        ("", "Falta el parámetro 'idPaciente' en la dirección (…?idPaciente=valor)."),
        ("?id=5", "Falta el parámetro 'idPaciente' en la dirección (…?idPaciente=valor)."),
        ("?idPaciente=abc", "El parámetro 'idPaciente' de la dirección debe ser un número entero."),
        ("?idPaciente=99999999999", "El parámetro 'idPaciente' de la dirección debe ser un número entero."),
    ] {
        for body in ["", "\"\"", "null", "{}", r#"{"idPaciente": 1}"#] {
            let v = list(query, body);
            assert_envelope(&v);
            assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(true), Some(says)), "{query} {body}: {v}");
            assert!(v["Data"].is_null(), "{v}");
        }
    }

    // The doctor reads it; the pharmacy does not.
    let (_, farmacia) = user_with_role(&s, &token, "farma1", 5);
    let v = s.call(&format!("/api/ADM_ATENCION/GetAllPaciente?idPaciente={paciente}"), "", &farmacia);
    assert_eq!((v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(FORBIDDEN)), "{v}");
    let (_, medico) = user_with_role(&s, &token, "medico1", 3);
    let v = s.call(&format!("/api/ADM_ATENCION/GetAllPaciente?idPaciente={paciente}"), "", &medico);
    assert_eq!(v["Data"].as_array().map(Vec::len), Some(2), "{v}");
    let v = s.call("/api/ADM_ATENCION/Add", &atencion(&s, paciente, medico_id(&s)).to_string(), &medico);
    assert_eq!(v["Message"], FORBIDDEN, "the doctor reads, admission writes: {v}");
}

fn medico_id(s: &Server) -> i64 {
    count(s, "SELECT MIN(id_profesional) FROM ADM_PROFESIONAL")
}

#[test]
fn the_attentions_grid_of_a_patient_by_get_atencion_all_filters() {
    let s = Server::start();
    let token = s.admin_token();
    let (paciente, medico) = paciente_y_medico(&s, &token);
    let mut body = atencion(&s, paciente, medico);
    body["d_fecha_registro"] = json!("2026-11-20T08:00:00");
    body["c_hora_registro"] = json!("08:00");
    body["id_documento_prestacion1"] = json!(id_of(&s, "ADM_DOCUMENTO_PRESTACION", "id_documento_prestacion", "SIT"));
    body["c_documento_prestacion1"] = json!("SITEDS-0001");
    let id = s.call("/api/ADM_ATENCION/Add", &body.to_string(), &token)["Data"].as_i64().unwrap();

    let grid = |body: &str| -> Vec<Value> {
        let v = s.call("/api/ADM_ATENCION/GetAtencionAllFilters", body, &token);
        assert_envelope(&v);
        assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{body}: {v}");
        v["Data"].as_array().unwrap_or_else(|| panic!("{body}: {v}")).clone()
    };
    let rows = grid(&json!({ "id_paciente": paciente }).to_string());
    assert_eq!(rows.len(), 1);
    assert_contract_item(&rows[0], "ADM_ATENCION_ResponseGetAllActivesDTO", "ADM_ATENCION/GetAtencionAllFilters");
    let r = &rows[0];
    assert_eq!(r["id_atencion"].as_i64(), Some(id));
    assert_eq!(
        (r["d_fecha_registro"].as_str(), r["c_hora_registro"].as_str(), r["HClinica"].as_str(), r["Estado"].as_str()),
        (Some("2026-11-20T08:00:00"), Some("08:00"), Some("1"), Some("Registrado"))
    );
    assert_eq!((r["TAtencion"].as_str(), r["Prestacion"].as_str()), (Some("Consulta externa"), Some("Código de autorización SITEDS SITEDS-0001")));
    assert!(r["Paciente"].as_str().unwrap().starts_with("García"), "{r}");
    // Another patient's id: nothing; no id (any body clients send): every patient's.
    assert!(grid(r#"{"id_paciente": 999}"#).is_empty());
    for body in ["", "\"\"", "null", "{}"] {
        assert_eq!(grid(body).len(), 1, "{body:?}");
    }
}
