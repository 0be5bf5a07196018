//! Issue 9's flow as billing staff run it, every step over HTTP: the insurer and the employer,
//! a payment category with its factors, a plan with two benefit lines (an identical third one
//! is the duplicate warning, nothing written), an explicit price for the category, GetPrice
//! against amounts worked out by hand, and a soft-deleted line leaving the active list.
//! (Each controller's own file walks its actions in depth.)

use serde_json::{Value, json};

use crate::harness::*;

fn ok(v: &Value) {
    assert_envelope(v);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{v}");
}

fn rows(v: &Value) -> Vec<Value> {
    ok(v);
    v["Data"].as_array().cloned().unwrap_or_else(|| panic!("{v}"))
}

fn contacto(s: &Server, tipo: &str, ruc: &str, razon: &str, garante: i64, contratante: i64) -> Value {
    json!({
        "id_tipo_contacto": id_of(s, "CON_TIPO_CONTACTO", "id_tipo_contacto", tipo), "c_codigo": ruc,
        "t_razon_social": razon, "t_direccion": "Av. Grau 450, Piura", "t_contacto": "Lucía Ñahui",
        "t_email_ffee": "facturas@ejemplo.pe", "n_dias_credito": 30, "n_flag_garante": garante,
        "n_flag_contratante": contratante, "n_flag_proveedor": 0, "n_flag_habido": 1, "f_estado": 1
    })
}

