//! `romsoft`: the Romsoft Gestión Clínica server and its operator commands.

mod bootstrap;
mod config;
mod contract;
mod doctor;
mod legacy;
mod logging;
mod openapi;
mod protocol_errors;
mod server;

use std::{io::BufRead, path::PathBuf, process::ExitCode};

use clap::{Parser, Subcommand};

use crate::config::Settings;

#[derive(Parser)]
#[command(name = "romsoft", version, about = "Romsoft Gestión Clínica: API compatible con los clientes existentes")]
struct Cli {
    /// Archivo de configuración (por omisión appsettings.toml en la carpeta actual, si existe;
    /// con --config debe existir). Cada clave se puede cambiar con variables ROMSOFT__SECCION__CLAVE.
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Start the HTTP server (creates and migrates the embedded database on first start).
    Serve,
    /// Create or migrate the embedded database, or check a SQL Server schema version, and exit.
    Migrate,
    /// Manage users.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Take a consistent copy of the embedded database into a NEW file, even while the server
    /// runs (SQL Server: use its native BACKUP DATABASE).
    Backup {
        /// The copy to create (it must not exist).
        path: PathBuf,
    },
    /// Restore the embedded database from a copy made by `backup`. The copy is checked first,
    /// and the current database is kept beside it as <db>.antes-de-restaurar-<fecha>.
    Restore {
        /// The copy to restore.
        path: PathBuf,
    },
    /// Print the OpenAPI (Swagger) document.
    Openapi,
    /// Report which legacy contract actions this server implements.
    Contract,
    /// Comprueba si la base de datos configurada está lista para la API (no modifica nada).
    #[command(long_about = DOCTOR_HELP)]
    Doctor {
        /// Imprime el informe como documento JSON (para scripts) en lugar de texto.
        #[arg(long)]
        json: bool,
    },
}

const DOCTOR_HELP: &str = "Comprueba si la base de datos configurada (la misma que usaría `romsoft serve`: \
--config y variables ROMSOFT__DATABASE__URL) está lista para esta versión de la API. No crea, migra \
ni escribe nada; una base SQLite que no existe se informa y no se crea.

Informa:
  - motor y ubicación de la base (nunca la contraseña);
  - versión de esquema encontrada y requerida;
  - cada procedimiento que llama la API: presente, ausente o con parámetros distintos
    (SQL Server: nombre, tipo, longitud y OUTPUT según sys.procedures/sys.parameters, y las
    columnas de su primer resultado; SQLite:
    cada sentencia de los procedimientos incluidos en el programa se prepara contra la base
    y se informa el primer error: tabla o columna inexistente);
  - tipos de tabla (SQL Server, sys.table_types), vistas e índices que usan las búsquedas;
  - filas de los datos de referencia (CIE-10, UBIGEO y catálogos), con aviso si están vacías.

Códigos de salida:
  0  la base está lista (puede haber avisos);
  1  falta algo o algo difiere: cada problema tiene su línea [FALTA] o [DIFIERE];
  2  no se pudo comprobar (configuración inválida, sin conexión, la base no existe).

Con --json imprime un documento estable: formato, listo, motor, destino, esquema,
procedimientos, tipos_tabla, vistas, indices, datos_referencia, resumen (código 2: formato,
listo y error).";

#[derive(Subcommand)]
enum UserCommand {
    /// Add a user. Without --password the password is read from the first line of standard input.
    Add {
        #[arg(long)]
        username: String,
        #[arg(long)]
        password: Option<String>,
        /// Role id or name (e.g. ADMINISTRADOR).
        #[arg(long)]
        role: String,
        #[arg(long, default_value = "")]
        nombres: String,
        #[arg(long, default_value = "")]
        apellidos: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Openapi => {
            print!("{}", openapi::document_json(&legacy::RouteTable::new(legacy::routes())));
            ExitCode::SUCCESS
        }
        Command::Contract => match contract::Coverage::of(&legacy::RouteTable::new(legacy::routes())) {
            Ok(c) => {
                print!("{}", c.report());
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
        Command::Doctor { json } => match load_settings(cli.config.as_deref()) {
            Ok(settings) => doctor::run(&settings, json),
            Err(e) => {
                if json {
                    println!("{:#}", serde_json::json!({ "formato": data_access::doctor::FORMAT, "listo": false, "error": e }));
                }
                fail(&e)
            }
        },
        command => {
            let settings = match load_settings(cli.config.as_deref()) {
                Ok(s) => s,
                Err(e) => return fail(&e),
            };
            if let Err(e) = logging::init(&settings.logging) {
                return fail(&e);
            }
            let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
                Ok(r) => r,
                Err(e) => return fail(&e.to_string()),
            };
            let result = match command {
                Command::Serve => actix_web::rt::System::new().block_on(serve(settings)),
                Command::Migrate => runtime.block_on(migrate(settings)),
                Command::User { command } => runtime.block_on(user(settings, command)),
                Command::Backup { path } => backup(&settings, &path),
                Command::Restore { path } => restore(&settings, &path),
                Command::Openapi | Command::Contract | Command::Doctor { .. } => Ok(()),
            };
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    log::error!("{e}");
                    fail(&e)
                }
            }
        }
    }
}

