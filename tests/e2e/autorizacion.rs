//! A receptionist's day with an insured patient, over HTTP: the DNI lookup (stub service on
//! 127.0.0.1), the patient registered as García Ñahui, found by surname without accents and
//! by document, a SITEDS authorization recorded and its attention opened in one transaction
//! (ADM_DOCUMENTO_AUTORIZACION/GetAddAtencionAll), the attention listed and updated; a
//! failure forced in the middle of that write leaves neither row. Also Add, GetAllFilters,
//! ADM_ATENCION/GetAllFilters and ADM_PACIENTE/GetAllPacienteAtencionFilters.

use std::{
    io::{Read, Write},
    net::TcpListener,
};

use serde_json::{Value, json};

use crate::harness::*;

const DNI: &str = "45671234";
const CODIGO: &str = "0012345678";

/// A DNI service on 127.0.0.1 that knows one person.
fn dni_stub() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut conn) = conn else { continue };
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && conn.read(&mut byte).unwrap_or(0) == 1 {
                head.push(byte[0]);
            }
            let body = r#"{"dni":"45671234","paterno":"GARCÍA","materno":"ÑAHUI","nombres":"ROSA ELENA","domicilio":"AV. GRAU 123, PIURA"}"#;
            let reply = format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len());
            let _ = conn.write_all(reply.as_bytes());
        }
    });
    format!("http://127.0.0.1:{port}/dni")
}

/// The insurer's side, as billing staff configure it: an EPS (guarantor), an employer, a
/// payment category and the plan of IAFA 20001 for product REG, with the consultation benefit
/// (B01, co-payment S/ 20.00). Returns the plan's id.
fn convenio(s: &Server) -> i64 {
    let db = s.db();
    let eps = id_of(s, "CON_TIPO_CONTACTO", "id_tipo_contacto", "EPS");
    let emp = id_of(s, "CON_TIPO_CONTACTO", "id_tipo_contacto", "EMP");
    db.execute_batch(&format!(
        "INSERT INTO CON_CONTACTO (id_tipo_contacto, c_codigo, t_razon_social, n_flag_garante) VALUES ({eps}, '20100047218', 'Pacífico EPS', 1);
         INSERT INTO CON_CONTACTO (id_tipo_contacto, c_codigo, t_razon_social, n_flag_contratante) VALUES ({emp}, '20131312955', 'Minera Norte SAC', 1);
         INSERT INTO CVN_CATEGORIA_PAGO (c_codigo, t_descripcion, n_factor_servicio, n_factor_procedimiento) VALUES ('EPS1', 'Categoría EPS', 80.00, 95.50);"
    ))
    .unwrap();
    db.execute(
        "INSERT INTO CVN_PLAN_SEGURO (id_contacto_garante, id_contacto_contratante, id_categoria_pago, c_codigo, t_descripcion, c_codigo_iafa, id_producto_plan, d_fecha_i_vigencia, d_fecha_f_vigencia)
         SELECT g.id_contacto, c.id_contacto, cp.id_categoria_pago, 'PL-01', 'Plan regular Minera Norte', '20001', pp.id_producto_plan, '2026-01-01', '2026-12-31'
         FROM CON_CONTACTO g, CON_CONTACTO c, CVN_CATEGORIA_PAGO cp, CVN_PRODUCTO_PLAN pp
         WHERE g.c_codigo = '20100047218' AND c.c_codigo = '20131312955' AND cp.c_codigo = 'EPS1' AND pp.c_codigo = 'REG'",
        [],
    )
    .unwrap();
    let plan = db.last_insert_rowid();
    db.execute(
        "INSERT INTO CVN_PLAN_SEGURO_DETALLE (id_plan_seguro, id_beneficio, id_moneda, n_copago_fijo, n_copago_variable)
         SELECT ?1, b.id_beneficio, 1, 20.00, 10 FROM CVN_BENEFICIO b WHERE b.c_codigo = 'B01'",
        [plan],
    )
    .unwrap();
    plan
}

