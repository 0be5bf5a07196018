//! `romsoft doctor`: is the configured database ready for this API? The checks live in
//! `data_access::doctor`; this module connects, prints the report (text a DBA can paste into a
//! ticket, or `--json`) and chooses the exit code.

use std::{process::ExitCode, time::Duration};

use data_access::{
    DatabaseUrl, DbOptions,
    doctor::{Check, Conteo, Estado, Informe},
    mssql::MssqlDb,
};

use crate::{bootstrap, config::Settings};

/// Everything is ready.
pub const LISTA: u8 = 0;
/// Something the API needs is missing or differs.
pub const NO_LISTA: u8 = 1;
/// The check could not be made (configuration, connection, no database file).
pub const SIN_COMPROBAR: u8 = 2;

/// Runs the check and prints the report; the process's exit code.
pub fn run(settings: &Settings, json: bool) -> ExitCode {
    match inspect(settings) {
        Ok(informe) => {
            if json {
                match serde_json::to_string_pretty(&informe) {
                    Ok(s) => emit(&format!("{s}\n")),
                    Err(e) => return cannot_check(&e.to_string(), json),
                }
            } else {
                emit(&text(&informe));
            }
            ExitCode::from(if informe.listo { LISTA } else { NO_LISTA })
        }
        Err(e) => cannot_check(&e, json),
    }
}

fn cannot_check(message: &str, json: bool) -> ExitCode {
    if json {
        let doc = serde_json::json!({
            "formato": data_access::doctor::FORMAT,
            "listo": false,
            "error": message,
        });
        emit(&format!("{doc:#}\n"));
    }
    eprintln!("romsoft doctor: no se pudo comprobar la base de datos: {message}");
    ExitCode::from(SIN_COMPROBAR)
}

/// Writes to standard output; a closed pipe (`romsoft doctor | head`) is not an error.
fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

fn inspect(settings: &Settings) -> Result<Informe, String> {
    match bootstrap::database_url(settings)? {
        DatabaseUrl::Sqlite { path } => {
            let shown = std::path::absolute(&path).unwrap_or(path.clone());
            data_access::sqlite::doctor::inspect(&path, shown.display().to_string()).map_err(|e| e.to_string())
        }
        DatabaseUrl::Mssql(target) => {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| e.to_string())?;
            let opts = DbOptions {
                command_timeout: settings.command_timeout(),
                connect_timeout: Duration::from_secs(settings.database.connect_timeout_seconds.max(1)),
                max_connections: 1,
                create_missing: false,
            };
            let shown = target.display();
            runtime.block_on(async {
                eprintln!("romsoft doctor: conectando con {shown}…");
                let db = MssqlDb::connect(&target, &opts).await.map_err(|e| e.to_string())?;
                let mut progress = |step: &str| eprintln!("romsoft doctor: {step}");
                let catalog = data_access::mssql::doctor::catalog(&db, &mut progress).await.map_err(|e| e.to_string())?;
                Ok(data_access::doctor::compare_mssql(&catalog, shown))
            })
        }
    }
}

fn mark(e: Estado) -> &'static str {
    match e {
        Estado::Ok => "[OK]     ",
        Estado::Aviso => "[AVISO]  ",
        Estado::Falta => "[FALTA]  ",
        Estado::Difiere => "[DIFIERE]",
    }
}

/// One section: a header with its counts, then one line per object that is not `ok`.
fn section(out: &mut String, title: &str, checks: &[Check]) {
    let ok = checks.iter().filter(|c| c.estado == Estado::Ok).count();
    let head = if ok == checks.len() { mark(Estado::Ok) } else if checks.iter().any(|c| c.estado.is_problem()) { "[ERROR]  " } else { mark(Estado::Aviso) };
    out.push_str(&format!("{head} {title}: {ok} de {} correctos\n", checks.len()));
    for c in checks.iter().filter(|c| c.estado != Estado::Ok) {
        out.push_str(&format!("  {} {}: {}\n", mark(c.estado), c.nombre, c.detalle.as_deref().unwrap_or("")));
    }
}

fn count_line(c: &Conteo) -> String {
    let what = match (c.estado, c.filas) {
        (_, None) => "no existe la tabla".to_string(),
        (Estado::Aviso, _) => "vacía: las listas de los clientes saldrán vacías; cargue sus datos".to_string(),
        (_, Some(n)) => format!("{n} filas"),
    };
    format!("  {} {}: {what}\n", mark(c.estado), c.tabla)
}

