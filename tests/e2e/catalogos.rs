//! Every catalog action of issue 7 over HTTP: each with an empty body, `""`, `null` and a
//! realistic body answers the envelope with `Success: true` and a list whose items carry every
//! property of the contract's DTO (or entity), in order, with its JSON type; the rows are the
//! seeded ones (counted from `sql/seed/*.csv`).

use std::path::Path;

use serde_json::{Value, json};

use crate::harness::*;

/// Rows of a seed file (`sql/seed/NNN_<TABLE>.csv`).
fn seeded(table: &str) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sql/seed");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| p.file_stem().and_then(|s| s.to_str()).is_some_and(|s| s.split_once('_').is_some_and(|(n, t)| n.chars().all(|c| c.is_ascii_digit()) && t == table)))
        .unwrap_or_else(|| panic!("sin archivo de datos para {table}"));
    let mut reader = csv::Reader::from_path(&file).unwrap();
    reader.records().count()
}

/// `(controller/action, reply type, table whose active rows it lists)`.
const LISTS: &[(&str, &str, &str)] = &[
    ("ADM_CONDICION_PROFESIONAL/GetAllActives", "ADM_CONDICION_PROFESIONALDTO", "ADM_CONDICION_PROFESIONAL"),
    ("ADM_CONSULTORIO/GetAllActives", "ADM_CONSULTORIODTO", "ADM_CONSULTORIO"),
    ("ADM_DOCUMENTO_IDENTIDAD/GetAllActives", "ADM_DOCUMENTO_IDENTIDADDTO", "ADM_DOCUMENTO_IDENTIDAD"),
    ("ADM_DOCUMENTO_PRESTACION/GetAllActives", "ADM_DOCUMENTO_PRESTACIONDTO", "ADM_DOCUMENTO_PRESTACION"),
    ("ADM_ESPECIALIDAD/GetAllActives", "ADM_ESPECIALIDADDTO", "ADM_ESPECIALIDAD"),
    ("ADM_ESTADO_CIVIL/GetAllActives", "ADM_ESTADO_CIVILDTO", "ADM_ESTADO_CIVIL"),
    ("ADM_FORMA_PAGO/GetAllFormaPagoActives", "ADM_FORMA_PAGOResDTO", "ADM_FORMA_PAGO"),
    ("ADM_GRUPO_SANGUINEO/GetAllActives", "ADM_GRUPO_SANGUINEODTO", "ADM_GRUPO_SANGUINEO"),
    ("ADM_HABITACION/GetAllActives", "ADM_HABITACIONDTO", "ADM_HABITACION"),
    ("ADM_TIPO_AFILIACION/GetAllActives", "ADM_TIPO_AFILIACIONDTO", "ADM_TIPO_AFILIACION"),
    ("ADM_TIPO_ATENCION/GetAllActives", "ADM_TIPO_ATENCIONDTO", "ADM_TIPO_ATENCION"),
    ("ADM_TIPO_CIE10/GetAllActives", "ADM_TIPO_CIE10DTO", "ADM_TIPO_CIE10"),
    ("ADM_TIPO_EGRESO/GetAllActives", "ADM_TIPO_EGRESODTO", "ADM_TIPO_EGRESO"),
    ("ADM_TIPO_FILIACION/GetAllActives", "ADM_TIPO_FILIACIONDTO", "ADM_TIPO_FILIACION"),
    ("ADM_TIPO_HOSPITALIZACION/GetAllActives", "ADM_TIPO_HOSPITALIZACIONDTO", "ADM_TIPO_HOSPITALIZACION"),
    ("ADM_TIPO_PACIENTE/GetAllActives", "ADM_TIPO_PACIENTEDTO", "ADM_TIPO_PACIENTE"),
    ("ADM_TIPO_PROFESIONAL/GetAllActives", "ADM_TIPO_PROFESIONALDTO", "ADM_TIPO_PROFESIONAL"),
    ("CON_CENTRO_COSTO/GetAllActives", "CON_CENTRO_COSTODTO", "CON_CENTRO_COSTO"),
    ("CON_CUENTA_CONTABLE/GetAllActives", "CON_CUENTA_CONTABLEDTO", "CON_CUENTA_CONTABLE"),
    ("CON_TIPO_CONTACTO/GetAllActives", "CON_TIPO_CONTACTODTO", "CON_TIPO_CONTACTO"),
    ("CVN_BENEFICIO/GetAllActives", "CVN_BENEFICIODTO", "CVN_BENEFICIO"),
    ("CVN_CLASIFICACION_SEGUS/GetAllActives", "CVN_CLASIFICACION_SEGUSDTO", "CVN_CLASIFICACION_SEGUS"),
    ("CVN_CLASIFICACION_SUSALUD/GetAllActives", "CVN_CLASIFICACION_SUSALUDDTO", "CVN_CLASIFICACION_SUSALUD"),
    ("CVN_CLASIFICACION_SUSALUD_OD/GetAllActives", "CVN_CLASIFICACION_SUSALUD_ODDTO", "CVN_CLASIFICACION_SUSALUD_OD"),
    ("CVN_MONEDA/GetAllActives", "CVN_MONEDADTO", "CVN_MONEDA"),
    ("CVN_PRODUCTO_PLAN/GetAllActives", "CVN_PRODUCTO_PLANDTO", "CVN_PRODUCTO_PLAN"),
    ("CVN_TIPO_PRECIO/GetAllActives", "CVN_TIPO_PRECIODTO", "CVN_TIPO_PRECIO"),
    ("FAR_CLASE/GetAllActives", "FAR_CLASE", "FAR_CLASE"),
    ("FAR_CONSIGNACION/GetAllActives", "FAR_CONSIGNACIONDTO", "FAR_CONSIGNACION"),
    ("FAR_FAMILIA/GetAllActives", "FAR_FAMILIA", "FAR_FAMILIA"),
    ("FAR_GENERICO/GetAllActives", "FAR_GENERICO", "FAR_GENERICO"),
    ("FAR_TIPIFICACION/GetAllActives", "FAR_TIPIFICACION", "FAR_TIPIFICACION"),
    ("FAR_TIPO_PRODUCTO/GetAllActives", "FAR_TIPO_PRODUCTO", "FAR_TIPO_PRODUCTO"),
];

