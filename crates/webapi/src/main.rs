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
    /// Cambia la clave de un usuario (cualquier estado). En una terminal la pide sin mostrarla;
    /// si no, la lee de la primera línea de la entrada estándar. Cierra las sesiones abiertas del
    /// usuario y queda registrado en el log de auditoría (Controlador «Consola»).
    SetPassword {
        /// Nombre de usuario (el del inicio de sesión).
        #[arg(long)]
        username: String,
    },
    /// Lista los usuarios, uno por línea: usuario, rol y estado (nunca las claves).
    List,
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
    // Bind before the first administrator is created: a start that cannot listen (port busy)
    // must not create `admin` and print a password that is then lost with the failed start.
    let listener = std::net::TcpListener::bind(&settings.server.bind)
        .map_err(|e| format!("no se pudo escuchar en {}: {e}", settings.server.bind))?;
    bootstrap::ensure_admin(&app).await?;
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

/// One line of standard input without its line ending.
fn read_line() -> Result<String, String> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).map_err(|e| format!("no se pudo leer la entrada estándar: {e}"))?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

/// Turns the terminal's echo off while alive (Unix: `stty`, no extra crate); restored on drop,
/// also when reading fails.
struct EchoOff;

impl EchoOff {
    #[cfg(unix)]
    fn new() -> Result<Self, String> {
        stty("-echo").then_some(Self).ok_or_else(|| "no se pudo ocultar lo que se escribe en la terminal (stty); pase la clave por la entrada estándar".to_owned())
    }
    #[cfg(not(unix))]
    fn new() -> Result<Self, String> {
        eprintln!("(aviso: en esta consola la clave se verá al escribirla)");
        Ok(Self)
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        #[cfg(unix)]
        stty("echo");
    }
}

#[cfg(unix)]
fn stty(arg: &str) -> bool {
    std::process::Command::new("stty")
        .arg(arg)
        .stdin(std::process::Stdio::inherit())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A new password: on a terminal asked twice without echo; otherwise the first line of stdin.
fn read_new_password(username: &str) -> Result<String, String> {
    use std::io::{IsTerminal, Write};
    if !std::io::stdin().is_terminal() {
        return read_line();
    }
    let ask = |prompt: &str| -> Result<String, String> {
        eprint!("{prompt}");
        let _ = std::io::stderr().flush();
        let echo = EchoOff::new()?;
        let line = read_line();
        drop(echo);
        eprintln!();
        line
    };
    let first = ask(&format!("Nueva clave para {username}: "))?;
    if ask("Repita la clave: ")? != first {
        return Err("las claves no coinciden; no se cambió nada".into());
    }
    Ok(first)
}

async fn user(settings: Settings, command: UserCommand) -> Result<(), String> {
    // Read the password before touching the database: nothing opens or locks while one types.
    let password = match &command {
        UserCommand::Add { password: Some(p), .. } => Some(p.clone()),
        UserCommand::Add { password: None, .. } => Some(read_line()?),
        UserCommand::SetPassword { username } => Some(read_new_password(username)?),
        UserCommand::List => None,
    };
    let db = bootstrap::open_database(&settings, &bootstrap::database_url(&settings)?, false).await?;
    // These commands issue no tokens: a throwaway key, so they work before one is configured.
    let app = bootstrap::build_app(&settings, db, &bootstrap::random_text(64))?;
    let ctx = bootstrap::system_ctx(&app);
    let password = password.unwrap_or_default();
    match command {
        UserCommand::Add { username, role, nombres, apellidos, .. } => {
            match business::seg::usuario::provision(&ctx, &username, &password, &role, &nombres, &apellidos).await {
                Ok(business::Reply::Ok { .. }) => {
                    println!("usuario {username} creado");
                    Ok(())
                }
                Ok(business::Reply::Warning(w)) => Err(w.into_owned()),
                Err(e) => Err(e.to_string()),
            }
        }
        UserCommand::SetPassword { username } => match business::seg::usuario::set_password(&ctx, &username, &password).await {
            Ok(business::Reply::Ok { .. }) => {
                println!("clave de {username} cambiada; sus sesiones abiertas se cerraron");
                Ok(())
            }
            Ok(business::Reply::Warning(w)) => Err(format!("{w} (usuario «{username}»); no se cambió nada")),
            Err(e) => Err(e.to_string()),
        },
        UserCommand::List => {
            let users = business::seg::usuario::list_all(&ctx).await.map_err(|e| e.to_string())?;
            println!("USUARIO\tROL\tESTADO");
            for u in users {
                let estado = u.estado.as_deref().and_then(business::legacy::estado::parse).map_or("?", business::legacy::estado::texto);
                println!("{}\t{}\t{}", u.usuario.unwrap_or_default(), u.RolNombre.unwrap_or_else(|| "(sin rol)".into()), estado);
            }
            Ok(())
        }
    }
}