/// The report as text: one line per problem, a summary line last.
pub fn text(r: &Informe) -> String {
    let mut out = String::new();
    out.push_str(&format!("romsoft doctor {}: ¿está lista esta base de datos para la API?\n", env!("CARGO_PKG_VERSION")));
    let motor = if r.motor == "sqlite" { "SQLite (embebida)" } else { "SQL Server" };
    out.push_str(&format!("Motor: {motor}\nBase: {}\n\n", r.destino));
    let e = &r.esquema;
    let found = e.encontrada.map_or_else(|| "ninguna".to_string(), |v| v.to_string());
    out.push_str(&format!("{} Versión de esquema: {found} (requerida {})\n", mark(e.estado), e.esperada));
    if let Some(d) = &e.detalle {
        out.push_str(&format!("  {d}\n"));
    }
    section(&mut out, "Procedimientos", &r.procedimientos);
    if r.motor != "sqlite" {
        section(&mut out, "Tipos de tabla (sys.table_types)", &r.tipos_tabla);
    }
    section(&mut out, "Vistas", &r.vistas);
    section(&mut out, "Índices que usan las búsquedas", &r.indices);
    let filled = r.datos_referencia.iter().filter(|c| c.estado == Estado::Ok).count();
    let head = if filled == r.datos_referencia.len() {
        mark(Estado::Ok)
    } else if r.datos_referencia.iter().any(|c| c.estado.is_problem()) {
        "[ERROR]  "
    } else {
        mark(Estado::Aviso)
    };
    out.push_str(&format!("{head} Datos de referencia: {filled} de {} tablas con datos\n", r.datos_referencia.len()));
    for c in &r.datos_referencia {
        if c.estado != Estado::Ok || c.tabla == "ADM_CIE10" || c.tabla == "ADM_UBIGEO" {
            out.push_str(&count_line(c));
        }
    }
    let s = &r.resumen;
    out.push_str(&format!(
        "\nResumen: {} comprobados, {} correctos, {} problemas, {} avisos: {}\n",
        s.comprobados,
        s.correctos,
        s.problemas,
        s.avisos,
        if r.listo {
            "la base está lista para la API."
        } else if r.motor == "sqlite" && r.esquema.estado.is_problem() {
            "la base NO está lista para la API (haga una copia con `romsoft backup` y ejecute `romsoft migrate`; código de salida 1)."
        } else if r.motor == "sqlite" {
            "la base NO está lista para la API (restaure una copia sana con `romsoft restore`; código de salida 1)."
        } else {
            "la base NO está lista para la API (ejecute sql/mssql/install_all.sql; código de salida 1)."
        }
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use data_access::doctor::{Catalog, compare_mssql};

    #[test]
    fn text_has_one_line_per_problem_and_a_summary() {
        let catalog = Catalog { schema_version: Some(data_access::SCHEMA_VERSION - 1), ..Catalog::default() };
        let r = compare_mssql(&catalog, "sqlserver://db:1433/ROMSOFT-CLINICA (usuario api, encrypt=on)".into());
        let t = text(&r);
        assert!(t.contains("Motor: SQL Server\nBase: sqlserver://db:1433/ROMSOFT-CLINICA"), "{t}");
        assert!(t.contains(&format!("[DIFIERE] Versión de esquema: {} (requerida {})", data_access::SCHEMA_VERSION - 1, data_access::SCHEMA_VERSION)), "{t}");
        let missing = t.lines().filter(|l| l.trim_start().starts_with("[FALTA]")).count();
        assert_eq!(missing, r.resumen.problemas - 1, "{t}");
        assert!(t.contains("[FALTA]   Romsoft.p_SEG_USUARIO_Insert: no existe el procedimiento"), "{t}");
        assert!(t.contains("[FALTA]   ADM_CIE10: no existe la tabla"), "{t}");
        let last = t.lines().last().unwrap();
        assert!(last.starts_with(&format!("Resumen: {} comprobados, 0 correctos, {} problemas", r.resumen.comprobados, r.resumen.problemas)), "{last}");
        assert!(last.contains("NO está lista") && last.contains("install_all.sql"), "{last}");
    }
}