#[test]
fn billing_staff_set_up_an_agreement_and_price_a_service_under_it() {
    let s = Server::start();
    let admin = s.admin_token();
    let (_, caja) = user_with_role(&s, &admin, "facturacion1", 4);
    let call = |path: &str, body: Value| s.call(path, &body.to_string(), &caja);

    // 1. The insurer (guarantor) and the employer (contracting party).
    ok(&call("/api/CON_CONTACTO/Add", contacto(&s, "EPS", "20100047218", "Pacífico EPS", 1, 0)));
    ok(&call("/api/CON_CONTACTO/Add", contacto(&s, "EMP", "20525149952", "Agroindustrial del Norte SAC", 0, 1)));
    let buscar = |valor: &str| rows(&call("/api/CON_CONTACTO/GetAllFilters", json!({"valor": valor})))[0]["id_contacto"].as_i64().unwrap();
    let (garante, contratante) = (buscar("pacifico"), buscar("agroindustrial"));

    // 2. A payment category: 80.0000 soles per service unit, 95.5000 per procedure unit.
    let categoria = json!({
        "c_codigo": "EPS-PAC", "t_descripcion": "Pacífico EPS — tarifa 2026", "d_fecha_i_vigencia": "2026-01-01T00:00:00",
        "d_fecha_f_vigencia": "2026-12-31T00:00:00", "n_factor_servicio": 80.0, "n_factor_procedimiento": 95.5,
        "n_dscto_farmacia": 10, "f_estado": 1
    });
    ok(&call("/api/CVN_CATEGORIA_PAGO/Add", categoria));
    let id_categoria = rows(&call("/api/CVN_CATEGORIA_PAGO/GetAllFilters", json!({"valorConsulta": "tarifa 2026"})))[0]["id_categoria_pago"].as_i64().unwrap();
    let cat = &rows(&call("/api/CVN_CATEGORIA_PAGO/GetById", json!({"id_categoria_pago": id_categoria})))[0];
    assert_eq!((cat["n_factor_servicio"].to_string(), cat["n_factor_procedimiento"].to_string(), cat["t_descripcion"].as_str()), ("80.0000".into(), "95.5000".into(), Some("Pacífico EPS — tarifa 2026")));

    // 3. The plan, and its benefit lines: consultation and hospitalisation; the consultation
    // line again is the duplicate warning with nothing written.
    let plan = json!({
        "id_contacto_garante": garante, "id_contacto_contratante": contratante, "id_categoria_pago": id_categoria,
        "c_codigo": "PAC-AGRO", "t_descripcion": "Plan salud Agroindustrial", "c_codigo_iafa": "20001",
        "d_fecha_i_vigencia": "2026-01-01T00:00:00", "d_fecha_f_vigencia": "2026-12-31T00:00:00",
        "c_contrato": "CT-2026-0042", "id_producto_plan": id_of(&s, "CVN_PRODUCTO_PLAN", "id_producto_plan", "REG"), "f_estado": 1
    });
    ok(&call("/api/CVN_PLAN_SEGURO/Add", plan));
    let p = &rows(&call("/api/CVN_PLAN_SEGURO/GetAllFilters", json!({"valorRequest": "agroindustrial"})))[0];
    assert_eq!((p["garante"].as_str(), p["contratante"].as_str(), p["estado"].as_str()), (Some("Pacífico EPS"), Some("Agroindustrial del Norte SAC"), Some("Activo")), "{p}");
    let id_plan = p["id_plan_seguro"].as_i64().unwrap();
    let linea = |beneficio: &str, copago: f64| {
        json!({"id_plan_seguro": id_plan, "id_beneficio": id_of(&s, "CVN_BENEFICIO", "id_beneficio", beneficio), "id_moneda": 1,
               "n_copago_fijo": copago, "n_copago_variable": 10, "n_copago_variable_farmacia": 20, "f_estado": 1})
    };
    let v = call("/api/CVN_PLAN_SEGURO_DETALLE/Add", linea("B01", 20.0));
    ok(&v);
    assert!(v["Data"].as_i64().unwrap() > 0, "{v}");
    ok(&call("/api/CVN_PLAN_SEGURO_DETALLE/Add", linea("B03", 150.0)));
    let v = call("/api/CVN_PLAN_SEGURO_DETALLE/Add", linea("B01", 35.0));
    assert_eq!((v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some("El registro ya existe.")), "{v}");
    let lineas = || rows(&call("/api/CVN_PLAN_SEGURO_DETALLE/GetAllActivesFilters", json!({"id_plan_seguro": id_plan})));
    let copagos: Vec<(String, String)> = lineas().iter().map(|l| (l["codigo"].as_str().unwrap().to_owned(), l["n_copago_fijo"].to_string())).collect();
    assert_eq!(copagos, [("B01".to_owned(), "20.00".to_owned()), ("B03".to_owned(), "150.00".to_owned())]);

    // 4. An explicit price for the laparoscopic cholecystectomy under this category.
    let tarifa = |codigo: &str| rows(&call("/api/CVN_TARIFARIO_SEGUS/GetAllFilters", json!({"valorRequest": codigo})))[0]["id_tarifario_segus"].as_i64().unwrap();
    let v = call("/api/CVN_CATEGORIA_PAGO_PRECIO/Add", json!({"id_categoria_pago": id_categoria, "id_tarifario_segus": tarifa("45.90.03"), "n_precio_sol": 2850.0, "n_precio_usd": 760.0}));
    ok(&v);

    // 5. GetPrice, by hand: a consultation is a service, 1.00 unit x 80.0000 = 80.00; the
    // explicit price wins for 45.90.03; 45.90.04 is surgical, 42.00 units x 95.5000 = 4011.00.
    let precio = |valor: &str| {
        let v = call("/api/CVN_TARIFARIO_SEGUS/GetPrice", json!({"id_categoria_pago": id_categoria, "valor": valor, "c_idioma": "ESP"}));
        rows(&v).iter().map(|r| (r["c_codigo"].as_str().unwrap().to_owned(), r["Precio"].to_string())).collect::<Vec<_>>()
    };
    assert_eq!(precio("10.01.01"), [("10.01.01".to_owned(), "80.00".to_owned())]);
    assert_eq!(precio("45.90.03"), [("45.90.03".to_owned(), "2850.00".to_owned())]);
    assert_eq!(precio("45.90.04"), [("45.90.04".to_owned(), "4011.00".to_owned())]);

    // 6. The hospitalisation line, soft-deleted, leaves the active list (its row stays).
    let id_linea = lineas().iter().find(|l| l["codigo"] == "B03").unwrap()["id_plan_seguro_detalle"].as_i64().unwrap();
    ok(&call("/api/CVN_PLAN_SEGURO_DETALLE/Delete", json!({"id_plan_seguro_detalle": id_linea})));
    assert_eq!(lineas().iter().map(|l| l["codigo"].as_str().unwrap().to_owned()).collect::<Vec<_>>(), ["B01"]);
    assert_eq!(count(&s, &format!("SELECT f_estado FROM CVN_PLAN_SEGURO_DETALLE WHERE id_plan_seguro_detalle = {id_linea}")), 0);
}
