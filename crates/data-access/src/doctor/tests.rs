//! Tests of romsoft doctor (split out of `doctor.rs`).

use super::*;
use crate::{Column, Origin, Param, Source, TableColumn, Transform};

fn param(name: &str, base: &str, max_length: i64) -> CatalogParam {
    CatalogParam { name: name.into(), base_type: base.into(), table_type: None, max_length, is_output: false }
}

/// A catalog holding exactly what the registry needs, as install_all.sql leaves it.
fn complete() -> Catalog {
    let procedures = registry::ALL
        .iter()
        .map(|p| {
            let mut params: Vec<CatalogParam> = p
                .params
                .iter()
                .map(|x| match x.ty {
                    SqlType::Table(t) => CatalogParam { table_type: Some(t.name.into()), ..param(x.name, "table type", -1) },
                    ty => param(x.name, accepted_types(ty)[0], x.max_len.map_or(-1, |m| i64::from(m) * 2)),
                })
                .collect();
            for (n, ty) in output_params(p) {
                params.push(CatalogParam { is_output: true, ..param(n, accepted_types(ty)[0], 200) });
            }
            CatalogProc { name: p.name.into(), params }
        })
        .collect();
    let table_types = table_types()
        .into_iter()
        .map(|t| CatalogObject { name: t.name.into(), columns: t.columns.iter().map(|c| c.name.into()).collect() })
        .collect();
    let views = registry::LISTINGS
        .iter()
        .map(|l| CatalogObject { name: l.view.into(), columns: l.columns.iter().map(|c| c.name.into()).collect() })
        .collect();
    Catalog {
        schema_version: Some(SCHEMA_VERSION),
        procedures,
        table_types,
        views,
        indexes: SEARCH_INDEXES.iter().map(|(i, t, _)| (t.to_string(), i.to_string())).collect(),
        row_counts: reference_tables().into_iter().map(|t| (t.to_owned(), 5)).collect(),
        result_columns: registry::ALL
            .iter()
            .filter(|p| !p.columns().is_empty())
            .map(|p| CatalogObject { name: p.name.into(), columns: p.columns().iter().map(|c| c.name.to_ascii_uppercase()).collect() })
            .collect(),
    }
}

fn problems(r: &Informe) -> Vec<(String, Estado, String)> {
    r.procedimientos
        .iter()
        .chain(&r.tipos_tabla)
        .chain(&r.vistas)
        .chain(&r.indices)
        .filter(|c| c.estado != Estado::Ok)
        .map(|c| (c.nombre.clone(), c.estado, c.detalle.clone().unwrap_or_default()))
        .collect()
}

fn proc_mut<'a>(c: &'a mut Catalog, name: &str) -> &'a mut CatalogProc {
    c.procedures.iter_mut().find(|p| p.name == name).unwrap()
}

#[test]
fn a_complete_catalog_is_ready() {
    let r = compare_mssql(&complete(), "db.example:1433/ROMSOFT-CLINICA".into());
    assert!(r.listo, "{:?}", problems(&r));
    assert_eq!(r.resumen.problemas, 0);
    assert_eq!(r.resumen.avisos, 0);
    assert_eq!(r.procedimientos.len(), registry::ALL.len());
    assert_eq!(r.esquema.estado, Estado::Ok);
    assert_eq!(r.motor, "sqlserver");
    let cie = r.datos_referencia.iter().find(|c| c.tabla == "ADM_CIE10").unwrap();
    assert_eq!((cie.filas, cie.estado), (Some(5), Estado::Ok));
    assert!(r.datos_referencia.iter().any(|c| c.tabla == "ADM_UBIGEO"));
    assert_eq!(r.resumen.comprobados, 1 + r.procedimientos.len() + r.tipos_tabla.len() + r.vistas.len() + r.indices.len() + r.datos_referencia.len());
}