/// A SITEDS authorization as the desktop client sends it (the SUSALUD field names).
fn autorizacion(codigo: &str, dni: &str) -> Value {
    let mut v = json!({
        "COD_DOCUMENTO": "1",
        "COD_AUTORIZACION": codigo,
        "COD_ASEGURADO": "A-778812",
        "FEC_AUTORIZACION": "2026-11-24T08:30:00",
        "FEC_NACIMIENTO": "1985-03-14T00:00:00",
        "NOMBRES": "ROSA ELENA",
        "AP_PATERNO": "GARCÍA",
        "AP_MATERNO": "ÑAHUI",
        "PACIENTE": "GARCÍA ÑAHUI ROSA ELENA",
        "TITULAR": "GARCÍA ÑAHUI ROSA ELENA",
        "RUC_IPRESS": "20525149951",
        "COD_IAFA": "20001",
        "NUM_COPAGO_FIJO": 20.00,
        "NUM_COPAGO_VARIABLE": 10.0,
        "COD_IPRESS": "00012345",
        "SEXO": "2",
        "NUM_DOCUMENTO": dni,
        "NUM_EDAD": "41",
    });
    let resto = json!({
        "COD_TIPO_FILIACION": "TIT",
        "DES_TIPO_FILIACION": "Titular",
        "COD_COBERTURA": "B01",
        "COD_SUBCOBERTURA": "B01",
        "DES_BENEFICIO": "Consulta ambulatoria",
        "COD_PRODUCTO": "REG",
        "DES_PRODUCTO": "Plan de salud regular (EPS)",
        "COD_TIPO_AFILIACION": "EPS",
        "DES_TIPO_AFILIACION": "EPS",
        "NUM_POLIZA": "POL-2026-0099",
        "NUM_PLAN": "01",
        "COD_CONTRATANTE": "6",
        "COD_CONTRATANTE_ABR": "RUC",
        "NUM_CONTRATANTE": "20131312955",
        "DES_CONTRATANTE": "MINERA NORTE SAC",
        "FEC_INICIO_VIGENCIA": "2026-01-01T00:00:00",
        "FEC_FIN_VIGENCIA": "2026-12-31T00:00:00",
        "FE_INCLDATE": "2024-05-01T00:00:00",
        "COD_MONEDA": "PEN",
        "COD_SERVICIO": "01",
        "NUM_IP": "10.0.0.5",
        "f_estado": 1,
        "id_user_registro": 0,
        "id_user_modifica": 0,
        "valor": null
    });
    v.as_object_mut().unwrap().extend(resto.as_object().unwrap().clone());
    v
}

fn abrir(s: &Server, token: &str, codigo: &str, dni: &str) -> Value {
    s.call("/api/ADM_DOCUMENTO_AUTORIZACION/GetAddAtencionAll", &json!({"idUser": 999, "listaAutoriza": autorizacion(codigo, dni)}).to_string(), token)
}

fn warning(v: &Value, message: &str) {
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(true), Some(message)), "{v}");
    assert!(v["Data"].is_null(), "{v}");
}

