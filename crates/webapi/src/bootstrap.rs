//! Start-up: database, token key, first administrator.

use std::{path::Path, sync::Arc, time::Duration};

use business::{App, Caller, CallerKind, Ctx, Reply, adm::dni::DniService, seg::{intentos::LoginLimits, passwords::BcryptGate, sellos::SelloCache, tokens::TokenService, usuario}};
use data_access::{Database, DatabaseUrl, DbOptions, SCHEMA_VERSION};
use rand::{Rng, distr::Alphanumeric};

use crate::config::Settings;

/// The configured database URL.
pub fn database_url(settings: &Settings) -> Result<DatabaseUrl, String> {
    DatabaseUrl::parse(settings.database.url.expose()).map_err(|e| e.to_string())
}

/// Opens the database at `url` and checks its schema version. `create_missing`: create an
/// embedded database even where one existed before (`migrate`); otherwise only on a first start.
pub async fn open_database(settings: &Settings, url: &DatabaseUrl, create_missing: bool) -> Result<Database, String> {
    let opts = DbOptions {
        command_timeout: settings.command_timeout(),
        connect_timeout: Duration::from_secs(settings.database.connect_timeout_seconds.max(1)),
        max_connections: settings.database.max_connections.max(1),
        create_missing,
    };
    let db = Database::open(url, &opts).await.map_err(|e| e.to_string())?;
    let version = db.schema_version().await.map_err(|e| e.to_string())?;
    if version != SCHEMA_VERSION {
        return Err(format!(
            "la base {} tiene la versión de esquema {version} y este programa requiere {SCHEMA_VERSION}: {}",
            url.redacted(),
            match url {
                DatabaseUrl::Mssql(_) => "ejecute sql/mssql/install_all.sql (ver sql/README.md)",
                DatabaseUrl::Sqlite { .. } => "use la versión de romsoft que creó esta base",
            }
        ));
    }
    log::info!("base de datos {} ({}) versión {version}", url.redacted(), db.kind());
    Ok(db)
}

/// The token key: configured, or (embedded mode only) generated once and kept beside the
/// database file with owner-only permissions.
pub fn jwt_secret(settings: &Settings, url: &DatabaseUrl) -> Result<String, String> {
    let configured = settings.auth.jwt_secret_key.expose().trim();
    if !configured.is_empty() {
        if configured.len() < 32 {
            log::warn!("auth.jwt_secret_key tiene menos de 32 caracteres; use una clave más larga");
        }
        return Ok(configured.to_owned());
    }
    match url {
        DatabaseUrl::Mssql(_) => Err(
            "con SQL Server se requiere auth.jwt_secret_key (ROMSOFT__AUTH__JWT_SECRET_KEY o ROMSOFT__AUTH__JWT_SECRET_KEY_FILE)".into(),
        ),
        DatabaseUrl::Sqlite { path } => {
            let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
            std::fs::create_dir_all(dir).map_err(|e| format!("no se pudo crear {}: {e}", dir.display()))?;
            let file = dir.join("jwt_secret.key");
            if let Ok(existing) = std::fs::read_to_string(&file)
                && !existing.trim().is_empty()
            {
                return Ok(existing.trim().to_owned());
            }
            let secret = random_text(64);
            write_private(&file, &secret).map_err(|e| format!("no se pudo guardar {}: {e}", file.display()))?;
            log::info!("clave de tokens generada en {}", file.display());
            Ok(secret)
        }
    }
}

/// `len` random letters and digits.
pub fn random_text(len: usize) -> String {
    rand::rng().sample_iter(&Alphanumeric).take(len).map(char::from).collect()
}

fn write_private(file: &Path, content: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(file)?.write_all(content.as_bytes())
}

/// The long-lived services; fails on a `dni_service.url` that is not an http(s) URL.
pub fn build_app(settings: &Settings, db: Database, secret: &str) -> Result<Arc<App>, String> {
    let a = &settings.auth;
    let d = &settings.dni_service;
    let dni = DniService::new(&d.url, d.token.expose(), Duration::from_secs(d.timeout_seconds.clamp(1, 300)))?;
    let facturacion = business::fac::Facturacion::from_rate(settings.facturacion.igv)?;
    Ok(Arc::new(App {
        db,
        tokens: TokenService::new(secret, &a.jwt_issuer_token, &a.jwt_audience_token, Duration::from_secs(a.jwt_expire_minutes.max(1) * 60)),
        bcrypt: BcryptGate::for_this_machine(a.bcrypt_cost.clamp(4, 31)),
        login_limits: LoginLimits {
            per_user: a.login_max_failures.clamp(1, 1000) as i32,
            per_address: a.login_max_failures_per_address.clamp(1, 100_000) as i32,
            window: Duration::from_secs(a.login_window_minutes.clamp(1, 24 * 60) * 60),
        },
        sellos: SelloCache::new(Duration::from_secs(a.token_check_cache_seconds.min(300))),
        dni,
        facturacion,
    }))
}

/// A context for work the server does on its own (start-up, CLI).
pub fn system_ctx(app: &Arc<App>) -> Ctx {
    Ctx {
        app: app.clone(),
        caller: Caller { kind: CallerKind::Anonymous, usuario: Some("sistema".into()), id_usuario: None, rol: None, ip: None },
        request_id: "inicio".into(),
    }
}

/// On a database without users, creates `admin` (administrator role) with the password from
/// `ROMSOFT_ADMIN_PASSWORD` or a random one printed once to the console (never logged).
pub async fn ensure_admin(app: &Arc<App>) -> Result<(), String> {
    let ctx = system_ctx(app);
    if usuario::any_user_exists(&ctx).await.map_err(|e| e.to_string())? {
        return Ok(());
    }
    let (password, generated) = match std::env::var("ROMSOFT_ADMIN_PASSWORD") {
        Ok(p) if !p.is_empty() => (p, false),
        _ => (random_text(16), true),
    };
    match usuario::provision(&ctx, "admin", &password, "ADMINISTRADOR", "Administrador", "Romsoft").await {
        Ok(Reply::Ok { .. }) => {}
        Ok(Reply::Warning(w)) => return Err(format!("no se pudo crear admin: {w}")),
        Err(e) => return Err(format!("no se pudo crear admin: {e}")),
    }
    log::info!("usuario inicial admin creado");
    if generated {
        println!("Usuario inicial creado: admin / {password}  (guárdela ahora: no se volverá a mostrar)");
    }
    Ok(())
}
