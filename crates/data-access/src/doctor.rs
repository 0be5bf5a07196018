//! `romsoft doctor`: whether a database holds everything the API needs.
//!
//! What is needed comes from one place each:
//! * procedures and table types: the [registry](crate::registry) (every procedure the API
//!   calls, with its parameters and result columns);
//! * views: the registry's paged [listings](crate::registry::LISTINGS);
//! * indexes: [`SEARCH_INDEXES`] below;
//! * reference data: the tables of the embedded seed files (`sql/seed/`), CIE-10 and UBIGEO
//!   among them.
//!
//! Each backend gathers what the database has ([`crate::sqlite::doctor`] prepares every
//! statement of the embedded SQLite procedures; [`crate::mssql::doctor`] reads the SQL Server
//! catalog into a [`Catalog`]) and the comparison with what is needed is pure
//! ([`compare_mssql`]), so it is tested without a server.

use serde::Serialize;

use crate::{Procedure, Returns, SCHEMA_VERSION, SqlType, TableType, registry};

/// Version of the JSON document (`romsoft doctor --json`); raised only when a key changes
/// meaning or disappears.
pub const FORMAT: u32 = 1;

/// An index a search or a uniqueness rule of the API relies on: `(index, table, what needs it)`.
/// The same names exist in `sql/sqlite/migrations/` and `sql/mssql/schema/`.
pub static SEARCH_INDEXES: &[(&str, &str, &str)] = &[
    ("IX_ADM_PACIENTE_busqueda", "ADM_PACIENTE", "búsqueda de pacientes por nombre (ADM_PACIENTE/Buscar)"),
    ("IX_ADM_PACIENTE_documento_numero", "ADM_PACIENTE", "búsqueda de pacientes por documento"),
    ("UX_ADM_PACIENTE_documento", "ADM_PACIENTE", "un paciente por documento de identidad"),
    ("IX_ADM_ATENCION_paciente_fecha", "ADM_ATENCION", "atenciones de un paciente (ADM_ATENCION/GetAllPaciente)"),
    ("IX_ADM_ATENCION_estado_fecha", "ADM_ATENCION", "atenciones por estado y fecha"),
    ("IX_ADM_ATENCION_profesional_fecha", "ADM_ATENCION", "atenciones de un profesional"),
    ("IX_SEG_USUARIO_apellidos", "SEG_USUARIO", "lista paginada de usuarios (SEG_USUARIO/GetAllPaging)"),
    ("IX_SEG_USUARIO_id_rol", "SEG_USUARIO", "usuarios por rol"),
    ("UX_ADM_DOCUMENTO_AUTORIZACION_codigo", "ADM_DOCUMENTO_AUTORIZACION", "un código de autorización SITEDS por registro"),
    ("IX_ADM_DOCUMENTO_AUTORIZACION_paciente", "ADM_DOCUMENTO_AUTORIZACION", "autorizaciones de un paciente"),
];

/// The tables whose rows the clients need from day one (the catalogs, CIE-10, UBIGEO): those
/// of the embedded seed files, in load order, without repetitions.
pub fn reference_tables() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for s in crate::sqlite::seed::SEEDS {
        if !out.contains(&s.tabla) {
            out.push(s.tabla);
        }
    }
    out
}

/// Every table type a registered procedure takes, once each, by name.
pub fn table_types() -> Vec<&'static TableType> {
    let mut out: Vec<&'static TableType> = Vec::new();
    for p in registry::ALL {
        for param in p.params {
            if let SqlType::Table(t) = param.ty
                && !out.iter().any(|o| o.name.eq_ignore_ascii_case(t.name))
            {
                out.push(t);
            }
        }
    }
    out
}

/// The state of one object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Estado {
    /// Present as needed.
    Ok,
    /// Present, with something the API does not need (e.g. an extra parameter that may have a
    /// default): reported, not an obstacle.
    Aviso,
    /// Absent.
    Falta,
    /// Present, but not as the API calls it.
    Difiere,
}

impl Estado {
    /// Whether this keeps the API from working.
    pub fn is_problem(self) -> bool {
        matches!(self, Self::Falta | Self::Difiere)
    }
}

/// One checked object (procedure, table type, view, index).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    pub nombre: String,
    pub estado: Estado,
    /// What is wrong (the first error, the differing parameters …); `None` when `ok`.
    pub detalle: Option<String>,
}

impl Check {
    pub fn ok(nombre: impl Into<String>) -> Self {
        Self { nombre: nombre.into(), estado: Estado::Ok, detalle: None }
    }
    pub fn with(nombre: impl Into<String>, estado: Estado, detalle: impl Into<String>) -> Self {
        Self { nombre: nombre.into(), estado, detalle: Some(detalle.into()) }
    }
}

