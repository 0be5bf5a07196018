//! Configuration: `appsettings.toml` defaults, overridden by environment variables.
//!
//! Any key can be set as `ROMSOFT__SECTION__KEY` (e.g. `ROMSOFT__DATABASE__URL`), as ASP.NET
//! does with `__`, read by figment's `Env` provider. `ROMSOFT__SECTION__KEY_FILE` reads the value from a file (for secrets kept
//! by the service manager). List values also accept a comma-separated string.
//! Secrets are [`Secret`]s: their `Debug` output is `***`.

use std::{fmt, path::Path, time::Duration};

use figment::{
    Figment,
    providers::{Env, Format, Serialized, Toml},
};
use serde::{Deserialize, Deserializer, Serialize};

/// A value that must never reach a log line.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Self(s.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_empty() { "\"\"" } else { "***" })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub auth: AuthSettings,
    pub logging: LoggingSettings,
    pub dni_service: DniServiceSettings,
    pub facturacion: FacturacionSettings,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServerSettings {
    /// Address and port to listen on (`0.0.0.0:44390` to accept other machines).
    pub bind: String,
    /// Largest request body accepted, in bytes.
    pub body_limit_bytes: usize,
    /// Worker threads (0 = one per core).
    pub workers: usize,
    /// Origins (`https://portal.clinica.pe`) whose browser pages may call the API (CORS).
    /// Empty: CORS off, no cross-origin browser calls.
    #[serde(deserialize_with = "list_or_csv")]
    pub cors_allowed_origins: Vec<String>,
    /// Serve Swagger UI and its document under `/swagger/` (turn off in production if wanted).
    pub swagger_ui: bool,
    /// Bytes of request bodies all requests may hold in memory at once; past it, 503.
    pub max_inflight_body_bytes: usize,
    /// Seconds a request's body may take to arrive; past it, 408 with the envelope.
    pub body_timeout_seconds: u64,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatabaseSettings {
    /// `sqlite://PATH`, an ADO.NET connection string or `mssql://…`.
    pub url: Secret,
    pub command_timeout_seconds: u64,
    pub connect_timeout_seconds: u64,
    pub max_connections: u32,
}

impl fmt::Debug for DatabaseSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = data_access::DatabaseUrl::parse(self.url.expose()).map(|u| u.redacted()).unwrap_or_else(|_| "<inválida>".into());
        f.debug_struct("DatabaseSettings")
            .field("url", &shown)
            .field("command_timeout_seconds", &self.command_timeout_seconds)
            .field("connect_timeout_seconds", &self.connect_timeout_seconds)
            .field("max_connections", &self.max_connections)
            .finish()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuthSettings {
    /// HMAC key for tokens. Empty: the embedded mode generates one beside the database file;
    /// SQL Server mode refuses to start.
    pub jwt_secret_key: Secret,
    pub jwt_audience_token: String,
    pub jwt_issuer_token: String,
    pub jwt_expire_minutes: u64,
    /// CIDR networks whose token-less requests are accepted as the legacy desktop client.
    #[serde(deserialize_with = "list_or_csv")]
    pub legacy_client_networks: Vec<String>,
    /// The role (`SEG_ROL.rol`) the token-less legacy client acts with; empty: no rights.
    pub legacy_client_role: String,
    /// bcrypt cost for new password hashes (4–31).
    pub bcrypt_cost: u32,
    /// Failed logins of one user name that lock it for the window.
    pub login_max_failures: u32,
    /// Failed logins from one client address that lock it for the window.
    pub login_max_failures_per_address: u32,
    /// The window, in minutes.
    pub login_window_minutes: u64,
    /// How long an instance trusts a user's security stamp it read (revocations made through
    /// another instance take effect within this time; 0 = read it on every request).
    pub token_check_cache_seconds: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LoggingSettings {
    /// `error`, `warn`, `info`, `debug` or `trace`.
    pub level: String,
    /// Folder of the rolling log file, relative to the working directory.
    pub directory: String,
    pub file_name: String,
    pub max_file_bytes: u64,
    pub max_files: u32,
    /// Also log to the console.
    pub console: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DniServiceSettings {
    /// Legacy `UrlServicioConsultaDNI` (DNI lookup service); empty = not configured.
    pub url: String,
    /// Legacy `TokenConsultaDNI`.
    pub token: Secret,
    pub timeout_seconds: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FacturacionSettings {
    /// IGV rate applied to a receipt's taxable amount (0.18 = 18 %).
    pub igv: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            server: ServerSettings {
                bind: "127.0.0.1:44390".into(),
                body_limit_bytes: 1024 * 1024,
                workers: 0,
                cors_allowed_origins: Vec::new(),
                swagger_ui: true,
                max_inflight_body_bytes: 64 * 1024 * 1024,
                body_timeout_seconds: 30,
            },
            database: DatabaseSettings {
                url: Secret::new("sqlite://data/romsoft.db"),
                command_timeout_seconds: 30,
                connect_timeout_seconds: 15,
                max_connections: 10,
            },
            auth: AuthSettings {
                jwt_secret_key: Secret::default(),
                jwt_audience_token: "romsoft-clientes".into(),
                jwt_issuer_token: "romsoft-api".into(),
                jwt_expire_minutes: 28800,
                legacy_client_networks: Vec::new(),
                legacy_client_role: "ADMISION".into(),
                bcrypt_cost: 12,
                login_max_failures: 5,
                login_max_failures_per_address: 20,
                login_window_minutes: 15,
                token_check_cache_seconds: 5,
            },
            logging: LoggingSettings {
                level: "info".into(),
                directory: "Log".into(),
                file_name: "Log.txt".into(),
                max_file_bytes: 1024 * 1024,
                max_files: 10,
                console: true,
            },
            dni_service: DniServiceSettings { url: String::new(), token: Secret::default(), timeout_seconds: 10 },
            facturacion: FacturacionSettings { igv: 0.18 },
        }
    }
}
impl Default for ServerSettings {
    fn default() -> Self {
        Settings::default().server
    }
}
impl Default for DatabaseSettings {
    fn default() -> Self {
        Settings::default().database
    }
}
impl Default for AuthSettings {
    fn default() -> Self {
        Settings::default().auth
    }
}
impl Default for LoggingSettings {
    fn default() -> Self {
        Settings::default().logging
    }
}
impl Default for FacturacionSettings {
    fn default() -> Self {
        Settings::default().facturacion
    }
}
impl Default for DniServiceSettings {
    fn default() -> Self {
        Settings::default().dni_service
    }
}

/// Accepts `["a", "b"]` or `"a, b"`.
fn list_or_csv<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        List(Vec<String>),
        Csv(String),
    }
    Ok(match Raw::deserialize(d)? {
        Raw::List(v) => v.into_iter().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect(),
        Raw::Csv(s) => s.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect(),
    })
}