#[test]
fn a_missing_procedure_is_named() {
    let mut c = complete();
    c.procedures.retain(|p| p.name != "Romsoft.p_ADM_OCUPACION_Insert");
    let r = compare_mssql(&c, String::new());
    assert!(!r.listo);
    assert_eq!(r.resumen.problemas, 1);
    let p = problems(&r);
    assert_eq!(p.len(), 1);
    assert_eq!((p[0].0.as_str(), p[0].1), ("Romsoft.p_ADM_OCUPACION_Insert", Estado::Falta));
    assert!(p[0].2.contains("install_all.sql"), "{}", p[0].2);
}

#[test]
fn procedure_names_compare_without_case() {
    let mut c = complete();
    proc_mut(&mut c, "Romsoft.p_ADM_OCUPACION_Insert").name = "ROMSOFT.P_ADM_OCUPACION_INSERT".into();
    assert!(compare_mssql(&c, String::new()).listo);
}

#[test]
fn a_missing_parameter_is_named() {
    let mut c = complete();
    let p = proc_mut(&mut c, "Romsoft.p_ADM_ATENCION_GetAll");
    p.params.retain(|x| x.name != "@id_paciente");
    let r = compare_mssql(&c, String::new());
    assert!(!r.listo);
    let p = problems(&r);
    assert_eq!(p, vec![("Romsoft.p_ADM_ATENCION_GetAll".to_string(), Estado::Difiere, "falta el parámetro @id_paciente INT".to_string())]);
}

#[test]
fn a_missing_output_parameter_is_named() {
    let mut c = complete();
    let with_response = registry::ALL.iter().find(|p| matches!(p.returns, Returns::Response)).unwrap();
    let p = proc_mut(&mut c, with_response.name);
    p.params.retain(|x| x.name != "@Response");
    let p = problems(&compare_mssql(&c, String::new()));
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].2, "falta el parámetro @Response INT OUTPUT");
    // Present but not OUTPUT.
    let mut c = complete();
    let p = proc_mut(&mut c, with_response.name);
    p.params.iter_mut().find(|x| x.name == "@Response").unwrap().is_output = false;
    assert_eq!(problems(&compare_mssql(&c, String::new()))[0].2, "@Response debe ser OUTPUT");
}

#[test]
fn a_wrong_type_is_named_and_compatible_types_pass() {
    let mut c = complete();
    let p = proc_mut(&mut c, "Romsoft.p_ADM_ATENCION_GetAll");
    p.params[0].base_type = "nvarchar".into();
    p.params[0].max_length = 20;
    let p = problems(&compare_mssql(&c, String::new()));
    assert_eq!(p, vec![("Romsoft.p_ADM_ATENCION_GetAll".to_string(), Estado::Difiere, "@id_paciente es NVARCHAR y la API envía INT".to_string())]);
    // A legacy SMALLINT or VARCHAR column is fine for an INT / text value.
    let mut c = complete();
    proc_mut(&mut c, "Romsoft.p_ADM_ATENCION_GetAll").params[0].base_type = "smallint".into();
    assert!(compare_mssql(&c, String::new()).listo);
}

#[test]
fn a_text_parameter_shorter_than_the_api_sends_differs() {
    let (proc, param) = registry::ALL
        .iter()
        .find_map(|p| p.params.iter().find(|x| x.max_len.is_some()).map(|x| (*p, x)))
        .unwrap();
    let max = param.max_len.unwrap();
    let mut c = complete();
    let found = proc_mut(&mut c, proc.name).params.iter_mut().find(|x| x.name == param.name).unwrap();
    found.base_type = "varchar".into();
    found.max_length = i64::from(max) - 1;
    let p = problems(&compare_mssql(&c, String::new()));
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].2, format!("{} admite {} caracteres y la API envía hasta {max}", param.name, max - 1));
    // NVARCHAR(MAX) takes anything.
    let mut c = complete();
    let found = proc_mut(&mut c, proc.name).params.iter_mut().find(|x| x.name == param.name).unwrap();
    found.max_length = -1;
    assert!(compare_mssql(&c, String::new()).listo);
}