/// The schema version found against the one this binary needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Esquema {
    /// `None`: the database has no version at all (SQL Server: no `Romsoft.SCHEMA_VERSION`).
    pub encontrada: Option<i64>,
    pub esperada: i64,
    pub estado: Estado,
    pub detalle: Option<String>,
}

impl Esquema {
    pub fn of(found: Option<i64>, hint_old: &str) -> Self {
        let (estado, detalle) = match found {
            Some(v) if v == SCHEMA_VERSION => (Estado::Ok, None),
            Some(v) if v > SCHEMA_VERSION => (
                Estado::Difiere,
                Some(format!("la base está en la versión {v}, más nueva que la de este programa ({SCHEMA_VERSION}): use la versión de romsoft que la actualizó")),
            ),
            Some(v) => (Estado::Difiere, Some(format!("la base está en la versión {v} y este programa requiere {SCHEMA_VERSION}: {hint_old}"))),
            None => (Estado::Falta, Some(format!("la base no registra versión de esquema: {hint_old}"))),
        };
        Self { encontrada: found, esperada: SCHEMA_VERSION, estado, detalle }
    }
}

/// Rows of one reference table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conteo {
    pub tabla: String,
    /// `None` when the table does not exist.
    pub filas: Option<i64>,
    /// `ok`, `aviso` (empty: the clients' lists will be empty) or `falta` (no table).
    pub estado: Estado,
}

impl Conteo {
    pub fn of(tabla: &str, filas: Option<i64>) -> Self {
        let estado = match filas {
            None => Estado::Falta,
            Some(0) => Estado::Aviso,
            Some(_) => Estado::Ok,
        };
        Self { tabla: tabla.to_owned(), filas, estado }
    }
}

/// Counts for the summary line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Resumen {
    /// Objects checked (schema version, procedures, table types, views, indexes, tables).
    pub comprobados: usize,
    pub correctos: usize,
    /// Missing or differing: each keeps the API from working.
    pub problemas: usize,
    /// Worth a look, not an obstacle (empty reference tables, extra parameters).
    pub avisos: usize,
}

/// The whole report: what `romsoft doctor --json` prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Informe {
    pub formato: u32,
    /// `true` when nothing is missing or differs.
    pub listo: bool,
    /// `sqlite` or `sqlserver`.
    pub motor: &'static str,
    /// The database file (absolute) or `host:puerto/base`; never a password.
    pub destino: String,
    pub esquema: Esquema,
    pub procedimientos: Vec<Check>,
    /// SQL Server table types (`sys.table_types`); empty on SQLite, where a table-valued
    /// parameter is a temporary table the server makes itself.
    pub tipos_tabla: Vec<Check>,
    pub vistas: Vec<Check>,
    pub indices: Vec<Check>,
    pub datos_referencia: Vec<Conteo>,
    pub resumen: Resumen,
}

impl Informe {
    /// Assembles the report and its summary.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        motor: &'static str,
        destino: String,
        esquema: Esquema,
        procedimientos: Vec<Check>,
        tipos_tabla: Vec<Check>,
        vistas: Vec<Check>,
        indices: Vec<Check>,
        datos_referencia: Vec<Conteo>,
    ) -> Self {
        let states: Vec<Estado> = std::iter::once(esquema.estado)
            .chain(procedimientos.iter().chain(&tipos_tabla).chain(&vistas).chain(&indices).map(|c| c.estado))
            .chain(datos_referencia.iter().map(|c| c.estado))
            .collect();
        let resumen = Resumen {
            comprobados: states.len(),
            correctos: states.iter().filter(|s| **s == Estado::Ok).count(),
            problemas: states.iter().filter(|s| s.is_problem()).count(),
            avisos: states.iter().filter(|s| **s == Estado::Aviso).count(),
        };
        Self {
            formato: FORMAT,
            listo: resumen.problemas == 0,
            motor,
            destino,
            esquema,
            procedimientos,
            tipos_tabla,
            vistas,
            indices,
            datos_referencia,
            resumen,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// SQL Server: the catalog as read, and its comparison with the registry.

/// One parameter as `sys.parameters` describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogParam {
    /// With `@`.
    pub name: String,
    /// The base type (`TYPE_NAME(system_type_id)`: `int`, `nvarchar` …; `table type` for a TVP).
    pub base_type: String,
    /// For a table-valued parameter: its type as `schema.name`.
    pub table_type: Option<String>,
    /// `max_length` in bytes (-1: MAX).
    pub max_length: i64,
    pub is_output: bool,
}

/// One procedure (`sys.procedures`) and its parameters in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogProc {
    /// `schema.name`.
    pub name: String,
    pub params: Vec<CatalogParam>,
}