#[test]
fn a_receptionist_registers_an_insured_patient_and_opens_the_attention_with_its_authorization() {
    let url = dni_stub();
    let s = Server::start_with(&[("ROMSOFT__DNI_SERVICE__URL", &url), ("ROMSOFT__DNI_SERVICE__TOKEN", "t")]);
    let admin = s.admin_token();
    let (id_recepcion, recepcion) = user_with_role(&s, &admin, "recepcion1", 2);
    let plan = convenio(&s);

    // 1. The DNI lookup fills the form.
    let v = s.call("/api/ADM_PACIENTECONSULTADNI/GetPacienteConsultaDNI", &json!({"dni": DNI}).to_string(), &recepcion);
    assert_eq!((v["Data"]["paterno"].as_str(), v["Data"]["materno"].as_str()), (Some("GARCÍA"), Some("ÑAHUI")), "{v}");

    // 2. Registered as García Ñahui, 3. found by surname without accents and by document.
    let v = s.call("/api/ADM_PACIENTE/Add", &paciente(&s, DNI).to_string(), &recepcion);
    assert_eq!(v["Message"], "Se registró satisfactoriamente.", "{v}");
    let id_paciente = count(&s, &format!("SELECT id_paciente FROM ADM_PACIENTE WHERE c_documento_identidad = '{DNI}'"));
    let v = s.call("/api/ADM_PACIENTE/GetAllFilters", &json!({"apellidos": "garcia nahui"}).to_string(), &recepcion);
    assert_eq!(v["Data"].as_array().map(|a| a.iter().map(|p| p["id_paciente"].as_i64()).collect::<Vec<_>>()), Some(vec![Some(id_paciente)]), "{v}");
    let v = s.call("/api/ADM_PACIENTE/GetAllPacienteAtencionFilters", &json!({"t_dato": DNI, "tipo_dato": "DNI"}).to_string(), &recepcion);
    assert_eq!((v["Success"].as_bool(), v["Data"][0]["id_paciente"].as_i64(), v["Data"][0]["id_atencion"].as_i64()), (Some(true), Some(id_paciente), Some(0)), "{v}");

    // 4. The authorization and its attention, in one call.
    let v = abrir(&s, &recepcion, CODIGO, DNI);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(false), Some("Se registró satisfactoriamente.")), "{v}");
    let res = &v["Data"][0];
    assert_contract_item(res, "ADM_DOCUMENTO_AUTORIZACION_RESDTO", "GetAddAtencionAll");
    let id_atencion = res["id_atecion_autoriza"].as_i64().unwrap();
    assert!(id_atencion > 0, "{v}");
    assert_eq!(res["id_plan_seguro"].as_i64(), Some(plan));
    assert_eq!(res["id_categoria_pago"].as_i64(), Some(id_of(&s, "CVN_CATEGORIA_PAGO", "id_categoria_pago", "EPS1")));
    assert_eq!(res["id_beneficio"].as_i64(), Some(id_of(&s, "CVN_BENEFICIO", "id_beneficio", "B01")));
    assert_eq!((res["codigo_asegurado"].as_str(), res["numero_contrato"].as_str(), res["c_cod_autorizacion"].as_str()), (Some("A-778812"), Some("POL-2026-0099"), Some(CODIGO)));
    assert_eq!((res["c_num_copago_fijo"].as_f64(), res["c_num_copago_variable"].as_f64()), (Some(20.0), Some(10.0)));
    assert_eq!(res["id_moneda"].as_i64(), Some(1));
    // The rows: the attention is the patient's, Registrado, EPS, consulta externa, with the
    // SITEDS code as its service document; who did it comes from the token, not idUser.
    let (pac, estado, tipo_pac, tipo_at, doc, user): (i64, i64, i64, i64, String, i64) = s
        .db()
        .query_row(
            "SELECT id_paciente, f_estado, id_tipo_paciente, id_tipo_atencion, c_documento_prestacion1, id_user_registro FROM ADM_ATENCION WHERE id_atencion = ?1",
            [id_atencion],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .unwrap();
    assert_eq!(
        (pac, estado, tipo_pac, tipo_at, doc.as_str(), user),
        (
            id_paciente,
            1,
            id_of(&s, "ADM_TIPO_PACIENTE", "id_tipo_paciente", "EPS"),
            id_of(&s, "ADM_TIPO_ATENCION", "id_tipo_atencion", "CE"),
            CODIGO,
            id_recepcion
        )
    );
    let auditado = count(&s, "SELECT count(*) FROM Log WHERE Accion = 'Add' AND Mensaje = 'Se registró satisfactoriamente.' AND Objeto LIKE '%0012345678%'");
    assert_eq!(auditado, 1, "the write and its audit row");

    // 4b. Pending at the cash desk: the consultation line its type bills (SEGUS 10.01.01, 1.00
    // unit x the category's service factor 80.00), the insurer covering all but the fixed
    // co-payment, IGV 18% included.
    let body = json!({"id_atencion": id_atencion, "c_tipo_pendiente": "R", "c_tipo_facturacion": "S", "c_idioma": "ESP", "id_usuario": 0});
    let v = s.call("/api/ADM_ATENCION/GetAtencionPendingAllFilters", &body.to_string(), &recepcion);
    let fila = &v["Data"][0];
    assert_contract_item(fila, "ADM_ATENCION_PendingResponseDTO", "GetAtencionPendingAllFilters");
    assert_eq!(
        (fila["id_atencion"].as_i64(), fila["c_codigo_segus"].as_str(), fila["c_documento_identidad"].as_str(), fila["t_adquiriente"] == fila["t_paciente"]),
        (Some(id_atencion), Some("10.01.01"), Some(DNI), true),
        "{v}"
    );
    let cifras: Vec<String> = ["n_precio", "n_subtotal", "n_descuento", "n_total", "n_gravado", "n_impuesto", "total", "n_copago_fijo"]
        .iter()
        .map(|k| fila[*k].to_string())
        .collect();
    assert_eq!(cifras, ["80.00", "80.00", "60.00", "20.00", "16.95", "3.05", "20.00", "20.00"], "{v}");

    // The same authorization again: it already opened an attention; nothing written.
    let antes = count(&s, "SELECT count(*) FROM ADM_ATENCION");
    warning(&abrir(&s, &recepcion, CODIGO, DNI), &format!("La autorización {CODIGO} ya abrió la atención {id_atencion}."));
    assert_eq!(count(&s, "SELECT count(*) FROM ADM_ATENCION"), antes);

    // 5. The attention in the lists: GetAllFilters (patient + dates) with the plan's parties,
    // GetAllPacienteAtencionFilters with the plan and benefit names, GetAllPaciente.
    let body = json!({"id_paciente": id_paciente, "d_fecha_registro_1": "2026-01-01T00:00:00", "d_fecha_registro_2": "2099-12-31T00:00:00"});
    let v = s.call("/api/ADM_ATENCION/GetAllFilters", &body.to_string(), &recepcion);
    let fila = &v["Data"][0];
    assert_contract_item(fila, "ADM_ATENCIONDTO", "ADM_ATENCION/GetAllFilters");
    assert_eq!(
        (fila["id_nro_interno"].as_i64(), fila["garante"].as_str(), fila["contratante"].as_str(), fila["tipo_atencion"].as_str(), fila["estado"].as_str()),
        (Some(id_atencion), Some("Pacífico EPS"), Some("Minera Norte SAC"), Some("Consulta externa"), Some("Registrado")),
        "{v}"
    );
    let fuera = json!({"id_paciente": id_paciente, "d_fecha_registro_1": "2020-01-01T00:00:00", "d_fecha_registro_2": "2020-12-31T00:00:00"});
    assert_eq!(s.call("/api/ADM_ATENCION/GetAllFilters", &fuera.to_string(), &recepcion)["Data"], json!([]));

    let v = s.call("/api/ADM_PACIENTE/GetAllPacienteAtencionFilters", &json!({"t_dato": "garcia nahui", "tipo_dato": "NOM"}).to_string(), &recepcion);
    let fila = &v["Data"][0];
    let mut esperado = contract_order("ADM_PACIENTEATENCIONResDTO");
    esperado.push("tipo_afiliacion".into());
    assert_eq!(Reply::keys(fila), esperado, "the contract's properties, then tipo_afiliacion");
    assert_eq!(
        (fila["id_atencion"].as_i64(), fila["plan_seguro"].as_str(), fila["codigo_beneficio"].as_str(), fila["c_documento_prestacion1"].as_str(), fila["estado"].as_str()),
        (Some(id_atencion), Some("Plan regular Minera Norte"), Some("B01"), Some(CODIGO), Some("Activo")),
        "{v}"
    );
    let v = s.call(&format!("/api/ADM_ATENCION/GetAllPaciente?idPaciente={id_paciente}"), "", &recepcion);
    assert_eq!(v["Data"].as_array().map(Vec::len), Some(1), "{v}");

    // 6. Updated: attended.
    let v = s.call("/api/ADM_ATENCION/GetById", &json!({"IdAtencion": id_atencion}).to_string(), &recepcion);
    let mut atencion = v["Data"][0].clone();
    assert!(atencion.is_object(), "{v}");
    atencion["f_estado"] = json!(2);
    atencion["t_observacion_general"] = json!("Atendida: control en 7 días");
    let v = s.call("/api/ADM_ATENCION/Update", &atencion.to_string(), &recepcion);
    assert_eq!(v["Message"], "Se registró satisfactoriamente.", "{v}");
    assert_eq!(count(&s, &format!("SELECT f_estado FROM ADM_ATENCION WHERE id_atencion = {id_atencion}")), 2);

    // 7. The authorization by its code (bound, not concatenated).
    let v = s.call("/api/ADM_DOCUMENTO_AUTORIZACION/GetAllFilters", &json!({"COD_AUTORIZACION": CODIGO}).to_string(), &recepcion);
    let fila = &v["Data"][0];
    assert_contract_item(fila, "ADM_DOCUMENTO_AUTORIZACIONDTO", "ADM_DOCUMENTO_AUTORIZACION/GetAllFilters");
    assert_eq!((fila["PACIENTE"].as_str(), fila["NUM_COPAGO_FIJO"].as_f64(), fila["f_estado"].as_i64()), (Some("GARCÍA ÑAHUI ROSA ELENA"), Some(20.0), Some(1)), "{v}");
    let v = s.call("/api/ADM_DOCUMENTO_AUTORIZACION/GetAllFilters", &json!({"COD_AUTORIZACION": "' OR '1'='1"}).to_string(), &recepcion);
    assert_eq!(v["Data"], json!([]), "{v}");
}

