//! Issue 9, payment categories and their prices: `CVN_CATEGORIA_PAGO` (Add, Update, Delete,
//! GetById, GetAllActives, GetAllFilters) and `CVN_CATEGORIA_PAGO_PRECIO` (Add, Delete,
//! GetAllActivesFilters), as billing staff use them. The SEGUS tariff is another screen's: its
//! lines are inserted here with SQL.

use serde_json::{Value, json};

use crate::harness::*;

/// An exact JSON number (`1.2500` keeps its scale on the wire).
fn num(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

/// A category as the billing screen sends it: every property, forged audit fields included.
fn categoria(codigo: &str, descripcion: &str, servicio: &str, procedimiento: &str, farmacia: &str) -> Value {
    json!({
        "id_categoria_pago": 0, "c_codigo": codigo, "t_descripcion": descripcion,
        "t_observacion": "Convenio con EPS — tarifa preferente",
        "d_fecha_i_vigencia": "2026-01-01T00:00:00", "d_fecha_f_vigencia": "2026-12-31T00:00:00",
        "n_factor_servicio": num(servicio), "n_factor_procedimiento": num(procedimiento), "n_dscto_farmacia": num(farmacia),
        "f_estado": 1, "estado": "Activo", "valorConsulta": null,
        "FechaCreacion": "0001-01-01T00:00:00", "FechaModificacion": null, "UsuarioCreacion": "1",
        "UsuarioModificacion": "intruso", "IdUsuarioActual": 999, "id_usuarioCreacion": 999, "id_usuarioModifica": 999
    })
}

fn precio(id_categoria: i64, id_tarifario: i64, sol: &str, usd: &str) -> Value {
    json!({
        "id_categoria_pago_precio": 0, "id_tarifario_segus": id_tarifario, "id_categoria_pago": id_categoria,
        "c_codigo": null, "t_descripcion": null, "n_precio_sol": num(sol), "n_precio_usd": num(usd),
        "FechaCreacion": "0001-01-01T00:00:00", "UsuarioCreacion": "1", "id_usuarioCreacion": 999
    })
}

/// A SEGUS tariff line, inserted as the tariff screen would have stored it.
fn linea_segus(s: &Server, codigo: &str, descripcion: &str) -> i64 {
    let db = s.db();
    db.execute(
        "INSERT INTO CVN_TARIFARIO_SEGUS (c_codigo, t_descripcion_esp, n_unidad, t_busqueda) VALUES (?1, ?2, 1.00, lower(?2))",
        [codigo, descripcion],
    )
    .unwrap();
    db.last_insert_rowid()
}

fn add_categoria(s: &Server, token: &str, codigo: &str, descripcion: &str) -> i64 {
    let v = s.call("/api/CVN_CATEGORIA_PAGO/Add", &categoria(codigo, descripcion, "1.0000", "1.0000", "0.00").to_string(), token);
    assert_eq!(v["Message"], "Se registró satisfactoriamente.", "{v}");
    s.db().query_row("SELECT id_categoria_pago FROM CVN_CATEGORIA_PAGO WHERE c_codigo = ?1 AND f_estado = 1", [codigo], |r| r.get(0)).unwrap()
}

fn ok_warning(v: &Value) -> (Option<bool>, Option<bool>) {
    (v["Success"].as_bool(), v["Warning"].as_bool())
}

fn rows(v: &Value) -> &Vec<Value> {
    v["Data"].as_array().unwrap_or_else(|| panic!("Data no es una lista: {v}"))
}

#[test]
fn a_category_keeps_its_exact_factors_and_a_duplicate_writes_nothing() {
    let s = Server::start();
    let token = s.admin_token();
    let admin_id = count(&s, "SELECT id_usuario FROM SEG_USUARIO WHERE usuario = 'admin'");

    let v = s.call("/api/CVN_CATEGORIA_PAGO/Add", &categoria("CAT-A", "Categoría Ñandú A", "1.2500", "0.8750", "10.50").to_string(), &token);
    assert_envelope(&v);
    assert_eq!((v["Message"].as_str(), ok_warning(&v), v["Data"].is_null()), (Some("Se registró satisfactoriamente."), (Some(true), Some(false)), true), "{v}");
    let (id, by, estado): (i64, i64, i64) = s
        .db()
        .query_row("SELECT id_categoria_pago, id_user_registro, f_estado FROM CVN_CATEGORIA_PAGO WHERE c_codigo = 'CAT-A'", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    assert_eq!((by, estado), (admin_id, 1), "the token's user, active");

    // Duplicates among the active categories: the same code, or the same description in any
    // case and without its accents. Warned, audited, nothing written.
    for (codigo, descripcion) in [("cat-a", "Otra descripción"), ("CAT-B", "categoria ñandu a")] {
        let v = s.call("/api/CVN_CATEGORIA_PAGO/Add", &categoria(codigo, descripcion, "1", "1", "0").to_string(), &token);
        assert_eq!((v["Message"].as_str(), ok_warning(&v), v["Data"].is_null()), (Some("El registro ya existe."), (Some(true), Some(true)), true), "{v}");
    }
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_CATEGORIA_PAGO"), 1);

    // Update with other factors and the modifier from the token (the legacy `id_user_modifica`
    // parameter, written without '@', is bound by its name).
    let mut upd = categoria("CAT-A", "Categoría Ñandú A", "1.5000", "0.0", "12.75");
    upd["id_categoria_pago"] = json!(id);
    upd["t_observacion"] = json!("Renovada en diciembre: años 2026–2027");
    upd["d_fecha_f_vigencia"] = json!("2027-12-31T00:00:00");
    let v = s.call("/api/CVN_CATEGORIA_PAGO/Update", &upd.to_string(), &token);
    assert_eq!((v["Message"].as_str(), ok_warning(&v), v["Data"].is_null()), (Some("Se actualizó satisfactoriamente."), (Some(true), Some(false)), true), "{v}");
    assert_eq!(count(&s, &format!("SELECT id_user_modifica FROM CVN_CATEGORIA_PAGO WHERE id_categoria_pago = {id}")), admin_id);

    // GetById: a list of one, contract shape, factors with the scale of their columns.
    let v = s.call("/api/CVN_CATEGORIA_PAGO/GetById", &json!({ "id_categoria_pago": id }).to_string(), &token);
    assert_envelope(&v);
    let data = rows(&v);
    assert_eq!(data.len(), 1, "{v}");
    let row = &data[0];
    assert_contract_item(row, "CVN_CATEGORIA_PAGODTO", "CVN_CATEGORIA_PAGO/GetById");
    assert_eq!(row["n_factor_servicio"].to_string(), "1.5000", "{row}");
    assert_eq!(row["n_factor_procedimiento"].to_string(), "0.0000", "{row}");
    assert_eq!(row["n_dscto_farmacia"].to_string(), "12.75", "{row}");
    assert_eq!(row["t_descripcion"], "Categoría Ñandú A");
    assert_eq!(row["t_observacion"], "Renovada en diciembre: años 2026–2027");
    assert_eq!(row["d_fecha_i_vigencia"], "2026-01-01T00:00:00");
    assert_eq!(row["d_fecha_f_vigencia"], "2027-12-31T00:00:00");
    assert_eq!((row["f_estado"].as_i64(), row["estado"].as_str()), (Some(1), Some("Activo")));
    assert_eq!((row["id_usuarioCreacion"].as_i64(), row["id_usuarioModifica"].as_i64()), (Some(admin_id), Some(admin_id)));
    assert!(rows(&s.call("/api/CVN_CATEGORIA_PAGO/GetById", r#"{"id_categoria_pago": 4242}"#, &token)).is_empty());

    // An update to an unknown id changes nothing.
    upd["id_categoria_pago"] = json!(4242);
    let v = s.call("/api/CVN_CATEGORIA_PAGO/Update", &upd.to_string(), &token);
    assert_eq!((v["Message"].as_str(), ok_warning(&v)), (Some("No se pudo realizar la actualización."), (Some(true), Some(true))), "{v}");

    // GetAllFilters: words of valorConsulta ignoring case and accents; estado label.
    let b = add_categoria(&s, &token, "CAT-B", "Particular básico");
    for valor in ["ñandu", "NANDÚ a", "renovada diciembre"] {
        let v = s.call("/api/CVN_CATEGORIA_PAGO/GetAllFilters", &json!({ "valorConsulta": valor }).to_string(), &token);
        let data = rows(&v);
        assert_eq!(data.len(), 1, "{valor}: {v}");
        assert_eq!(data[0]["id_categoria_pago"], id, "{valor}");
        assert_contract_item(&data[0], "CVN_CATEGORIA_PAGODTO", "CVN_CATEGORIA_PAGO/GetAllFilters");
    }
    let v = s.call("/api/CVN_CATEGORIA_PAGO/GetAllFilters", r#"{"valorConsulta": "basico"}"#, &token);
    assert_eq!(rows(&v).iter().map(|r| r["c_codigo"].as_str().unwrap()).collect::<Vec<_>>(), ["CAT-B"]);
    assert_eq!(rows(&s.call("/api/CVN_CATEGORIA_PAGO/GetAllFilters", r#"{"valorConsulta": "  "}"#, &token)).len(), 2);
    assert!(rows(&s.call("/api/CVN_CATEGORIA_PAGO/GetAllFilters", r#"{"valorConsulta": "100%"}"#, &token)).is_empty());

    // Delete is soft: out of the active list, still found (Inactivo) by GetById and GetAllFilters;
    // its code is free again for a new category.
    let v = s.call("/api/CVN_CATEGORIA_PAGO/Delete", &json!({ "id_categoria_pago": b }).to_string(), &token);
    assert_eq!((v["Message"].as_str(), ok_warning(&v), v["Data"].is_null()), (Some("Se eliminó satisfactoriamente."), (Some(true), Some(false)), true), "{v}");
    let v = s.call("/api/CVN_CATEGORIA_PAGO/GetAllActives", "{}", &token);
    let activas = rows(&v);
    assert_eq!(activas.iter().map(|r| r["c_codigo"].as_str().unwrap()).collect::<Vec<_>>(), ["CAT-A"]);
    assert_contract_item(&activas[0], "CVN_CATEGORIA_PAGODTO", "CVN_CATEGORIA_PAGO/GetAllActives");
    assert_eq!((activas[0]["f_estado"].as_i64(), activas[0]["estado"].as_str()), (Some(1), Some("Activo")));
    let v = s.call("/api/CVN_CATEGORIA_PAGO/GetAllFilters", r#"{"valorConsulta": "particular"}"#, &token);
    assert_eq!(rows(&v)[0]["estado"], "Inactivo");
    assert_eq!(rows(&s.call("/api/CVN_CATEGORIA_PAGO/GetById", &json!({ "id_categoria_pago": b }).to_string(), &token))[0]["f_estado"], 0);
    let v = s.call("/api/CVN_CATEGORIA_PAGO/Delete", &json!({ "id_categoria_pago": b }).to_string(), &token);
    assert_eq!(v["Message"], "No se pudo realizar la eliminación.", "{v}");
    add_categoria(&s, &token, "CAT-B", "Particular básico");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_CATEGORIA_PAGO WHERE c_codigo = 'CAT-B'"), 2);

    let audits = count(&s, "SELECT COUNT(*) FROM Log WHERE Objeto LIKE '%id_categoria_pago%'");
    assert_eq!(audits, 9, "3 Adds + 2 duplicates, 2 Updates, 2 Deletes: warnings included");
}

#[test]
fn a_category_that_does_not_fit_its_columns_is_a_warning_naming_the_field() {
    let s = Server::start();
    let token = s.admin_token();
    let cases: &[(Value, &str)] = &[
        (categoria("X1", "Negativa", "-0.5000", "1", "0"), "El campo 'n_factor_servicio' no puede ser negativo."),
        (categoria("X2", "Muchos decimales", "1", "1.23456", "0"), "El campo 'n_factor_procedimiento' admite hasta 4 decimales."),
        (categoria("X3", "Descuento", "1", "1", "100.50"), "El campo 'n_dscto_farmacia' debe estar entre 0 y 100."),
        (categoria("X4", "Descuento negativo", "1", "1", "-1"), "El campo 'n_dscto_farmacia' no puede ser negativo."),
        (categoria("X5", "Enorme", "123456789", "1", "0"), "El campo 'n_factor_servicio' admite hasta 8 dígitos enteros."),
        (categoria("", "Sin código", "1", "1", "0"), "El campo 'c_codigo' es obligatorio."),
        (categoria("X6", "   ", "1", "1", "0"), "El campo 't_descripcion' es obligatorio."),
    ];
    for (body, message) in cases {
        for path in ["/api/CVN_CATEGORIA_PAGO/Add", "/api/CVN_CATEGORIA_PAGO/Update"] {
            let v = s.call(path, &body.to_string(), &token);
            assert_eq!((ok_warning(&v), v["Message"].as_str(), v["Data"].is_null()), ((Some(true), Some(true)), Some(*message), true), "{path}: {v}");
        }
    }
    let mut fechas = categoria("X7", "Vigencia al revés", "1", "1", "0");
    fechas["d_fecha_i_vigencia"] = json!("2027-01-01T00:00:00");
    let v = s.call("/api/CVN_CATEGORIA_PAGO/Add", &fechas.to_string(), &token);
    assert_eq!(ok_warning(&v), (Some(true), Some(true)), "{v}");
    assert!(v["Message"].as_str().unwrap().contains("d_fecha_i_vigencia"), "{v}");
    // The same start and end day is a valid one-day window; an unset end is no end.
    fechas["d_fecha_f_vigencia"] = json!("0001-01-01T00:00:00");
    let v = s.call("/api/CVN_CATEGORIA_PAGO/Add", &fechas.to_string(), &token);
    assert_eq!(v["Message"], "Se registró satisfactoriamente.", "{v}");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_CATEGORIA_PAGO"), 1, "only the valid one was written");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_CATEGORIA_PAGO WHERE d_fecha_f_vigencia IS NULL"), 1);
}

#[test]
fn prices_of_a_tariff_line_across_categories_one_active_per_pair() {
    let s = Server::start();
    let token = s.admin_token();
    let a = add_categoria(&s, &token, "EPS-A", "Aseguradora Ñuñoa");
    let b = add_categoria(&s, &token, "PART", "Particular");
    let consulta = linea_segus(&s, "T50.01.01", "Consulta médica ambulatoria");
    let ecografia = linea_segus(&s, "T60.02.11", "Ecografía abdominal");

    // Add answers the new id as a bare integer.
    let mut ids = Vec::new();
    for (cat, linea, sol, usd) in [(a, consulta, "150.00", "40.50"), (b, consulta, "120.5", "32"), (a, ecografia, "0.0", "0")] {
        let v = s.call("/api/CVN_CATEGORIA_PAGO_PRECIO/Add", &precio(cat, linea, sol, usd).to_string(), &token);
        assert_envelope(&v);
        assert_eq!((v["Message"].as_str(), ok_warning(&v)), (Some("Se registró satisfactoriamente."), (Some(true), Some(false))), "{v}");
        assert!(v["Data"].is_i64(), "{v}");
        ids.push(v["Data"].as_i64().unwrap());
    }
    assert_eq!(count(&s, &format!("SELECT id_categoria_pago_precio FROM CVN_CATEGORIA_PAGO_PRECIO WHERE id_categoria_pago = {b}")), ids[1]);

    // The prices of the consultation line: one per category, the category's code and name.
    let v = s.call("/api/CVN_CATEGORIA_PAGO_PRECIO/GetAllActivesFilters", &json!({ "id_tarifario_segus": consulta }).to_string(), &token);
    assert_envelope(&v);
    let data = rows(&v);
    assert_eq!(data.len(), 2, "{v}");
    data.iter().for_each(|r| assert_contract_item(r, "CVN_CATEGORIA_PAGO_PRECIODTO", "CVN_CATEGORIA_PAGO_PRECIO/GetAllActivesFilters"));
    let seen: Vec<(String, String, String, String)> = data
        .iter()
        .map(|r| (r["c_codigo"].as_str().unwrap().into(), r["t_descripcion"].as_str().unwrap().into(), r["n_precio_sol"].to_string(), r["n_precio_usd"].to_string()))
        .collect();
    assert_eq!(
        seen,
        [
            ("EPS-A".into(), "Aseguradora Ñuñoa".into(), "150.00".into(), "40.50".into()),
            ("PART".into(), "Particular".into(), "120.50".into(), "32.00".into())
        ]
    );
    assert_eq!((data[0]["id_categoria_pago_precio"].as_i64(), data[0]["id_tarifario_segus"].as_i64(), data[0]["id_categoria_pago"].as_i64()), (Some(ids[0]), Some(consulta), Some(a)));
    let v = s.call("/api/CVN_CATEGORIA_PAGO_PRECIO/GetAllActivesFilters", &json!({ "id_tarifario_segus": ecografia }).to_string(), &token);
    assert_eq!(rows(&v).iter().map(|r| r["n_precio_sol"].to_string()).collect::<Vec<_>>(), ["0.00"]);

    // A second active price for the same pair: warned, nothing written.
    let before = count(&s, "SELECT COUNT(*) FROM CVN_CATEGORIA_PAGO_PRECIO");
    let v = s.call("/api/CVN_CATEGORIA_PAGO_PRECIO/Add", &precio(a, consulta, "99.90", "25.00").to_string(), &token);
    assert_eq!((v["Message"].as_str(), ok_warning(&v), v["Data"].is_null()), (Some("El registro ya existe."), (Some(true), Some(true)), true), "{v}");
    // Unknown or inactive category / tariff line, negative or over-precise prices: warnings.
    s.db().execute("INSERT INTO CVN_TARIFARIO_SEGUS (c_codigo, t_descripcion_esp, f_estado) VALUES ('99.99.99', 'Línea de baja', 0)", []).unwrap();
    let baja: i64 = count(&s, "SELECT id_tarifario_segus FROM CVN_TARIFARIO_SEGUS WHERE c_codigo = '99.99.99'");
    for (body, message) in [
        (precio(4242, consulta, "1", "1"), "El campo 'id_categoria_pago' no es válido: el valor 4242 no existe o está inactivo.".to_string()),
        (precio(a, 4242, "1", "1"), "El campo 'id_tarifario_segus' no es válido: el valor 4242 no existe o está inactivo.".to_string()),
        (precio(a, baja, "1", "1"), format!("El campo 'id_tarifario_segus' no es válido: el valor {baja} no existe o está inactivo.")),
        (precio(0, consulta, "1", "1"), "El campo 'id_categoria_pago' es obligatorio.".to_string()),
        (precio(a, 0, "1", "1"), "El campo 'id_tarifario_segus' es obligatorio.".to_string()),
        (precio(b, ecografia, "-1.00", "1"), "El campo 'n_precio_sol' no puede ser negativo.".to_string()),
        (precio(b, ecografia, "10", "1.005"), "El campo 'n_precio_usd' admite hasta 2 decimales.".to_string()),
    ] {
        let v = s.call("/api/CVN_CATEGORIA_PAGO_PRECIO/Add", &body.to_string(), &token);
        assert_eq!((ok_warning(&v), v["Message"].as_str(), v["Data"].is_null()), ((Some(true), Some(true)), Some(message.as_str()), true), "{v}");
    }
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_CATEGORIA_PAGO_PRECIO"), before, "nothing written");

    // Delete: the id as the contract's string, or as a number; anything else is a warning.
    let v = s.call("/api/CVN_CATEGORIA_PAGO_PRECIO/Delete", &json!({ "id_categoria_pago_precio": format!(" {} ", ids[0]) }).to_string(), &token);
    assert_eq!((v["Message"].as_str(), ok_warning(&v), v["Data"].is_null()), (Some("Se eliminó satisfactoriamente."), (Some(true), Some(false)), true), "{v}");
    let v = s.call("/api/CVN_CATEGORIA_PAGO_PRECIO/GetAllActivesFilters", &json!({ "id_tarifario_segus": consulta }).to_string(), &token);
    assert_eq!(rows(&v).iter().map(|r| r["c_codigo"].as_str().unwrap()).collect::<Vec<_>>(), ["PART"], "the deleted price left the list");
    let v = s.call("/api/CVN_CATEGORIA_PAGO_PRECIO/Delete", &json!({ "id_categoria_pago_precio": ids[0] }).to_string(), &token);
    assert_eq!(v["Message"], "No se pudo realizar la eliminación.", "already inactive: {v}");
    for bad in [json!("doce"), json!("1.5"), json!(-3)] {
        let v = s.call("/api/CVN_CATEGORIA_PAGO_PRECIO/Delete", &json!({ "id_categoria_pago_precio": bad }).to_string(), &token);
        assert_eq!(ok_warning(&v), (Some(true), Some(true)), "{v}");
        assert!(v["Message"].as_str().unwrap().contains("'id_categoria_pago_precio'"), "{v}");
    }
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_CATEGORIA_PAGO_PRECIO WHERE f_estado = 1"), 2);
    // Once inactive, the pair may have a new price.
    let v = s.call("/api/CVN_CATEGORIA_PAGO_PRECIO/Add", &precio(a, consulta, "160.00", "43.00").to_string(), &token);
    assert!(v["Data"].as_i64().is_some_and(|id| id > ids[2]), "{v}");
    // A deleted category's prices leave the list with it.
    assert_eq!(s.call("/api/CVN_CATEGORIA_PAGO/Delete", &json!({ "id_categoria_pago": b }).to_string(), &token)["Message"], "Se eliminó satisfactoriamente.");
    let v = s.call("/api/CVN_CATEGORIA_PAGO_PRECIO/GetAllActivesFilters", &json!({ "id_tarifario_segus": consulta }).to_string(), &token);
    assert_eq!(rows(&v).iter().map(|r| r["n_precio_sol"].to_string()).collect::<Vec<_>>(), ["160.00"]);
}

#[test]
fn every_action_walks_empty_blank_null_and_realistic_bodies() {
    let s = Server::start();
    let token = s.admin_token();
    let id = add_categoria(&s, &token, "WALK", "Categoría de recorrido");
    let linea = linea_segus(&s, "T10.01.01", "Hemograma completo");
    let id_precio = s.call("/api/CVN_CATEGORIA_PAGO_PRECIO/Add", &precio(id, linea, "25.00", "7.00").to_string(), &token)["Data"].as_i64().unwrap();

    // (action, reply type of its list or None for a write, Message for the empty bodies)
    let lists = [
        ("CVN_CATEGORIA_PAGO/GetAllActives", json!({}), 1usize),
        ("CVN_CATEGORIA_PAGO/GetAllFilters", json!({ "valorConsulta": "recorrido" }), 1),
        ("CVN_CATEGORIA_PAGO/GetById", json!({ "id_categoria_pago": id }), 1),
        ("CVN_CATEGORIA_PAGO_PRECIO/GetAllActivesFilters", json!({ "id_tarifario_segus": linea }), 1),
    ];
    for (path, realistic, n) in &lists {
        let reply = if path.starts_with("CVN_CATEGORIA_PAGO_PRECIO") { "CVN_CATEGORIA_PAGO_PRECIODTO" } else { "CVN_CATEGORIA_PAGODTO" };
        // Empty bodies: a list (every category for the active list and an empty filter, none
        // for id 0).
        let empty = if *path == "CVN_CATEGORIA_PAGO/GetAllActives" || *path == "CVN_CATEGORIA_PAGO/GetAllFilters" { 1 } else { 0 };
        for body in ["", "\"\"", "null", &realistic.to_string()] {
            let v = s.call(&format!("/api/{path}"), body, &token);
            assert_envelope(&v);
            assert_eq!(ok_warning(&v), (Some(true), Some(false)), "{path} {body:?}: {v}");
            let data = rows(&v);
            let expected = if body.starts_with('{') { *n } else { empty };
            assert_eq!(data.len(), expected, "{path} {body:?}: {v}");
            data.iter().for_each(|r| assert_contract_item(r, reply, path));
        }
    }

    let writes = [
        ("CVN_CATEGORIA_PAGO/Add", "El campo 'c_codigo' es obligatorio."),
        ("CVN_CATEGORIA_PAGO/Update", "El campo 'c_codigo' es obligatorio."),
        ("CVN_CATEGORIA_PAGO/Delete", "No se pudo realizar la eliminación."),
        ("CVN_CATEGORIA_PAGO_PRECIO/Add", "El campo 'id_categoria_pago' es obligatorio."),
        ("CVN_CATEGORIA_PAGO_PRECIO/Delete", "El campo 'id_categoria_pago_precio' es obligatorio."),
    ];
    for (path, message) in writes {
        for body in ["", "\"\"", "null"] {
            let v = s.call(&format!("/api/{path}"), body, &token);
            assert_envelope(&v);
            assert_eq!((ok_warning(&v), v["Message"].as_str(), v["Data"].is_null()), ((Some(true), Some(true)), Some(message), true), "{path} {body:?}: {v}");
        }
    }
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_CATEGORIA_PAGO"), 1);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_CATEGORIA_PAGO_PRECIO"), 1);

    // Realistic write bodies: Data null but for the price's new id.
    let mut upd = categoria("WALK", "Categoría de recorrido", "2.0000", "1.1000", "5.00");
    upd["id_categoria_pago"] = json!(id);
    let realistic = [
        ("CVN_CATEGORIA_PAGO/Add", categoria("WALK2", "Segunda categoría", "1", "1", "0"), "Se registró satisfactoriamente.", false),
        ("CVN_CATEGORIA_PAGO/Update", upd, "Se actualizó satisfactoriamente.", false),
        ("CVN_CATEGORIA_PAGO_PRECIO/Delete", json!({ "id_categoria_pago_precio": id_precio.to_string() }), "Se eliminó satisfactoriamente.", false),
        ("CVN_CATEGORIA_PAGO_PRECIO/Add", precio(id, linea, "26.00", "7.50"), "Se registró satisfactoriamente.", true),
        ("CVN_CATEGORIA_PAGO/Delete", json!({ "id_categoria_pago": id }), "Se eliminó satisfactoriamente.", false),
    ];
    for (path, body, message, returns_id) in realistic {
        let v = s.call(&format!("/api/{path}"), &body.to_string(), &token);
        assert_envelope(&v);
        assert_eq!((ok_warning(&v), v["Message"].as_str()), ((Some(true), Some(false)), Some(message)), "{path}: {v}");
        assert_eq!(v["Data"].is_i64(), returns_id, "{path}: {v}");
        assert!(returns_id || v["Data"].is_null(), "{path}: {v}");
    }
}

#[test]
fn billing_staff_write_admission_reads_and_a_doctor_is_refused() {
    let s = Server::start();
    let admin = s.admin_token();
    let (_, caja) = user_with_role(&s, &admin, "cajera", 4);
    let (_, admision) = user_with_role(&s, &admin, "admisionista", 2);
    let (_, medico) = user_with_role(&s, &admin, "doctora", 3);
    let linea = linea_segus(&s, "T50.01.01", "Consulta médica ambulatoria");

    // The cashier maintains categories and prices.
    let id = add_categoria(&s, &caja, "CAJA-1", "Categoría de caja");
    let v = s.call("/api/CVN_CATEGORIA_PAGO_PRECIO/Add", &precio(id, linea, "80.00", "21.00").to_string(), &caja);
    assert!(v["Data"].is_i64(), "{v}");

    // The doctor may not write anything here (nor read the price lists); nothing is written.
    let cat = categoria("MED-1", "Categoría del médico", "1", "1", "0");
    let writes = [
        ("CVN_CATEGORIA_PAGO/Add", cat.clone()),
        ("CVN_CATEGORIA_PAGO/Update", json!({ "id_categoria_pago": id, "c_codigo": "MED-1", "t_descripcion": "x" })),
        ("CVN_CATEGORIA_PAGO/Delete", json!({ "id_categoria_pago": id })),
        ("CVN_CATEGORIA_PAGO_PRECIO/Add", precio(id, linea, "1.00", "1.00")),
        ("CVN_CATEGORIA_PAGO_PRECIO/Delete", json!({ "id_categoria_pago_precio": 1 })),
    ];
    for (path, body) in &writes {
        forbidden(&s.call(&format!("/api/{path}"), &body.to_string(), &medico));
        forbidden(&s.call(&format!("/api/{path}"), &body.to_string(), &admision));
    }
    for path in ["CVN_CATEGORIA_PAGO/GetAllFilters", "CVN_CATEGORIA_PAGO/GetById", "CVN_CATEGORIA_PAGO_PRECIO/GetAllActivesFilters"] {
        forbidden(&s.call(&format!("/api/{path}"), "{}", &medico));
        let v = s.call(&format!("/api/{path}"), "{}", &admision);
        assert_eq!(ok_warning(&v), (Some(true), Some(false)), "{path}: {v}");
    }
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_CATEGORIA_PAGO"), 1);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_CATEGORIA_PAGO WHERE f_estado = 1 AND t_descripcion = 'Categoría de caja'"), 1);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_CATEGORIA_PAGO_PRECIO WHERE f_estado = 1"), 1);

    // The combo list of categories is for everyone.
    let v = s.call("/api/CVN_CATEGORIA_PAGO/GetAllActives", "", &medico);
    assert_eq!(rows(&v).len(), 1, "{v}");
}