#[test]
fn an_extra_parameter_is_a_warning_not_a_problem() {
    let mut c = complete();
    proc_mut(&mut c, "Romsoft.p_ADM_ATENCION_GetAll").params.push(param("@id_sede", "int", 4));
    let r = compare_mssql(&c, String::new());
    assert!(r.listo);
    assert_eq!(r.resumen.avisos, 1);
    let p = problems(&r);
    assert_eq!(p[0].1, Estado::Aviso);
    assert!(p[0].2.contains("@id_sede"), "{}", p[0].2);
}

#[test]
fn a_result_without_a_column_the_api_reads_differs() {
    let proc = &registry::ADM_ATENCION_GET_ALL;
    let mut c = complete();
    let r = c.result_columns.iter_mut().find(|o| o.name == proc.name).unwrap();
    r.columns.retain(|n| n != "ESTADO");
    r.columns.push("otra".into());
    let p = problems(&compare_mssql(&c, String::new()));
    assert_eq!(p, vec![(proc.name.to_string(), Estado::Difiere, "el resultado no trae las columnas estado".to_string())]);
    // A procedure SQL Server could not describe is not checked for columns.
    c.result_columns.retain(|o| o.name != proc.name);
    assert!(compare_mssql(&c, String::new()).listo);
}

static LINE: TableType = TableType {
    name: "Romsoft.FAC_COMPROBANTE_DET_TYPE",
    columns: &[
        TableColumn { name: "codigo", ty: SqlType::Text, field: Some("codigo"), constant: None },
        TableColumn { name: "precio", ty: SqlType::Decimal, field: Some("precio"), constant: None },
    ],
};
static WITH_TABLE: Procedure = Procedure {
    name: "Romsoft.p_FAC_X_Insert",
    params: &[Param { name: "@lineas", ty: SqlType::Table(&LINE), source: Source::Field("lineas"), transform: Transform::None, max_len: None }],
    returns: Returns::Rows(&[Column { name: "id", ty: SqlType::Int, field: "id" }]),
    origin: Origin::Romsoft,
};

#[test]
fn a_table_valued_parameter_needs_its_type() {
    let ok = CatalogProc {
        name: WITH_TABLE.name.into(),
        params: vec![CatalogParam { table_type: Some("Romsoft.FAC_COMPROBANTE_DET_TYPE".into()), ..param("@lineas", "table type", -1) }],
    };
    assert_eq!(compare_procedure(&WITH_TABLE, Some(&ok)).estado, Estado::Ok);
    let other = CatalogProc {
        name: WITH_TABLE.name.into(),
        params: vec![CatalogParam { table_type: Some("dbo.OTRO_TYPE".into()), ..param("@lineas", "table type", -1) }],
    };
    let c = compare_procedure(&WITH_TABLE, Some(&other));
    assert_eq!(c.estado, Estado::Difiere);
    assert_eq!(c.detalle.unwrap(), "@lineas es dbo.OTRO_TYPE y la API envía Romsoft.FAC_COMPROBANTE_DET_TYPE READONLY");
}

#[test]
fn a_missing_or_incomplete_table_type_is_named() {
    let c = compare_columns(LINE.name, &["codigo", "precio"], None, "el tipo de tabla");
    assert_eq!(c.estado, Estado::Falta);
    assert!(c.detalle.unwrap().starts_with("no existe el tipo de tabla"));
    let partial = CatalogObject { name: "ROMSOFT.fac_comprobante_det_type".into(), columns: vec!["CODIGO".into()] };
    let c = compare_columns(LINE.name, &["codigo", "precio"], Some(&partial), "el tipo de tabla");
    assert_eq!((c.estado, c.detalle.as_deref()), (Estado::Difiere, Some("faltan las columnas precio")));
    // Every registered table type is checked against sys.table_types.
    let mut cat = complete();
    cat.table_types.clear();
    let r = compare_mssql(&cat, String::new());
    assert_eq!(r.tipos_tabla.len(), table_types().len());
    assert!(r.tipos_tabla.iter().all(|t| t.estado == Estado::Falta));
    assert_eq!(r.listo, table_types().is_empty());
}

