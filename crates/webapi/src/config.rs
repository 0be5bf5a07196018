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
    /// bcrypt cost for new password hashes (10–15).
    pub bcrypt_cost: u32,
    /// Accept a `bcrypt_cost` of 4–9 (test suites only: such hashes are cheap to crack).
    pub allow_insecure_bcrypt_cost_for_tests: bool,
    /// Accept `0.0.0.0/0` or `::/0` in `legacy_client_networks` (anyone may call without a token).
    pub allow_any_legacy_network: bool,
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
                allow_insecure_bcrypt_cost_for_tests: false,
                allow_any_legacy_network: false,
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

/// The name of an environment variable that sets `key` (`server.workers` → `ROMSOFT__SERVER__WORKERS`).
fn env_name(key: &str) -> String {
    format!("{ENV_PREFIX}{}", key.replace('.', "__").to_ascii_uppercase())
}

/// `server.workers` → `[server] workers`, as written in the file.
fn file_key(key: &str) -> String {
    match key.split_once('.') {
        Some((section, k)) => format!("[{section}] {k}"),
        None => format!("[{key}]"),
    }
}

/// What a value of `key` must look like, from the type of its default.
fn allowed(key: &str) -> &'static str {
    let defaults = serde_json::to_value(Settings::default()).unwrap_or_default();
    let v = key.split('.').fold(&defaults, |v, k| &v[k]);
    match v {
        serde_json::Value::Bool(_) => "true o false",
        serde_json::Value::Number(n) if n.is_u64() => "un número entero mayor o igual a 0",
        serde_json::Value::Number(_) => "un número (p. ej. 0.18)",
        serde_json::Value::Array(_) => "una lista (en el archivo [\"a\", \"b\"]; en una variable a,b)",
        _ => "texto",
    }
}

/// An environment variable named like `name` (figment reads them without regard to case).
fn env_var(name: &str) -> Option<(String, String)> {
    std::env::vars().find(|(k, _)| k.eq_ignore_ascii_case(name))
}

/// Where the effective value of `key` came from, as the operator wrote it.
fn source_of(fig: &Figment, key: &str) -> String {
    if let Some((var, path)) = env_var(&format!("{}_FILE", env_name(key))) {
        return format!("{var} (archivo {path})");
    }
    if let Some((var, _)) = env_var(&env_name(key)) {
        return var;
    }
    match fig.find_metadata(key).and_then(|m| m.source.as_ref()) {
        Some(figment::Source::File(f)) => format!("{} (en {})", file_key(key), f.display()),
        _ => format!("{} (valor por defecto)", file_key(key)),
    }
}

/// One figment error in the operator's terms: the variable or file key, and what is allowed.
fn describe(fig: &Figment, e: &figment::Error) -> String {
    use figment::error::Kind;
    let path: Vec<&str> = e.path.iter().map(String::as_str).skip_while(|p| *p == "default").collect();
    let key = path.join(".");
    let in_file = match e.metadata.as_ref().and_then(|m| m.source.as_ref()) {
        Some(figment::Source::File(f)) => format!(" en {}", f.display()),
        _ => String::new(),
    };
    match &e.kind {
        Kind::UnknownField(field, expected) => {
            let full = if key.is_empty() || key.ends_with(field.as_str()) { key.clone() } else { format!("{key}.{field}") };
            let full = if full.is_empty() { field.clone() } else { full };
            let what = if full.contains('.') { "clave" } else { "sección" };
            format!("{}{in_file}: {what} desconocida; válidas: {}", file_key(&full), expected.join(", "))
        }
        Kind::InvalidType(actual, _) | Kind::InvalidValue(actual, _) => {
            let shown = match env_var(&env_name(&key)) {
                Some((_, v)) => format!("\"{v}\""),
                None => match actual {
                    figment::error::Actual::Str(s) => format!("\"{s}\""),
                    figment::error::Actual::Unsigned(n) => n.to_string(),
                    figment::error::Actual::Signed(n) => n.to_string(),
                    figment::error::Actual::Float(n) => n.to_string(),
                    figment::error::Actual::Bool(b) => b.to_string(),
                    other => other.to_string(),
                },
            };
            format!("{} = {shown}: no es válido; se espera {}", source_of(fig, &key), allowed(&key))
        }
        other => format!("{}: {other}", source_of(fig, &key)),
    }
}

impl Settings {
    /// [`Settings::load_checked`] with an optional file, warnings dropped (for tests).
    #[cfg(test)]
    pub fn load(file: &Path) -> Result<Self, String> {
        Self::load_checked(file, false).map(|(s, _)| s)
    }

