//! Insurance agreements, part A (issue 9): `CON_CONTACTO`, `CVN_PLAN_SEGURO` and
//! `CVN_PLAN_SEGURO_DETALLE` over HTTP, as billing staff use them: an insurer and an employer,
//! a plan between them under a payment category, its benefit lines with co-payments; the
//! duplicate checks seed 002 documents (warning, nothing written), the Peruvian RUC/DNI rule,
//! the denormalized names and status labels, decimals with their scale, accents, and roles.

use serde_json::{Value, json};

use crate::harness::*;

/// RUC of Rímac Seguros (SUNAT check digit 8: see `peru::ruc`).
const RUC_ASEGURADORA: &str = "20100047218";
/// A valid company RUC for the employer (check digit 5).
const RUC_EMPLEADOR: &str = "20131312955";

/// What the contacts screen sends: every property, forged audit fields too.
fn contacto(s: &Server, tipo: &str, ruc: &str, razon: &str, garante: i64, contratante: i64) -> Value {
    json!({
        "id_contacto": 0, "id_tipo_contacto": id_of(s, "CON_TIPO_CONTACTO", "id_tipo_contacto", tipo),
        "c_codigo": ruc, "c_codigo_sunat": "6", "t_apellidos": null, "t_nombres": null,
        "t_razon_social": razon, "t_razon_comercial": "Comercial ".to_owned() + razon,
        "t_observacion": "Convenio vigente", "t_direccion": "Av. Paseo de la República 3505, San Isidro",
        "t_contacto": "Lucía Ñahui Pérez", "t_actividad_economica": "Seguros",
        "c_telefono1": "014111111", "c_telefono2": null, "t_email_ffee": "facturacion@empresa.com.pe",
        "n_dias_credito": 30, "n_flag_garante": garante, "n_flag_contratante": contratante,
        "n_flag_proveedor": 0, "n_flag_habido": 1, "f_estado": 1, "id_user_registro": 999, "Response": 0,
        "codigo_tc": null, "estado": "Activo", "valor": null,
        "FechaCreacion": "0001-01-01T00:00:00", "FechaModificacion": null, "UsuarioCreacion": "intruso",
        "UsuarioModificacion": "intruso", "IdUsuarioActual": 999, "id_usuarioCreacion": 999, "id_usuarioModifica": 999
    })
}

fn plan(garante: i64, contratante: i64, categoria: i64, producto: i64, codigo: &str, descripcion: &str) -> Value {
    json!({
        "id_plan_seguro": 0, "id_contacto_garante": garante, "id_contacto_contratante": contratante,
        "id_categoria_pago": categoria, "c_codigo": codigo, "t_descripcion": descripcion,
        "t_observacion": "Plan corporativo", "c_codigo_iafa": "20001", "d_fecha_i_vigencia": "2026-01-01T00:00:00",
        "d_fecha_f_vigencia": "2026-12-31T00:00:00", "c_contrato": "CT-2026-0042", "c_certificado": "CERT-77",
        "id_producto_plan": producto, "f_estado": 1, "estado": "Activo", "valorRequest": null,
        "garante": null, "contratante": null, "producto": null,
        "FechaCreacion": "0001-01-01T00:00:00", "UsuarioCreacion": "intruso", "id_usuarioCreacion": 999
    })
}

fn linea(plan: i64, beneficio: i64, moneda: i64) -> Value {
    json!({
        "id_plan_seguro_detalle": 0, "id_plan_seguro": plan, "id_beneficio": beneficio, "id_moneda": moneda,
        "n_copago_fijo": 150.00, "n_copago_variable": 20, "n_copago_variable_farmacia": 10.5,
        "f_estado": 1, "codigo": null, "beneficio": null, "estado": null, "moneda": null,
        "FechaCreacion": "0001-01-01T00:00:00", "UsuarioCreacion": "intruso", "id_usuarioCreacion": 999
    })
}

fn ok(v: &Value, message: &str) {
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(false), Some(message)), "{v}");
}

fn warning(v: &Value, message: &str) {
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(true), Some(message)), "{v}");
    assert!(v["Data"].is_null(), "{v}");
}

fn warning_naming(v: &Value, field: &str) -> String {
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(true)), "{v}");
    assert!(v["Data"].is_null(), "{v}");
    let m = v["Message"].as_str().unwrap_or_default().to_owned();
    assert!(m.contains(&format!("'{field}'")), "{field}: {v}");
    m
}

fn list(v: &Value) -> &Vec<Value> {
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{v}");
    v["Data"].as_array().unwrap_or_else(|| panic!("{v}"))
}

/// An item of a contract GetAllActives (id, code, name only: no f_estado, so no estado label):
/// every contract property in order, the three returned with their JSON types.
fn active_item(item: &Value, dto: &str, id: &str, name: &str) {
    assert_eq!(Reply::keys(item), contract_order(dto), "{item}");
    assert!(item[id].is_i64() && item["c_codigo"].is_string() && item[name].is_string(), "{item}");
    assert!(item["estado"].is_null(), "the contract's procedure returns no state: {item}");
}

/// A payment category, inserted by SQL (CVN_CATEGORIA_PAGO is served by another part of issue 9).
fn categoria(s: &Server) -> i64 {
    s.db()
        .execute(
            "INSERT INTO CVN_CATEGORIA_PAGO (c_codigo, t_descripcion, n_factor_servicio, n_factor_procedimiento, n_dscto_farmacia, t_busqueda) \
             VALUES ('CAT-A', 'Categoría A', '4.50', '5.00', '10.00', 'cat-a categoria a')",
            [],
        )
        .unwrap();
    count(s, "SELECT id_categoria_pago FROM CVN_CATEGORIA_PAGO WHERE c_codigo = 'CAT-A'")
}