/// Calls `path` with the four bodies clients send and returns the lists (all equal).
fn list(s: &Server, token: &str, path: &str, realistic: &str) -> Vec<Value> {
    let mut seen: Option<Vec<Value>> = None;
    for body in ["", "\"\"", "null", realistic] {
        let v = s.call(&format!("/api/{path}"), body, token);
        assert_envelope(&v);
        assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{path} {body:?}: {v}");
        let rows = v["Data"].as_array().unwrap_or_else(|| panic!("{path} {body:?}: Data no es una lista: {v}")).clone();
        if body.is_empty() || body == realistic {
            if let Some(prev) = &seen {
                assert_eq!(prev, &rows, "{path}: the same list whatever the body");
            }
            seen = Some(rows);
        }
    }
    seen.unwrap()
}

#[test]
fn every_catalog_lists_its_seeded_rows_in_the_contracts_shape() {
    let s = Server::start();
    let token = s.admin_token();
    for (path, reply, table) in LISTS {
        let rows = list(&s, &token, path, "{}");
        assert_eq!(rows.len(), seeded(table), "{path}: one row per seeded row");
        for r in &rows {
            assert_contract_item(r, reply, path);
        }
        // Ordered by description, as the combo boxes show them (SQLite: by the stored bytes).
        let texts: Vec<&str> = rows.iter().filter_map(|r| r["t_descripcion"].as_str()).collect();
        assert_eq!(texts.len(), rows.len(), "{path}: every row has its description");
        let mut sorted = texts.clone();
        sorted.sort_unstable();
        assert_eq!(texts, sorted, "{path}");
    }

    // A few rows a clinic recognises, with their exact values.
    let monedas = list(&s, &token, "CVN_MONEDA/GetAllActives", "{}");
    assert!(monedas.iter().any(|m| m["c_codigo"] == "PEN" && m["t_descripcion"] == "Soles"), "{monedas:?}");
    let dni = list(&s, &token, "ADM_DOCUMENTO_IDENTIDAD/GetAllActives", "{}");
    assert!(dni.iter().any(|d| d["c_codigo"] == "1" && d["t_descripcion"].as_str().unwrap().starts_with("DNI")), "{dni:?}");
    let grupos: Vec<String> = list(&s, &token, "ADM_GRUPO_SANGUINEO/GetAllActives", "{}").iter().map(|g| g["c_codigo"].as_str().unwrap().to_owned()).collect();
    assert_eq!(grupos.len(), 8);
    assert!(grupos.contains(&"AB-".to_owned()));
    let tipos = list(&s, &token, "ADM_TIPO_PACIENTE/GetAllActives", "{}");
    let eps = tipos.iter().find(|t| t["t_descripcion"] == "Asegurado EPS").unwrap();
    assert_eq!((eps["f_siteds"].as_i64(), eps["n_copago_variable"].as_f64()), (Some(1), Some(0.0)), "{eps}");

    // A deactivated row leaves its list.
    s.db().execute("UPDATE FAR_CLASE SET f_estado = 0 WHERE c_codigo = 'PN'", []).unwrap();
    let clases = list(&s, &token, "FAR_CLASE/GetAllActives", "{}");
    assert_eq!(clases.len(), seeded("FAR_CLASE") - 1);
    assert!(clases.iter().all(|c| c["c_codigo"] != "PN"));
}