#[test]
fn a_failure_in_the_middle_of_the_authorization_and_attention_write_leaves_neither_row() {
    let s = Server::start();
    let admin = s.admin_token();
    convenio(&s);
    assert_eq!(s.call("/api/ADM_PACIENTE/Add", &paciente(&s, DNI).to_string(), &admin)["Message"], "Se registró satisfactoriamente.");
    // Recorded first without an attention (Add), then the attention fails mid-write: the
    // earlier row must stay active and nothing new may remain.
    let v = s.call("/api/ADM_DOCUMENTO_AUTORIZACION/Add", &json!({"idUser": 1, "listaAutoriza": autorizacion(CODIGO, DNI)}).to_string(), &admin);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(false), Some("Se registró satisfactoriamente.")), "{v}");
    let (aut, at) = (count(&s, "SELECT count(*) FROM ADM_DOCUMENTO_AUTORIZACION"), count(&s, "SELECT count(*) FROM ADM_ATENCION"));
    s.db()
        .execute_batch("CREATE TRIGGER falla_forzada AFTER INSERT ON ADM_ATENCION BEGIN SELECT RAISE(ABORT, 'falla forzada'); END;")
        .unwrap();

    let v = abrir(&s, &admin, CODIGO, DNI);
    assert_eq!((v["Success"].as_bool(), v["Message"].as_str()), (Some(false), Some("Hubo un error, inténtelo más tarde.")), "{v}");
    assert_eq!(count(&s, "SELECT count(*) FROM ADM_DOCUMENTO_AUTORIZACION"), aut, "no authorization row");
    assert_eq!(count(&s, "SELECT count(*) FROM ADM_ATENCION"), at, "no attention row");
    assert_eq!(count(&s, &format!("SELECT f_estado FROM ADM_DOCUMENTO_AUTORIZACION WHERE c_cod_autorizacion = '{CODIGO}'")), 1, "the earlier row untouched");

    // Repaired: the same call now opens it and supersedes the row Add recorded.
    s.db().execute_batch("DROP TRIGGER falla_forzada;").unwrap();
    let v = abrir(&s, &admin, CODIGO, DNI);
    assert_eq!(v["Message"], "Se registró satisfactoriamente.", "{v}");
    assert_eq!(count(&s, "SELECT count(*) FROM ADM_DOCUMENTO_AUTORIZACION"), aut + 1);
    assert_eq!(count(&s, &format!("SELECT count(*) FROM ADM_DOCUMENTO_AUTORIZACION WHERE f_estado = 1 AND c_cod_autorizacion = '{CODIGO}' AND id_atencion IS NOT NULL")), 1);
    assert_eq!(count(&s, "SELECT count(*) FROM ADM_ATENCION"), at + 1);
}

