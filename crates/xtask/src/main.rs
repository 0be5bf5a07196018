//! `cargo xtask codegen [--check]`: regenerate (or check) the code derived from the contract.

use std::process::ExitCode;

const HELP: &str = "Uso: cargo xtask codegen [--check]
     cargo xtask refdata CARPETA

codegen: genera el código derivado del contrato legado (tests/contract/romsoft-legacy.json) y
de nuestras decisiones (tests/contract/decisions.toml): DTOs, registro de procedimientos,
declaraciones, tabla de rutas, mensajes, sql/mssql/install_all.sql y, desde sql/seed/*.csv,
sql/mssql/seed/900_datos_referencia.sql.

  --check   no escribe nada; termina con error si algún archivo generado está desactualizado

refdata: convierte los datos públicos de CARPETA (cie10-es.csv, ubigeo-inei.csv) en
sql/seed/100_ADM_CIE10.csv y sql/seed/110_ADM_UBIGEO.csv, y regenera lo que depende de ellos.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = xtask::workspace_root();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["codegen"] => match xtask::write(&root) {
            Ok(changed) if changed.is_empty() => {
                println!("Nada que regenerar: todo está al día.");
                ExitCode::SUCCESS
            }
            Ok(changed) => {
                for f in changed {
                    println!("escrito {f}");
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        ["refdata", dir] => match xtask::refdata::convert(std::path::Path::new(dir), &root).and_then(|mut w| {
            w.extend(xtask::write(&root)?);
            Ok(w)
        }) {
            Ok(written) => {
                for f in written {
                    println!("escrito {f}");
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        ["codegen", "--check"] => match xtask::drift(&root) {
            Ok(stale) if stale.is_empty() => ExitCode::SUCCESS,
            Ok(stale) => {
                eprintln!("Archivos generados desactualizados (ejecute `cargo xtask codegen`):");
                for f in stale {
                    eprintln!("  {f}");
                }
                ExitCode::FAILURE
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        _ => {
            println!("{HELP}");
            if args.iter().any(|a| a == "-h" || a == "--help") { ExitCode::SUCCESS } else { ExitCode::FAILURE }
        }
    }
}
