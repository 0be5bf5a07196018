//! FAC_DOCUMENTO_PAGO and Prueba over HTTP as the cashier runs them: an attention, a boleta
//! with three lines (one discounted) read back with exact decimals, receipts that do not add
//! up (a warning naming the figure, nothing written), a failure in the third line (no header,
//! no lines, no number used), 20 concurrent receipts on one series (20 consecutive numbers),
//! every body shape, and the roles.

use serde_json::{Value, json};

use crate::harness::*;

const INTENTELO: &str = "Hubo un error, inténtelo más tarde.";
/// Receipt types of sql/seed/360_FAC_TIPO_COMPROBANTE.csv (ids = SUNAT codes).
const FACTURA: i64 = 1;
const BOLETA: i64 = 3;

/// A patient, a professional, an attention opened by admission, and three tariff lines.
fn atencion_y_tarifas(s: &Server, admin: &str) -> (i64, [i64; 3]) {
    let v = s.call("/api/ADM_PACIENTE/Add", &paciente(s, "45671234").to_string(), admin);
    assert_eq!(v["Message"], "Se registró satisfactoriamente.", "{v}");
    let paciente = count(s, "SELECT id_paciente FROM ADM_PACIENTE WHERE c_documento_identidad = '45671234'");
    let db = s.db();
    db.execute("INSERT INTO ADM_PROFESIONAL (t_apellidos, t_nombres, c_colegiatura) VALUES ('Quispe Rojas', 'Carlos', '045123')", []).unwrap();
    let medico = db.last_insert_rowid();
    let atencion = json!({
        "id_paciente": paciente,
        "id_tipo_paciente": id_of(s, "ADM_TIPO_PACIENTE", "id_tipo_paciente", "PAR"),
        "id_tipo_atencion": id_of(s, "ADM_TIPO_ATENCION", "id_tipo_atencion", "CE"),
        "id_moneda": id_of(s, "CVN_MONEDA", "id_moneda", "PEN"),
        "id_profesional": medico,
        "f_estado": 1
    });
    let v = s.call("/api/ADM_ATENCION/Add", &atencion.to_string(), admin);
    let id_atencion = v["Data"].as_i64().unwrap_or_else(|| panic!("{v}"));
    let mut tarifas = [0; 3];
    for (i, (codigo, texto)) in [("T50.01.01", "Consulta externa"), ("T70.02.10", "Ecografía abdominal"), ("T80.01.05", "Hemograma completo")].iter().enumerate() {
        db.execute(
            "INSERT INTO CVN_TARIFARIO_SEGUS (c_codigo, t_descripcion_esp, n_unidad, t_busqueda) VALUES (?1, ?2, 1.00, lower(?2))",
            [codigo, texto],
        )
        .unwrap();
        tarifas[i] = db.last_insert_rowid();
    }
    (id_atencion, tarifas)
}

/// A boleta as the cashier's screen sends it: 40.00 + (30.00 × 2 − 10.00) + 10.00 taxable =
/// 100.00, IGV 18.00, 118.00 to pay; the customer by DNI, audit fields as the desktop client
/// fills them.
fn boleta(s: &Server, atencion: i64, t: [i64; 3]) -> Value {
    let linea = |id: i64, precio: f64, cantidad: f64, descuento: f64, subtotal: f64, total: f64| {
        json!({
            "id_tarifario_segus": id, "t_tarifario_segus": "", "c_codigo_segus": "", "id_clasificacion_segus": 0,
            "t_clasificacion_segus": null, "n_precio": precio, "n_cantidad": cantidad, "n_subtotal": subtotal,
            "n_descuento": descuento, "n_total": total
        })
    };
    json!({
        "id_documento_pago": BOLETA,
        "id_atencion": atencion,
        "id_tipo_documento": id_of(s, "ADM_DOCUMENTO_IDENTIDAD", "id_documento_identidad", "1"),
        "c_numero_de_documento": "45671234",
        "t_direccion": "Av. Grau 123, Piura",
        "t_paciente": "",
        "d_fecha_emis": "0001-01-01T00:00:00",
        "id_condicion_pago": id_of(s, "ADM_FORMA_PAGO", "id_forma_pago", "008"),
        "id_moneda": id_of(s, "CVN_MONEDA", "id_moneda", "PEN"),
        "n_porcen_igv": 18,
        "n_porcen_descu": 0,
        "n_total_bruto": 110.00,
        "n_total_descuento": 10.00,
        "n_total_anticipo": 0,
        "n_total_gravada": 100.00,
        "n_total_no_gravada": 0,
        "n_total_icbper": 0,
        "n_total_impuesto": 18.00,
        "n_total_neto": 118.00,
        "t_observacion": "Pago en caja 1",
        "id_user_registro": 999,
        "DetalleComprobante": [
            linea(t[0], 40.00, 1.0, 0.0, 40.00, 47.20),
            linea(t[1], 30.00, 2.0, 10.00, 50.00, 59.00),
            linea(t[2], 10.00, 1.0, 0.0, 10.00, 11.80)
        ],
        "Response": 0,
        "Response_t": null
    })
}