#[test]
fn billing_staff_set_up_an_insurer_an_employer_a_plan_and_its_benefit_lines() {
    let s = Server::start();
    let admin = s.admin_token();
    let (caja_id, caja) = user_with_role(&s, &admin, "cajera", 4);

    // Contacts: the insurer (guarantor) and the employer (contracting party), by the cashier.
    let aseguradora = contacto(&s, "ASE", RUC_ASEGURADORA, "Rímac Seguros y Reaseguros", 1, 0);
    ok(&s.call("/api/CON_CONTACTO/Add", &aseguradora.to_string(), &caja), "Se registró satisfactoriamente.");
    let empleador = contacto(&s, "EMP", RUC_EMPLEADOR, "Minera Andina del Perú S.A.C.", 0, 1);
    ok(&s.call("/api/CON_CONTACTO/Add", &empleador.to_string(), &caja), "Se registró satisfactoriamente.");
    let garante = count(&s, &format!("SELECT id_contacto FROM CON_CONTACTO WHERE c_codigo = '{RUC_ASEGURADORA}'"));
    let contratante = count(&s, &format!("SELECT id_contacto FROM CON_CONTACTO WHERE c_codigo = '{RUC_EMPLEADOR}'"));
    assert_eq!(count(&s, &format!("SELECT id_user_registro FROM CON_CONTACTO WHERE id_contacto = {garante}")), caja_id, "the cashier, not 999");

    // Duplicates: the same RUC, or the same business name in another case and without accents.
    warning(&s.call("/api/CON_CONTACTO/Add", &aseguradora.to_string(), &caja), "El registro ya existe.");
    let mut otra = contacto(&s, "ASE", RUC_EMPLEADOR, "RIMAC SEGUROS Y REASEGUROS", 1, 0);
    otra["c_codigo"] = json!("20500330121");
    warning(&s.call("/api/CON_CONTACTO/Add", &otra.to_string(), &caja), "El registro ya existe.");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CON_CONTACTO"), 2, "nothing written");

    // Search: accent- and case-insensitive, the type's code and the state's label.
    let v = s.call("/api/CON_CONTACTO/GetAllFilters", r#"{"valor": "rimac SEGUROS"}"#, &caja);
    let rows = list(&v);
    assert_eq!(rows.len(), 1, "{v}");
    assert_contract_item(&rows[0], "CON_CONTACTODTO", "CON_CONTACTO/GetAllFilters");
    assert_eq!((rows[0]["t_razon_social"].as_str(), rows[0]["codigo_tc"].as_str(), rows[0]["estado"].as_str()), (Some("Rímac Seguros y Reaseguros"), Some("ASE"), Some("Activo")));
    assert_eq!(rows[0]["t_contacto"], "Lucía Ñahui Pérez", "accents round-trip");
    assert_eq!(list(&s.call("/api/CON_CONTACTO/GetAllFilters", r#"{"valor": "nahui"}"#, &caja)).len(), 2);
    assert_eq!(list(&s.call("/api/CON_CONTACTO/GetAllFilters", r#"{"valor": "20131312"}"#, &caja)).len(), 1);

    // GetById and an Update of the contact person.
    let v = s.call("/api/CON_CONTACTO/GetById", &json!({"id_contacto": garante}).to_string(), &caja);
    let row = &list(&v)[0];
    assert_contract_item(row, "CON_CONTACTODTO", "CON_CONTACTO/GetById");
    assert_eq!((row["n_flag_garante"].as_i64(), row["n_dias_credito"].as_i64(), row["UsuarioCreacion"].is_null()), (Some(1), Some(30), true));
    let mut upd = aseguradora.clone();
    upd["id_contacto"] = json!(garante);
    upd["t_contacto"] = json!("José Ángel Quispe");
    ok(&s.call("/api/CON_CONTACTO/Update", &upd.to_string(), &caja), "Se actualizó satisfactoriamente.");
    assert_eq!(list(&s.call("/api/CON_CONTACTO/GetAllFilters", r#"{"valor": "jose angel"}"#, &caja)).len(), 1, "t_busqueda follows the update");
    // Another active contact's RUC on Update: a duplicate, nothing changed.
    let mut robo = empleador.clone();
    robo["id_contacto"] = json!(contratante);
    robo["c_codigo"] = json!(RUC_ASEGURADORA);
    warning(&s.call("/api/CON_CONTACTO/Update", &robo.to_string(), &caja), "El registro ya existe.");
    assert_eq!(count(&s, &format!("SELECT COUNT(*) FROM CON_CONTACTO WHERE c_codigo = '{RUC_EMPLEADOR}'")), 1);

    // The plan, under a payment category and a SUSALUD product.
    let cat = categoria(&s);
    let producto = id_of(&s, "CVN_PRODUCTO_PLAN", "id_producto_plan", "REG");
    let p = plan(garante, contratante, cat, producto, "PS-001", "Plan Salud Óptima");
    ok(&s.call("/api/CVN_PLAN_SEGURO/Add", &p.to_string(), &caja), "Se registró satisfactoriamente.");
    let id_plan = count(&s, "SELECT id_plan_seguro FROM CVN_PLAN_SEGURO WHERE c_codigo = 'PS-001'");
    // Seed 002's duplicate check: same code, or same description (case/accents aside), same guarantor.
    warning(&s.call("/api/CVN_PLAN_SEGURO/Add", &p.to_string(), &caja), "El registro ya existe.");
    let otro = plan(garante, contratante, cat, producto, "PS-002", "PLAN SALUD OPTIMA");
    warning(&s.call("/api/CVN_PLAN_SEGURO/Add", &otro.to_string(), &caja), "El registro ya existe.");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_PLAN_SEGURO"), 1, "nothing written");
    assert!(
        count(&s, "SELECT COUNT(*) FROM Log WHERE Accion = 'Add' AND Mensaje = 'El registro ya existe.' AND Objeto LIKE '%PS-00%'") >= 2,
        "duplicates are audited like the generated ones"
    );

    // Search by accent-free words of the description and by the guarantor's name.
    for valor in ["salud optima", "RÍMAC", "ct-2026"] {
        let v = s.call("/api/CVN_PLAN_SEGURO/GetAllFilters", &json!({"valorRequest": valor}).to_string(), &caja);
        let rows = list(&v);
        assert_eq!(rows.len(), 1, "{valor}: {v}");
        assert_contract_item(&rows[0], "CVN_PLAN_SEGURODTO", "CVN_PLAN_SEGURO/GetAllFilters");
        let r = &rows[0];
        assert_eq!(r["t_descripcion"], "Plan Salud Óptima");
        assert_eq!(r["garante"], "Rímac Seguros y Reaseguros");
        assert_eq!(r["contratante"], "Minera Andina del Perú S.A.C.");
        assert_eq!(r["producto"], "Plan de salud regular (EPS)");
        assert_eq!(r["estado"], "Activo");
        assert!(r["d_fecha_f_vigencia"].as_str().is_some_and(|d| d.starts_with("2026-12-31T00:00:00")), "{r}");
    }
    assert!(list(&s.call("/api/CVN_PLAN_SEGURO/GetAllFilters", r#"{"valorRequest": "inexistente"}"#, &caja)).is_empty());

    let v = s.call("/api/CVN_PLAN_SEGURO/GetById", &json!({"id_plan_seguro": id_plan}).to_string(), &caja);
    let row = &list(&v)[0];
    assert_contract_item(row, "CVN_PLAN_SEGURODTO", "CVN_PLAN_SEGURO/GetById");
    assert_eq!((row["id_contacto_garante"].as_i64(), row["id_categoria_pago"].as_i64(), row["id_producto_plan"].as_i64()), (Some(garante), Some(cat), Some(producto)));
    assert!(row["d_fecha_i_vigencia"].as_str().is_some_and(|d| d.starts_with("2026-01-01T00:00:00")), "{row}");
    // Seed 002's names and label on GetById and GetAllActives too.
    assert_eq!((row["garante"].as_str(), row["contratante"].as_str(), row["producto"].as_str(), row["estado"].as_str()), (Some("Rímac Seguros y Reaseguros"), Some("Minera Andina del Perú S.A.C."), Some("Plan de salud regular (EPS)"), Some("Activo")));
    let v = s.call("/api/CVN_PLAN_SEGURO/GetAllActives", "{}", &caja);
    let activos = list(&v);
    assert_eq!(activos.len(), 1, "{v}");
    assert_contract_item(&activos[0], "CVN_PLAN_SEGURODTO", "CVN_PLAN_SEGURO/GetAllActives");
    assert_eq!((activos[0]["c_codigo"].as_str(), activos[0]["garante"].as_str(), activos[0]["producto"].as_str(), activos[0]["estado"].as_str()), (Some("PS-001"), Some("Rímac Seguros y Reaseguros"), Some("Plan de salud regular (EPS)"), Some("Activo")));
    let mut pu = p.clone();
    pu["id_plan_seguro"] = json!(id_plan);
    pu["t_observacion"] = json!("Renovación 2026 — cláusula ñ");
    ok(&s.call("/api/CVN_PLAN_SEGURO/Update", &pu.to_string(), &caja), "Se actualizó satisfactoriamente.");
    let obs: String = s.db().query_row("SELECT t_observacion FROM CVN_PLAN_SEGURO WHERE id_plan_seguro = ?1", [id_plan], |r| r.get(0)).unwrap();
    assert_eq!(obs, "Renovación 2026 — cláusula ñ");

    // Two benefit lines; the second identical line is a duplicate and writes nothing.
    let consulta = id_of(&s, "CVN_BENEFICIO", "id_beneficio", "B01");
    let hospital = id_of(&s, "CVN_BENEFICIO", "id_beneficio", "B03");
    let soles = id_of(&s, "CVN_MONEDA", "id_moneda", "PEN");
    let v = s.call("/api/CVN_PLAN_SEGURO_DETALLE/Add", &linea(id_plan, consulta, soles).to_string(), &caja);
    ok(&v, "Se registró satisfactoriamente.");
    let id_linea = v["Data"].as_i64().unwrap_or_else(|| panic!("Data = the new id: {v}"));
    assert_eq!(count(&s, "SELECT MAX(id_plan_seguro_detalle) FROM CVN_PLAN_SEGURO_DETALLE"), id_linea);
    let mut segunda = linea(id_plan, hospital, soles);
    segunda["n_copago_fijo"] = json!(0);
    let v = s.call("/api/CVN_PLAN_SEGURO_DETALLE/Add", &segunda.to_string(), &caja);
    ok(&v, "Se registró satisfactoriamente.");
    assert!(v["Data"].as_i64().is_some_and(|id| id > id_linea), "{v}");
    warning(&s.call("/api/CVN_PLAN_SEGURO_DETALLE/Add", &segunda.to_string(), &caja), "El registro ya existe.");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_PLAN_SEGURO_DETALLE"), 2, "nothing written");

    // The plan's lines: names, currency, co-payments with two decimals.
    let v = s.call("/api/CVN_PLAN_SEGURO_DETALLE/GetAllActivesFilters", &json!({"id_plan_seguro": id_plan}).to_string(), &caja);
    let rows = list(&v);
    assert_eq!(rows.len(), 2, "{v}");
    for r in rows {
        assert_contract_item(r, "CVN_PLAN_SEGURO_DETALLEDTO", "CVN_PLAN_SEGURO_DETALLE/GetAllActivesFilters");
    }
    let r = &rows[0];
    assert_eq!((r["id_plan_seguro_detalle"].as_i64(), r["codigo"].as_str(), r["beneficio"].as_str()), (Some(id_linea), Some("B01"), Some("Consulta ambulatoria")));
    assert_eq!((r["moneda"].as_str(), r["estado"].as_str()), (Some("Soles"), Some("Activo")));
    assert_eq!(r["n_copago_fijo"].to_string(), "150.00");
    assert_eq!(r["n_copago_variable"].to_string(), "20.00");
    assert_eq!(r["n_copago_variable_farmacia"].to_string(), "10.50");
    assert_eq!(rows[1]["n_copago_fijo"].to_string(), "0.00");
    assert_eq!(rows[1]["beneficio"], "Hospitalización");
    // Optionally one benefit's line.
    let v = s.call("/api/CVN_PLAN_SEGURO_DETALLE/GetAllActivesFilters", &json!({"id_plan_seguro": id_plan, "id_beneficio": hospital}).to_string(), &caja);
    assert_eq!(list(&v).iter().map(|r| r["codigo"].as_str().unwrap()).collect::<Vec<_>>(), ["B03"]);

    // Soft delete: the line leaves the active list, the row stays inactive.
    ok(&s.call("/api/CVN_PLAN_SEGURO_DETALLE/Delete", &json!({"id_plan_seguro_detalle": id_linea}).to_string(), &caja), "Se eliminó satisfactoriamente.");
    let v = s.call("/api/CVN_PLAN_SEGURO_DETALLE/GetAllActivesFilters", &json!({"id_plan_seguro": id_plan}).to_string(), &caja);
    assert_eq!(list(&v).iter().map(|r| r["codigo"].as_str().unwrap()).collect::<Vec<_>>(), ["B03"]);
    assert_eq!(count(&s, &format!("SELECT f_estado FROM CVN_PLAN_SEGURO_DETALLE WHERE id_plan_seguro_detalle = {id_linea}")), 0);
    warning(&s.call("/api/CVN_PLAN_SEGURO_DETALLE/Delete", &json!({"id_plan_seguro_detalle": id_linea}).to_string(), &caja), "No se pudo realizar la eliminación.");
    // Once inactive, the benefit may be added again.
    ok(&s.call("/api/CVN_PLAN_SEGURO_DETALLE/Add", &linea(id_plan, consulta, soles).to_string(), &caja), "Se registró satisfactoriamente.");

    // A deactivated contact leaves the actives and cannot guarantee a new plan.
    ok(&s.call("/api/CON_CONTACTO/Delete", &json!({"id_contacto": contratante}).to_string(), &caja), "Se eliminó satisfactoriamente.");
    let v = s.call("/api/CON_CONTACTO/GetAllActives", "", &caja);
    let rows = list(&v);
    assert_eq!(rows.iter().map(|r| r["id_contacto"].as_i64().unwrap()).collect::<Vec<_>>(), [garante]);
    active_item(&rows[0], "CON_CONTACTODTO", "id_contacto", "t_razon_social");
    let v = s.call("/api/CON_CONTACTO/GetAllFilters", r#"{"valor": "minera"}"#, &caja);
    assert_eq!(list(&v)[0]["estado"], "Inactivo");
    let m = warning_naming(&s.call("/api/CVN_PLAN_SEGURO/Add", &plan(garante, contratante, cat, producto, "PS-009", "Otro plan").to_string(), &caja), "id_contacto_contratante");
    assert!(m.contains("inactivo"), "{m}");
}

#[test]
fn contacts_plans_and_lines_refuse_what_billing_would_regret() {
    let s = Server::start();
    let t = s.admin_token();
    let n_contactos = || count(&s, "SELECT COUNT(*) FROM CON_CONTACTO");

    // RUC and DNI: which rule failed is in the warning.
    let m = warning_naming(&s.call("/api/CON_CONTACTO/Add", &contacto(&s, "ASE", "20100047219", "Aseguradora Falsa", 1, 0).to_string(), &t), "c_codigo");
    assert!(m.contains("RUC") && m.contains("dígito verificador"), "{m}");
    let m = warning_naming(&s.call("/api/CON_CONTACTO/Add", &contacto(&s, "ASE", "2010004721", "Aseguradora Corta", 1, 0).to_string(), &t), "c_codigo");
    assert!(m.contains("RUC (11 dígitos") && m.contains("DNI (8 dígitos)"), "{m}");
    let m = warning_naming(&s.call("/api/CON_CONTACTO/Add", &contacto(&s, "ASE", "4567891X", "Persona", 0, 0).to_string(), &t), "c_codigo");
    assert!(m.contains("DNI"), "{m}");
    assert_eq!(n_contactos(), 0);
    // A person with a DNI is a valid contact (a broker, a private payer).
    ok(&s.call("/api/CON_CONTACTO/Add", &contacto(&s, "BRO", " 45678912 ", "Quispe Mamani, Juana", 0, 0).to_string(), &t), "Se registró satisfactoriamente.");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CON_CONTACTO WHERE c_codigo = '45678912'"), 1, "stored trimmed");

    let mut c = contacto(&s, "ASE", RUC_ASEGURADORA, "Rímac Seguros y Reaseguros", 1, 0);
    for (field, value) in [
        ("t_email_ffee", json!("facturacion.rimac.pe")),
        ("n_dias_credito", json!(-5)),
        ("n_flag_garante", json!(2)),
        ("id_tipo_contacto", json!(4242)),
        ("id_tipo_contacto", json!(0)),
        ("t_razon_social", json!("  ")),
    ] {
        let mut bad = c.clone();
        bad[field] = value;
        warning_naming(&s.call("/api/CON_CONTACTO/Add", &bad.to_string(), &t), field);
    }
    assert_eq!(n_contactos(), 1);
    c["t_email_ffee"] = json!(null);
    ok(&s.call("/api/CON_CONTACTO/Add", &c.to_string(), &t), "Se registró satisfactoriamente.");
    let garante = count(&s, &format!("SELECT id_contacto FROM CON_CONTACTO WHERE c_codigo = '{RUC_ASEGURADORA}'"));
    let persona = count(&s, "SELECT id_contacto FROM CON_CONTACTO WHERE c_codigo = '45678912'");

    // Plans: guarantor flag, references, validity window.
    let n_planes = || count(&s, "SELECT COUNT(*) FROM CVN_PLAN_SEGURO");
    let m = warning_naming(&s.call("/api/CVN_PLAN_SEGURO/Add", &plan(persona, 0, 0, 0, "X1", "Plan X").to_string(), &t), "id_contacto_garante");
    assert!(m.contains("no es garante"), "{m}");
    warning_naming(&s.call("/api/CVN_PLAN_SEGURO/Add", &plan(garante, persona, 0, 0, "X1", "Plan X").to_string(), &t), "id_contacto_contratante");
    warning_naming(&s.call("/api/CVN_PLAN_SEGURO/Add", &plan(garante, 0, 4242, 0, "X1", "Plan X").to_string(), &t), "id_categoria_pago");
    warning_naming(&s.call("/api/CVN_PLAN_SEGURO/Add", &plan(garante, 0, 0, 4242, "X1", "Plan X").to_string(), &t), "id_producto_plan");
    warning_naming(&s.call("/api/CVN_PLAN_SEGURO/Add", &plan(garante, 0, 0, 0, "", "Plan X").to_string(), &t), "c_codigo");
    let mut inverso = plan(garante, 0, 0, 0, "X1", "Plan X");
    inverso["d_fecha_i_vigencia"] = json!("2027-01-01T00:00:00");
    let m = warning_naming(&s.call("/api/CVN_PLAN_SEGURO/Add", &inverso.to_string(), &t), "d_fecha_f_vigencia");
    assert!(m.contains("d_fecha_i_vigencia"), "{m}");
    assert_eq!(n_planes(), 0);
    // Without contracting party, category or product (0 = not chosen) and without dates.
    let mut minimo = plan(garante, 0, 0, 0, "X1", "Plan X");
    minimo["d_fecha_i_vigencia"] = json!("0001-01-01T00:00:00");
    minimo["d_fecha_f_vigencia"] = json!(null);
    ok(&s.call("/api/CVN_PLAN_SEGURO/Add", &minimo.to_string(), &t), "Se registró satisfactoriamente.");
    let id_plan = count(&s, "SELECT id_plan_seguro FROM CVN_PLAN_SEGURO WHERE c_codigo = 'X1'");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_PLAN_SEGURO WHERE id_contacto_contratante IS NULL AND d_fecha_i_vigencia IS NULL"), 1);
    inverso["id_plan_seguro"] = json!(id_plan);
    warning_naming(&s.call("/api/CVN_PLAN_SEGURO/Update", &inverso.to_string(), &t), "d_fecha_f_vigencia");
    // Another guarantor may use the same plan code.
    let mut pacifico = contacto(&s, "ASE", "20500330121", "Pacífico Seguros", 1, 0);
    pacifico["t_email_ffee"] = json!("seguros@pacifico.com.pe");
    ok(&s.call("/api/CON_CONTACTO/Add", &pacifico.to_string(), &t), "Se registró satisfactoriamente.");
    let otro_garante = count(&s, "SELECT id_contacto FROM CON_CONTACTO WHERE c_codigo = '20500330121'");
    ok(&s.call("/api/CVN_PLAN_SEGURO/Add", &plan(otro_garante, 0, 0, 0, "X1", "Plan X").to_string(), &t), "Se registró satisfactoriamente.");

    // Benefit lines: plan, benefit, currency, co-payment ranges and scale.
    let b01 = id_of(&s, "CVN_BENEFICIO", "id_beneficio", "B01");
    let n_lineas = || count(&s, "SELECT COUNT(*) FROM CVN_PLAN_SEGURO_DETALLE");
    for (field, value) in [
        ("n_copago_fijo", json!(-1)),
        ("n_copago_fijo", json!(10.005)),
        ("n_copago_variable", json!(100.5)),
        ("n_copago_variable_farmacia", json!(-0.01)),
        ("id_beneficio", json!(4242)),
        ("id_beneficio", json!(0)),
        ("id_moneda", json!(4242)),
        ("id_plan_seguro", json!(4242)),
    ] {
        let mut bad = linea(id_plan, b01, 0);
        bad[field] = value;
        warning_naming(&s.call("/api/CVN_PLAN_SEGURO_DETALLE/Add", &bad.to_string(), &t), field);
    }
    assert_eq!(n_lineas(), 0);
    let mut sin_moneda = linea(id_plan, b01, 0);
    sin_moneda["n_copago_variable"] = json!(100);
    sin_moneda["n_copago_fijo"] = json!("35.5");
    ok(&s.call("/api/CVN_PLAN_SEGURO_DETALLE/Add", &sin_moneda.to_string(), &t), "Se registró satisfactoriamente.");
    let v = s.call("/api/CVN_PLAN_SEGURO_DETALLE/GetAllActivesFilters", &json!({"id_plan_seguro": id_plan}).to_string(), &t);
    let r = &list(&v)[0];
    assert_eq!((r["n_copago_fijo"].to_string(), r["n_copago_variable"].to_string(), r["moneda"].is_null()), ("35.50".into(), "100.00".into(), true), "{r}");
    // A line of an inactive plan is refused.
    s.db().execute("UPDATE CVN_PLAN_SEGURO SET f_estado = 0 WHERE id_plan_seguro = ?1", [id_plan]).unwrap();
    let m = warning_naming(&s.call("/api/CVN_PLAN_SEGURO_DETALLE/Add", &linea(id_plan, id_of(&s, "CVN_BENEFICIO", "id_beneficio", "B02"), 0).to_string(), &t), "id_plan_seguro");
    assert!(m.contains("inactivo"), "{m}");
    assert_eq!(list(&s.call("/api/CVN_PLAN_SEGURO/GetAllFilters", r#"{"valorRequest": "plan x"}"#, &t)).iter().filter(|r| r["estado"] == "Inactivo").count(), 1);
    let v = s.call("/api/CVN_PLAN_SEGURO/GetAllActives", "", &t);
    assert_eq!(list(&v).iter().map(|p| p["garante"].as_str().unwrap()).collect::<Vec<_>>(), ["Pacífico Seguros"], "the inactive plan left");
    let v = s.call("/api/CVN_PLAN_SEGURO/GetById", &json!({"id_plan_seguro": id_plan}).to_string(), &t);
    assert_eq!((list(&v)[0]["estado"].as_str(), list(&v)[0]["garante"].as_str()), (Some("Inactivo"), Some("Rímac Seguros y Reaseguros")));
}

#[test]
fn every_action_answers_empty_blank_and_null_bodies_with_the_envelope() {
    let s = Server::start();
    let t = s.admin_token();
    let lists = [
        "/api/CON_CONTACTO/GetAllActives",
        "/api/CON_CONTACTO/GetAllFilters",
        "/api/CON_CONTACTO/GetById",
        "/api/CVN_PLAN_SEGURO/GetAllActives",
        "/api/CVN_PLAN_SEGURO/GetAllFilters",
        "/api/CVN_PLAN_SEGURO/GetById",
        "/api/CVN_PLAN_SEGURO_DETALLE/GetAllActivesFilters",
    ];
    let writes = [
        ("/api/CON_CONTACTO/Add", "El campo 'c_codigo' es obligatorio."),
        ("/api/CON_CONTACTO/Update", "El campo 'c_codigo' es obligatorio."),
        ("/api/CON_CONTACTO/Delete", "No se pudo realizar la eliminación."),
        ("/api/CVN_PLAN_SEGURO/Add", "El campo 'c_codigo' es obligatorio."),
        ("/api/CVN_PLAN_SEGURO/Update", "El campo 'c_codigo' es obligatorio."),
        ("/api/CVN_PLAN_SEGURO_DETALLE/Add", "El campo 'id_plan_seguro' es obligatorio."),
        ("/api/CVN_PLAN_SEGURO_DETALLE/Delete", "No se pudo realizar la eliminación."),
    ];
    for body in ["", "\"\"", "null", "{}"] {
        for path in lists {
            let v = s.call(path, body, &t);
            assert!(list(&v).is_empty(), "{path} {body}: {v}");
        }
        for (path, message) in writes {
            warning(&s.call(path, body, &t), message);
        }
    }
    for table in ["CON_CONTACTO", "CVN_PLAN_SEGURO", "CVN_PLAN_SEGURO_DETALLE"] {
        assert_eq!(count(&s, &format!("SELECT COUNT(*) FROM {table}")), 0, "{table}");
    }
    // A realistic body through every action of the three controllers.
    ok(&s.call("/api/CON_CONTACTO/Add", &contacto(&s, "ASE", RUC_ASEGURADORA, "Rímac Seguros y Reaseguros", 1, 0).to_string(), &t), "Se registró satisfactoriamente.");
    let garante = count(&s, "SELECT id_contacto FROM CON_CONTACTO");
    ok(&s.call("/api/CVN_PLAN_SEGURO/Add", &plan(garante, 0, 0, 0, "P1", "Plan Único").to_string(), &t), "Se registró satisfactoriamente.");
    let id_plan = count(&s, "SELECT id_plan_seguro FROM CVN_PLAN_SEGURO");
    let v = s.call("/api/CVN_PLAN_SEGURO_DETALLE/Add", &linea(id_plan, id_of(&s, "CVN_BENEFICIO", "id_beneficio", "B04"), 0).to_string(), &t);
    assert!(v["Data"].is_i64(), "{v}");
    for (path, body) in [
        ("/api/CON_CONTACTO/GetAllActives", json!({})),
        ("/api/CON_CONTACTO/GetAllFilters", json!({"valor": "rímac"})),
        ("/api/CON_CONTACTO/GetById", json!({"id_contacto": garante})),
        ("/api/CVN_PLAN_SEGURO/GetAllActives", json!({})),
        ("/api/CVN_PLAN_SEGURO/GetAllFilters", json!({"valorRequest": "unico"})),
        ("/api/CVN_PLAN_SEGURO/GetById", json!({"id_plan_seguro": id_plan})),
        ("/api/CVN_PLAN_SEGURO_DETALLE/GetAllActivesFilters", json!({"id_plan_seguro": id_plan})),
    ] {
        let v = s.call(path, &body.to_string(), &t);
        assert_eq!(list(&v).len(), 1, "{path}: {v}");
        let item = &v["Data"][0];
        let dto = if path.contains("DETALLE") { "CVN_PLAN_SEGURO_DETALLEDTO" } else if path.contains("PLAN") { "CVN_PLAN_SEGURODTO" } else { "CON_CONTACTODTO" };
        if path == "/api/CON_CONTACTO/GetAllActives" {
            active_item(item, dto, "id_contacto", "t_razon_social");
        } else {
            assert_contract_item(item, dto, path);
            assert_eq!(item["estado"], "Activo", "{path}: {item}");
        }
    }
    let v = s.call("/api/CVN_PLAN_SEGURO/GetAllActives", "", &t);
    let r = &v["Data"][0];
    assert_eq!(r["t_descripcion"], "Plan Único", "accents round-trip");
    assert_eq!((r["garante"].as_str(), r["contratante"].is_null(), r["producto"].is_null(), r["f_estado"].as_i64()), (Some("Rímac Seguros y Reaseguros"), true, true, Some(1)), "{r}");
}

#[test]
fn the_pharmacy_may_not_touch_agreements_and_admission_only_reads_them() {
    let s = Server::start();
    let admin = s.admin_token();
    let (_, farmacia) = user_with_role(&s, &admin, "boticario", 5);
    let (_, admision) = user_with_role(&s, &admin, "admisionista", 2);
    let c = contacto(&s, "ASE", RUC_ASEGURADORA, "Rímac Seguros y Reaseguros", 1, 0).to_string();
    for token in [&farmacia, &admision] {
        forbidden(&s.call("/api/CON_CONTACTO/Add", &c, token));
        forbidden(&s.call("/api/CVN_PLAN_SEGURO/Add", &plan(1, 0, 0, 0, "P", "P").to_string(), token));
        forbidden(&s.call("/api/CVN_PLAN_SEGURO_DETALLE/Add", &linea(1, 1, 0).to_string(), token));
        forbidden(&s.call("/api/CVN_PLAN_SEGURO_DETALLE/Delete", r#"{"id_plan_seguro_detalle": 1}"#, token));
    }
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CON_CONTACTO"), 0);
    for path in ["/api/CON_CONTACTO/GetAllFilters", "/api/CVN_PLAN_SEGURO/GetAllFilters", "/api/CVN_PLAN_SEGURO_DETALLE/GetAllActivesFilters"] {
        forbidden(&s.call(path, "{}", &farmacia));
        list(&s.call(path, "{}", &admision));
    }
    // The combos' short lists: every signed-in user.
    list(&s.call("/api/CON_CONTACTO/GetAllActives", "", &farmacia));
    list(&s.call("/api/CVN_PLAN_SEGURO/GetAllActives", "", &farmacia));
}

/// Seed 002: GetAllFilters filters by any combination of the DTO's fields sent (AND), f_estado
/// omitted or null = every state, 0/blank ids and IAFA code = any; text stays bound, never SQL.
#[test]
fn plans_are_filtered_by_every_field_sent_alone_or_combined() {
    let s = Server::start();
    let admin = s.admin_token();
    let (_, caja) = user_with_role(&s, &admin, "cajera", 4);

    // Two guarantors, a contracting party, two payment categories, two products.
    ok(&s.call("/api/CON_CONTACTO/Add", &contacto(&s, "ASE", RUC_ASEGURADORA, "Rímac Seguros y Reaseguros", 1, 0).to_string(), &caja), "Se registró satisfactoriamente.");
    ok(&s.call("/api/CON_CONTACTO/Add", &contacto(&s, "EMP", RUC_EMPLEADOR, "Minera Andina del Perú S.A.C.", 0, 1).to_string(), &caja), "Se registró satisfactoriamente.");
    let mut pacifico = contacto(&s, "ASE", "20500330121", "Pacífico Seguros", 1, 0);
    pacifico["t_email_ffee"] = json!("seguros@pacifico.com.pe");
    ok(&s.call("/api/CON_CONTACTO/Add", &pacifico.to_string(), &caja), "Se registró satisfactoriamente.");
    let contacto_id = |ruc: &str| count(&s, &format!("SELECT id_contacto FROM CON_CONTACTO WHERE c_codigo = '{ruc}'"));
    let (rimac, minera, pacifico) = (contacto_id(RUC_ASEGURADORA), contacto_id(RUC_EMPLEADOR), contacto_id("20500330121"));
    let cat_a = categoria(&s);
    s.db()
        .execute(
            "INSERT INTO CVN_CATEGORIA_PAGO (c_codigo, t_descripcion, n_factor_servicio, n_factor_procedimiento, n_dscto_farmacia, t_busqueda) \
             VALUES ('CAT-B', 'Categoría B', '4.00', '4.50', '5.00', 'cat-b categoria b')",
            [],
        )
        .unwrap();
    let cat_b = count(&s, "SELECT id_categoria_pago FROM CVN_CATEGORIA_PAGO WHERE c_codigo = 'CAT-B'");
    let (reg, pot) = (id_of(&s, "CVN_PRODUCTO_PLAN", "id_producto_plan", "REG"), id_of(&s, "CVN_PRODUCTO_PLAN", "id_producto_plan", "POT"));

    // Plan A: Rímac for the employer, category A, regular product, IAFA 20001, active.
    // Plan B: Pacífico, no contracting party, category B, optional product, IAFA 20002, inactive.
    ok(&s.call("/api/CVN_PLAN_SEGURO/Add", &plan(rimac, minera, cat_a, reg, "PS-001", "Plan Salud Óptima").to_string(), &caja), "Se registró satisfactoriamente.");
    let mut b = plan(pacifico, 0, cat_b, pot, "PV-001", "Plan Vida Total");
    b["c_codigo_iafa"] = json!("20002");
    ok(&s.call("/api/CVN_PLAN_SEGURO/Add", &b.to_string(), &caja), "Se registró satisfactoriamente.");
    s.db().execute("UPDATE CVN_PLAN_SEGURO SET f_estado = 0 WHERE c_codigo = 'PV-001'", []).unwrap();

    const A: &str = "Plan Salud Óptima";
    const B: &str = "Plan Vida Total";
    let buscar = |body: Value| -> Vec<String> {
        let v = s.call("/api/CVN_PLAN_SEGURO/GetAllFilters", &body.to_string(), &caja);
        list(&v)
            .iter()
            .map(|r| {
                assert_contract_item(r, "CVN_PLAN_SEGURODTO", "CVN_PLAN_SEGURO/GetAllFilters");
                r["t_descripcion"].as_str().unwrap_or_default().to_owned()
            })
            .collect()
    };

    // Nothing sent (or null): both states, by description, with f_estado and its label.
    let v = s.call("/api/CVN_PLAN_SEGURO/GetAllFilters", "{}", &caja);
    let rows = list(&v);
    assert_eq!(rows.iter().map(|r| r["t_descripcion"].as_str().unwrap_or_default()).collect::<Vec<_>>(), [A, B], "{v}");
    assert_eq!((rows[0]["f_estado"].as_i64(), rows[0]["estado"].as_str(), rows[0]["garante"].as_str(), rows[0]["contratante"].as_str()), (Some(1), Some("Activo"), Some("Rímac Seguros y Reaseguros"), Some("Minera Andina del Perú S.A.C.")), "{v}");
    assert_eq!((rows[1]["f_estado"].as_i64(), rows[1]["estado"].as_str(), rows[1]["garante"].as_str(), rows[1]["producto"].as_str()), (Some(0), Some("Inactivo"), Some("Pacífico Seguros"), Some("Plan potestativo")), "{v}");
    assert_eq!(buscar(json!({"f_estado": null})), [A, B]);
    assert_eq!(buscar(json!({"f_estado": ""})), [A, B], "Json.NET read \"\" into int? as null");

    // Each field alone.
    assert_eq!(buscar(json!({"f_estado": 1})), [A]);
    assert_eq!(buscar(json!({"f_estado": 0})), [B]);
    assert_eq!(buscar(json!({"id_categoria_pago": cat_a})), [A]);
    assert_eq!(buscar(json!({"id_categoria_pago": cat_b})), [B]);
    assert_eq!(buscar(json!({"id_contacto_garante": rimac})), [A]);
    assert_eq!(buscar(json!({"id_contacto_garante": pacifico})), [B]);
    assert_eq!(buscar(json!({"id_contacto_contratante": minera})), [A]);
    assert!(buscar(json!({"id_contacto_contratante": pacifico})).is_empty());
    assert_eq!(buscar(json!({"id_producto_plan": reg})), [A]);
    assert_eq!(buscar(json!({"id_producto_plan": pot})), [B]);
    assert_eq!(buscar(json!({"c_codigo_iafa": "20002"})), [B]);
    assert_eq!(buscar(json!({"c_codigo_iafa": " 20001 "})), [A]);
    assert_eq!(buscar(json!({"c_codigo_iafa": "  "})), [A, B], "blank = any");
    assert_eq!(buscar(json!({"valorRequest": "PACIFICO"})), [B], "the guarantor's name, accents aside");
    assert_eq!(buscar(json!({"valorRequest": "minera"})), [A], "the contracting party's name");
    assert_eq!(buscar(json!({"valorRequest": "plan"})), [A, B]);
    assert_eq!(buscar(json!({"id_categoria_pago": 0, "id_contacto_garante": 0, "id_producto_plan": 0, "valorRequest": ""})), [A, B], "0 and blank = any");

    // Combined: every filter must hold.
    assert!(buscar(json!({"id_contacto_garante": rimac, "f_estado": 0})).is_empty());
    assert!(buscar(json!({"valorRequest": "salud", "id_categoria_pago": cat_b})).is_empty());
    assert!(buscar(json!({"c_codigo_iafa": "20001", "id_producto_plan": pot})).is_empty());
    assert_eq!(buscar(json!({"valorRequest": "vida total", "f_estado": 0, "id_categoria_pago": cat_b, "id_contacto_garante": pacifico, "id_producto_plan": pot, "c_codigo_iafa": "20002"})), [B]);
    assert_eq!(buscar(json!({"valorRequest": "plan", "f_estado": 1, "id_contacto_contratante": minera})), [A]);
    // What the desktop screen sends: every property, ids 0, its explicit state filter.
    let mut pantalla = plan(0, 0, 0, 0, "", "");
    pantalla["c_codigo_iafa"] = json!(null);
    pantalla["valorRequest"] = json!("plan");
    pantalla["f_estado"] = json!(0);
    assert_eq!(buscar(pantalla.clone()), [B]);
    pantalla["f_estado"] = json!(1);
    assert_eq!(buscar(pantalla), [A]);

    // A state that is neither 1 nor 0: a warning naming the field.
    let m = warning_naming(&s.call("/api/CVN_PLAN_SEGURO/GetAllFilters", r#"{"f_estado": 2}"#, &caja), "f_estado");
    assert!(m.contains("1 (activos)") && m.contains("0 (inactivos)"), "{m}");

    // SQL-looking text is only text: nothing found, nothing broken.
    for valor in ["'; DROP TABLE CVN_PLAN_SEGURO; --", "%' OR 1=1 --", "x') OR ('1'='1"] {
        assert!(buscar(json!({"valorRequest": valor})).is_empty(), "{valor}");
    }
    for iafa in ["' OR '1'='1", "20001' --", "%"] {
        assert!(buscar(json!({"c_codigo_iafa": iafa})).is_empty(), "{iafa}");
    }
    let m = warning_naming(&s.call("/api/CVN_PLAN_SEGURO/GetAllFilters", &json!({"c_codigo_iafa": "'; DROP TABLE CVN_PLAN_SEGURO; --"}).to_string(), &caja), "c_codigo_iafa");
    assert!(m.contains("hasta 20 caracteres"), "{m}");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM CVN_PLAN_SEGURO"), 2);
    assert_eq!(buscar(json!({})), [A, B]);
}