/// One object with columns (`sys.table_types`, `sys.views`): `schema.name` and column names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogObject {
    pub name: String,
    pub columns: Vec<String>,
}

/// What the SQL Server catalog queries returned.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    /// `MAX(version)` of `Romsoft.SCHEMA_VERSION`; `None` when the table does not exist.
    pub schema_version: Option<i64>,
    pub procedures: Vec<CatalogProc>,
    pub table_types: Vec<CatalogObject>,
    pub views: Vec<CatalogObject>,
    /// `(table, index)` of every named index of a user table (table without schema).
    pub indexes: Vec<(String, String)>,
    /// `(table, rows)` of the tables of schema `Romsoft`.
    pub row_counts: Vec<(String, i64)>,
    /// First result set of each procedure of schema `Romsoft`, as SQL Server describes it
    /// (`sys.dm_exec_describe_first_result_set_for_object`). A procedure SQL Server cannot
    /// describe (temporary tables, dynamic SQL) is absent: its columns are not checked.
    pub result_columns: Vec<CatalogObject>,
}

/// The SQL Server base types that take a value bound as `ty`.
fn accepted_types(ty: SqlType) -> &'static [&'static str] {
    match ty {
        // An INT value fits a wider column; narrower ones are what legacy databases have.
        SqlType::Int => &["int", "smallint", "tinyint", "bigint"],
        SqlType::BigInt => &["bigint"],
        SqlType::Bit => &["bit"],
        SqlType::Text => &["nvarchar", "varchar", "nchar", "char", "ntext", "text"],
        SqlType::DateTime => &["datetime", "datetime2", "date", "smalldatetime", "datetimeoffset"],
        SqlType::Decimal => &["decimal", "numeric", "money", "smallmoney"],
        SqlType::Table(_) => &["table type"],
    }
}

/// The T-SQL spelling of a registry type, for messages.
fn tsql_name(ty: SqlType) -> String {
    match ty {
        SqlType::Int => "INT".into(),
        SqlType::BigInt => "BIGINT".into(),
        SqlType::Bit => "BIT".into(),
        SqlType::Text => "NVARCHAR".into(),
        SqlType::DateTime => "DATETIME".into(),
        SqlType::Decimal => "DECIMAL".into(),
        SqlType::Table(t) => format!("{} READONLY", t.name),
    }
}

/// Characters a text parameter takes (`None`: MAX or not a text).
fn char_length(p: &CatalogParam) -> Option<i64> {
    if p.max_length < 0 {
        return None;
    }
    match p.base_type.as_str() {
        "nvarchar" | "nchar" => Some(p.max_length / 2),
        "varchar" | "char" => Some(p.max_length),
        _ => None,
    }
}

/// The output parameters the API's batch passes for `proc`: `(name, type)`.
fn output_params(proc: &Procedure) -> Vec<(&'static str, SqlType)> {
    match proc.returns {
        Returns::Response => vec![("@Response", SqlType::Int)],
        Returns::ResponseMessage(m) => vec![("@Response", SqlType::Int), (m, SqlType::Text)],
        Returns::Rows(_) | Returns::ExistsFlag => Vec::new(),
    }
}

/// [`compare_procedure`], then the result columns the API reads (when SQL Server could
/// describe the procedure's first result set).
pub fn compare_procedure_and_result(proc: &Procedure, found: Option<&CatalogProc>, result: Option<&CatalogObject>) -> Check {
    let check = compare_procedure(proc, found);
    let Some(result) = result.filter(|_| !check.estado.is_problem()) else { return check };
    let missing: Vec<&str> =
        proc.columns().iter().map(|c| c.name).filter(|c| !result.columns.iter().any(|n| n.eq_ignore_ascii_case(c))).collect();
    if missing.is_empty() {
        return check;
    }
    let mut detalle = format!("el resultado no trae las columnas {}", missing.join(", "));
    if let Some(d) = check.detalle {
        detalle = format!("{detalle}; {d}");
    }
    Check::with(proc.name, Estado::Difiere, detalle)
}

