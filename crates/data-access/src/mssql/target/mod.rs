//! Connection settings for SQL Server, read from an ADO.NET connection string ([`ado`]) or a
//! `mssql://` / `sqlserver://` URL ([`url`]), and turned into a `tiberius::Config` ([`tls`]).
//!
//! URLs are split by the `url` crate. ADO.NET strings are split by our own SqlClient-compatible
//! tokenizer (`ado::split_ado`), not by `tiberius::Config::from_ado_string` nor the
//! `connection-string` crate it uses: that parser rejects `Password=p=q` and any non-ASCII
//! character (quoting the character in its error), turns `Password=''''` into an empty password
//! and `"a""b"` into `a""b`, strips `{…}` braces (ODBC syntax, literal in SqlClient) and accepts
//! `"ab"c` silently, so a legacy connection string could log in with another password than the
//! one the DBA wrote. tiberius' own parser also hides what it found and reports errors in
//! English without naming the key. The tests in `ado.rs` pin each of those cases.
//!
//! No error message, `Debug` output or [`MssqlTarget::display`] ever contains the password.

use std::{fmt, time::Duration};

use crate::DbError;

mod ado;
pub mod browser;
mod tls;
mod url;

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
    /// Named instance (`host\INST`). With an explicit port (`host\INST,1433`) it is only shown;
    /// without one, `port` is 0 until SQL Server Browser resolves it at connect time.
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

impl MssqlTarget {
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
        // Port 0: a named instance whose port SQL Server Browser gives at connect time.
        let port = if self.port == 0 { String::new() } else { format!(":{}", self.port) };
        format!(
            "sqlserver://{host}{inst}{port}{db} (usuario {}, encrypt={}{trust})",
            self.user,
            self.encrypt.label()
        )
    }

    /// The database the settings name (`Database` / `Initial Catalog`, the URL's path), if any.
    pub fn database(&self) -> Option<&str> {
        self.database.as_deref()
    }

    /// `host:port` as `TcpStream::connect` takes it.
    /// The same target on another TCP port (a named instance's, from SQL Server Browser).
    pub(crate) fn with_port(&self, port: u16) -> Self {
        Self { port, ..self.clone() }
    }

    pub(crate) fn addr(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    /// Used by tests to check that the password went where it belongs.
    #[cfg(test)]
    pub(crate) fn password(&self) -> &str {
        &self.password
    }
}

/// Fails when `Debug` or `display()` shows the password of the test strings (`S3cr3t…`).
#[cfg(test)]
fn assert_no_password(t: &MssqlTarget) {
    let shown = format!("{t:?} {}", t.display());
    assert!(!shown.contains("S3cr3t"), "{shown}");
}