fn filas(s: &Server) -> (i64, i64) {
    (count(s, "SELECT COUNT(*) FROM FAC_DOCUMENTO_PAGO"), count(s, "SELECT COUNT(*) FROM FAC_DOCUMENTO_PAGO_DET"))
}

fn ultimo(s: &Server, serie: &str) -> i64 {
    s.db().query_row("SELECT n_ultimo FROM FAC_SERIE WHERE c_serie = ?1", [serie], |r| r.get(0)).unwrap()
}

fn warning(v: &Value, message: &str) {
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(true), Some(message)), "{v}");
    assert!(v["Data"].is_null(), "{v}");
}

#[test]
fn a_cashier_issues_a_boleta_and_reads_it_back_with_exact_decimals() {
    let s = Server::start();
    let admin = s.admin_token();
    let (atencion, tarifas) = atencion_y_tarifas(&s, &admin);
    let (_, caja) = user_with_role(&s, &admin, "caja1", 4);
    let caja_id = count(&s, "SELECT id_usuario FROM SEG_USUARIO WHERE usuario = 'caja1'");

    let v = s.call("/api/FAC_DOCUMENTO_PAGO/addComprobante", &boleta(&s, atencion, tarifas).to_string(), &caja);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(false), Some("Se registró satisfactoriamente.")), "{v}");
    let id = v["Data"].as_i64().unwrap_or_else(|| panic!("Data = the new id: {v}"));

    // Header and lines as stored: number 1 of B001, the patient's name from the attention, the
    // cashier (never the body's id_user_registro), the lines in order with the discount.
    let (serie, numero, paciente, usuario, inafectos): (String, i64, String, i64, i64) = s
        .db()
        .query_row(
            "SELECT c_serie, n_numero, t_paciente, id_user_registro, (SELECT sum(f_inafecto) FROM FAC_DOCUMENTO_PAGO_DET WHERE id_documento_pago = d.id_documento_pago) FROM FAC_DOCUMENTO_PAGO AS d WHERE id_documento_pago = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!((serie.as_str(), numero, paciente.as_str(), usuario, inafectos), ("B001", 1, "García Ñahui Rosa Elena", caja_id, 0));
    let lineas: Vec<(i64, i64, String, String)> = s
        .db()
        .prepare("SELECT n_item, id_tarifario_segus, printf('%.2f', n_descuento), t_tarifario_segus FROM FAC_DOCUMENTO_PAGO_DET WHERE id_documento_pago = ?1 ORDER BY n_item")
        .unwrap()
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        lineas,
        vec![
            (1, tarifas[0], "0.00".into(), "Consulta externa".into()),
            (2, tarifas[1], "10.00".into(), "Ecografía abdominal".into()),
            (3, tarifas[2], "0.00".into(), "Hemograma completo".into()),
        ]
    );
    assert_eq!(ultimo(&s, "B001"), 1);
    assert_eq!(count(&s, &format!("SELECT COUNT(*) FROM Log WHERE Accion = 'Add' AND Identificador = {id} AND Usuario = 'caja1'")), 1, "audited");

    // The list: the contract's three columns first, then the receipt; amounts exactly as money.
    for dato in ["B001-00000001", "b001-1", "B001", "45671234", "garcia nahui", &atencion.to_string(), ""] {
        let r = s.request(reqwest::Method::POST, "/api/FAC_DOCUMENTO_PAGO/GetAllDocumentoPagoFilters", Some(&json!({ "c_dato": dato }).to_string()), Some(&caja));
        assert_eq!(r.status, 200);
        assert!(r.text.contains("\"n_total_neto\":118.00,"), "{dato}: {}", r.text);
        assert!(r.text.contains("\"n_total_impuesto\":18.00,"), "{dato}: {}", r.text);
        assert!(r.text.contains("\"n_total_gravada\":100.00,") && r.text.contains("\"n_total_descuento\":10.00,"), "{}", r.text);
        let v = r.json();
        let rows = v["Data"].as_array().unwrap_or_else(|| panic!("{v}"));
        assert_eq!(rows.len(), 1, "{dato}: {v}");
        let row = &rows[0];
        assert_eq!(Reply::keys(row)[..3], contract_order("FAC_DOCUMENTO_PAGODTO")[..]);
        assert_eq!(row["id_documento_pago"], id);
        assert_eq!(row["c_codigo"], "B001-00000001");
        assert_eq!(row["t_descripcion"], "Boleta de venta electrónica B001-00000001");
        assert_eq!((row["c_tipo_comprobante"].as_str(), row["n_numero"].as_i64(), row["n_lineas"].as_i64()), (Some("03"), Some(1), Some(3)));
        assert_eq!(row["n_total_bruto"].to_string(), "110.00");
    }
    let v = s.call("/api/FAC_DOCUMENTO_PAGO/GetAllDocumentoPagoFilters", r#"{"c_dato":"F001-00000001"}"#, &caja);
    assert_eq!(v["Data"], json!([]));
}

