//! `romsoft`: the Romsoft Gestión Clínica server and its operator commands.

mod bootstrap;
mod config;
mod contract;
mod legacy;
mod logging;
mod openapi;
mod server;

use std::{io::BufRead, path::PathBuf, process::ExitCode};

use clap::{Parser, Subcommand};

use crate::config::Settings;

#[derive(Parser)]
#[command(name = "romsoft", version, about = "Romsoft Gestión Clínica: API compatible con los clientes existentes")]
struct Cli {
    /// Configuration file (missing = built-in defaults); every key can be overridden with
    /// ROMSOFT__SECTION__KEY environment variables.
    #[arg(long, global = true, default_value = "appsettings.toml")]
    config: PathBuf,
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
    /// Print the OpenAPI (Swagger) document.
    Openapi,
    /// Report which legacy contract actions this server implements.
    Contract,
}

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
        command => {
            let settings = match Settings::load(&cli.config) {
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
                Command::Openapi | Command::Contract => Ok(()),
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
    let app = bootstrap::build_app(&settings, db, &secret);
    bootstrap::ensure_admin(&app).await?;
    let listener = std::net::TcpListener::bind(&settings.server.bind)
        .map_err(|e| format!("no se pudo escuchar en {}: {e}", settings.server.bind))?;
    server::run(&settings, app, listener).await
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
    let app = bootstrap::build_app(&settings, db, &bootstrap::random_text(64));
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
