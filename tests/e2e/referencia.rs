//! The reference catalogs loaded from `sql/seed/` (CIE-10, UBIGEO): complete on the first start,
//! loaded once, and searchable over HTTP by code prefix or by words ignoring case and accents.

use serde_json::{Value, json};

use crate::harness::*;

fn codes(v: &Value) -> Vec<String> {
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{v}");
    v["Data"].as_array().unwrap_or_else(|| panic!("Data is not a list: {v}")).iter().map(|r| r["c_codigo"].as_str().unwrap().to_owned()).collect()
}

fn cie10(s: &Server, token: &str, valor: &str) -> Value {
    s.call("/api/ADM_CIE10/GetAllFilters", &json!({ "valorReq": valor }).to_string(), token)
}

fn ubigeo(s: &Server, token: &str, valor: &str) -> Value {
    s.call("/api/ADM_UBIGEO/GetAllFilters", &json!({ "ValorBusqueda": valor }).to_string(), token)
}

fn count(s: &Server, sql: &str) -> i64 {
    s.db().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn cie10_searches_by_code_prefix_or_words_ignoring_case_and_accents() {
    let s = Server::start();
    let token = s.admin_token();

    // Code prefix, with or without the dot, any case. Groups ('J40-J47') are not diagnoses.
    assert_eq!(codes(&cie10(&s, &token, "J45")), ["J45", "J450", "J451", "J458", "J459"]);
    assert_eq!(codes(&cie10(&s, &token, "J45.0")), ["J450"]);
    assert_eq!(codes(&cie10(&s, &token, " j45.0 ")), ["J450"]);

    // Words of the description, in order, whatever the case and accents.
    let v = cie10(&s, &token, "neumonia bacteriana");
    assert_eq!(codes(&v), ["J15", "J158", "J159", "J170"]);
    let row = &v["Data"][0];
    assert_eq!(Reply::keys(row), contract_order("ADM_CIE10DTO"));
    assert_eq!(row["t_descripcion"], "Neumonía bacteriana, no clasificada en otra parte");
    assert!(row["id_cie10"].as_i64().is_some_and(|id| id > 0) && row["valorReq"].is_null(), "{row}");
    assert_eq!(codes(&cie10(&s, &token, "NEUMONÍA, Bacteriana")), ["J15", "J158", "J159", "J170"]);
    assert_eq!(codes(&cie10(&s, &token, "asma alérgica")), ["J450", "J451"]);
    assert_eq!(codes(&cie10(&s, &token, "COLERA")), ["A00", "A000", "A001", "A009", "Y582", "Z230", "Z270"]);
    let neumonia = codes(&cie10(&s, &token, "neumonía"));
    assert_eq!(neumonia.len(), 56);
    assert_eq!(codes(&cie10(&s, &token, "Neumonia")), neumonia, "with or without the accent");
    assert_eq!((neumonia[0].as_str(), neumonia[55].as_str()), ("A403", "P239"));

    // A typed % matches itself (a few burn codes say "… 10% …"), never everything.
    let pct = codes(&cie10(&s, &token, "%"));
    assert_eq!(pct.len(), 20, "{pct:?}");
    assert!(pct.iter().all(|c| c.starts_with("T31") || c.starts_with("T32")), "{pct:?}");
    assert!(codes(&cie10(&s, &token, "zzzz inexistente")).is_empty());

    // Blank, null or absent: a bounded list (the first 200 codes), never the whole catalog.
    for body in [r#"{"valorReq": ""}"#, r#"{"valorReq": "   "}"#, r#"{"valorReq": null}"#, "{}", ""] {
        let c = codes(&s.call("/api/ADM_CIE10/GetAllFilters", body, &token));
        assert_eq!((c.len(), c[0].as_str(), c[199].as_str()), (200, "A00", "A379"), "{body}");
    }

    // Longer than @valor NVARCHAR(200): refused naming the field, as every text parameter.
    let v = cie10(&s, &token, &"ñ".repeat(201));
    assert_eq!(
        (v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()),
        (Some(true), Some(true), Some("El campo 'valorReq' admite hasta 200 caracteres y llegaron 201."))
    );
}

#[test]
fn cie10_get_all_actives_lists_every_diagnosis_code_without_chapters_or_groups() {
    let s = Server::start();
    let token = s.admin_token();
    let v = s.call("/api/ADM_CIE10/GetAllActives", "", &token);
    let data = v["Data"].as_array().unwrap();
    assert_eq!(data.len(), 14_212, "14,498 rows minus 286 chapters and groups");
    assert_eq!(Reply::keys(&data[0]), contract_order("ADM_CIE10DTO"));
    // The legacy procedure returns id and description only.
    assert_eq!(data[0]["t_descripcion"], "Cólera");
    assert!(data[0]["c_codigo"].is_null());
    let a00: i64 = s.db().query_row("SELECT id_cie10 FROM ADM_CIE10 WHERE c_codigo = 'A00'", [], |r| r.get(0)).unwrap();
    assert_eq!(data[0]["id_cie10"], a00);
    // An inactive code is gone from both actions.
    s.db().execute("UPDATE ADM_CIE10 SET f_estado = 0 WHERE c_codigo = 'J451'", []).unwrap();
    assert_eq!(s.call("/api/ADM_CIE10/GetAllActives", "", &token)["Data"].as_array().unwrap().len(), 14_211);
    assert_eq!(codes(&cie10(&s, &token, "asma alergica")), ["J450"]);
}

#[test]
fn ubigeo_searches_by_code_prefix_or_place_names_ignoring_case_and_accents() {
    let s = Server::start();
    let token = s.admin_token();

    let piura_piura = ["200101", "200104", "200105", "200107", "200108", "200109", "200110", "200111", "200114", "200115"];
    assert_eq!(codes(&ubigeo(&s, &token, "2001")), piura_piura);
    let v = ubigeo(&s, &token, "200108");
    let row = &v["Data"][0];
    assert_eq!(Reply::keys(row), contract_order("ADM_UBIGEODTO"));
    assert_eq!(
        (&row["c_codigo"], &row["t_pais"], &row["t_departamento"], &row["t_provincia"], &row["t_distrito"]),
        (&json!("200108"), &json!("Perú"), &json!("Piura"), &json!("Piura"), &json!("El Tallán"))
    );
    assert!(row["id_ubigeo"].as_i64().is_some_and(|id| id > 0) && row["ValorBusqueda"].is_null(), "{row}");

    // PIURA: every district of the department Piura (the only name holding it), by code.
    let piura = codes(&ubigeo(&s, &token, "PIURA"));
    assert_eq!((piura.len(), piura[0].as_str(), piura[64].as_str()), (65, "200101", "200806"));
    assert!(piura.iter().all(|c| c.starts_with("20")), "{piura:?}");
    assert_eq!(&piura[..10], piura_piura);

    // ñ and n alike, both ways.
    assert_eq!(codes(&ubigeo(&s, &token, "ñaña")), ["160102"]);
    assert_eq!(codes(&ubigeo(&s, &token, "NANA")), ["160102"]);
    assert_eq!(ubigeo(&s, &token, "nana")["Data"][0]["t_distrito"], "Alto Nanay");
    let canete = codes(&ubigeo(&s, &token, "Canete"));
    assert_eq!(canete, codes(&ubigeo(&s, &token, "CAÑETE")));
    assert_eq!(canete, (1..=16).map(|d| format!("1505{d:02}")).collect::<Vec<_>>());
    // Words in order across department, province and district.
    assert_eq!(codes(&ubigeo(&s, &token, "lima miraflores")), ["150122", "150133", "151021"]);

    // Blank: the first 200 districts.
    let first = codes(&ubigeo(&s, &token, ""));
    assert_eq!((first.len(), first[0].as_str(), first[199].as_str()), (200, "010101", "021502"));

    let v = s.call("/api/ADM_UBIGEO/GetAllActives", "", &token);
    let all = v["Data"].as_array().unwrap();
    assert_eq!(all.len(), 1_873);
    assert_eq!(Reply::keys(&all[0]), contract_order("ADM_UBIGEODTO"));
    assert_eq!((all[0]["c_codigo"].as_str(), all[0]["t_distrito"].as_str(), all[0]["t_pais"].as_str()), (Some("010101"), Some("Chachapoyas"), Some("Perú")));
}

#[test]
fn the_catalogs_load_completely_on_the_first_start_and_never_again() {
    let mut first = Server::start();
    assert_eq!(count(&first, "SELECT COUNT(*) FROM ADM_CIE10"), 14_498, "every row of sql/seed/100_ADM_CIE10.csv");
    assert_eq!(count(&first, "SELECT COUNT(*) FROM ADM_UBIGEO"), 1_873, "every row of sql/seed/110_ADM_UBIGEO.csv");
    // Every catalog file of sql/seed is loaded, and recorded once.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sql/seed");
    let files: Vec<std::path::PathBuf> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "csv")).collect();
    let rows: usize = files.iter().map(|f| csv::Reader::from_path(f).unwrap().records().count()).sum();
    assert_eq!(count(&first, "SELECT COUNT(*) FROM ROMSOFT_SEED"), files.len() as i64);
    let loaded_at: String = first.db().query_row("SELECT group_concat(cargado_en) FROM ROMSOFT_SEED", [], |r| r.get(0)).unwrap();
    let log = first.log_text();
    let summary = format!("datos de referencia cargados: {} archivo(s), {rows} filas leídas, {rows} nuevas", files.len());
    assert_eq!(log.matches(&summary).count(), 1, "{summary}\n{log}");
    assert!(log.contains("datos de referencia ADM_CIE10 14498/14498"), "progress lines: {log}");

    // The clinic edits a description and deletes a district.
    first.db().execute("UPDATE ADM_CIE10 SET t_descripcion = 'Asma (editado)' WHERE c_codigo = 'J45'", []).unwrap();
    first.db().execute("DELETE FROM ADM_UBIGEO WHERE c_codigo = '160102'", []).unwrap();

    // A restart: nothing loaded, nothing duplicated, the edits kept. (An instance started beside
    // another works in its folder: the database and the log file are `first`'s.)
    first.kill_hard();
    let mut second = Server::start_beside(&first, &[]);
    assert_eq!(count(&first, "SELECT COUNT(*) FROM ADM_CIE10"), 14_498);
    assert_eq!(count(&first, "SELECT COUNT(*) FROM ADM_UBIGEO"), 1_872);
    let again: String = first.db().query_row("SELECT group_concat(cargado_en) FROM ROMSOFT_SEED", [], |r| r.get(0)).unwrap();
    assert_eq!(again, loaded_at, "no reload");
    assert_eq!(first.log_text().matches("datos de referencia cargados").count(), 1, "the restart did no seed work");
    let token = second.admin_token();
    assert_eq!(codes(&cie10(&second, &token, "J45")), ["J45", "J450", "J451", "J458", "J459"]);

    // A changed file (here: its recorded hash no longer matches) is loaded again, insert-if-missing:
    // the deleted district comes back, the edited description stays.
    first.db().execute("UPDATE ROMSOFT_SEED SET sha256 = 'otro'", []).unwrap();
    second.kill_hard();
    let third = Server::start_beside(&first, &[]);
    let log = first.log_text();
    let reloaded = format!("datos de referencia cargados: {} archivo(s), {rows} filas leídas, 1 nuevas", files.len());
    assert!(log.contains(&reloaded), "{reloaded}\n{log}");
    assert_eq!(count(&first, "SELECT COUNT(*) FROM ADM_UBIGEO"), 1_873);
    assert_eq!(count(&first, "SELECT COUNT(*) FROM ADM_CIE10"), 14_498);
    let j45: String = first.db().query_row("SELECT t_descripcion FROM ADM_CIE10 WHERE c_codigo = 'J45'", [], |r| r.get(0)).unwrap();
    assert_eq!(j45, "Asma (editado)");
    let token = third.admin_token();
    assert_eq!(codes(&ubigeo(&third, &token, "ñaña")), ["160102"], "its search column is filled again");
}