const ENV_PREFIX: &str = "ROMSOFT__";
const FILE_SUFFIX: &str = "_file";

/// Every settings key as `section.key`, and those whose value is text (strings, secrets and
/// lists), read from the types through their serialized defaults.
fn setting_keys() -> (Vec<String>, Vec<String>) {
    fn walk(prefix: &str, v: &serde_json::Value, all: &mut Vec<String>, text: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, child) in map {
                    let path = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                    walk(&path, child, all, text);
                }
            }
            leaf => {
                all.push(prefix.to_owned());
                if leaf.is_string() || leaf.is_array() {
                    text.push(prefix.to_owned());
                }
            }
        }
    }
    let (mut all, mut text) = (Vec::new(), Vec::new());
    let defaults = serde_json::to_value(Settings::default()).expect("the settings serialize");
    walk("", &defaults, &mut all, &mut text);
    (all, text)
}

impl Settings {
    /// Loads defaults, then `file` (if it exists), then the environment:
    ///
    /// * `ROMSOFT__SECTION__KEY` through figment's `Env` provider. Numbers and booleans are
    ///   parsed by figment; text keys (found from the types) take the value verbatim, so a
    ///   password `0012345`, `true` or `"x"` stays exactly that.
    /// * `ROMSOFT__SECTION__KEY_FILE`: the value is the content of that file, trimmed.
    pub fn load(file: &Path) -> Result<Self, String> {
        let (all, text) = setting_keys();
        let text_refs: Vec<&str> = text.iter().map(String::as_str).collect();
        let env = || Env::prefixed(ENV_PREFIX).split("__");
        let file_target = {
            let all = all.clone();
            move |key: &str| {
                let key = key.to_ascii_lowercase();
                key.strip_suffix(FILE_SUFFIX).filter(|k| all.iter().any(|a| a == k)).map(str::to_owned)
            }
        };

        let mut fig = Figment::from(Serialized::defaults(Settings::default()));
        if file.exists() {
            fig = fig.merge(Toml::file(file));
        }
        let typed = {
            let (text, file_target) = (text.clone(), file_target.clone());
            env().filter(move |k| !text.iter().any(|t| k == t.as_str()) && file_target(k.as_str()).is_none())
        };
        fig = fig.merge(typed);
        for (key, value) in env().only(&text_refs).iter() {
            fig = fig.merge(Serialized::default(key.as_str(), value));
        }
        for (key, path) in env().iter() {
            let Some(target) = file_target(key.as_str()) else { continue };
            let var = format!("{ENV_PREFIX}{}", key.as_str().replace('.', "__").to_ascii_uppercase());
            let content = std::fs::read_to_string(&path).map_err(|e| format!("{var}: no se pudo leer {path}: {e}"))?;
            let content = content.trim();
            fig = if text.contains(&target) {
                fig.merge(Serialized::default(&target, content))
            } else {
                let parsed: figment::value::Value = content.parse().unwrap_or_else(|never| match never {});
                fig.merge(Serialized::default(&target, parsed))
            };
        }
        fig.extract::<Settings>().map_err(|e| format!("configuración inválida: {e}"))
    }

