//! `FAR_PRODUCTO` (Add, Update, GetById with `idProducto` in the query string) over HTTP: the
//! validations, the procedure's own messages, the generated code, exact decimals, audit and roles.

use serde_json::{Value, json};

use crate::harness::*;

const DTO: &str = "FAR_PRODUCTOByIdResDTO";
const REGISTRADO: &str = "Se registró satisfactoriamente.";

/// What the pharmacy's product screen sends: every property, forged audit fields too.
fn producto(s: &Server, descripcion: &str, gtin: &str) -> Value {
    json!({
        "id_producto": 0, "t_codigo": null, "t_descripcion": descripcion, "t_presentacion": "Caja x 100 tabletas",
        "t_rutaimagen": "img/paracetamol.png",
        "id_tipo_producto": id_of(s, "FAR_TIPO_PRODUCTO", "id_tipo_producto", "MG"),
        "id_clase": id_of(s, "FAR_CLASE", "id_clase", "PF"),
        "id_generico": id_of(s, "FAR_GENERICO", "id_generico", "G001"),
        "id_familia": id_of(s, "FAR_FAMILIA", "id_familia", "F01"),
        "id_tipificacion": id_of(s, "FAR_TIPIFICACION", "id_tipificacion", "SR"),
        "c_gtin": gtin, "c_unspsc": "51142106",
        "n_stockmin": 10, "n_stockmax": 250.5, "n_pcosto": 8.4, "n_pvf": 12.50, "n_utilidad": 48.81,
        "n_pvs": "12.50", "n_plista": 13, "f_inafecto": 0,
        "id_consignacion": id_of(s, "FAR_CONSIGNACION", "id_consignacion", "PRO"),
        "id_laboratorio": 0, "id_proveedor": 0, "n_dscto_1": 5, "n_dscto_2": 0.5, "f_estado": 1, "n_valorizado": 1,
        "id_user_registro": 999, "d_fecha_registro": "2001-01-01T00:00:00"
    })
}

