//! Connection settings for SQL Server, read from an ADO.NET connection string or a
//! `mssql://` / `sqlserver://` URL.
//!
//! The settings are parsed here rather than with `tiberius::Config::from_ado_string` because
//! that parser cannot tell us what it found (host, user, database are private), rejects
//! `Encrypt=Mandatory/Optional/Strict`, knows neither `Address` nor `Connect Timeout`, mangles
//! passwords containing `=` or `{`, and reports errors in English without naming the key. The
//! result is turned into a `tiberius::Config` with its public setters.
//!
//! No error message, `Debug` output or [`MssqlTarget::display`] ever contains the password.

use std::{collections::HashMap, fmt, time::Duration};

use tiberius::{AuthMethod, Config, EncryptionLevel};

use crate::DbError;

const DEFAULT_PORT: u16 = 1433;
const DEFAULT_APP_NAME: &str = "Romsoft";

/// How the connection is encrypted (ADO.NET `Encrypt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encrypt {
    /// `false`/`no`/`optional`: only the login is encrypted (as SqlClient does); the server may
    /// still force full encryption.
    Off,
    /// `true`/`yes`/`mandatory`: the whole connection is encrypted.
    On,
    /// `strict`: as `On`, and the server certificate is always validated
    /// (`TrustServerCertificate` is ignored, as in SqlClient). TDS 8 itself is not available in
    /// tiberius 0.12, so the server must still accept TDS 7.x.
    Strict,
    /// `DANGER_PLAINTEXT` (tiberius extension): no TLS at all, not even for the login.
    Plaintext,
}

impl Encrypt {
    fn parse(key: &str, v: &str) -> Result<Self, DbError> {
        match v.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "mandatory" => Ok(Self::On),
            "false" | "no" | "optional" => Ok(Self::Off),
            "strict" => Ok(Self::Strict),
            "danger_plaintext" => Ok(Self::Plaintext),
            _ => Err(DbError::Config(format!(
                "valor inválido para {key}: «{}» (use true, false, yes, no, mandatory, optional o strict)",
                v.trim()
            ))),
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Off => "off",
            Self::On => "on",
            Self::Strict => "strict",
            Self::Plaintext => "plaintext",
        }
    }
}

/// Parsed SQL Server connection settings. `Debug` and [`MssqlTarget::display`] never show the
/// password.
#[derive(Clone)]
pub struct MssqlTarget {
    pub(crate) host: String,
    pub(crate) port: u16,
    /// Named instance given together with an explicit port (`host\INST,1433`); shown only.
    pub(crate) instance: Option<String>,
    pub(crate) database: Option<String>,
    pub(crate) user: String,
    password: String,
    pub(crate) encrypt: Encrypt,
    pub(crate) trust_server_certificate: bool,
    /// `Connect Timeout` from the connection string; overrides `DbOptions::connect_timeout`.
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) application_name: String,
}

impl fmt::Debug for MssqlTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MssqlTarget")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("instance", &self.instance)
            .field("database", &self.database)
            .field("user", &self.user)
            .field("password", &"***")
            .field("encrypt", &self.encrypt)
            .field("trust_server_certificate", &self.trust_server_certificate)
            .field("connect_timeout", &self.connect_timeout)
            .field("application_name", &self.application_name)
            .finish()
    }
}

/// The settings a string may carry, whatever synonym it used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Server,
    Database,
    User,
    Password,
    Encrypt,
    Trust,
    ConnectTimeout,
    AppName,
    Integrated,
    Authentication,
}