#[test]
fn authorizations_are_refused_with_the_reason_and_nothing_written() {
    let s = Server::start();
    let admin = s.admin_token();
    let add = |body: &Value| s.call("/api/ADM_DOCUMENTO_AUTORIZACION/Add", &body.to_string(), &admin);
    let filas = || count(&s, "SELECT count(*) FROM ADM_DOCUMENTO_AUTORIZACION") + count(&s, "SELECT count(*) FROM ADM_ATENCION");

    // No patient with that document, then no plan for that IAFA and product.
    warning(&abrir(&s, &admin, CODIGO, DNI), &format!("No hay un paciente activo con el documento {DNI}: regístrelo antes de abrir la atención."));
    assert_eq!(s.call("/api/ADM_PACIENTE/Add", &paciente(&s, DNI).to_string(), &admin)["Message"], "Se registró satisfactoriamente.");
    warning(&abrir(&s, &admin, CODIGO, DNI), "No hay un plan de seguro activo y vigente de la IAFA 20001 para el producto REG: regístrelo en Convenios.");
    assert_eq!(filas(), 0);

    // Missing or malformed fields.
    warning(&add(&json!({"idUser": 1})), "El campo 'listaAutoriza' es obligatorio.");
    let mut a = autorizacion("", DNI);
    warning(&add(&json!({"listaAutoriza": a})), "El campo 'COD_AUTORIZACION' es obligatorio.");
    a["COD_AUTORIZACION"] = json!("X".repeat(31));
    warning(&add(&json!({"listaAutoriza": a})), "El campo 'COD_AUTORIZACION' admite hasta 30 caracteres.");
    let mut a = autorizacion(CODIGO, DNI);
    a["NUM_COPAGO_VARIABLE"] = json!(120);
    warning(&add(&json!({"listaAutoriza": a})), "El campo 'NUM_COPAGO_VARIABLE' es un porcentaje entre 0 y 100.");
    let mut a = autorizacion(CODIGO, DNI);
    a["FEC_INICIO_VIGENCIA"] = json!("2027-01-01T00:00:00");
    warning(&add(&json!({"listaAutoriza": a})), "La fecha de inicio de vigencia (FEC_INICIO_VIGENCIA) es posterior a la de fin (FEC_FIN_VIGENCIA).");
    assert_eq!(filas(), 0);

    // Add records once; the same code again is the legacy duplicate warning (audited).
    let body = json!({"idUser": 1, "listaAutoriza": autorizacion(CODIGO, DNI)});
    assert_eq!(add(&body)["Message"], "Se registró satisfactoriamente.");
    warning(&add(&body), "El registro ya existe.");
    assert_eq!(count(&s, "SELECT count(*) FROM ADM_DOCUMENTO_AUTORIZACION"), 1);
    assert_eq!(count(&s, "SELECT count(*) FROM Log WHERE Accion = 'Add' AND Mensaje = 'El registro ya existe.'"), 1);
    assert_eq!(count(&s, "SELECT count(*) FROM ADM_ATENCION"), 0, "Add opens no attention");
}