#[test]
fn professionals_their_specialties_and_the_products_of_an_insurer() {
    let s = Server::start();
    let token = s.admin_token();
    assert!(list(&s, &token, "ADM_PROFESIONAL/GetAllActives", "{}").is_empty(), "no professional is invented by the seed");
    let db = s.db();
    let esp = |codigo: &str| -> i64 { db.query_row("SELECT id_especialidad FROM ADM_ESPECIALIDAD WHERE c_codigo = ?1", [codigo], |r| r.get(0)).unwrap() };
    let (pediatria, medicina) = (esp("E003"), esp("E001"));
    db.execute(
        "INSERT INTO ADM_PROFESIONAL (t_apellidos, t_nombres, id_especialidad, c_colegiatura) VALUES ('García Pérez', 'Ana', ?1, '045123')",
        [pediatria],
    )
    .unwrap();
    let id = db.last_insert_rowid();
    db.execute("INSERT INTO ADM_PROFESIONAL_ESPECIALIDAD (id_profesional, id_especialidad, c_nro_especialidad) VALUES (?1, ?2, '12345')", [id, medicina]).unwrap();
    db.execute("INSERT INTO ADM_PROFESIONAL (t_apellidos, t_nombres, f_estado) VALUES ('Baja', 'Inactivo', 0)", []).unwrap();

    let pros = list(&s, &token, "ADM_PROFESIONAL/GetAllActives", "{}");
    assert_eq!(pros.len(), 1, "{pros:?}");
    assert_contract_item(&pros[0], "ADM_PROFESIONALDTO", "ADM_PROFESIONAL/GetAllActives");
    assert_eq!((pros[0]["id_profesional"].as_i64(), pros[0]["t_medico"].as_str()), (Some(id), Some("García Pérez, Ana")));

    let body = json!({ "id_profesional": id }).to_string();
    let v = s.call("/api/ADM_ESPECIALIDAD/GetEspecialidadProfesionalById", &body, &token);
    assert_envelope(&v);
    let names: Vec<&str> = v["Data"].as_array().unwrap().iter().map(|e| e["t_descripcion"].as_str().unwrap()).collect();
    assert_eq!(names, ["Medicina General", "Pediatría"], "{v}");
    for e in v["Data"].as_array().unwrap() {
        assert_contract_item(e, "ADM_ESPECIALIDADDTO", "ADM_ESPECIALIDAD/GetEspecialidadProfesionalById");
    }
    let none = s.call("/api/ADM_ESPECIALIDAD/GetEspecialidadProfesionalById", r#"{"id_profesional": 999}"#, &token);
    assert_eq!((none["Success"].as_bool(), none["Data"].as_array().map(Vec::len)), (Some(true), Some(0)), "{none}");

    // Products of one insurer by its SUSALUD IAFA code (stored with leading zeros or not).
    db.execute("INSERT INTO CVN_PRODUCTO_PLAN (c_codigo, t_descripcion, c_codigo_iafa) VALUES ('P-RIM', 'Plan Clínicas', '20001')", []).unwrap();
    let all = list(&s, &token, "CVN_PRODUCTO_PLAN/GetAllActivesFilters", "{}");
    assert_eq!(all.len(), seeded("CVN_PRODUCTO_PLAN") + 1);
    let one = s.call("/api/CVN_PRODUCTO_PLAN/GetAllActivesFilters", r#"{"c_codigo_iafa": "20001"}"#, &token);
    let rows = one["Data"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "{one}");
    assert_contract_item(&rows[0], "CVN_PRODUCTO_PLANDTO", "CVN_PRODUCTO_PLAN/GetAllActivesFilters");
    assert_eq!(rows[0]["t_descripcion"], "Plan Clínicas");
    let other = s.call("/api/CVN_PRODUCTO_PLAN/GetAllActivesFilters", r#"{"c_codigo_iafa": "40004"}"#, &token);
    assert_eq!(other["Data"].as_array().map(Vec::len), Some(0), "{other}");
    // Leading zeros do not matter; a code that is not a number finds nothing; blank is any.
    let zeros = s.call("/api/CVN_PRODUCTO_PLAN/GetAllActivesFilters", r#"{"c_codigo_iafa": "020001"}"#, &token);
    assert_eq!(zeros["Data"].as_array().map(Vec::len), Some(1), "{zeros}");
    let bad = s.call("/api/CVN_PRODUCTO_PLAN/GetAllActivesFilters", r#"{"c_codigo_iafa": "RIMAC"}"#, &token);
    assert_eq!((bad["Success"].as_bool(), bad["Data"].as_array().map(Vec::len)), (Some(true), Some(0)), "{bad}");
    let blank = s.call("/api/CVN_PRODUCTO_PLAN/GetAllActivesFilters", r#"{"c_codigo_iafa": " "}"#, &token);
    assert_eq!(blank["Data"].as_array().map(Vec::len), Some(all.len()), "{blank}");
}

#[test]
fn catalog_roles_follow_the_matrix() {
    let s = Server::start();
    let admin = s.admin_token();
    let (_, medico) = user_with_role(&s, &admin, "medico1", 3);
    // A doctor reads the clinical catalogs and the generic names, not the accounts nor the stock.
    for path in ["ADM_ESPECIALIDAD/GetAllActives", "ADM_TIPO_CIE10/GetAllActives", "FAR_GENERICO/GetAllActives"] {
        assert_eq!(s.call(&format!("/api/{path}"), "", &medico)["Warning"], false, "{path}");
    }
    for path in ["CON_CUENTA_CONTABLE/GetAllActives", "CON_CENTRO_COSTO/GetAllActives", "FAR_CONSIGNACION/GetAllActives"] {
        let v = s.call(&format!("/api/{path}"), "", &medico);
        assert_eq!((v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(FORBIDDEN)), "{path}: {v}");
    }
}

#[test]
fn the_first_slices_catalogs_walk_the_same_way_with_estado_never_null() {
    let s = Server::start();
    let token = s.admin_token();
    let generos = list(&s, &token, "ADM_GENERO/GetAllActives", "{}");
    assert_eq!(generos.len(), 2);
    generos.iter().for_each(|g| assert_contract_item(g, "ADM_GENERODTO", "ADM_GENERO/GetAllActives"));

    let v = s.call("/api/TIPO_ESTADO/GetAllFilters", r#"{"tabla": "Todos"}"#, &token);
    let estados = v["Data"].as_array().unwrap();
    assert_eq!(estados.len(), 2, "{v}");
    estados.iter().for_each(|e| assert_contract_item(e, "TIPO_ESTADODTO", "TIPO_ESTADO/GetAllFilters"));

    let add = s.call("/api/ADM_OCUPACION/Add", r#"{"t_descripcion": "Enfermera", "estado": "Activo"}"#, &token);
    assert_eq!(add["Message"], "Se registró satisfactoriamente.", "{add}");
    let id: i64 = s.db().query_row("SELECT id_ocupacion FROM ADM_OCUPACION", [], |r| r.get(0)).unwrap();
    // The legacy GetAllActives procedure returns f_estado only: estado is derived, never null.
    for (path, body) in [
        ("ADM_OCUPACION/GetAllActives", "{}".to_owned()),
        ("ADM_OCUPACION/GetAllFilters", r#"{"t_descripcion": "enfer"}"#.to_owned()),
        ("ADM_OCUPACION/GetById", json!({ "id_ocupacion": id }).to_string()),
    ] {
        let v = s.call(&format!("/api/{path}"), &body, &token);
        assert_envelope(&v);
        let rows = v["Data"].as_array().unwrap_or_else(|| panic!("{path}: {v}"));
        assert_eq!(rows.len(), 1, "{path}: {v}");
        assert_contract_item(&rows[0], "ADM_OCUPACIONDTO", path);
        assert_eq!((rows[0]["estado"].as_str(), rows[0]["f_estado"].as_i64()), (Some("Activo"), Some(1)), "{path}: {v}");
    }
}