    pub fn command_timeout(&self) -> Duration {
        Duration::from_secs(self.database.command_timeout_seconds.max(1))
    }
}

#[cfg(test)]
mod tests {
    use figment::Jail;

    use super::*;

    /// Runs `f` with only `vars` in the environment (figment's `Jail` restores it afterwards and
    /// serializes the tests that use it).
    fn with_env(vars: &[(&str, &str)], f: impl FnOnce(&Jail) -> Result<(), String>) {
        #[allow(clippy::result_large_err)] // figment::Error is Jail's own error type
        Jail::expect_with(|jail| {
            jail.clear_env();
            for (k, v) in vars {
                jail.set_env(k, v);
            }
            f(jail).map_err(Into::into)
        });
    }

    #[test]
    fn defaults_match_the_legacy_deployment() {
        with_env(&[], |_| {
            let s = Settings::load(Path::new("/nonexistent.toml"))?;
            assert_eq!(s.server.bind, "127.0.0.1:44390");
            assert_eq!(s.auth.jwt_expire_minutes, 28800);
            assert!(s.auth.legacy_client_networks.is_empty());
            assert_eq!(s.database.url.expose(), "sqlite://data/romsoft.db");
            assert_eq!(s.logging.directory, "Log");
            Ok(())
        });
    }

    #[test]
    fn the_igv_rate_defaults_to_18_percent_and_is_read_from_the_environment() {
        with_env(&[], |_| {
            assert_eq!(Settings::load(Path::new("/nonexistent.toml"))?.facturacion.igv, 0.18);
            Ok(())
        });
        with_env(&[("ROMSOFT__FACTURACION__IGV", "0.1")], |_| {
            let s = Settings::load(Path::new("/nonexistent.toml"))?;
            assert_eq!(business::fac::Facturacion::from_rate(s.facturacion.igv).unwrap().igv.to_string(), "0.1");
            Ok(())
        });
    }

    #[test]
    fn text_keys_come_from_the_types() {
        let (all, text) = setting_keys();
        assert_eq!(all.len(), 32, "{all:?}");
        for k in ["server.bind", "database.url", "auth.jwt_secret_key", "auth.legacy_client_networks", "auth.legacy_client_role", "dni_service.token"] {
            assert!(text.iter().any(|t| t == k), "{k} in {text:?}");
        }
        for k in ["server.workers", "auth.bcrypt_cost", "logging.console", "dni_service.timeout_seconds"] {
            assert!(all.iter().any(|t| t == k) && !text.iter().any(|t| t == k), "{k} in {text:?}");
        }
    }