#[test]
fn who_may_call_the_authorization_actions_and_every_body_gets_the_envelope() {
    let s = Server::start();
    let admin = s.admin_token();
    let (_, caja) = user_with_role(&s, &admin, "caja1", 4);
    let (_, farmacia) = user_with_role(&s, &admin, "farmacia1", 5);
    let body = json!({"idUser": 1, "listaAutoriza": autorizacion(CODIGO, DNI)}).to_string();
    forbidden(&s.call("/api/ADM_DOCUMENTO_AUTORIZACION/Add", &body, &caja));
    forbidden(&s.call("/api/ADM_DOCUMENTO_AUTORIZACION/GetAddAtencionAll", &body, &caja));
    assert_eq!(s.call("/api/ADM_DOCUMENTO_AUTORIZACION/GetAllFilters", &json!({"COD_AUTORIZACION": CODIGO}).to_string(), &caja)["Data"], json!([]));
    forbidden(&s.call("/api/ADM_DOCUMENTO_AUTORIZACION/GetAllFilters", "{}", &farmacia));
    forbidden(&s.call("/api/ADM_PACIENTE/GetAllPacienteAtencionFilters", "{}", &farmacia));
    forbidden(&s.call("/api/ADM_ATENCION/GetAllFilters", "{}", &farmacia));

    for path in [
        "/api/ADM_DOCUMENTO_AUTORIZACION/Add",
        "/api/ADM_DOCUMENTO_AUTORIZACION/GetAddAtencionAll",
        "/api/ADM_DOCUMENTO_AUTORIZACION/GetAllFilters",
        "/api/ADM_PACIENTE/GetAllPacienteAtencionFilters",
        "/api/ADM_ATENCION/GetAllFilters",
    ] {
        for body in ["", "\"\"", "null", "{}"] {
            let v = s.call(path, body, &admin);
            assert_envelope(&v);
            assert_eq!(v["Success"], true, "{path} {body}: {v}");
            let list = path.ends_with("GetAllFilters") && !path.contains("PACIENTE");
            if list {
                assert_eq!(v["Data"], json!([]), "{path} {body}: a list, empty: {v}");
            } else {
                assert_eq!(v["Warning"], true, "{path} {body}: the missing field is named: {v}");
            }
        }
    }
}