/// ADO.NET keywords that are valid but mean nothing to this driver (pooling is bb8's job).
const IGNORED_ADO_KEYS: &[&str] = &[
    "persist security info",
    "persistsecurityinfo",
    "multipleactiveresultsets",
    "multiple active result sets",
    "pooling",
    "max pool size",
    "min pool size",
    "connection lifetime",
    "load balance timeout",
    "workstation id",
    "wsid",
    "packet size",
    "multisubnetfailover",
    "multi subnet failover",
    "applicationintent",
    "application intent",
    "current language",
    "language",
    "enlist",
    "connectretrycount",
    "connect retry count",
    "connectretryinterval",
    "connect retry interval",
    "column encryption setting",
    "type system version",
    "transaction binding",
    "asynchronous processing",
    "async",
    "context connection",
    "network library",
    "network",
    "net",
    "transparentnetworkipresolution",
    "transparent network ip resolution",
    "command timeout",
    "replication",
    "user instance",
    "hostnameincertificate",
    "host name in certificate",
    "servercertificate",
    "server certificate",
    "ipaddresspreference",
    "ip address preference",
    "pool blocking period",
    "poolblockingperiod",
];

fn ado_key(normalized: &str) -> Option<Key> {
    Some(match normalized {
        "server" | "data source" | "datasource" | "address" | "addr" | "network address" => Key::Server,
        "database" | "initial catalog" | "initialcatalog" => Key::Database,
        "user id" | "userid" | "uid" | "user" | "username" | "user name" => Key::User,
        "password" | "pwd" => Key::Password,
        "encrypt" => Key::Encrypt,
        "trustservercertificate" | "trust server certificate" => Key::Trust,
        "connect timeout" | "connection timeout" | "connecttimeout" | "timeout" => Key::ConnectTimeout,
        "application name" | "applicationname" | "app" => Key::AppName,
        "integrated security" | "integratedsecurity" | "trusted_connection" => Key::Integrated,
        "authentication" => Key::Authentication,
        _ => return None,
    })
}

fn url_key(normalized: &str) -> Option<Key> {
    Some(match normalized {
        "encrypt" => Key::Encrypt,
        "trust_server_certificate" | "trustservercertificate" | "trust-server-certificate" => Key::Trust,
        "connect_timeout" | "connect-timeout" | "connecttimeout" => Key::ConnectTimeout,
        "application_name" | "application-name" | "applicationname" | "app_name" => Key::AppName,
        _ => return None,
    })
}

