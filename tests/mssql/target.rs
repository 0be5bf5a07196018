//! Which database the suite works in, from the `ROMSOFT_TEST_MSSQL` connection string.
//!
//! * The string names no database: the suite creates `romsoft_prueba_<random>` and drops it at
//!   the end. The server-level string is the one given (the login's default database); the
//!   string for the new database is the same with `;Database=<name>` appended (the last
//!   occurrence of a key wins, in SqlClient and in our parser alike).
//! * The string names one (`Database=` / `Initial Catalog=`): the suite installs into it and
//!   leaves it there; it is never dropped.
//!
//! Only ADO.NET strings are accepted, the form DBAs have and the one the README shows.

use data_access::{DatabaseUrl, mssql::MssqlTarget};

/// Where the suite runs.
#[derive(Debug)]
pub struct Plan {
    /// The database the suite installs into and points `romsoft` at.
    pub database: String,
    /// `true` when the suite created it (and must drop it).
    pub created: bool,
    /// The connection string that reaches the server (its default database).
    pub server_conn: String,
    /// The connection string that reaches `database`: what `romsoft` gets as `[database] url`.
    pub database_conn: String,
}

/// The target an ADO.NET string describes, or why it cannot be used by the suite. Never quotes
/// the string (it holds a password).
pub fn parse(conn: &str) -> Result<MssqlTarget, String> {
    let lower = conn.trim().to_ascii_lowercase();
    if lower.starts_with("mssql://") || lower.starts_with("sqlserver://") || lower.starts_with("sqlite:") {
        return Err("ROMSOFT_TEST_MSSQL debe ser una cadena ADO.NET de SQL Server \
                    (server=tcp:host,1433;user=sa;password=…;TrustServerCertificate=true), no una URL"
            .into());
    }
    match DatabaseUrl::parse(conn) {
        Ok(DatabaseUrl::Mssql(t)) => Ok(t),
        Ok(DatabaseUrl::Sqlite { .. }) => Err("ROMSOFT_TEST_MSSQL no es una cadena de SQL Server".into()),
        Err(e) => Err(format!("ROMSOFT_TEST_MSSQL: {e}")),
    }
}

/// A fresh database name: `romsoft_prueba_` and 12 random hexadecimal digits.
pub fn fresh_name() -> String {
    format!("romsoft_prueba_{}", &uuid::Uuid::new_v4().simple().to_string()[..12])
}

/// The plan for `conn`; `fresh` is the name to create when the string names no database.
pub fn plan(conn: &str, fresh: &str) -> Result<Plan, String> {
    let target = parse(conn)?;
    let base = conn.trim().trim_end_matches([';', ' ', '\t']).to_owned();
    match target.database() {
        Some(named) => Ok(Plan { database: named.to_owned(), created: false, server_conn: base.clone(), database_conn: base }),
        None => {
            if fresh.is_empty() || !fresh.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Err(format!("nombre de base de prueba inválido: «{fresh}»"));
            }
            let database_conn = format!("{base};Database={fresh}");
            // The appended key must be what the parser sees, whatever the string held.
            match parse(&database_conn)?.database() {
                Some(d) if d == fresh => {}
                _ => return Err("no se pudo añadir Database= a ROMSOFT_TEST_MSSQL (¿comillas sin cerrar?)".into()),
            }
            Ok(Plan { database: fresh.to_owned(), created: true, server_conn: base, database_conn })
        }
    }
}

/// `name` as a T-SQL delimited identifier: `[name]` with `]` doubled.
pub fn quote_ident(name: &str) -> String {
    format!("[{}]", name.replace(']', "]]"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_without_a_database_gets_a_fresh_one_appended() {
        let conn = "server=tcp:db.example,1433;user=sa;password=S3cr3t;x;TrustServerCertificate=true;";
        // An unquoted ';' in the password is the DBA's problem, but a quoted one must survive.
        let conn = conn.replace("S3cr3t;x", "\"S3cr3t;x\"");
        let p = plan(&conn, "romsoft_prueba_0123456789ab").unwrap();
        assert!(p.created);
        assert_eq!(p.database, "romsoft_prueba_0123456789ab");
        assert_eq!(p.server_conn, conn.trim_end_matches(';'));
        assert_eq!(p.database_conn, format!("{};Database=romsoft_prueba_0123456789ab", conn.trim_end_matches(';')));
        let t = parse(&p.database_conn).unwrap();
        assert_eq!(t.database(), Some("romsoft_prueba_0123456789ab"));
        assert_eq!(t.display(), "sqlserver://db.example:1433/romsoft_prueba_0123456789ab (usuario sa, encrypt=on, trust_server_certificate=on)");
        assert_eq!(parse(&p.server_conn).unwrap().database(), None);
        // The same settings reach the server and the database: only the database differs.
        assert_eq!(
            format!("{:?}", parse(&p.server_conn).unwrap().tiberius_config()),
            format!("{:?}", t.tiberius_config()).replace("Some(\"romsoft_prueba_0123456789ab\")", "None")
        );
    }

    #[test]
    fn an_empty_database_key_counts_as_none_and_a_named_one_is_used_and_kept() {
        let p = plan("Server=tcp:h,1433;Database=;User Id=sa;Password=p", "romsoft_prueba_1").unwrap();
        assert!(p.created && p.database_conn.ends_with(";Database=romsoft_prueba_1"), "{p:?}");
        assert_eq!(parse(&p.database_conn).unwrap().database(), Some("romsoft_prueba_1"));
        for conn in ["Server=tcp:h,1433;Initial Catalog=ROMSOFT-PRUEBAS;User Id=sa;Password=p", "Data Source=h;database=ROMSOFT-PRUEBAS;UID=sa;PWD=p;"] {
            let p = plan(conn, "romsoft_prueba_1").unwrap();
            assert!(!p.created, "{conn}");
            assert_eq!(p.database, "ROMSOFT-PRUEBAS");
            assert_eq!((p.database_conn.as_str(), p.server_conn.as_str()), (conn.trim_end_matches(';'), conn.trim_end_matches(';')));
        }
    }

    #[test]
    fn urls_sqlite_and_broken_strings_are_refused_without_the_password() {
        for (conn, says) in [
            ("mssql://sa:S3cr3t@h/X", "no una URL"),
            ("sqlite://data/x.db", "no una URL"),
            ("Server=tcp:h,1433;Password=S3cr3t", "usuario"),
            ("Server=tcp:h,99999;User=sa;Password=S3cr3t", "puerto"),
            ("Server=tcp:h;User=sa;Password=\"S3cr3t", "comilla"),
            ("Server=h;User=sa;Password=S3cr3t;Integrated Security=SSPI", "integrada"),
            ("host=h", "ROMSOFT_TEST_MSSQL"),
        ] {
            let e = plan(conn, "romsoft_prueba_1").unwrap_err();
            assert!(e.contains(says), "{conn}: {e}");
            assert!(!e.contains("S3cr3t"), "{conn}: {e}");
        }
        assert!(plan("Server=h;User=sa;Password=p", "x; DROP DATABASE y").unwrap_err().contains("inválido"));
    }

    #[test]
    fn fresh_names_are_distinct_plain_identifiers() {
        let (a, b) = (fresh_name(), fresh_name());
        assert_ne!(a, b);
        for n in [&a, &b] {
            assert!(n.starts_with("romsoft_prueba_") && n.len() == 27, "{n}");
            assert!(n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'), "{n}");
        }
        assert_eq!(quote_ident("a]b"), "[a]]b]");
        assert_eq!(quote_ident(&a), format!("[{a}]"));
    }
}
