//! Configuration: `appsettings.toml` defaults, overridden by environment variables.
//!
//! Any key can be set as `ROMSOFT__SECTION__KEY` (e.g. `ROMSOFT__DATABASE__URL`), as ASP.NET
//! does with `__`. `ROMSOFT__SECTION__KEY_FILE` reads the value from a file (for secrets kept
//! by the service manager). List values also accept a comma-separated string.
//! Secrets are [`Secret`]s: their `Debug` output is `***`.

use std::{collections::BTreeMap, fmt, path::Path, time::Duration};

use figment::{
    Figment,
    providers::{Format, Serialized, Toml},
    value::{Dict, Value},
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
    /// bcrypt cost for new password hashes (4–31).
    pub bcrypt_cost: u32,
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

impl Default for Settings {
    fn default() -> Self {
        Self {
            server: ServerSettings { bind: "127.0.0.1:44390".into(), body_limit_bytes: 1024 * 1024, workers: 0 },
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
                bcrypt_cost: 12,
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
const STRING_KEYS: &[&str] = &[
    "server.bind",
    "database.url",
    "auth.jwt_secret_key",
    "auth.jwt_audience_token",
    "auth.jwt_issuer_token",
    "auth.legacy_client_networks",
    "logging.level",
    "logging.directory",
    "logging.file_name",
    "dni_service.url",
    "dni_service.token",
];

impl Settings {
    /// Loads defaults, then `file` (if it exists), then the environment.
    pub fn load(file: &Path) -> Result<Self, String> {
        Self::load_from(file, std::env::vars())
    }

    /// As [`Settings::load`] with an explicit environment (tests).
    pub fn load_from(file: &Path, env: impl IntoIterator<Item = (String, String)>) -> Result<Self, String> {
        let mut fig = Figment::from(Serialized::defaults(Settings::default()));
        if file.exists() {
            fig = fig.merge(Toml::file(file));
        }
        // Environment: ROMSOFT__SECTION__KEY and ROMSOFT__SECTION__KEY_FILE. Values are taken as
        // text for text keys (a numeric-looking password stays a string). Built as figment's own
        // values: a serde_json::Number (arbitrary_precision) would reach figment as a map.
        let mut overrides: BTreeMap<String, Dict> = BTreeMap::new();
        for (k, v) in env {
            let Some(rest) = k.strip_prefix(ENV_PREFIX) else { continue };
            let (path, value) = match rest.strip_suffix("_FILE") {
                Some(p) => {
                    let content = std::fs::read_to_string(&v).map_err(|e| format!("{k}: no se pudo leer {v}: {e}"))?;
                    (p.to_ascii_lowercase().replace("__", "."), content.trim().to_owned())
                }
                None => (rest.to_ascii_lowercase().replace("__", "."), v),
            };
            let Some((section, key)) = path.split_once('.') else {
                return Err(format!("{k}: use ROMSOFT__SECCION__CLAVE"));
            };
            let json = if STRING_KEYS.contains(&path.as_str()) {
                Value::from(value)
            } else {
                env_scalar(&value)
            };
            overrides.entry(section.to_owned()).or_default().insert(key.to_owned(), json);
        }
        fig = fig.merge(Serialized::defaults(overrides));
        fig.extract::<Settings>().map_err(|e| format!("configuración inválida: {e}"))
    }

    pub fn command_timeout(&self) -> Duration {
        Duration::from_secs(self.database.command_timeout_seconds.max(1))
    }
}

fn env_scalar(v: &str) -> Value {
    let t = v.trim();
    if let Ok(b) = t.parse::<bool>() {
        return Value::from(b);
    }
    if let Ok(i) = t.parse::<i64>() {
        return Value::from(i);
    }
    Value::from(v.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn defaults_match_the_legacy_deployment() {
        let s = Settings::load_from(Path::new("/nonexistent.toml"), env(&[])).unwrap();
        assert_eq!(s.server.bind, "127.0.0.1:44390");
        assert_eq!(s.auth.jwt_expire_minutes, 28800);
        assert!(s.auth.legacy_client_networks.is_empty());
        assert_eq!(s.database.url.expose(), "sqlite://data/romsoft.db");
        assert_eq!(s.logging.directory, "Log");
    }

    #[test]
    fn environment_overrides_any_key_and_lists_take_csv() {
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("jwt");
        std::fs::write(&secret, "desde-archivo\n").unwrap();
        let s = Settings::load_from(
            Path::new("/nonexistent.toml"),
            env(&[
                ("ROMSOFT__SERVER__BIND", "0.0.0.0:8080"),
                ("ROMSOFT__DATABASE__URL", "sqlite:///tmp/x.db"),
                ("ROMSOFT__AUTH__JWT_EXPIRE_MINUTES", "60"),
                ("ROMSOFT__AUTH__LEGACY_CLIENT_NETWORKS", "10.0.0.0/8, 192.168.1.0/24"),
                ("ROMSOFT__AUTH__JWT_SECRET_KEY_FILE", secret.to_str().unwrap()),
                ("ROMSOFT__DNI_SERVICE__TOKEN", "12345"),
                ("OTHER", "x"),
            ]),
        )
        .unwrap();
        assert_eq!(s.server.bind, "0.0.0.0:8080");
        assert_eq!(s.database.url.expose(), "sqlite:///tmp/x.db");
        assert_eq!(s.auth.jwt_expire_minutes, 60);
        assert_eq!(s.auth.legacy_client_networks, vec!["10.0.0.0/8", "192.168.1.0/24"]);
        assert_eq!(s.auth.jwt_secret_key.expose(), "desde-archivo");
        assert_eq!(s.dni_service.token.expose(), "12345");
    }

    #[test]
    fn toml_file_is_read_and_env_wins() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("appsettings.toml");
        std::fs::write(&f, "[server]\nbind = \"127.0.0.1:1\"\n[auth]\nlegacy_client_networks = [\"10.1.0.0/16\"]\n").unwrap();
        let s = Settings::load_from(&f, env(&[("ROMSOFT__SERVER__BIND", "127.0.0.1:2")])).unwrap();
        assert_eq!(s.server.bind, "127.0.0.1:2");
        assert_eq!(s.auth.legacy_client_networks, vec!["10.1.0.0/16"]);
    }

    #[test]
    fn unknown_keys_and_bad_values_are_errors_and_debug_hides_secrets() {
        assert!(Settings::load_from(Path::new("/x"), env(&[("ROMSOFT__SERVER__BINDD", "x")])).is_err());
        assert!(Settings::load_from(Path::new("/x"), env(&[("ROMSOFT__AUTH__JWT_EXPIRE_MINUTES", "mucho")])).is_err());
        let s = Settings::load_from(
            Path::new("/x"),
            env(&[
                ("ROMSOFT__AUTH__JWT_SECRET_KEY", "muy-secreto"),
                ("ROMSOFT__DATABASE__URL", "Server=tcp:db,1433;Database=R;User Id=u;Password=Pw-secreta;"),
            ]),
        )
        .unwrap();
        let shown = format!("{s:?}");
        assert!(!shown.contains("muy-secreto") && !shown.contains("Pw-secreta"), "{shown}");
    }

    #[test]
    fn shipped_appsettings_parses_and_equals_the_defaults() {
        let f = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../appsettings.toml"));
        let s = Settings::load_from(f, env(&[])).unwrap();
        assert_eq!(s, Settings::default());
    }
}