/// An active (or inactive) contact, as CON_CONTACTO rows come from the agreements screens.
fn contacto(s: &Server, ruc: &str, activo: bool) -> i64 {
    let db = s.db();
    db.execute(
        "INSERT INTO CON_CONTACTO (id_tipo_contacto, c_codigo, t_razon_social, n_flag_proveedor, f_estado) \
         VALUES ((SELECT MIN(id_tipo_contacto) FROM CON_TIPO_CONTACTO), ?1, 'Laboratorios Andinos S.A.C.', 1, ?2)",
        rusqlite::params![ruc, i64::from(activo)],
    )
    .unwrap();
    db.last_insert_rowid()
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

/// `POST …/GetById?idProducto=…` as raw text (to see the decimals as written) and as JSON.
fn get_by_id(s: &Server, query: &str, body: &str, token: &str) -> (String, Value) {
    let r = s.request(reqwest::Method::POST, &format!("/api/FAR_PRODUCTO/GetById{query}"), Some(body), Some(token));
    assert_eq!(r.status, 200, "{}", r.text);
    let v = r.json();
    assert_envelope(&v);
    (r.text, v)
}

#[test]
fn producto_add_get_by_id_update_with_code_decimals_and_audit() {
    let s = Server::start();
    let token = s.admin_token();
    let admin_id = count(&s, "SELECT id_usuario FROM SEG_USUARIO WHERE usuario = 'admin'");
    let laboratorio = contacto(&s, "20100047218", true);

    // Add: the new id as a bare integer; the code is generated; who and when from the token.
    let mut body = producto(&s, "Paracetamol 500 mg", "7750182002363");
    body["id_laboratorio"] = json!(laboratorio);
    let v = s.call("/api/FAR_PRODUCTO/Add", &body.to_string(), &token);
    ok(&v, REGISTRADO);
    let id = v["Data"].as_i64().unwrap_or_else(|| panic!("Data = the new id: {v}"));
    let (codigo, by, pvf, fecha): (String, i64, f64, String) = s
        .db()
        .query_row("SELECT t_codigo, id_user_registro, n_pvf, d_fecha_registro FROM FAR_PRODUCTO WHERE id_producto = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .unwrap();
    assert_eq!((codigo.as_str(), by, pvf), (format!("P{id:06}").as_str(), admin_id, 12.5));
    assert!(!fecha.starts_with("2001"), "the server's clock, not the body's: {fecha}");
    let audits: Vec<(String, String, i64)> = {
        let db = s.db();
        let mut st = db.prepare("SELECT Usuario, Accion, Identificador FROM Log WHERE Objeto LIKE '%Paracetamol 500 mg%' ORDER BY rowid").unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(Result::unwrap).collect()
    };
    assert_eq!(audits, [("admin".to_owned(), "Add".to_owned(), id)]);

    // GetById: a list of one, contract order and JSON types, decimals with their scale.
    let (text, v) = get_by_id(&s, &format!("?idProducto={id}"), "", &token);
    let row = &list(&v)[0];
    assert_contract_item(row, DTO, "FAR_PRODUCTO/GetById");
    for exact in [
        r#""c_unspsc":51142106.0"#, r#""n_stockmin":10.00"#, r#""n_stockmax":250.50"#, r#""n_pcosto":8.40"#, r#""n_pvf":12.50"#,
        r#""n_utilidad":48.81"#, r#""n_pvs":12.50"#, r#""n_plista":13.00"#, r#""n_dscto_1":5.00"#, r#""n_dscto_2":0.50"#,
    ] {
        assert!(text.contains(exact), "{exact} in {text}");
    }
    assert_eq!(row["id_producto"], id);
    assert_eq!(row["t_descripcion"], "Paracetamol 500 mg");
    assert_eq!(row["c_gtin"], "7750182002363");
    assert_eq!(row["id_laboratorio"], laboratorio);
    assert_eq!(row["id_proveedor"], 0, "not chosen reads 0");
    assert_eq!((row["f_estado"].as_i64(), row["n_valorizado"].as_i64()), (Some(1), Some(1)));
    assert!(list(&get_by_id(&s, "?idProducto=4242", "", &token).1).is_empty());

    // Update: new price, description and code; Data null; who modified it from the token.
    let mut upd = producto(&s, "Paracetamol 500 mg x 100", "7750182002363");
    upd["id_producto"] = json!(id);
    upd["t_codigo"] = json!("med-001");
    upd["n_pvf"] = json!(13.9);
    let v = s.call("/api/FAR_PRODUCTO/Update", &upd.to_string(), &token);
    ok(&v, REGISTRADO);
    assert!(v["Data"].is_null(), "{v}");
    let (text, v) = get_by_id(&s, &format!("?IDPRODUCTO={id}"), r#"{"idProducto": 4242}"#, &token);
    assert_eq!(list(&v)[0]["t_descripcion"], "Paracetamol 500 mg x 100");
    assert!(text.contains(r#""n_pvf":13.90"#), "{text}");
    assert_eq!(list(&v)[0]["id_laboratorio"], 0);
    assert_eq!(count(&s, &format!("SELECT id_user_modifica FROM FAR_PRODUCTO WHERE id_producto = {id} AND t_codigo = 'MED-001'")), admin_id);
    // A blank code keeps the stored one; f_estado 0 deactivates.
    upd["t_codigo"] = json!("  ");
    upd["f_estado"] = json!(0);
    ok(&s.call("/api/FAR_PRODUCTO/Update", &upd.to_string(), &token), REGISTRADO);
    assert_eq!(count(&s, &format!("SELECT COUNT(*) FROM FAR_PRODUCTO WHERE id_producto = {id} AND t_codigo = 'MED-001' AND f_estado = 0")), 1);
    upd["f_estado"] = json!(1);
    ok(&s.call("/api/FAR_PRODUCTO/Update", &upd.to_string(), &token), REGISTRADO);

    // The procedure's own messages: duplicates, codes, unknown product, contacts.
    let otro = s.call("/api/FAR_PRODUCTO/Add", &producto(&s, "Ibuprofeno 400 mg", "").to_string(), &token)["Data"].as_i64().unwrap();
    assert_eq!(count(&s, &format!("SELECT COUNT(*) FROM FAR_PRODUCTO WHERE id_producto = {otro} AND c_gtin IS NULL")), 1);
    let add = |b: &Value| s.call("/api/FAR_PRODUCTO/Add", &b.to_string(), &token);
    warning(&add(&producto(&s, "PARACETAMOL 500 MG X 100", "")), "El campo 't_descripcion' no es válido: otro producto activo tiene esa descripción.");
    warning(&add(&producto(&s, "Naproxeno 550 mg", "7750182002363")), "El campo 'c_gtin' no es válido: otro producto activo tiene el GTIN 7750182002363.");
    let mut b = producto(&s, "Naproxeno 550 mg", "");
    b["id_proveedor"] = json!(contacto(&s, "20512345678", false));
    warning(&add(&b), &format!("El campo 'id_proveedor' no es válido: el contacto {} no existe o está inactivo.", b["id_proveedor"]));
    b["id_proveedor"] = json!(0);
    b["id_laboratorio"] = json!(4242);
    warning(&add(&b), "El campo 'id_laboratorio' no es válido: el contacto 4242 no existe o está inactivo.");
    let mut u = producto(&s, "Ibuprofeno 400 mg", "");
    u["id_producto"] = json!(otro);
    u["t_codigo"] = json!("MED-001");
    warning(&s.call("/api/FAR_PRODUCTO/Update", &u.to_string(), &token), "El campo 't_codigo' no es válido: otro producto tiene el código MED-001.");
    u["t_codigo"] = json!("P999999");
    warning(&s.call("/api/FAR_PRODUCTO/Update", &u.to_string(), &token), "El campo 't_codigo' no es válido: los códigos P y número los asigna el sistema.");
    u["t_codigo"] = json!(format!("P{otro:06}"));
    ok(&s.call("/api/FAR_PRODUCTO/Update", &u.to_string(), &token), REGISTRADO);
    u["id_producto"] = json!(4242);
    u["t_codigo"] = json!(null);
    warning(&s.call("/api/FAR_PRODUCTO/Update", &u.to_string(), &token), "El campo 'id_producto' no es válido: el producto 4242 no existe.");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM FAR_PRODUCTO"), 2);
}

#[test]
fn invalid_prices_catalogs_and_codes_are_warnings_with_nothing_written() {
    let s = Server::start();
    let token = s.admin_token();
    let logs_before = count(&s, "SELECT COUNT(*) FROM Log");
    let with = |field: &str, value: Value| {
        let mut b = producto(&s, "Amoxicilina 500 mg", "7750182002363");
        b[field] = value;
        b
    };
    let cases: Vec<(Value, &str)> = vec![
        (with("n_pvf", json!(-1)), "El campo 'n_pvf' no es válido: no puede ser negativo (-1)."),
        (with("n_pcosto", json!("-0.50")), "El campo 'n_pcosto' no es válido: no puede ser negativo (-0.50)."),
        (with("n_plista", json!(1.005)), "El campo 'n_plista' no es válido: admite hasta 2 decimales (1.005)."),
        (with("n_stockmax", json!(5)), "El campo 'n_stockmin' no es válido: el stock mínimo (10) no puede ser mayor que el máximo (5)."),
        (with("n_stockmin", json!(-2)), "El campo 'n_stockmin' no es válido: no puede ser negativo (-2)."),
        (with("n_dscto_1", json!(150)), "El campo 'n_dscto_1' no es válido: un descuento va de 0 a 100 (%)."),
        (with("n_pvs", json!(1_000_000_000_000_i64)), "El campo 'n_pvs' no es válido: el valor 1000000000000 es demasiado grande."),
        (with("id_clase", json!(4242)), "El campo 'id_clase' no es válido: el valor 4242 no existe o está inactivo."),
        (with("id_generico", json!(-1)), "El campo 'id_generico' no es válido: el valor -1 no existe o está inactivo."),
        (with("id_tipo_producto", json!(0)), "El campo 'id_tipo_producto' es obligatorio."),
        (with("id_consignacion", json!(99)), "El campo 'id_consignacion' no es válido: el valor 99 no existe o está inactivo."),
        (with("c_gtin", json!("7750182002364")), "El campo 'c_gtin' no es un GTIN válido: el dígito verificador no corresponde."),
        (with("c_gtin", json!("775018200236")), "El campo 'c_gtin' no es un GTIN válido: el dígito verificador no corresponde."),
        (with("c_gtin", json!("77501820023")), "El campo 'c_gtin' no es un GTIN válido: debe tener 8, 12, 13 o 14 dígitos."),
        (with("c_unspsc", json!("5114-2106")), "El campo 'c_unspsc' no es un código UNSPSC válido: debe tener 8 dígitos."),
        (with("t_codigo", json!("AMX-500")), "El campo 't_codigo' no se envía al registrar: el sistema asigna el código (P000123); cámbielo después con Update."),
        (with("f_inafecto", json!(2)), "El campo 'f_inafecto' no es válido: use 1 (sí) o 0 (no)."),
        (with("f_estado", json!(7)), "El campo 'f_estado' no es válido: use 1 (Activo) o 0 (Inactivo)."),
        (with("t_descripcion", json!("   ")), "El campo 't_descripcion' es obligatorio."),
        (with("t_presentacion", json!("x".repeat(101))), "El campo 't_presentacion' no es válido: admite hasta 100 caracteres."),
    ];
    for (body, message) in &cases {
        warning(&s.call("/api/FAR_PRODUCTO/Add", &body.to_string(), &token), message);
    }
    // The same checks on Update, and a code of the wrong shape.
    let mut u = with("t_codigo", json!("AMX 500"));
    u["id_producto"] = json!(1);
    warning(&s.call("/api/FAR_PRODUCTO/Update", &u.to_string(), &token), "El campo 't_codigo' no es válido: de 1 a 20 letras, números o los signos - . _ (sin espacios).");
    let mut u = with("n_pvf", json!(-3));
    u["id_producto"] = json!(1);
    warning(&s.call("/api/FAR_PRODUCTO/Update", &u.to_string(), &token), "El campo 'n_pvf' no es válido: no puede ser negativo (-3).");
    // A wrong JSON type names the field, as for every action (HTTP 200, never a 500).
    let v = s.call("/api/FAR_PRODUCTO/Add", &with("n_pvf", json!("doce")).to_string(), &token);
    assert_eq!(v["Message"], "El campo 'n_pvf' tiene un valor inválido: se esperaba un número y se recibió \"doce\".", "{v}");

    assert_eq!(count(&s, "SELECT COUNT(*) FROM FAR_PRODUCTO"), 0);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM Log"), logs_before, "refused before the procedure: nothing audited");
    // A valid one still goes in (the cases above were refused for their own reason only).
    ok(&s.call("/api/FAR_PRODUCTO/Add", &producto(&s, "Amoxicilina 500 mg", "7750182002363").to_string(), &token), REGISTRADO);
}

#[test]
fn get_by_id_takes_id_producto_from_the_address() {
    let s = Server::start();
    let token = s.admin_token();
    for (query, says) in [
        ("", "Falta el parámetro 'idProducto' en la dirección (…?idProducto=valor)."),
        ("?id_producto=1", "Falta el parámetro 'idProducto' en la dirección (…?idProducto=valor)."),
        ("?idProducto=uno", "El parámetro 'idProducto' de la dirección debe ser un número entero."),
        ("?idProducto=1.5", "El parámetro 'idProducto' de la dirección debe ser un número entero."),
        ("?idProducto=99999999999", "El parámetro 'idProducto' de la dirección debe ser un número entero."),
    ] {
        for body in ["", "\"\"", "null", "{}", r#"{"id_producto": 1}"#] {
            let (_, v) = get_by_id(&s, query, body, &token);
            warning(&v, says);
        }
    }
}

#[test]
fn every_action_answers_empty_blank_null_and_realistic_bodies() {
    let s = Server::start();
    let token = s.admin_token();
    for body in ["", "\"\"", "null", "{}"] {
        warning(&s.call("/api/FAR_PRODUCTO/Add", body, &token), "El campo 't_descripcion' es obligatorio.");
        warning(&s.call("/api/FAR_PRODUCTO/Update", body, &token), "El campo 'id_producto' es obligatorio.");
        assert!(list(&get_by_id(&s, "?idProducto=1", body, &token).1).is_empty(), "{body}");
    }
    assert_eq!(count(&s, "SELECT COUNT(*) FROM FAR_PRODUCTO"), 0);
    let v = s.call("/api/FAR_PRODUCTO/Add", &producto(&s, "Omeprazol 20 mg", "96385074").to_string(), &token);
    ok(&v, REGISTRADO);
    let id = v["Data"].as_i64().unwrap();
    // A minimal product: description and type; everything else defaults (0 = not chosen).
    let minimal = json!({"t_descripcion": "Gasa estéril 10 x 10", "id_tipo_producto": id_of(&s, "FAR_TIPO_PRODUCTO", "id_tipo_producto", "DM")});
    let v = s.call("/api/FAR_PRODUCTO/Add", &minimal.to_string(), &token);
    ok(&v, REGISTRADO);
    let (text, got) = get_by_id(&s, &format!("?idProducto={}", v["Data"]), "null", &token);
    let row = &list(&got)[0];
    assert_contract_item(row, DTO, "FAR_PRODUCTO/GetById");
    assert_eq!((row["id_clase"].as_i64(), row["f_estado"].as_i64(), row["c_gtin"].is_null()), (Some(0), Some(1), true), "{row}");
    assert!(text.contains(r#""c_unspsc":0.0"#) && text.contains(r#""n_pvf":0.00"#), "{text}");
    let (_, got) = get_by_id(&s, &format!("?idProducto={id}"), "\"\"", &token);
    assert_eq!(list(&got)[0]["c_gtin"], "96385074");
}

#[test]
fn pharmacy_writes_cashier_and_doctor_read_admission_is_refused() {
    let s = Server::start();
    let admin = s.admin_token();
    let (_, farmacia) = user_with_role(&s, &admin, "farma1", 5);
    let (_, admision) = user_with_role(&s, &admin, "admision1", 2);
    let (_, caja) = user_with_role(&s, &admin, "caja1", 4);
    let (_, medico) = user_with_role(&s, &admin, "medico1", 3);

    let v = s.call("/api/FAR_PRODUCTO/Add", &producto(&s, "Loratadina 10 mg", "").to_string(), &farmacia);
    ok(&v, REGISTRADO);
    let id = v["Data"].as_i64().unwrap();
    let mut upd = producto(&s, "Loratadina 10 mg", "");
    upd["id_producto"] = json!(id);
    ok(&s.call("/api/FAR_PRODUCTO/Update", &upd.to_string(), &farmacia), REGISTRADO);
    for reader in [&farmacia, &caja, &medico] {
        assert_eq!(list(&get_by_id(&s, &format!("?idProducto={id}"), "", reader).1).len(), 1);
    }
    for writer in [&admision, &caja, &medico] {
        forbidden(&s.call("/api/FAR_PRODUCTO/Add", &producto(&s, "Cetirizina 10 mg", "").to_string(), writer));
        forbidden(&s.call("/api/FAR_PRODUCTO/Update", &upd.to_string(), writer));
    }
    forbidden(&get_by_id(&s, &format!("?idProducto={id}"), "", &admision).1);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM FAR_PRODUCTO"), 1);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM Log WHERE Accion = 'AccesoDenegado' AND Objeto LIKE '%FAR_PRODUCTO%'"), 7);
}