/// Compares one registered procedure with what SQL Server has under its name.
pub fn compare_procedure(proc: &Procedure, found: Option<&CatalogProc>) -> Check {
    let Some(found) = found else {
        return Check::with(proc.name, Estado::Falta, "no existe el procedimiento; ejecute sql/mssql/install_all.sql");
    };
    let by_name = |n: &str| found.params.iter().find(|p| p.name.eq_ignore_ascii_case(n));
    let mut diffs: Vec<String> = Vec::new();
    let inputs = proc.params.iter().map(|p| (p.name, p.ty, false, p.max_len));
    let outputs = output_params(proc).into_iter().map(|(n, t)| (n, t, true, None));
    for (name, ty, output, max_len) in inputs.chain(outputs) {
        let Some(p) = by_name(name) else {
            diffs.push(format!("falta el parámetro {name} {}{}", tsql_name(ty), if output { " OUTPUT" } else { "" }));
            continue;
        };
        let type_ok = match ty {
            SqlType::Table(t) => p.table_type.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(t.name)),
            _ => accepted_types(ty).contains(&p.base_type.to_ascii_lowercase().as_str()),
        };
        if !type_ok {
            let got = p.table_type.clone().unwrap_or_else(|| p.base_type.to_ascii_uppercase());
            diffs.push(format!("{name} es {got} y la API envía {}", tsql_name(ty)));
            continue;
        }
        if output && !p.is_output {
            diffs.push(format!("{name} debe ser OUTPUT"));
        }
        if let (Some(max), Some(len)) = (max_len, char_length(p))
            && len < i64::from(max)
        {
            diffs.push(format!("{name} admite {len} caracteres y la API envía hasta {max}"));
        }
    }
    if !diffs.is_empty() {
        return Check::with(proc.name, Estado::Difiere, diffs.join("; "));
    }
    let expected: Vec<&str> =
        proc.params.iter().map(|p| p.name).chain(output_params(proc).into_iter().map(|(n, _)| n)).collect();
    let extra: Vec<&str> = found
        .params
        .iter()
        .map(|p| p.name.as_str())
        .filter(|n| !expected.iter().any(|e| e.eq_ignore_ascii_case(n)))
        .collect();
    if extra.is_empty() {
        Check::ok(proc.name)
    } else {
        Check::with(
            proc.name,
            Estado::Aviso,
            format!("tiene parámetros que la API no envía ({}): deben tener valor por defecto", extra.join(", ")),
        )
    }
}

/// Compares a table type (or a view) with the columns the API writes (reads).
fn compare_columns(name: &str, wanted: &[&str], found: Option<&CatalogObject>, what: &str) -> Check {
    let Some(found) = found else {
        return Check::with(name, Estado::Falta, format!("no existe {what}; ejecute sql/mssql/install_all.sql"));
    };
    let missing: Vec<&str> =
        wanted.iter().copied().filter(|w| !found.columns.iter().any(|c| c.eq_ignore_ascii_case(w))).collect();
    if missing.is_empty() {
        Check::ok(name)
    } else {
        Check::with(name, Estado::Difiere, format!("faltan las columnas {}", missing.join(", ")))
    }
}

fn find_object<'a>(list: &'a [CatalogObject], name: &str) -> Option<&'a CatalogObject> {
    list.iter().find(|o| o.name.eq_ignore_ascii_case(name))
}

/// The report for a SQL Server database, from its catalog (pure: no server needed).
pub fn compare_mssql(catalog: &Catalog, destino: String) -> Informe {
    let esquema = Esquema::of(catalog.schema_version, "ejecute sql/mssql/install_all.sql (ver sql/README.md)");
    let procedimientos = registry::ALL
        .iter()
        .map(|p| {
            let found = catalog.procedures.iter().find(|c| c.name.eq_ignore_ascii_case(p.name));
            compare_procedure_and_result(p, found, find_object(&catalog.result_columns, p.name))
        })
        .collect();
    let tipos_tabla = table_types()
        .into_iter()
        .map(|t| {
            let cols: Vec<&str> = t.columns.iter().map(|c| c.name).collect();
            compare_columns(t.name, &cols, find_object(&catalog.table_types, t.name), "el tipo de tabla")
        })
        .collect();
    let vistas = registry::LISTINGS
        .iter()
        .map(|l| {
            let cols: Vec<&str> = l.columns.iter().map(|c| c.name).collect();
            compare_columns(l.view, &cols, find_object(&catalog.views, l.view), "la vista")
        })
        .collect();
    let indices = SEARCH_INDEXES
        .iter()
        .map(|(index, table, why)| {
            let name = format!("{table}.{index}");
            if catalog.indexes.iter().any(|(t, i)| t.eq_ignore_ascii_case(table) && i.eq_ignore_ascii_case(index)) {
                Check::ok(name)
            } else {
                Check::with(name, Estado::Falta, format!("no existe el índice; lo necesita: {why}"))
            }
        })
        .collect();
    let datos_referencia = reference_tables()
        .into_iter()
        .map(|t| Conteo::of(t, catalog.row_counts.iter().find(|(n, _)| n.eq_ignore_ascii_case(t)).map(|(_, c)| *c)))
        .collect();
    Informe::new("sqlserver", destino, esquema, procedimientos, tipos_tabla, vistas, indices, datos_referencia)
}

#[cfg(test)]
mod tests {
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
}