    #[test]
    fn environment_overrides_any_key_and_lists_take_csv() {
        let vars = [
            ("ROMSOFT__SERVER__BIND", "0.0.0.0:8080"),
            ("ROMSOFT__SERVER__WORKERS", "3"),
            ("ROMSOFT__LOGGING__CONSOLE", "false"),
            ("ROMSOFT__DATABASE__URL", "sqlite:///tmp/x.db"),
            ("ROMSOFT__AUTH__JWT_EXPIRE_MINUTES", "60"),
            ("ROMSOFT__AUTH__LEGACY_CLIENT_NETWORKS", "10.0.0.0/8, 192.168.1.0/24"),
            ("ROMSOFT__AUTH__JWT_SECRET_KEY_FILE", "jwt"),
            ("ROMSOFT__AUTH__BCRYPT_COST_FILE", "cost"),
            ("ROMSOFT__DNI_SERVICE__TOKEN", "12345"),
            ("ROMSOFT__DNI_SERVICE__URL", "0012345"),
            ("ROMSOFT__AUTH__JWT_ISSUER_TOKEN", " \"true\" "),
            ("ROMSOFT__AUTH__JWT_AUDIENCE_TOKEN", "[a]"),
            ("OTHER", "x"),
        ];
        with_env(&vars, |jail| {
            jail.create_file("jwt", "desde-archivo\n").map_err(|e| e.to_string())?;
            jail.create_file("cost", "10\n").map_err(|e| e.to_string())?;
            let s = Settings::load(Path::new("/nonexistent.toml"))?;
            assert_eq!(s.server.bind, "0.0.0.0:8080");
            assert_eq!(s.server.workers, 3);
            assert!(!s.logging.console);
            assert_eq!(s.database.url.expose(), "sqlite:///tmp/x.db");
            assert_eq!(s.auth.jwt_expire_minutes, 60);
            assert_eq!(s.auth.legacy_client_networks, vec!["10.0.0.0/8", "192.168.1.0/24"]);
            assert_eq!(s.auth.jwt_secret_key.expose(), "desde-archivo");
            assert_eq!(s.auth.bcrypt_cost, 10);
            // Text keys are taken verbatim, whatever they look like.
            assert_eq!(s.dni_service.token.expose(), "12345");
            assert_eq!(s.dni_service.url, "0012345");
            assert_eq!(s.auth.jwt_issuer_token, " \"true\" ");
            assert_eq!(s.auth.jwt_audience_token, "[a]");
            Ok(())
        });
    }

    #[test]
    fn toml_file_is_read_and_env_wins() {
        with_env(&[("ROMSOFT__SERVER__BIND", "127.0.0.1:2")], |jail| {
            let f = jail.directory().join("appsettings.toml");
            std::fs::write(&f, "[server]\nbind = \"127.0.0.1:1\"\n[auth]\nlegacy_client_networks = [\"10.1.0.0/16\"]\n")
                .map_err(|e| e.to_string())?;
            let s = Settings::load(&f)?;
            assert_eq!(s.server.bind, "127.0.0.1:2");
            assert_eq!(s.auth.legacy_client_networks, vec!["10.1.0.0/16"]);
            Ok(())
        });
    }

    #[test]
    fn unknown_keys_and_bad_values_are_errors_and_debug_hides_secrets() {
        with_env(&[("ROMSOFT__SERVER__BINDD", "x")], |_| {
            let e = Settings::load(Path::new("/x")).unwrap_err();
            assert!(e.starts_with("configuración inválida: ") && e.contains("ROMSOFT__") && e.contains("BINDD"), "{e}");
            Ok(())
        });
        with_env(&[("ROMSOFT__AUTH__JWT_EXPIRE_MINUTES", "mucho")], |_| {
            let e = Settings::load(Path::new("/x")).unwrap_err();
            assert!(e.contains("\"mucho\"") && e.contains("JWT_EXPIRE_MINUTES"), "{e}");
            Ok(())
        });
        with_env(&[("ROMSOFT__AUTH__JWT_SECRET_KEY_FILE", "/no/existe")], |_| {
            let e = Settings::load(Path::new("/x")).unwrap_err();
            assert!(e.starts_with("ROMSOFT__AUTH__JWT_SECRET_KEY_FILE: no se pudo leer /no/existe: "), "{e}");
            Ok(())
        });
        let vars = [
            ("ROMSOFT__AUTH__JWT_SECRET_KEY", "muy-secreto"),
            ("ROMSOFT__DATABASE__URL", "Server=tcp:db,1433;Database=R;User Id=u;Password=Pw-secreta;"),
        ];
        with_env(&vars, |_| {
            let s = Settings::load(Path::new("/x"))?;
            let shown = format!("{s:?}");
            assert!(!shown.contains("muy-secreto") && !shown.contains("Pw-secreta"), "{shown}");
            Ok(())
        });
    }

    #[test]
    fn shipped_appsettings_parses_and_equals_the_defaults() {
        with_env(&[], |_| {
            let f = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../appsettings.toml"));
            assert_eq!(Settings::load(f)?, Settings::default());
            Ok(())
        });
    }
}