/// The settings from `--config` (which must exist) or `appsettings.toml` (optional); warnings go
/// to standard error, one line each.
fn load_settings(config: Option<&std::path::Path>) -> Result<Settings, String> {
    let (file, required) = match config {
        Some(p) => (p, true),
        None => (std::path::Path::new("appsettings.toml"), false),
    };
    let (settings, warnings) = Settings::load_checked(file, required)?;
    for w in warnings {
        eprintln!("romsoft: aviso: {w}");
    }
    Ok(settings)
}

fn fail(message: &str) -> ExitCode {
    eprintln!("romsoft: {message}");
    ExitCode::from(2)
}

async fn serve(settings: Settings) -> Result<(), String> {
    log::info!("romsoft {} iniciando; configuración: {:?}", env!("CARGO_PKG_VERSION"), settings);
    // Configuration errors first, before reaching for the database.
    let url = bootstrap::database_url(&settings)?;
    let secret = bootstrap::jwt_secret(&settings, &url)?;
    let db = bootstrap::open_database(&settings, &url, false).await?;
    let app = bootstrap::build_app(&settings, db, &secret)?;
    bootstrap::ensure_admin(&app).await?;
    let listener = std::net::TcpListener::bind(&settings.server.bind)
        .map_err(|e| format!("no se pudo escuchar en {}: {e}", settings.server.bind))?;
    server::run(&settings, app, listener).await
}

/// The embedded database's file, or why there is none.
fn sqlite_path(settings: &Settings) -> Result<PathBuf, String> {
    match bootstrap::database_url(settings)? {
        data_access::DatabaseUrl::Sqlite { path } => Ok(path),
        data_access::DatabaseUrl::Mssql(_) => Err(
            "la base configurada es SQL Server: use sus copias nativas (BACKUP DATABASE / RESTORE DATABASE; ver README)".into(),
        ),
    }
}

/// Progress on standard error, at most one line per 10 %.
fn progress_printer(what: &'static str) -> impl FnMut(u64, u64) {
    let mut last = u64::MAX;
    move |done, total| {
        let pct = (done * 100).checked_div(total).unwrap_or(100);
        if last == u64::MAX || pct / 10 != last / 10 {
            eprintln!("{what}: {pct} % ({done}/{total} páginas)");
            last = pct;
        }
    }
}

fn backup(settings: &Settings, to: &std::path::Path) -> Result<(), String> {
    let db = sqlite_path(settings)?;
    let c = data_access::sqlite::backup::backup(&db, to, &mut progress_printer("copiando")).map_err(|e| e.to_string())?;
    println!("copia de {} creada en {} ({} bytes, esquema {}), verificada", db.display(), to.display(), c.bytes, c.schema_version);
    Ok(())
}

fn restore(settings: &Settings, from: &std::path::Path) -> Result<(), String> {
    let db = sqlite_path(settings)?;
    let safety = data_access::sqlite::backup::restore(from, &db, &mut progress_printer("restaurando")).map_err(|e| e.to_string())?;
    println!("{} restaurada desde {}; la base anterior quedó en {}", db.display(), from.display(), safety.display());
    Ok(())
}

async fn migrate(settings: Settings) -> Result<(), String> {
    let url = bootstrap::database_url(&settings)?;
    let db = bootstrap::open_database(&settings, &url, true).await?;
    let v = db.schema_version().await.map_err(|e| e.to_string())?;
    println!("{}: esquema en versión {v}", url.redacted());
    Ok(())
}

async fn user(settings: Settings, command: UserCommand) -> Result<(), String> {
    let UserCommand::Add { username, password, role, nombres, apellidos } = command;
    let password = match password {
        Some(p) => p,
        None => {
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line).map_err(|e| e.to_string())?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    let db = bootstrap::open_database(&settings, &bootstrap::database_url(&settings)?, false).await?;
    // This command issues no tokens: a throwaway key, so it works before one is configured.
    let app = bootstrap::build_app(&settings, db, &bootstrap::random_text(64))?;
    let ctx = bootstrap::system_ctx(&app);
    match business::seg::usuario::provision(&ctx, &username, &password, &role, &nombres, &apellidos).await {
        Ok(business::Reply::Ok { .. }) => {
            println!("usuario {username} creado");
            Ok(())
        }
        Ok(business::Reply::Warning(w)) => Err(w.into_owned()),
        Err(e) => Err(e.to_string()),
    }
}
