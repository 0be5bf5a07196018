//! The `[database] url` setting: an embedded SQLite file or a SQL Server.
//!
//! Accepted forms:
//! * `sqlite://PATH` (relative to the working directory, or absolute: `sqlite:///var/lib/x.db`)
//! * an ADO.NET connection string as DBAs have it:
//!   `Server=tcp:host,1433;Database=ROMSOFT-CLINICA;User Id=…;Password=…;Encrypt=true;TrustServerCertificate=false`
//! * `mssql://user:password@host:1433/ROMSOFT-CLINICA?encrypt=true&trust_server_certificate=false`
//!   (also `sqlserver://`)

use std::{fmt, path::PathBuf};

use crate::{DbError, mssql::MssqlTarget};

#[derive(Clone)]
pub enum DatabaseUrl {
    Sqlite { path: PathBuf },
    Mssql(MssqlTarget),
}

impl DatabaseUrl {
    pub fn parse(raw: &str) -> Result<Self, DbError> {
        let s = raw.trim();
        if s.is_empty() {
            return Err(DbError::Config("database.url está vacío".into()));
        }
        let lower = s.to_ascii_lowercase();
        if let Some(rest) = lower.strip_prefix("sqlite:").map(|_| &s["sqlite:".len()..]) {
            let path = rest.strip_prefix("//").unwrap_or(rest);
            if path.is_empty() || path.contains('\0') {
                return Err(DbError::Config("sqlite:// necesita la ruta del archivo, p. ej. sqlite://data/romsoft.db".into()));
            }
            // `sqlite://data/x.db?mode=rwc` → drop query options.
            let path = path.split('?').next().unwrap_or(path);
            return Ok(Self::Sqlite { path: PathBuf::from(path) });
        }
        if lower.starts_with("mssql://") || lower.starts_with("sqlserver://") {
            return Ok(Self::Mssql(MssqlTarget::from_url(s)?));
        }
        if lower.contains('=') && (lower.contains("server=") || lower.contains("data source=") || lower.contains("address=")) {
            return Ok(Self::Mssql(MssqlTarget::from_ado(s)?));
        }
        Err(DbError::Config(
            "database.url debe ser sqlite://RUTA, mssql://usuario:clave@host:puerto/base o una cadena ADO.NET (Server=…;Database=…;User Id=…;Password=…)".into(),
        ))
    }

    /// The URL with any password removed, for logs and error messages.
    pub fn redacted(&self) -> String {
        match self {
            Self::Sqlite { path } => format!("sqlite://{}", path.display()),
            Self::Mssql(t) => t.display(),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_forms() {
        match DatabaseUrl::parse("sqlite://data/romsoft.db").unwrap() {
            DatabaseUrl::Sqlite { path } => assert_eq!(path, PathBuf::from("data/romsoft.db")),
            _ => panic!("expected sqlite"),
        }
        match DatabaseUrl::parse("SQLITE:///var/lib/romsoft/x.db?mode=rwc").unwrap() {
            DatabaseUrl::Sqlite { path } => assert_eq!(path, PathBuf::from("/var/lib/romsoft/x.db")),
            _ => panic!("expected sqlite"),
        }
        assert!(DatabaseUrl::parse("sqlite://").is_err());
    }

    #[test]
    fn rejects_unknown_forms_with_a_hint() {
        let e = DatabaseUrl::parse("postgres://x").unwrap_err().to_string();
        assert!(e.contains("sqlite://"), "{e}");
        assert!(DatabaseUrl::parse("   ").is_err());
    }

    #[test]
    fn sql_server_forms_never_show_the_password() {
        for raw in [
            "Server=tcp:db.example,1433;Database=ROMSOFT-CLINICA;User Id=api;Password=S3cr3t!;Encrypt=true;TrustServerCertificate=false",
            "mssql://api:S3cr3t!@db.example:1433/ROMSOFT-CLINICA?encrypt=true",
        ] {
            let u = DatabaseUrl::parse(raw).unwrap();
            assert!(matches!(u, DatabaseUrl::Mssql(_)));
            let shown = format!("{u:?} {}", u.redacted());
            assert!(!shown.contains("S3cr3t"), "{shown}");
            assert!(shown.contains("db.example"), "{shown}");
        }
    }
}