    /// Loads defaults, then `file` (if it exists; if `required`, a missing file is an error),
    /// then the environment, and refuses unsafe values. Returns the warnings to show the operator
    /// (unknown `ROMSOFT__` variables, which are ignored).
    ///
    /// * `ROMSOFT__SECTION__KEY` through figment's `Env` provider. Numbers and booleans are
    ///   parsed by figment; text keys (found from the types) take the value verbatim, so a
    ///   password `0012345`, `true` or `"x"` stays exactly that.
    /// * `ROMSOFT__SECTION__KEY_FILE`: the value is the content of that file, trimmed.
    pub fn load_checked(file: &Path, required: bool) -> Result<(Self, Vec<String>), String> {
        let (all, text) = setting_keys();
        let text_refs: Vec<&str> = text.iter().map(String::as_str).collect();
        let file_target = {
            let all = all.clone();
            move |key: &str| {
                let key = key.to_ascii_lowercase();
                key.strip_suffix(FILE_SUFFIX).filter(|k| all.iter().any(|a| a == k)).map(str::to_owned)
            }
        };
        let known = {
            let (all, file_target) = (all.clone(), file_target.clone());
            move |key: &str| all.iter().any(|a| a.eq_ignore_ascii_case(key)) || file_target(key).is_some()
        };

        let mut warnings = Vec::new();
        for (name, _) in std::env::vars() {
            let upper = name.to_ascii_uppercase();
            if let Some(rest) = upper.strip_prefix(ENV_PREFIX) {
                let key = rest.to_ascii_lowercase().replace("__", ".");
                if !known(&key) {
                    let section = key.split('.').next().unwrap_or_default();
                    let mut same: Vec<String> = all.iter().filter(|a| a.split('.').next() == Some(section)).map(|a| env_name(a)).collect();
                    if same.is_empty() {
                        same = all.iter().map(|a| env_name(a)).collect();
                    }
                    warnings.push(format!("variable de entorno desconocida {name}: se ignora (válidas: {})", same.join(", ")));
                }
            } else if let Some(rest) = upper.strip_prefix("ROMSOFT_").filter(|r| r.contains("__")) {
                warnings.push(format!("variable de entorno {name} ignorada: ¿quiso decir {ENV_PREFIX}{rest}? (dos guiones bajos tras ROMSOFT)"));
            }
        }

        let env = {
            let known = known.clone();
            move || {
                let known = known.clone();
                Env::prefixed(ENV_PREFIX).split("__").filter(move |k| known(k.as_str()))
            }
        };
        let mut fig = Figment::from(Serialized::defaults(Settings::default()));
        if file.exists() {
            fig = fig.merge(Toml::file(file));
        } else if required {
            return Err(format!("el archivo de configuración {} (--config) no existe", file.display()));
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
        let settings = fig.extract::<Settings>().map_err(|err| {
            let lines: Vec<String> = err.into_iter().map(|e| describe(&fig, &e)).collect();
            format!("configuración inválida: {}", lines.join("; "))
        })?;
        settings.refuse_unsafe(&|key| source_of(&fig, key))?;
        Ok((settings, warnings))
    }

    /// Values that would leave the clinic exposed stop the start, naming where they came from.
    fn refuse_unsafe(&self, source: &dyn Fn(&str) -> String) -> Result<(), String> {
        let a = &self.auth;
        let low_allowed = a.allow_insecure_bcrypt_cost_for_tests && (4..10).contains(&a.bcrypt_cost);
        if !(10..=15).contains(&a.bcrypt_cost) && !low_allowed {
            return Err(format!(
                "configuración insegura: {} = {}: el costo bcrypt debe estar entre 10 y 15 (más alto, crear un usuario \
                 ocupa la CPU durante segundos o minutos; más bajo, las claves se descifran fácilmente). Solo para pruebas, \
                 auth.allow_insecure_bcrypt_cost_for_tests = true admite 4 a 9",
                source("auth.bcrypt_cost"),
                a.bcrypt_cost
            ));
        }
        let key_len = a.jwt_secret_key.expose().len();
        if key_len > 0 && key_len < 32 {
            return Err(format!(
                "configuración insegura: {}: la clave de los tokens tiene {key_len} bytes; se requieren al menos 32 \
                 (o déjela vacía con SQLite para que se genere una)",
                source("auth.jwt_secret_key")
            ));
        }
        if !a.allow_any_legacy_network {
            let any = a.legacy_client_networks.iter().find(|n| n.parse::<ipnet::IpNet>().is_ok_and(|n| n.prefix_len() == 0));
            if let Some(n) = any {
                return Err(format!(
                    "configuración insegura: {} contiene {n}: cualquier dirección podría llamar sin token. Liste solo las \
                     redes de las estaciones (p. ej. 192.168.1.0/24) o, si de verdad lo quiere, ponga \
                     auth.allow_any_legacy_network = true",
                    source("auth.legacy_client_networks")
                ));
            }
        }
        Ok(())
    }

    pub fn command_timeout(&self) -> Duration {
        Duration::from_secs(self.database.command_timeout_seconds.max(1))
    }
}

#[cfg(test)]
mod tests;