#[test]
fn an_old_or_missing_schema_version_is_a_problem() {
    let mut c = complete();
    c.schema_version = Some(SCHEMA_VERSION - 1);
    let r = compare_mssql(&c, String::new());
    assert!(!r.listo);
    assert_eq!(r.esquema.estado, Estado::Difiere);
    assert_eq!((r.esquema.encontrada, r.esquema.esperada), (Some(SCHEMA_VERSION - 1), SCHEMA_VERSION));
    assert!(r.esquema.detalle.as_deref().unwrap().contains("install_all.sql"));
    c.schema_version = None;
    let r = compare_mssql(&c, String::new());
    assert_eq!(r.esquema.estado, Estado::Falta);
    assert_eq!(r.resumen.problemas, 1);
    c.schema_version = Some(SCHEMA_VERSION + 1);
    assert!(compare_mssql(&c, String::new()).esquema.detalle.unwrap().contains("más nueva"));
}

#[test]
fn missing_views_indexes_and_empty_reference_data() {
    let mut c = complete();
    c.views.clear();
    c.indexes.retain(|(_, i)| i != "IX_ADM_PACIENTE_busqueda");
    for (t, n) in &mut c.row_counts {
        if t == "ADM_CIE10" {
            *n = 0;
        }
    }
    c.row_counts.retain(|(t, _)| t != "ADM_UBIGEO");
    let r = compare_mssql(&c, String::new());
    assert!(!r.listo);
    assert!(r.vistas.iter().all(|v| v.estado == Estado::Falta));
    let ix = r.indices.iter().find(|i| i.estado != Estado::Ok).unwrap();
    assert_eq!(ix.nombre, "ADM_PACIENTE.IX_ADM_PACIENTE_busqueda");
    assert!(ix.detalle.as_deref().unwrap().contains("ADM_PACIENTE/Buscar"));
    let cie = r.datos_referencia.iter().find(|c| c.tabla == "ADM_CIE10").unwrap();
    assert_eq!((cie.filas, cie.estado), (Some(0), Estado::Aviso));
    let ubi = r.datos_referencia.iter().find(|c| c.tabla == "ADM_UBIGEO").unwrap();
    assert_eq!((ubi.filas, ubi.estado), (None, Estado::Falta));
    assert_eq!(r.resumen.avisos, 1);
    assert_eq!(r.resumen.problemas, r.vistas.len() + 2);
}

#[test]
fn the_json_document_has_stable_keys() {
    let v = serde_json::to_value(compare_mssql(&complete(), "h:1433/B".into())).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    let mut want = vec!["formato", "listo", "motor", "destino", "esquema", "procedimientos", "tipos_tabla", "vistas", "indices", "datos_referencia", "resumen"];
    want.sort();
    let mut got = keys.clone();
    got.sort();
    assert_eq!(got, want);
    assert_eq!(v["formato"], 1);
    assert_eq!(v["procedimientos"][0]["estado"], "ok");
    assert!(v["procedimientos"][0]["detalle"].is_null());
    assert_eq!(v["esquema"]["esperada"], SCHEMA_VERSION);
}

#[test]
fn the_lists_come_from_one_place_each() {
    let refs = reference_tables();
    assert!(refs.contains(&"ADM_CIE10") && refs.contains(&"ADM_UBIGEO"), "{refs:?}");
    let mut dedup = refs.clone();
    dedup.dedup();
    assert_eq!(dedup.len(), refs.len());
    // Every index named here is created by both dialects.
    let sqlite: String = crate::sqlite::script::MIGRATIONS.iter().map(|(_, _, s)| *s).collect();
    for (index, table, _) in SEARCH_INDEXES {
        assert!(sqlite.contains(&format!("{index} ON {table}")) || sqlite.contains(&format!("{index}\n")), "{index} not in sql/sqlite/migrations");
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sql/mssql/schema");
    let mssql: String = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    for (index, table, _) in SEARCH_INDEXES {
        assert!(mssql.contains(&format!("INDEX {index}")) && mssql.contains(&format!("Romsoft.{table}")), "{index} not in sql/mssql/schema");
    }
}