#[test]
fn the_patient_attention_search_takes_its_kind_of_datum_and_says_when_nothing_matches() {
    let s = Server::start();
    let admin = s.admin_token();
    let buscar = |body: Value| s.call("/api/ADM_PACIENTE/GetAllPacienteAtencionFilters", &body.to_string(), &admin);
    assert_eq!(s.call("/api/ADM_PACIENTE/Add", &paciente(&s, DNI).to_string(), &admin)["Message"], "Se registró satisfactoriamente.");
    let historia = count(&s, &format!("SELECT n_historia_clinica FROM ADM_PACIENTE WHERE c_documento_identidad = '{DNI}'"));

    for body in [
        json!({"t_dato": historia.to_string(), "tipo_dato": "hc"}),
        json!({"t_dato": DNI, "tipo_dato": "DOC"}),
        json!({"t_dato": "garcia rosa", "tipo_dato": "apellidos"}),
        json!({"t_dato": "ÑAHUI"}),
    ] {
        let v = buscar(body.clone());
        assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Data"].as_array().map(Vec::len)), (Some(true), Some(false), Some(1)), "{body}: {v}");
        assert_eq!(v["Data"][0]["t_apellido_paterno"], "García", "{body}: {v}");
    }
    // Nothing: the legacy outcome, Success true and its message, Data an empty list.
    let v = buscar(json!({"t_dato": "99999999", "tipo_dato": "DOC"}));
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str(), &v["Data"]), (Some(true), Some(false), Some("No existe información con los datos enviados."), &json!([])), "{v}");
    warning(&buscar(json!({"t_dato": "x", "tipo_dato": "RUC"})), "El campo 'tipo_dato' no es válido (RUC): use HC (historia clínica), DOC (documento), ATE (número de atención), NOM (apellidos y nombres) o déjelo vacío para buscar en todo.");
    warning(&buscar(json!({"t_dato": "12a", "tipo_dato": "HC"})), "El campo 't_dato' debe ser la historia clínica: solo dígitos (se recibió \"12A\").");
    warning(&buscar(json!({"tipo_dato": "DOC"})), "El campo 't_dato' es obligatorio.");
}

