//! The SEGUS tariff (`CVN_TARIFARIO_SEGUS`) and the lines billed together
//! (`CVN_TARIFARIO_SEGUS_PARTICIPANTE`): the seeded tariff searched by code and by words, prices
//! under a payment category computed by hand, the maintenance cycle with its checks, every action
//! walked with empty bodies, and the roles.

use serde_json::{Value, json};

use crate::harness::*;

const TARIFA: &str = "/api/CVN_TARIFARIO_SEGUS";
const PARTICIPANTE: &str = "/api/CVN_TARIFARIO_SEGUS_PARTICIPANTE";

fn ok(v: &Value) {
    assert_envelope(v);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{v}");
}

fn warning(v: &Value, message: &str) {
    assert_envelope(v);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(true), Some(message)), "{v}");
    assert!(v["Data"].is_null(), "{v}");
}

fn list(v: &Value) -> &Vec<Value> {
    ok(v);
    v["Data"].as_array().unwrap_or_else(|| panic!("{v}"))
}

fn codes(v: &Value) -> Vec<String> {
    list(v).iter().map(|r| r["c_codigo"].as_str().unwrap().to_owned()).collect()
}

fn line_id(s: &Server, code: &str) -> i64 {
    s.db()
        .query_row("SELECT id_tarifario_segus FROM CVN_TARIFARIO_SEGUS WHERE c_codigo = ?1 AND f_estado = 1", [code], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{code}: {e}"))
}

/// A new tariff line as the desktop client sends it: the numeric inputs the legacy procedure
/// declared NVARCHAR come as texts, forged audit fields included.
fn linea(s: &Server, codigo: &str) -> Value {
    json!({
        "id_tarifario_segus": 0,
        "c_codigo": codigo,
        "c_codigo_susalud": "",
        "t_descripcion_esp": "Resección endoscópica de pólipo nasal, niño",
        "t_descripcion_eng": "Endoscopic nasal polypectomy, child",
        "t_observacion": "Incluye anestesia tópica",
        "id_clasificacion_segus": id_of(s, "CVN_CLASIFICACION_SEGUS", "id_clasificacion_segus", "03").to_string(),
        "id_clasificacion_susalud": 0,
        "id_clasificacion_susalud_od": 0,
        "id_centro_costo": id_of(s, "CON_CENTRO_COSTO", "id_centro_costo", "CC06"),
        "id_cuenta_contable": 0,
        "id_tipo_precio": id_of(s, "CVN_TIPO_PRECIO", "id_tipo_precio", "SEG").to_string(),
        "n_unidad": "12.50",
        "n_ayudante": "1",
        "n_instrumentista": 1,
        "n_dias": 0,
        "n_porcentaje": 10.5,
        "f_estado": 1,
        "estado": "Activo",
        "valorRequest": null,
        "FechaCreacion": "0001-01-01T00:00:00",
        "UsuarioCreacion": "intruso",
        "id_usuarioCreacion": 999
    })
}

#[test]
fn the_seeded_tariff_is_found_by_code_prefix_and_by_words_without_accents() {
    let s = Server::start();
    let token = s.admin_token();
    let total = count(&s, "SELECT COUNT(*) FROM CVN_TARIFARIO_SEGUS WHERE f_estado = 1");
    assert!(total > 2000, "a tariff large enough to search: {total}");
    // Every seeded line has a classification and units; codes are NN.NN.NN.
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_TARIFARIO_SEGUS WHERE id_clasificacion_segus IS NULL OR n_unidad <= 0"), 0);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_TARIFARIO_SEGUS WHERE c_codigo NOT GLOB '[0-9][0-9].[0-9][0-9].[0-9][0-9]'"), 0);

    // GetAllActives: every active line, by code, with its classification.
    let v = s.call(&format!("{TARIFA}/GetAllActives"), "", &token);
    let all = list(&v);
    assert_eq!(all.len() as i64, total);
    assert_contract_item(&all[0], "CVN_TARIFARIO_LISTADTO", "GetAllActives");
    assert_eq!((all[0]["c_codigo"].as_str(), all[0]["t_clasificacion"].as_str(), all[0]["estado"].as_str()), (Some("10.01.01"), Some("Consultas"), Some("Activo")));
    let sorted = { let mut c = codes(&v); c.sort(); c };
    assert_eq!(codes(&v), sorted);

    // By code prefix: only that group, in code order.
    let v = s.call(&format!("{TARIFA}/GetAllFilters"), r#"{"valorRequest": " 45.90 "}"#, &token);
    let found = codes(&v);
    assert!(found.len() >= 10 && found.iter().all(|c| c.starts_with("45.90.")), "{found:?}");
    assert_contract_item(&list(&v)[0], "CVN_TARIFARIO_SEGUSDTO", "GetAllFilters");
    let colecistectomia = list(&v).iter().find(|r| r["c_codigo"] == "45.90.03").unwrap();
    assert_eq!(colecistectomia["t_descripcion_esp"], "Colecistectomía laparoscópica");
    assert_eq!(colecistectomia["t_descripcion_eng"], "Laparoscopic cholecystectomy");
    assert_eq!(colecistectomia["t_clasificacion"], "Procedimientos quirúrgicos");

    // By words in order, without accents and in any case, in Spanish or in English.
    let v = s.call(&format!("{TARIFA}/GetAllFilters"), r#"{"valorRequest": "COLECISTECTOMIA laparoscopica"}"#, &token);
    assert_eq!(codes(&v), ["45.90.03"]);
    let v = s.call(&format!("{TARIFA}/GetAllFilters"), r#"{"valorRequest": "laparoscopic cholecystectomy"}"#, &token);
    assert_eq!(codes(&v), ["45.90.03"]);
    let v = s.call(&format!("{TARIFA}/GetAllFilters"), r#"{"valorRequest": "ecografia tiroidea"}"#, &token);
    assert_eq!(list(&v)[0]["t_descripcion_esp"], "Ecografía tiroidea");
    // Bounded like ADM_CIE10: at most 200, also for a blank search or a very common word.
    for valor in ["", "de", "  "] {
        let v = s.call(&format!("{TARIFA}/GetAllFilters"), &json!({ "valorRequest": valor }).to_string(), &token);
        assert_eq!(list(&v).len(), 200, "{valor:?}");
    }
    assert!(list(&s.call(&format!("{TARIFA}/GetAllFilters"), r#"{"valorRequest": "zzz inexistente"}"#, &token)).is_empty());
    // Wildcards typed by the user match themselves only.
    assert!(list(&s.call(&format!("{TARIFA}/GetAllFilters"), r#"{"valorRequest": "%"}"#, &token)).is_empty());
}

#[test]
fn get_price_is_units_times_the_category_factor_or_its_explicit_price() {
    let s = Server::start();
    let token = s.admin_token();
    // A payment category as billing staff set it up: services 12.3450 per unit, procedures 7.25.
    s.db()
        .execute(
            "INSERT INTO CVN_CATEGORIA_PAGO (c_codigo, t_descripcion, n_factor_servicio, n_factor_procedimiento) VALUES ('EPS-A', 'Categoría EPS A', '12.3450', '7.2500')",
            [],
        )
        .unwrap();
    let cat = id_of(&s, "CVN_CATEGORIA_PAGO", "id_categoria_pago", "EPS-A");
    let price = |valor: &str, idioma: Value| s.call(&format!("{TARIFA}/GetPrice"), &json!({"id_categoria_pago": cat, "valor": valor, "c_idioma": idioma}).to_string(), &token);

    // A surgical line (classification 03: the procedure factor): 45.00 units x 7.25 = 326.25.
    let v = price("45.90.03", json!("ESP"));
    let rows = list(&v);
    assert_eq!(rows.len(), 1, "{v}");
    assert_contract_item(&rows[0], "CVN_TARIFARIO_SEGUS_PRICEDTO", "GetPrice");
    assert_eq!(rows[0]["Precio"].to_string(), "326.25");
    assert_eq!((rows[0]["t_descripcion"].as_str(), rows[0]["cantidad"].as_i64()), (Some("Colecistectomía laparoscópica"), Some(1)));
    assert_eq!((rows[0]["t_clasificacion_segus"].as_str(), rows[0]["estado"].as_str()), (Some("Procedimientos quirúrgicos"), Some("Activo")));
    assert_eq!(rows[0]["id_tarifario_segus"], line_id(&s, "45.90.03"));
    // c_idioma ENG (any case) gives the English description.
    assert_eq!(list(&price("45.90.03", json!("eng")))[0]["t_descripcion"], "Laparoscopic cholecystectomy");
    assert_eq!(list(&price("45.90.03", Value::Null))[0]["t_descripcion"], "Colecistectomía laparoscópica");

    // Service lines (consults, imaging: the service factor), rounded half away from zero:
    // 1.00 x 12.345 = 12.345 -> 12.35 (banker's rounding or a float would give 12.34);
    // 4.50 x 12.345 = 55.5525 -> 55.55.
    let v = price("95.90.06", json!("ESP"));
    assert_eq!((list(&v)[0]["t_descripcion"].as_str(), list(&v)[0]["Precio"].to_string()), (Some("Consulta odontológica"), "12.35".into()));
    assert_eq!(list(&price("90.90.06", json!("ESP")))[0]["Precio"].to_string(), "55.55");
    // Anaesthesia (classification 04) is a procedure: 13.00 x 7.25 = 94.25.
    assert_eq!(count(&s, "SELECT CAST(n_unidad * 100 AS INTEGER) FROM CVN_TARIFARIO_SEGUS WHERE c_codigo = '70.01.01'"), 1300);
    assert_eq!(list(&price("70.01.01", json!("ESP")))[0]["Precio"].to_string(), "94.25");

    // An explicit price of the category for the line wins over units x factor.
    s.db()
        .execute(
            "INSERT INTO CVN_CATEGORIA_PAGO_PRECIO (id_categoria_pago, id_tarifario_segus, n_precio_sol, n_precio_usd) VALUES (?1, ?2, '2850.00', '760.00')",
            [cat, line_id(&s, "45.90.03")],
        )
        .unwrap();
    let v = price("colecistectomia", json!("ESP"));
    let by_code: Vec<(String, String)> = list(&v).iter().map(|r| (r["c_codigo"].as_str().unwrap().to_owned(), r["Precio"].to_string())).collect();
    assert_eq!(by_code, [("45.90.03".to_owned(), "2850.00".to_owned()), ("45.90.04".to_owned(), "304.50".to_owned())], "42.00 x 7.25 = 304.50");
    // A deleted price row no longer counts.
    s.db().execute("UPDATE CVN_CATEGORIA_PAGO_PRECIO SET f_estado = 0", []).unwrap();
    assert_eq!(list(&price("45.90.03", json!("ESP")))[0]["Precio"].to_string(), "326.25");
    // A search bounded like GetAllFilters.
    assert_eq!(list(&price("", json!("ESP"))).len(), 200);

    // Unknown, inactive or missing category: a warning naming it.
    let v = s.call(&format!("{TARIFA}/GetPrice"), r#"{"id_categoria_pago": 9999, "valor": "45.90.03"}"#, &token);
    warning(&v, "La categoría de pago 9999 (id_categoria_pago) no existe.");
    s.db().execute("UPDATE CVN_CATEGORIA_PAGO SET f_estado = 0 WHERE id_categoria_pago = ?1", [cat]).unwrap();
    warning(&price("45.90.03", json!("ESP")), &format!("La categoría de pago EPS-A - Categoría EPS A (id_categoria_pago {cat}) está inactiva."));
    let v = s.call(&format!("{TARIFA}/GetPrice"), r#"{"id_categoria_pago": "", "valor": "45.90.03"}"#, &token);
    warning(&v, "El campo 'id_categoria_pago' es obligatorio.");
}

#[test]
fn a_tariff_line_is_added_checked_updated_and_soft_deleted() {
    let s = Server::start();
    let token = s.admin_token();
    let admin_id = count(&s, "SELECT id_usuario FROM SEG_USUARIO WHERE usuario = 'admin'");
    let lines = || count(&s, "SELECT COUNT(*) FROM CVN_TARIFARIO_SEGUS");
    let before = lines();

    // Add: the numbers sent as texts are read as numbers; the line is active, by the token's user.
    let v = s.call(&format!("{TARIFA}/Add"), &linea(&s, "60.95.01").to_string(), &token);
    ok(&v);
    assert_eq!((v["Message"].as_str(), v["Data"].is_null()), (Some("Se registró satisfactoriamente."), true));
    assert_eq!(lines(), before + 1);
    let id = line_id(&s, "60.95.01");
    assert_eq!(count(&s, &format!("SELECT id_user_registro FROM CVN_TARIFARIO_SEGUS WHERE id_tarifario_segus = {id}")), admin_id);

    // GetById: the contract's properties and types; decimals keep their scale; accents kept.
    let v = s.call(&format!("{TARIFA}/GetById"), &json!({ "id_tarifario_segus": id }).to_string(), &token);
    let row = &list(&v)[0];
    assert_contract_item(row, "CVN_TARIFARIO_SEGUSDTO", "GetById");
    assert_eq!(row["t_descripcion_esp"], "Resección endoscópica de pólipo nasal, niño");
    assert_eq!((row["n_unidad"].to_string(), row["n_porcentaje"].to_string()), ("12.50".into(), "10.50".into()));
    assert_eq!((row["n_ayudante"].as_i64(), row["n_instrumentista"].as_i64(), row["id_clasificacion_susalud"].as_i64()), (Some(1), Some(1), Some(0)));
    assert_eq!((row["f_estado"].as_i64(), row["estado"].as_str(), row["id_usuarioCreacion"].as_i64()), (Some(1), Some("Activo"), Some(admin_id)));
    // Found by its words at once (t_busqueda written by the procedure).
    assert_eq!(codes(&s.call(&format!("{TARIFA}/GetAllFilters"), r#"{"valorRequest": "reseccion polipo nasal nino"}"#, &token)), ["60.95.01"]);

    // The same code again: a duplicate, nothing written.
    let v = s.call(&format!("{TARIFA}/Add"), &linea(&s, " 60.95.01 ").to_string(), &token);
    warning(&v, "El registro ya existe.");
    assert_eq!(lines(), before + 1);

    // Checks on the inputs the legacy declared NVARCHAR: a warning naming the field, nothing written.
    let refused = |cambio: Value, message: &str| {
        let mut body = linea(&s, "60.95.02");
        for (k, val) in cambio.as_object().unwrap() {
            body[k] = val.clone();
        }
        warning(&s.call(&format!("{TARIFA}/Add"), &body.to_string(), &token), message);
        assert_eq!(lines(), before + 1, "{message}");
    };
    refused(json!({"id_clasificacion_segus": 0}), "El campo 'id_clasificacion_segus' es obligatorio.");
    refused(json!({"id_clasificacion_segus": "77"}), "El campo 'id_clasificacion_segus' no es válido: el valor 77 no existe o está inactivo.");
    refused(json!({"id_centro_costo": 555}), "El campo 'id_centro_costo' no es válido: el valor 555 no existe o está inactivo.");
    refused(json!({"id_tipo_precio": "-3"}), "El campo 'id_tipo_precio' no es válido: el valor -3 no existe o está inactivo.");
    refused(json!({"n_porcentaje": "150"}), "El campo 'n_porcentaje' no es válido: debe ser un número entre 0 y 100 con hasta 2 decimales (llegó 150).");
    refused(json!({"n_unidad": "-1.5"}), "El campo 'n_unidad' no es válido: debe ser un número entre 0 y 9999999999 con hasta 2 decimales (llegó -1.5).");
    refused(json!({"n_unidad": 1.005}), "El campo 'n_unidad' no es válido: debe ser un número entre 0 y 9999999999 con hasta 2 decimales (llegó 1.005).");
    refused(json!({"n_dias": -1}), "El campo 'n_dias' no es válido: debe ser un número entero mayor o igual a 0.");
    refused(json!({"c_codigo": "  "}), "El campo 'c_codigo' es obligatorio.");
    refused(json!({"t_descripcion_esp": null}), "El campo 't_descripcion_esp' es obligatorio.");
    // A text that is no number: the Spanish error naming the field, never a 500.
    let mut body = linea(&s, "60.95.02");
    body["n_unidad"] = json!("doce");
    let v = s.call(&format!("{TARIFA}/Add"), &body.to_string(), &token);
    assert_eq!(v["Success"], false, "{v}");
    assert!(v["Message"].as_str().unwrap().contains("n_unidad"), "{v}");
    assert_eq!(lines(), before + 1);

    // Update: new description and units; the Spanish text and scale round-trip.
    let mut upd = linea(&s, "60.95.01");
    upd["id_tarifario_segus"] = json!(id);
    upd["t_descripcion_esp"] = json!("Polipectomía nasal endoscópica, niño");
    upd["n_unidad"] = json!(30.0);
    // As edited from GetById, which has no English description: null keeps it.
    upd["t_descripcion_eng"] = Value::Null;
    let v = s.call(&format!("{TARIFA}/Update"), &upd.to_string(), &token);
    ok(&v);
    assert_eq!(v["Message"], "Se actualizó satisfactoriamente.");
    let row = list(&s.call(&format!("{TARIFA}/GetById"), &json!({ "id_tarifario_segus": id }).to_string(), &token))[0].clone();
    assert_eq!((row["t_descripcion_esp"].as_str(), row["n_unidad"].to_string()), (Some("Polipectomía nasal endoscópica, niño"), "30.00".into()));
    assert_eq!(row["id_usuarioModifica"], admin_id);
    let v = s.call(&format!("{TARIFA}/GetAllFilters"), r#"{"valorRequest": "polipectomia nasal"}"#, &token);
    assert_eq!(list(&v)[0]["t_descripcion_eng"], "Endoscopic nasal polypectomy, child");
    // The code of another active line: a duplicate, the line unchanged. The same checks as Add.
    upd["c_codigo"] = json!("45.90.03");
    warning(&s.call(&format!("{TARIFA}/Update"), &upd.to_string(), &token), "El registro ya existe.");
    assert_eq!(count(&s, &format!("SELECT COUNT(*) FROM CVN_TARIFARIO_SEGUS WHERE id_tarifario_segus = {id} AND c_codigo = '60.95.01'")), 1);
    upd["c_codigo"] = json!("60.95.01");
    upd["n_porcentaje"] = json!(100.01);
    warning(&s.call(&format!("{TARIFA}/Update"), &upd.to_string(), &token), "El campo 'n_porcentaje' no es válido: debe ser un número entre 0 y 100 con hasta 2 decimales (llegó 100.01).");
    upd["n_porcentaje"] = json!(0);
    upd["id_tarifario_segus"] = json!(987654);
    warning(&s.call(&format!("{TARIFA}/Update"), &upd.to_string(), &token), "No se pudo realizar la actualización.");

    // Delete: soft; the line leaves the active lists and searches, GetById still reads it.
    let v = s.call(&format!("{TARIFA}/Delete"), &json!({ "id_tarifario_segus": id }).to_string(), &token);
    ok(&v);
    assert_eq!(v["Message"], "Se eliminó satisfactoriamente.");
    assert!(codes(&s.call(&format!("{TARIFA}/GetAllFilters"), r#"{"valorRequest": "60.95"}"#, &token)).is_empty());
    assert!(!codes(&s.call(&format!("{TARIFA}/GetAllActives"), "{}", &token)).contains(&"60.95.01".to_owned()));
    let row = list(&s.call(&format!("{TARIFA}/GetById"), &json!({ "id_tarifario_segus": id }).to_string(), &token))[0].clone();
    assert_eq!((row["f_estado"].as_i64(), row["estado"].as_str()), (Some(0), Some("Inactivo")));
    warning(&s.call(&format!("{TARIFA}/Delete"), &json!({ "id_tarifario_segus": id }).to_string(), &token), "No se pudo realizar la eliminación.");
    // A deleted line's code may be registered again.
    ok(&s.call(&format!("{TARIFA}/Add"), &linea(&s, "60.95.01").to_string(), &token));
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_TARIFARIO_SEGUS WHERE c_codigo = '60.95.01'"), 2);
    // Audited: the 3 Adds and 3 Updates that reached the database (duplicates and the unknown id
    // too); the refused inputs wrote nothing, not even an audit row.
    assert_eq!(count(&s, "SELECT COUNT(*) FROM Log WHERE Accion IN ('Add', 'Update') AND Objeto LIKE '%id_tarifario_segus%'"), 6);
}

#[test]
fn lines_billed_together_are_linked_once_never_to_themselves() {
    let s = Server::start();
    let token = s.admin_token();
    let cirugia = line_id(&s, "45.90.03");
    let anestesia = line_id(&s, "70.01.01");
    let links = || count(&s, "SELECT COUNT(*) FROM CVN_TARIFARIO_SEGUS_PARTICIPANTE");
    let add = |a: Value, b: Value| {
        s.call(&format!("{PARTICIPANTE}/Add"), &json!({"id_tarifario_segus": a, "id_tarifario_segus_referencia": b, "UsuarioCreacion": "x"}).to_string(), &token)
    };

    // Add: Data is the new id (a bare integer).
    let v = add(json!(cirugia), json!(anestesia));
    ok(&v);
    assert_eq!(v["Message"], "Se registró satisfactoriamente.");
    let id = v["Data"].as_i64().unwrap_or_else(|| panic!("{v}"));
    assert_eq!(count(&s, "SELECT id_tarifario_segus_participante FROM CVN_TARIFARIO_SEGUS_PARTICIPANTE"), id);

    // The same pair again (ids as texts too), a line with itself, unknown or inactive lines: warnings.
    warning(&add(json!(cirugia.to_string()), json!(anestesia)), "El registro ya existe.");
    warning(&add(json!(cirugia), json!(cirugia)), "Una línea del tarifario no puede ser participante de sí misma (id_tarifario_segus_referencia).");
    warning(&add(json!(cirugia), json!(0)), "El campo 'id_tarifario_segus_referencia' es obligatorio.");
    warning(
        &add(json!(424242), json!(anestesia)),
        "El campo 'id_tarifario_segus' no es válido: la línea del tarifario 424242 no existe o está inactiva.",
    );
    let otra = line_id(&s, "70.01.02");
    s.db().execute("UPDATE CVN_TARIFARIO_SEGUS SET f_estado = 0 WHERE id_tarifario_segus = ?1", [otra]).unwrap();
    warning(
        &add(json!(cirugia), json!(otra)),
        &format!("El campo 'id_tarifario_segus_referencia' no es válido: la línea del tarifario {otra} no existe o está inactiva."),
    );
    assert_eq!(links(), 1, "nothing written by the warnings");

    // GetAllActivesFilters: the lines linked to one, with the linked line's code and description.
    let v = s.call(&format!("{PARTICIPANTE}/GetAllActivesFilters"), &json!({ "id_tarifario_segus": cirugia }).to_string(), &token);
    let rows = list(&v);
    assert_eq!(rows.len(), 1);
    assert_contract_item(&rows[0], "CVN_TARIFARIO_SEGUS_PARTICIPANTEDTO", "GetAllActivesFilters");
    assert_eq!((rows[0]["id_tarifario_segus_participante"].as_i64(), rows[0]["id_tarifario_segus_referencia"].as_i64()), (Some(id), Some(anestesia)));
    assert_eq!((rows[0]["c_codigo"].as_str(), rows[0]["t_descripcion_esp"].as_str()), (Some("70.01.01"), Some("Anestesia general inhalatoria, hasta 1 hora, ASA I-II")));
    assert!(list(&s.call(&format!("{PARTICIPANTE}/GetAllActivesFilters"), &json!({ "id_tarifario_segus": anestesia }).to_string(), &token)).is_empty());

    // Delete: the contract's id is a String; a numeric text deletes, other text is refused by name.
    let v = s.call(&format!("{PARTICIPANTE}/Delete"), &json!({ "id_tarifario_segus_participante": "doce" }).to_string(), &token);
    assert_eq!(v["Success"], false, "{v}");
    assert!(v["Message"].as_str().unwrap().contains("id_tarifario_segus_participante"), "{v}");
    let v = s.call(&format!("{PARTICIPANTE}/Delete"), &json!({ "id_tarifario_segus_participante": id.to_string() }).to_string(), &token);
    ok(&v);
    assert_eq!(v["Message"], "Se eliminó satisfactoriamente.");
    assert!(list(&s.call(&format!("{PARTICIPANTE}/GetAllActivesFilters"), &json!({ "id_tarifario_segus": cirugia }).to_string(), &token)).is_empty());
    warning(&s.call(&format!("{PARTICIPANTE}/Delete"), &json!({ "id_tarifario_segus_participante": id }).to_string(), &token), "No se pudo realizar la eliminación.");
    // Once deleted, the pair may be linked again.
    ok(&add(json!(cirugia), json!(anestesia)));
    assert_eq!(links(), 2);
}

#[test]
fn every_action_answers_empty_blank_and_null_bodies_with_the_envelope() {
    let s = Server::start();
    let token = s.admin_token();
    let lines = count(&s, "SELECT COUNT(*) FROM CVN_TARIFARIO_SEGUS");
    for body in ["", "\"\"", "null", "{}"] {
        let call = |path: &str| s.call(path, body, &token);
        let all = call(&format!("{TARIFA}/GetAllActives"));
        assert_eq!(list(&all).len() as i64, lines, "{body}");
        assert_eq!(list(&call(&format!("{TARIFA}/GetAllFilters"))).len(), 200, "{body}");
        assert!(list(&call(&format!("{TARIFA}/GetById"))).is_empty(), "{body}");
        assert!(list(&call(&format!("{PARTICIPANTE}/GetAllActivesFilters"))).is_empty(), "{body}");
        warning(&call(&format!("{TARIFA}/GetPrice")), "El campo 'id_categoria_pago' es obligatorio.");
        warning(&call(&format!("{TARIFA}/Add")), "El campo 'c_codigo' es obligatorio.");
        warning(&call(&format!("{TARIFA}/Update")), "El campo 'c_codigo' es obligatorio.");
        warning(&call(&format!("{TARIFA}/Delete")), "No se pudo realizar la eliminación.");
        warning(&call(&format!("{PARTICIPANTE}/Add")), "El campo 'id_tarifario_segus' es obligatorio.");
        warning(&call(&format!("{PARTICIPANTE}/Delete")), "No se pudo realizar la eliminación.");
    }
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_TARIFARIO_SEGUS"), lines, "nothing written");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_TARIFARIO_SEGUS_PARTICIPANTE"), 0);
}

#[test]
fn billing_staff_maintain_the_tariff_the_pharmacy_only_reads_the_active_list() {
    let s = Server::start();
    let admin = s.admin_token();
    let (_, farmacia) = user_with_role(&s, &admin, "farma1", 5);
    let (_, caja) = user_with_role(&s, &admin, "caja1", 4);
    let (_, admision) = user_with_role(&s, &admin, "admision1", 2);
    let lines = count(&s, "SELECT COUNT(*) FROM CVN_TARIFARIO_SEGUS");
    let body = linea(&s, "60.95.03").to_string();

    // The pharmacy: every write and the price lookups are refused, nothing written.
    for path in [
        format!("{TARIFA}/Add"),
        format!("{TARIFA}/Update"),
        format!("{TARIFA}/Delete"),
        format!("{TARIFA}/GetPrice"),
        format!("{TARIFA}/GetAllFilters"),
        format!("{TARIFA}/GetById"),
        format!("{PARTICIPANTE}/Add"),
        format!("{PARTICIPANTE}/Delete"),
        format!("{PARTICIPANTE}/GetAllActivesFilters"),
    ] {
        forbidden(&s.call(&path, &body, &farmacia));
    }
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_TARIFARIO_SEGUS"), lines);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM Log WHERE Controlador = 'Seguridad' AND Accion = 'AccesoDenegado'"), 9);
    // ... but fills its combos from the active list.
    assert_eq!(list(&s.call(&format!("{TARIFA}/GetAllActives"), "", &farmacia)).len() as i64, lines);

    // Admission reads and quotes prices, but does not maintain the tariff.
    ok(&s.call(&format!("{TARIFA}/GetAllFilters"), r#"{"valorRequest": "10.01"}"#, &admision));
    forbidden(&s.call(&format!("{TARIFA}/Add"), &body, &admision));
    // The cashier (billing) maintains it.
    let v = s.call(&format!("{TARIFA}/Add"), &body, &caja);
    assert_eq!(v["Message"], "Se registró satisfactoriamente.", "{v}");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_TARIFARIO_SEGUS"), lines + 1);
}