#[test]
fn a_receipt_that_does_not_add_up_is_a_warning_naming_the_figure_and_writes_nothing() {
    let s = Server::start();
    let admin = s.admin_token();
    let (atencion, tarifas) = atencion_y_tarifas(&s, &admin);
    let add = |body: &Value| s.call("/api/FAC_DOCUMENTO_PAGO/addComprobante", &body.to_string(), &admin);
    let logs = count(&s, "SELECT COUNT(*) FROM Log");

    let mut b = boleta(&s, atencion, tarifas);
    b["n_total_impuesto"] = json!(17.00);
    b["n_total_neto"] = json!(117.00);
    warning(&add(&b), "El total 'n_total_impuesto' no cuadra: se esperaba 18.00 (IGV 18% de n_total_gravada) y se recibió 17.");
    let mut b = boleta(&s, atencion, tarifas);
    b["DetalleComprobante"][1]["n_subtotal"] = json!(60.00);
    warning(&add(&b), "La línea 2, 'n_subtotal', no cuadra: se esperaba 50.00 (n_precio × n_cantidad − n_descuento) y se recibió 60.");
    let mut b = boleta(&s, atencion, tarifas);
    b["n_total_neto"] = json!(120.50);
    warning(&add(&b), "El total 'n_total_neto' no cuadra: se esperaba 118.00 (gravada + no gravada + IGV + ICBPER − anticipo) y se recibió 120.5.");
    let mut b = boleta(&s, atencion, tarifas);
    b["DetalleComprobante"][2]["n_cantidad"] = json!(0);
    warning(&add(&b), "La línea 3, 'n_cantidad', debe ser mayor que 0; se recibió 0.");
    let mut b = boleta(&s, atencion, tarifas);
    b["DetalleComprobante"] = json!([]);
    warning(&add(&b), "El comprobante no tiene líneas: envíe al menos una en DetalleComprobante.");
    let mut b = boleta(&s, atencion, tarifas);
    b["c_numero_de_documento"] = json!("4567123");
    warning(&add(&b), "El campo 'c_numero_de_documento' no es un DNI válido: debe tener exactamente 8 dígitos.");
    assert_eq!(filas(&s), (0, 0));
    assert_eq!(count(&s, "SELECT COUNT(*) FROM Log"), logs, "a refused check is neither written nor audited");

    // What only the stored rows can say: the procedure's own message, still nothing written.
    let mut b = boleta(&s, atencion, tarifas);
    b["id_atencion"] = json!(999);
    warning(&add(&b), "El campo 'id_atencion' no es válido: la atención 999 no existe o está anulada.");
    let mut b = boleta(&s, atencion, tarifas);
    b["DetalleComprobante"][2]["id_tarifario_segus"] = json!(9999);
    warning(&add(&b), "La línea 3: el tarifario 9999 no existe o está inactivo.");
    let mut b = boleta(&s, atencion, tarifas);
    b["id_documento_pago"] = json!(FACTURA);
    warning(&add(&b), "Una factura requiere el RUC del cliente (id_tipo_documento RUC, c_numero_de_documento).");
    assert_eq!(filas(&s), (0, 0));
    assert_eq!(ultimo(&s, "B001"), 0, "no number used");
    assert_eq!(ultimo(&s, "F001"), 0);

    // A factura to a company with its RUC takes the F001 series.
    let mut b = boleta(&s, atencion, tarifas);
    b["id_documento_pago"] = json!(FACTURA);
    b["id_tipo_documento"] = json!(id_of(&s, "ADM_DOCUMENTO_IDENTIDAD", "id_documento_identidad", "6"));
    b["c_numero_de_documento"] = json!("20100047218");
    b["t_paciente"] = json!("Seguros del Norte S.A.");
    let v = add(&b);
    assert!(v["Data"].as_i64().is_some(), "{v}");
    assert_eq!((ultimo(&s, "F001"), ultimo(&s, "B001")), (1, 0));
    assert_eq!(filas(&s), (1, 3));
}