#[test]
fn pending_attentions_are_priced_filtered_and_their_codes_checked() {
    let s = Server::start();
    let admin = s.admin_token();
    let (_, caja) = user_with_role(&s, &admin, "caja1", 4);
    let (_, medico) = user_with_role(&s, &admin, "medico1", 3);
    convenio(&s);
    assert_eq!(s.call("/api/ADM_PACIENTE/Add", &paciente(&s, DNI).to_string(), &admin)["Message"], "Se registró satisfactoriamente.");
    let id_paciente = count(&s, &format!("SELECT id_paciente FROM ADM_PACIENTE WHERE c_documento_identidad = '{DNI}'"));
    let pendientes = |body: Value| s.call("/api/ADM_ATENCION/GetAtencionPendingAllFilters", &body.to_string(), &caja);

    // A particular emergency priced under the category: 1.50 units x 80.00 = 120.00, all paid
    // by the patient; an insured consultation through its authorization.
    let particular = json!({
        "id_paciente": id_paciente,
        "id_tipo_paciente": id_of(&s, "ADM_TIPO_PACIENTE", "id_tipo_paciente", "PAR"),
        "id_tipo_atencion": id_of(&s, "ADM_TIPO_ATENCION", "id_tipo_atencion", "EM"),
        "id_categoria_pago": id_of(&s, "CVN_CATEGORIA_PAGO", "id_categoria_pago", "EPS1"),
        "id_moneda": 1,
        "f_estado": 1
    });
    let v = s.call("/api/ADM_ATENCION/Add", &particular.to_string(), &admin);
    let id_particular = v["Data"].as_i64().unwrap_or_else(|| panic!("{v}"));
    let v = abrir(&s, &admin, CODIGO, DNI);
    let id_seguro = v["Data"][0]["id_atecion_autoriza"].as_i64().unwrap_or_else(|| panic!("{v}"));

    let ids = |v: &Value| v["Data"].as_array().unwrap_or_else(|| panic!("{v}")).iter().map(|f| f["id_atencion"].as_i64().unwrap()).collect::<Vec<_>>();
    let v = pendientes(json!({}));
    assert_eq!(ids(&v), vec![id_seguro, id_particular], "both pending, the most recent first: {v}");
    let v = pendientes(json!({"c_tipo_facturacion": "particular", "c_idioma": "ENG"}));
    assert_eq!(ids(&v), vec![id_particular], "{v}");
    let fila = &v["Data"][0];
    assert_eq!(
        (fila["c_codigo_segus"].as_str(), fila["t_descripcion_segus"].as_str(), fila["n_precio"].to_string(), fila["n_descuento"].to_string(), fila["total"].to_string(), fila["n_gravado"].to_string(), fila["n_impuesto"].to_string()),
        (Some("10.04.01"), Some("Emergency consultation, general medicine"), "120.00".into(), "0.00".into(), "120.00".into(), "101.69".into(), "18.31".into()),
        "{v}"
    );
    assert_eq!(ids(&pendientes(json!({"c_tipo_facturacion": "S"}))), vec![id_seguro]);
    assert_eq!(ids(&pendientes(json!({"id_atencion": id_particular}))), vec![id_particular]);

    // Attended is still pending (until billed); annulled is not.
    s.db().execute("UPDATE ADM_ATENCION SET f_estado = 2 WHERE id_atencion = ?1", [id_seguro]).unwrap();
    assert_eq!(ids(&pendientes(json!({"c_tipo_pendiente": "A"}))), vec![id_seguro]);
    assert_eq!(ids(&pendientes(json!({"c_tipo_pendiente": "R"}))), vec![id_particular]);
    s.db().execute("UPDATE ADM_ATENCION SET f_estado = 0 WHERE id_atencion = ?1", [id_particular]).unwrap();
    assert_eq!(ids(&pendientes(json!({}))), vec![id_seguro]);

    warning(&pendientes(json!({"c_tipo_pendiente": "X"})), "El campo 'c_tipo_pendiente' no es válido (X): use R (registradas) o A (atendidas), o déjelo vacío para no filtrar.");
    warning(&pendientes(json!({"c_idioma": "FR"})), "El campo 'c_idioma' no es válido (FR): use ESP o ENG, o déjelo vacío para no filtrar.");
    warning(&pendientes(json!({"id_atencion": -1})), "El campo 'id_atencion' no puede ser negativo (0 = todos).");
    for body in ["", "\"\"", "null", "{}"] {
        let v = s.call("/api/ADM_ATENCION/GetAtencionPendingAllFilters", body, &caja);
        assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Data"].as_array().map(Vec::len)), (Some(true), Some(false), Some(1)), "{body}: {v}");
    }
    forbidden(&s.call("/api/ADM_ATENCION/GetAtencionPendingAllFilters", "{}", &medico));
}