/// Splits an ADO.NET connection string into `(key, value)` pairs following SqlClient's rules:
/// pairs separated by `;`, keys case-insensitive with `==` standing for a literal `=`, values
/// optionally quoted with `"` or `'` (a doubled quote inside is a literal quote), surrounding
/// white space ignored. Errors never quote the text (it may hold the password).
fn split_ado(s: &str) -> Result<Vec<(String, String)>, DbError> {
    let chars: Vec<char> = s.chars().collect();
    let mut pairs = Vec::new();
    let mut i = 0;
    let mut n = 0usize;
    let bad = |n: usize, what: &str| {
        DbError::Config(format!(
            "cadena de conexión ADO.NET mal formada en el par número {n}: {what} \
             (si la contraseña contiene ';' o comillas, enciérrela entre comillas dobles)"
        ))
    };
    while i < chars.len() {
        // Skip white space and empty segments.
        while i < chars.len() && (chars[i].is_whitespace() || chars[i] == ';') {
            i += 1;
        }
        if i >= chars.len() {
            break;
        }
        n += 1;
        // Key up to a single '='.
        let mut key = String::new();
        loop {
            if i >= chars.len() || chars[i] == ';' {
                return Err(bad(n, "falta '=' entre la clave y el valor"));
            }
            if chars[i] == '=' {
                if chars.get(i + 1) == Some(&'=') {
                    key.push('=');
                    i += 2;
                    continue;
                }
                i += 1;
                break;
            }
            key.push(chars[i]);
            i += 1;
        }
        let key = key.trim().to_string();
        if key.is_empty() {
            return Err(bad(n, "la clave está vacía"));
        }
        // Value.
        while i < chars.len() && chars[i].is_whitespace() && chars[i] != ';' {
            i += 1;
        }
        let mut value = String::new();
        if i < chars.len() && (chars[i] == '"' || chars[i] == '\'') {
            let q = chars[i];
            i += 1;
            loop {
                if i >= chars.len() {
                    return Err(bad(n, "falta la comilla de cierre del valor"));
                }
                if chars[i] == q {
                    if chars.get(i + 1) == Some(&q) {
                        value.push(q);
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                value.push(chars[i]);
                i += 1;
            }
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            if i < chars.len() && chars[i] != ';' {
                return Err(bad(n, "hay texto después de la comilla de cierre del valor"));
            }
        } else {
            while i < chars.len() && chars[i] != ';' {
                value.push(chars[i]);
                i += 1;
            }
            value = value.trim().to_string();
        }
        pairs.push((key, value));
    }
    Ok(pairs)
}

fn normalize_key(k: &str) -> String {
    k.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn parse_bool(key: &str, v: &str) -> Result<bool, DbError> {
    match v.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" => Ok(true),
        "false" | "no" => Ok(false),
        _ => Err(DbError::Config(format!("valor inválido para {key}: «{}» (use true o false)", v.trim()))),
    }
}

fn parse_port(key: &str, v: &str) -> Result<u16, DbError> {
    match v.trim().parse::<u16>() {
        Ok(p) if p > 0 => Ok(p),
        _ => Err(DbError::Config(format!(
            "puerto inválido en {key}: «{}» (debe ser un número entre 1 y 65535)",
            v.trim()
        ))),
    }
}

fn parse_timeout(key: &str, v: &str) -> Result<Option<Duration>, DbError> {
    match v.trim().parse::<u64>() {
        // 0 means "no limit" in ADO.NET; we keep the configured default instead of waiting forever.
        Ok(0) => Ok(None),
        Ok(s) if s <= 3600 => Ok(Some(Duration::from_secs(s))),
        _ => Err(DbError::Config(format!("valor inválido para {key}: «{}» (segundos, entre 0 y 3600)", v.trim()))),
    }
}

/// Splits `tcp:host,port`, `host\INSTANCE,port`, `(local)`, `.` into host, port and instance.
fn parse_server(key: &str, raw: &str) -> Result<(String, Option<u16>, Option<String>), DbError> {
    let mut v = raw.trim();
    if v.is_empty() {
        return Err(DbError::Config(format!("{key} está vacío: indique el servidor, p. ej. Server=tcp:servidor,1433")));
    }
    if v.len() >= 4 && v[..4].eq_ignore_ascii_case("tcp:") {
        v = v[4..].trim();
    } else if let Some((proto, _)) = v.split_once(':') {
        let p = proto.to_ascii_lowercase();
        if matches!(p.as_str(), "np" | "lpc" | "admin" | "via") {
            return Err(DbError::Config(format!(
                "{key}: el protocolo «{proto}:» no está soportado; solo TCP (Server=tcp:servidor,1433)"
            )));
        }
    }
    let (hostpart, port) = match v.rsplit_once(',') {
        Some((h, p)) => (h.trim(), Some(parse_port(key, p)?)),
        None => (v, None),
    };
    let (host, instance) = match hostpart.split_once('\\') {
        Some((h, inst)) => (h.trim(), Some(inst.trim().to_string()).filter(|s| !s.is_empty())),
        None => (hostpart, None),
    };
    if host.to_ascii_lowercase().starts_with("(localdb)") {
        return Err(DbError::Config(format!("{key}: LocalDB no está soportado; use un SQL Server accesible por TCP")));
    }
    let host = match host {
        "" => return Err(DbError::Config(format!("{key} no indica el nombre del servidor"))),
        "." | "(local)" | "localhost" => "localhost".to_string(),
        h => h.trim_start_matches('[').trim_end_matches(']').to_string(),
    };
    if instance.is_some() && port.is_none() {
        return Err(DbError::Config(format!(
            "{key}: la instancia con nombre «{hostpart}» necesita el puerto TCP explícito \
             (p. ej. Server=tcp:{hostpart},1433); SQL Browser no está soportado"
        )));
    }
    Ok((host, port, instance))
}

impl MssqlTarget {
    /// Parses an ADO.NET connection string as DBAs have it:
    /// `Server=tcp:host,1433;Database=ROMSOFT-CLINICA;User Id=api;Password=…;Encrypt=true;TrustServerCertificate=false`.
    pub fn from_ado(s: &str) -> Result<Self, DbError> {
        let mut found: HashMap<Key, (String, String)> = HashMap::new();
        let mut unknown = 0usize;
        for (key, value) in split_ado(s)? {
            let norm = normalize_key(&key);
            match ado_key(&norm) {
                Some(k) => {
                    found.insert(k, (key, value));
                }
                None if IGNORED_ADO_KEYS.contains(&norm.as_str()) => {
                    log::debug!("cadena de conexión SQL Server: se ignora la clave «{key}»");
                }
                // Not named: after an unquoted ';' in the password, the "key" is a piece of it.
                None => unknown += 1,
            }
        }
        if unknown > 0 {
            log::warn!(
                "cadena de conexión SQL Server: se ignoran {unknown} claves desconocidas \
                 (si la contraseña contiene ';', enciérrela entre comillas dobles)"
            );
        }
        let get = |k: Key| found.get(&k).map(|(name, v)| (name.as_str(), v.as_str()));

        if let Some((name, v)) = get(Key::Integrated) {
            let on = v.trim().eq_ignore_ascii_case("sspi") || parse_bool(name, v)?;
            if on {
                return Err(DbError::Config(format!(
                    "{name}: la autenticación integrada de Windows no está soportada; use User Id y Password de un inicio de sesión SQL"
                )));
            }
        }
        if let Some((name, v)) = get(Key::Authentication) {
            let norm = normalize_key(v).replace(' ', "");
            if norm != "sqlpassword" {
                return Err(DbError::Config(format!(
                    "{name}: el método «{}» no está soportado; solo SqlPassword (User Id y Password)",
                    v.trim()
                )));
            }
        }

        let (host, port, instance) = match get(Key::Server) {
            Some((name, v)) => parse_server(name, v)?,
            None => {
                return Err(DbError::Config(
                    "la cadena ADO.NET no indica el servidor: falta Server (o Data Source / Address), p. ej. Server=tcp:servidor,1433"
                        .into(),
                ));
            }
        };
        let user = match get(Key::User) {
            Some((_, v)) if !v.trim().is_empty() => v.trim().to_string(),
            _ => {
                return Err(DbError::Config(
                    "la cadena ADO.NET no indica el usuario: falta User Id (o UID / User)".into(),
                ));
            }
        };
        let password = get(Key::Password).map(|(_, v)| v.to_string()).unwrap_or_default();
        let database = get(Key::Database).map(|(_, v)| v.trim().to_string()).filter(|d| !d.is_empty());
        let encrypt = match get(Key::Encrypt) {
            Some((name, v)) => Encrypt::parse(name, v)?,
            // System.Data.SqlClient, which the legacy API used, defaults to Encrypt=false.
            None => Encrypt::Off,
        };
        let trust_server_certificate = match get(Key::Trust) {
            Some((name, v)) => parse_bool(name, v)?,
            None => false,
        };
        let connect_timeout = match get(Key::ConnectTimeout) {
            Some((name, v)) => parse_timeout(name, v)?,
            None => None,
        };
        let application_name = get(Key::AppName)
            .map(|(_, v)| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| DEFAULT_APP_NAME.into());

        Ok(Self {
            host,
            port: port.unwrap_or(DEFAULT_PORT),
            instance,
            database,
            user,
            password,
            encrypt,
            trust_server_certificate,
            connect_timeout,
            application_name,
        })
    }

    /// Parses `mssql://user:password@host[:port]/Database?encrypt=true&trust_server_certificate=false`
    /// (also `sqlserver://`). User, password and database are percent-decoded.
    pub fn from_url(s: &str) -> Result<Self, DbError> {
        let s = s.trim();
        let rest = ["mssql://", "sqlserver://"]
            .iter()
            .find_map(|scheme| {
                (s.len() >= scheme.len() && s[..scheme.len()].eq_ignore_ascii_case(scheme)).then(|| &s[scheme.len()..])
            })
            .ok_or_else(|| DbError::Config("la URL de SQL Server debe empezar con mssql:// o sqlserver://".into()))?;

        // The password may contain unencoded '@', '/', '?' or ':': the host starts after the last '@'.
        let (userinfo, hostpart) = match rest.rfind('@') {
            Some(at) => (Some(&rest[..at]), &rest[at + 1..]),
            None => (None, rest),
        };
        let (user, password) = match userinfo {
            Some(ui) => {
                let (u, p) = ui.split_once(':').unwrap_or((ui, ""));
                let user = percent_decode(u)
                    .ok_or_else(|| DbError::Config("el usuario de la URL tiene un escape %XX inválido".into()))?;
                let password = percent_decode(p).ok_or_else(|| {
                    DbError::Config(
                        "la contraseña de la URL tiene un escape %XX inválido (codifique '%' como %25)".into(),
                    )
                })?;
                (user, password)
            }
            None => (String::new(), String::new()),
        };
        if user.trim().is_empty() {
            return Err(DbError::Config(
                "la URL de SQL Server no indica el usuario: use mssql://usuario:clave@servidor:1433/base".into(),
            ));
        }

        let (hostpart, query) = hostpart.split_once('?').unwrap_or((hostpart, ""));
        let (authority, path) = hostpart.split_once('/').unwrap_or((hostpart, ""));
        let (host, port) = if let Some(stripped) = authority.strip_prefix('[') {
            // [IPv6]:port
            let (h, tail) = stripped
                .split_once(']')
                .ok_or_else(|| DbError::Config("la dirección IPv6 de la URL no cierra el corchete ']'".into()))?;
            let port = match tail.strip_prefix(':') {
                Some(p) => Some(parse_port("la URL", p)?),
                None if tail.is_empty() => None,
                None => return Err(DbError::Config("texto inesperado después de la dirección IPv6 en la URL".into())),
            };
            (h.to_string(), port)
        } else {
            match authority.rsplit_once(':') {
                Some((h, p)) => (h.to_string(), Some(parse_port("la URL", p)?)),
                None => (authority.to_string(), None),
            }
        };
        if host.trim().is_empty() {
            return Err(DbError::Config(
                "la URL de SQL Server no indica el servidor: use mssql://usuario:clave@servidor:1433/base".into(),
            ));
        }
        let database = percent_decode(path.trim_matches('/'))
            .ok_or_else(|| DbError::Config("el nombre de la base en la URL tiene un escape %XX inválido".into()))?;
        let database = Some(database).filter(|d| !d.is_empty());

        let mut encrypt = Encrypt::Off;
        let mut trust_server_certificate = false;
        let mut connect_timeout = None;
        let mut application_name = DEFAULT_APP_NAME.to_string();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v = percent_decode(&v.replace('+', " "))
                .ok_or_else(|| DbError::Config(format!("la opción {k} de la URL tiene un escape %XX inválido")))?;
            match url_key(&k.to_ascii_lowercase()) {
                Some(Key::Encrypt) => encrypt = Encrypt::parse(k, &v)?,
                Some(Key::Trust) => trust_server_certificate = parse_bool(k, &v)?,
                Some(Key::ConnectTimeout) => connect_timeout = parse_timeout(k, &v)?,
                Some(Key::AppName) if !v.trim().is_empty() => application_name = v.trim().to_string(),
                Some(_) => {}
                None => log::warn!("URL de SQL Server: opción desconocida «{k}», se ignora"),
            }
        }

        Ok(Self {
            host: if host == "." { "localhost".into() } else { host },
            port: port.unwrap_or(DEFAULT_PORT),
            instance: None,
            database,
            user,
            password,
            encrypt,
            trust_server_certificate,
            connect_timeout,
            application_name,
        })
    }

    /// The target for logs and error messages, without the password, e.g.
    /// `sqlserver://db:1433/ROMSOFT-CLINICA (usuario api, encrypt=on)`.
    pub fn display(&self) -> String {
        let host = if self.host.contains(':') { format!("[{}]", self.host) } else { self.host.clone() };
        let inst = self.instance.as_deref().map(|i| format!("\\{i}")).unwrap_or_default();
        let db = self.database.as_deref().map(|d| format!("/{d}")).unwrap_or_default();
        let trust = if self.trust_server_certificate && self.encrypt != Encrypt::Strict {
            ", trust_server_certificate=on"
        } else {
            ""
        };
        format!(
            "sqlserver://{host}{inst}:{}{db} (usuario {}, encrypt={}{trust})",
            self.port,
            self.user,
            self.encrypt.label()
        )
    }

    /// `host:port` as `TcpStream::connect` takes it.
    pub(crate) fn addr(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    /// The tiberius configuration for these settings.
    ///
    /// Certificate validation follows SqlClient: with `Encrypt=false` only the login travels
    /// encrypted and SqlClient does not validate the server certificate, so neither do we
    /// (otherwise every on-premises server with its self-signed certificate would fail, while
    /// the legacy API connected). With `Encrypt=true` the certificate is validated against the
    /// system roots unless `TrustServerCertificate=true`; with `Encrypt=strict` always.
    pub(crate) fn tiberius_config(&self) -> Config {
        let mut c = Config::new();
        // tiberius builds "host:port" itself, so an IPv6 literal needs its brackets.
        if self.host.contains(':') {
            c.host(format!("[{}]", self.host));
        } else {
            c.host(&self.host);
        }
        c.port(self.port);
        if let Some(db) = &self.database {
            c.database(db);
        }
        c.application_name(&self.application_name);
        c.authentication(AuthMethod::sql_server(&self.user, &self.password));
        let (level, trust) = match self.encrypt {
            Encrypt::Off => (EncryptionLevel::Off, true),
            Encrypt::On => (EncryptionLevel::Required, self.trust_server_certificate),
            Encrypt::Strict => (EncryptionLevel::Required, false),
            Encrypt::Plaintext => (EncryptionLevel::NotSupported, false),
        };
        c.encryption(level);
        if trust {
            c.trust_cert();
        }
        c
    }

    /// Used by tests to check that the password went where it belongs.
    #[cfg(test)]
    pub(crate) fn password(&self) -> &str {
        &self.password
    }
}

/// Decodes `%XX` escapes; `None` when an escape is malformed or the result is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PW: &str = "S3cr3t!;=x";

    fn ado(extra: &str) -> String {
        format!("Server=tcp:db.example,1433;Database=ROMSOFT-CLINICA;User Id=api;Password=\"{PW}\";{extra}")
    }

    fn assert_no_password(t: &MssqlTarget) {
        let shown = format!("{t:?} {}", t.display());
        assert!(!shown.contains("S3cr3t"), "{shown}");
    }

    #[test]
    fn ado_happy_path() {
        let t = MssqlTarget::from_ado(&ado(
            "Encrypt=true;TrustServerCertificate=false;Connect Timeout=7;Application Name=Caja",
        ))
        .unwrap();
        assert_eq!(t.host, "db.example");
        assert_eq!(t.port, 1433);
        assert_eq!(t.database.as_deref(), Some("ROMSOFT-CLINICA"));
        assert_eq!(t.user, "api");
        assert_eq!(t.password(), PW);
        assert_eq!(t.encrypt, Encrypt::On);
        assert!(!t.trust_server_certificate);
        assert_eq!(t.connect_timeout, Some(Duration::from_secs(7)));
        assert_eq!(t.application_name, "Caja");
        assert_eq!(t.display(), "sqlserver://db.example:1433/ROMSOFT-CLINICA (usuario api, encrypt=on)");
        assert_eq!(t.addr(), "db.example:1433");
        assert_eq!(t.tiberius_config().get_addr(), "db.example:1433");
        assert_no_password(&t);
    }

    #[test]
    fn ado_synonyms_and_defaults() {
        let t = MssqlTarget::from_ado(
            "Data Source=10.0.0.5,14330; Initial Catalog = ROMSOFT-CLINICA ; UID=sa; PWD=p=q; encrypt=Mandatory; trustservercertificate=YES; MultipleActiveResultSets=True",
        )
        .unwrap();
        assert_eq!((t.host.as_str(), t.port), ("10.0.0.5", 14330));
        assert_eq!(t.user, "sa");
        assert_eq!(t.password(), "p=q");
        assert_eq!(t.encrypt, Encrypt::On);
        assert!(t.trust_server_certificate);
        assert_eq!(
            t.display(),
            "sqlserver://10.0.0.5:14330/ROMSOFT-CLINICA (usuario sa, encrypt=on, trust_server_certificate=on)"
        );

        let t = MssqlTarget::from_ado("Address=(local);User=api;Password=''''").unwrap();
        assert_eq!((t.host.as_str(), t.port), ("localhost", 1433));
        assert_eq!(t.password(), "'");
        assert_eq!(t.encrypt, Encrypt::Off);
        assert_eq!(t.database, None);
        assert_eq!(t.application_name, "Romsoft");

        let t = MssqlTarget::from_ado("Server=srv\\SQLEXPRESS,1500;User Id=api;Password=x;Encrypt=optional").unwrap();
        assert_eq!((t.host.as_str(), t.port, t.instance.as_deref()), ("srv", 1500, Some("SQLEXPRESS")));
        assert_eq!(t.encrypt, Encrypt::Off);
        assert_eq!(MssqlTarget::from_ado("Server=s;User Id=u;Encrypt=strict").unwrap().encrypt, Encrypt::Strict);
        assert_eq!(MssqlTarget::from_ado("Server=s;User Id=u;Encrypt=no").unwrap().encrypt, Encrypt::Off);
    }

    #[test]
    fn ado_errors_name_the_key_and_hide_the_password() {
        let cases: &[(&str, &str)] = &[
            ("Database=X;User Id=api;Password=S3cr3t!", "Server"),
            ("Server=tcp:db,14x3;User Id=api;Password=S3cr3t!", "puerto"),
            ("Server=tcp:db,70000;User Id=api;Password=S3cr3t!", "70000"),
            ("Server=db;User Id=api;Password=S3cr3t!;Encrypt=maybe", "Encrypt"),
            ("Server=db;User Id=api;Password=S3cr3t!;TrustServerCertificate=si", "TrustServerCertificate"),
            ("Server=db;User Id=api;Password=S3cr3t!;Connect Timeout=abc", "Connect Timeout"),
            ("Server=db;Password=S3cr3t!", "User Id"),
            ("Server=db;User Id=api;Password=S3cr;3t!", "par número 4"),
            ("Server=db;User Id=api;Password=\"S3cr3t!", "comilla"),
            ("Server=db;User Id=api;Password=\"S3cr\"3t!", "después de la comilla"),
            ("Server=db\\INST;User Id=api;Password=S3cr3t!", "instancia"),
            ("Server=np:\\\\db\\pipe;User Id=api;Password=S3cr3t!", "TCP"),
            ("Server=db;Integrated Security=SSPI;Password=S3cr3t!", "Integrated Security"),
        ];
        for (raw, needle) in cases {
            let e = MssqlTarget::from_ado(raw).unwrap_err();
            assert!(matches!(e, DbError::Config(_)), "{raw}: {e:?}");
            let msg = e.to_string();
            assert!(msg.contains(needle), "{raw}: {msg}");
            assert!(!msg.contains("S3cr"), "{raw}: {msg}");
            assert!(!format!("{e:?}").contains("S3cr"), "{raw}: {e:?}");
        }
    }

    #[test]
    fn url_happy_path() {
        let t = MssqlTarget::from_url(
            "mssql://api:S3cr%3Bt%40%21@db.example:1444/ROMSOFT-CLINICA?encrypt=true&trust_server_certificate=false",
        )
        .unwrap();
        assert_eq!((t.host.as_str(), t.port), ("db.example", 1444));
        assert_eq!(t.user, "api");
        assert_eq!(t.password(), "S3cr;t@!");
        assert_eq!(t.database.as_deref(), Some("ROMSOFT-CLINICA"));
        assert_eq!(t.encrypt, Encrypt::On);
        assert_eq!(t.display(), "sqlserver://db.example:1444/ROMSOFT-CLINICA (usuario api, encrypt=on)");
        assert_no_password(&t);

        // Default port, sqlserver:// scheme, unencoded '@' in the password, encoded user.
        let t = MssqlTarget::from_url(
            "SQLSERVER://dom%5Capi:S3cr3t@x@db/ROMSOFT%20X?encrypt=false&trust_server_certificate=true",
        )
        .unwrap();
        assert_eq!((t.host.as_str(), t.port), ("db", 1433));
        assert_eq!(t.user, "dom\\api");
        assert_eq!(t.password(), "S3cr3t@x");
        assert_eq!(t.database.as_deref(), Some("ROMSOFT X"));
        assert_eq!(t.encrypt, Encrypt::Off);
        assert!(t.trust_server_certificate);
        assert_no_password(&t);

        let t = MssqlTarget::from_url("mssql://api:pw@[::1]:1433/db").unwrap();
        assert_eq!(t.host, "::1");
        assert_eq!(t.addr(), "[::1]:1433");
        assert_eq!(t.tiberius_config().get_addr(), "[::1]:1433");
    }

    #[test]
    fn url_errors() {
        let cases: &[(&str, &str)] = &[
            ("mssql://api:S3cr3t!@db:99999/X", "puerto"),
            ("mssql://api:S3cr3t!@db:abc/X", "puerto"),
            ("mssql://api:S3cr3t!@/X", "servidor"),
            ("mssql://db:1433/X", "usuario"),
            ("mssql://api:S3cr3t!@db/X?encrypt=quizas", "encrypt"),
            ("mssql://api:S3cr3t!@db/X?trust_server_certificate=2", "trust_server_certificate"),
            ("mssql://api:S3cr3t%zz@db/X", "contraseña"),
        ];
        for (raw, needle) in cases {
            let e = MssqlTarget::from_url(raw).unwrap_err();
            assert!(matches!(e, DbError::Config(_)), "{raw}: {e:?}");
            let msg = e.to_string();
            assert!(msg.contains(needle), "{raw}: {msg}");
            assert!(!msg.contains("S3cr"), "{raw}: {msg}");
        }
    }

    #[test]
    fn tls_settings_follow_sqlclient() {
        // Off: login-only encryption, certificate not validated (SqlClient behaviour).
        let off = MssqlTarget::from_ado("Server=db;User Id=u;Password=p;Encrypt=false").unwrap();
        let dbg = format!("{:?}", off.tiberius_config());
        assert!(dbg.contains("encryption: Off") && dbg.contains("TrustAll"), "{dbg}");
        let on = MssqlTarget::from_ado("Server=db;User Id=u;Password=p;Encrypt=true").unwrap();
        let dbg = format!("{:?}", on.tiberius_config());
        assert!(dbg.contains("encryption: Required") && dbg.contains("trust: Default"), "{dbg}");
        let trusted =
            MssqlTarget::from_ado("Server=db;User Id=u;Password=p;Encrypt=true;TrustServerCertificate=true").unwrap();
        assert!(format!("{:?}", trusted.tiberius_config()).contains("TrustAll"));
        let strict =
            MssqlTarget::from_ado("Server=db;User Id=u;Password=p;Encrypt=strict;TrustServerCertificate=true").unwrap();
        let dbg = format!("{:?}", strict.tiberius_config());
        assert!(dbg.contains("encryption: Required") && dbg.contains("trust: Default"), "{dbg}");
        assert_eq!(strict.display(), "sqlserver://db:1433 (usuario u, encrypt=strict)");
    }
}