#[test]
fn a_failure_in_the_third_line_leaves_no_header_no_lines_and_no_gap() {
    let s = Server::start();
    let admin = s.admin_token();
    let (atencion, tarifas) = atencion_y_tarifas(&s, &admin);
    s.db()
        .execute_batch("CREATE TRIGGER falla_linea_3 BEFORE INSERT ON FAC_DOCUMENTO_PAGO_DET WHEN NEW.n_item = 3 BEGIN SELECT RAISE(ABORT, 'falla inyectada'); END;")
        .unwrap();
    let body = boleta(&s, atencion, tarifas).to_string();
    let v = s.call("/api/FAC_DOCUMENTO_PAGO/addComprobante", &body, &admin);
    assert_eq!((v["Success"].as_bool(), v["Message"].as_str()), (Some(false), Some(INTENTELO)), "{v}");
    assert_eq!(filas(&s), (0, 0), "no header, no lines");
    assert_eq!(ultimo(&s, "B001"), 0, "the number was not used");
    assert_eq!(count(&s, "SELECT COUNT(*) FROM Log WHERE Accion = 'Add' AND Identificador = 0 AND Mensaje NOT LIKE 'Se registr%'"), 1, "the error is audited apart");

    s.db().execute_batch("DROP TRIGGER falla_linea_3;").unwrap();
    let v = s.call("/api/FAC_DOCUMENTO_PAGO/addComprobante", &body, &admin);
    assert!(v["Data"].as_i64().is_some(), "{v}");
    assert_eq!(count(&s, "SELECT n_numero FROM FAC_DOCUMENTO_PAGO"), 1, "the next receipt takes number 1: no gap");
    assert_eq!(filas(&s), (1, 3));
}

