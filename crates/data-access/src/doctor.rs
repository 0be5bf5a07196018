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
mod tests;