#[test]
fn twenty_concurrent_receipts_on_one_series_get_twenty_consecutive_numbers() {
    let s = Server::start();
    let admin = s.admin_token();
    let (atencion, tarifas) = atencion_y_tarifas(&s, &admin);
    let body = boleta(&s, atencion, tarifas).to_string();
    let ids: Vec<i64> = std::thread::scope(|scope| {
        let hilos: Vec<_> = (0..20)
            .map(|_| {
                let (s, body, admin) = (&s, &body, &admin);
                scope.spawn(move || {
                    let v = s.call("/api/FAC_DOCUMENTO_PAGO/addComprobante", body, admin);
                    v["Data"].as_i64().unwrap_or_else(|| panic!("{v}"))
                })
            })
            .collect();
        hilos.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(ids.len(), 20);
    let numeros: Vec<i64> = s
        .db()
        .prepare("SELECT n_numero FROM FAC_DOCUMENTO_PAGO WHERE c_serie = 'B001' ORDER BY n_numero")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(numeros, (1..=20).collect::<Vec<i64>>());
    assert_eq!(ultimo(&s, "B001"), 20);
    assert_eq!(filas(&s), (20, 60));
}

#[test]
fn every_body_gets_the_envelope_and_prueba_writes_header_and_lines_atomically() {
    let s = Server::start();
    let admin = s.admin_token();
    for body in ["", "\"\"", "null", "{}"] {
        let v = s.call("/api/FAC_DOCUMENTO_PAGO/addComprobante", body, &admin);
        assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(true)), "{body:?}: {v}");
        let v = s.call("/api/FAC_DOCUMENTO_PAGO/GetAllDocumentoPagoFilters", body, &admin);
        assert_eq!((v["Success"].as_bool(), v["Data"].clone()), (Some(true), json!([])), "{body:?}: {v}");
        let v = s.call("/api/Prueba/addDetalle", body, &admin);
        warning(&v, "No se pudo realizar el registro.");
    }
    assert_eq!(filas(&s), (0, 0));
    assert_eq!(count(&s, "SELECT COUNT(*) FROM PRU_CABECERA"), 0);

    let prueba = json!({
        "Descripcion": "Vales de combustible",
        "Estado": 1,
        "Detalle_Prueba": [
            { "CodVale": "V-001", "id_cabecera": 0, "Descripcion": "Ambulancia", "Fecha": "2026-11-23T08:00:00", "CostoTotal": 120.50, "f_estado": 1 },
            { "CodVale": "V-002", "id_cabecera": 0, "Descripcion": "Camioneta", "Fecha": "2026-11-23T09:30:00", "CostoTotal": 80.00, "f_estado": 1 }
        ]
    });
    let v = s.call("/api/Prueba/addDetalle", &prueba.to_string(), &admin);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(false), Some("Se registró satisfactoriamente.")), "{v}");
    let cabecera = count(&s, "SELECT id_cabecera FROM PRU_CABECERA");
    assert_eq!(count(&s, &format!("SELECT COUNT(*) FROM PRU_DETALLE WHERE id_cabecera = {cabecera}")), 2);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM PRU_DETALLE WHERE c_cod_vale = 'V-002' AND printf('%.2f', n_costo_total) = '80.00'"), 1);

    // A negative cost, or a failure in the second line: neither header nor lines.
    let mut negativa = prueba.clone();
    negativa["Detalle_Prueba"][1]["CostoTotal"] = json!(-1);
    warning(&s.call("/api/Prueba/addDetalle", &negativa.to_string(), &admin), "No se pudo realizar el registro.");
    s.db().execute_batch("CREATE TRIGGER falla_vale BEFORE INSERT ON PRU_DETALLE WHEN NEW.c_cod_vale = 'V-002' BEGIN SELECT RAISE(ABORT, 'x'); END;").unwrap();
    let v = s.call("/api/Prueba/addDetalle", &prueba.to_string(), &admin);
    assert_eq!((v["Success"].as_bool(), v["Message"].as_str()), (Some(false), Some(INTENTELO)), "{v}");
    assert_eq!((count(&s, "SELECT COUNT(*) FROM PRU_CABECERA"), count(&s, "SELECT COUNT(*) FROM PRU_DETALLE")), (1, 2));
}

#[test]
fn billing_is_for_cashiers_and_administrators_prueba_for_administrators() {
    let s = Server::start();
    let admin = s.admin_token();
    let (atencion, tarifas) = atencion_y_tarifas(&s, &admin);
    let body = boleta(&s, atencion, tarifas).to_string();
    let (_, medico) = user_with_role(&s, &admin, "medico1", 3);
    let (_, admision) = user_with_role(&s, &admin, "admision1", 2);
    let (_, caja) = user_with_role(&s, &admin, "caja1", 4);
    for path in ["/api/FAC_DOCUMENTO_PAGO/addComprobante", "/api/FAC_DOCUMENTO_PAGO/GetAllDocumentoPagoFilters", "/api/Prueba/addDetalle"] {
        forbidden(&s.call(path, &body, &medico));
        forbidden(&s.call(path, &body, &admision));
    }
    forbidden(&s.call("/api/Prueba/addDetalle", "{}", &caja));
    assert_eq!(filas(&s), (0, 0));
    assert!(count(&s, "SELECT COUNT(*) FROM Log WHERE Controlador = 'Seguridad' AND Accion = 'AccesoDenegado'") >= 7);
    let v = s.call("/api/FAC_DOCUMENTO_PAGO/GetAllDocumentoPagoFilters", "{}", &caja);
    assert_eq!(v["Data"], json!([]));
}
