//! `mssql://user:password@host[:port]/Database?encrypt=true&trust_server_certificate=false`
//! (also `sqlserver://`), split by the `url` crate. User, password and database are
//! percent-decoded; a malformed `%XX` escape is an error rather than a different password.

use percent_encoding::percent_decode_str;
use url::{Host, ParseError, Url};

use super::{DEFAULT_APP_NAME, DEFAULT_PORT, Encrypt, MssqlTarget, parse_bool, parse_timeout};
use crate::DbError;

const EXAMPLE: &str = "use mssql://usuario:clave@servidor:1433/base";

/// Decodes `%XX` escapes, refusing malformed ones (`%zz`, a lone `%`) and non-UTF-8 results.
fn decode(s: &str, error: &str) -> Result<String, DbError> {
    let escapes_ok = s
        .split('%')
        .skip(1)
        .all(|rest| rest.as_bytes().get(..2).is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)));
    match escapes_ok.then(|| percent_decode_str(s).decode_utf8()) {
        Some(Ok(text)) => Ok(text.into_owned()),
        _ => Err(DbError::Config(error.to_owned())),
    }
}

/// A Spanish message for a URL the `url` crate rejects. Never quotes the text: the part it
/// stumbled on may be the password.
fn parse_error(e: ParseError) -> DbError {
    const ENCODE: &str = "si la contraseña contiene '/', '?', '#' o '%', codifíquelos como %2F, %3F, %23, %25";
    DbError::Config(match e {
        ParseError::InvalidPort => {
            format!("puerto inválido en la URL (debe ser un número entre 1 y 65535; {ENCODE})")
        }
        ParseError::EmptyHost => format!("la URL de SQL Server no indica el servidor: {EXAMPLE}"),
        ParseError::InvalidIpv6Address => "la dirección IPv6 de la URL no es válida: escríbala entre corchetes, p. ej. [::1]:1433".into(),
        ParseError::InvalidIpv4Address => "la dirección IPv4 de la URL no es válida".into(),
        _ => format!("la URL de SQL Server está mal formada ({ENCODE}): {EXAMPLE}"),
    })
}

impl MssqlTarget {
    /// Parses `mssql://user:password@host[:port]/Database?encrypt=true&trust_server_certificate=false`
    /// (also `sqlserver://`). User, password and database are percent-decoded.
    pub fn from_url(s: &str) -> Result<Self, DbError> {
        let url = Url::parse(s.trim()).map_err(parse_error)?;
        if !matches!(url.scheme(), "mssql" | "sqlserver") {
            return Err(DbError::Config("la URL de SQL Server debe empezar con mssql:// o sqlserver://".into()));
        }
        let user = decode(url.username(), "el usuario de la URL tiene un escape %XX inválido")?;
        if user.trim().is_empty() {
            return Err(DbError::Config(format!("la URL de SQL Server no indica el usuario: {EXAMPLE}")));
        }
        let password = decode(
            url.password().unwrap_or(""),
            "la contraseña de la URL tiene un escape %XX inválido (codifique '%' como %25)",
        )?;
        let host = match url.host() {
            Some(Host::Domain(".")) => "localhost".to_owned(),
            Some(Host::Domain(d)) if !d.trim().is_empty() => d.to_owned(),
            Some(Host::Ipv4(ip)) => ip.to_string(),
            Some(Host::Ipv6(ip)) => ip.to_string(),
            _ => return Err(DbError::Config(format!("la URL de SQL Server no indica el servidor: {EXAMPLE}"))),
        };
        let port = match url.port() {
            Some(0) => return Err(parse_error(ParseError::InvalidPort)),
            p => p.unwrap_or(DEFAULT_PORT),
        };
        let database = decode(url.path().trim_matches('/'), "el nombre de la base en la URL tiene un escape %XX inválido")?;
        let database = Some(database).filter(|d| !d.is_empty());

        // Encrypted unless `encrypt=false` (warned at start).
        let mut encrypt = Encrypt::On;
        let mut trust_server_certificate = false;
        let mut connect_timeout = None;
        let mut application_name = DEFAULT_APP_NAME.to_string();
        for (k, v) in url.query_pairs() {
            match k.to_ascii_lowercase().as_str() {
                "encrypt" => encrypt = Encrypt::parse(&k, &v)?,
                "trust_server_certificate" | "trustservercertificate" | "trust-server-certificate" => {
                    trust_server_certificate = parse_bool(&k, &v)?
                }
                "connect_timeout" | "connect-timeout" | "connecttimeout" => connect_timeout = parse_timeout(&k, &v)?,
                "application_name" | "application-name" | "applicationname" | "app_name" => {
                    if !v.trim().is_empty() {
                        application_name = v.trim().to_string();
                    }
                }
                _ => log::warn!("URL de SQL Server: opción desconocida «{k}», se ignora"),
            }
        }

        Ok(Self {
            host,
            port,
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mssql::target::assert_no_password;

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
    fn url_special_characters_in_the_password() {
        // Encoded separators and accents; an unencoded '/' cannot be told from the path, so it
        // is an error that says how to encode it, without the password.
        let t = MssqlTarget::from_url("mssql://api:S3cr%2F%3F%23%25%7B%7D=;ñ@db/X").unwrap();
        assert_eq!(t.password(), "S3cr/?#%{}=;ñ");
        let t = MssqlTarget::from_url("mssql://api:contraseña con espacio@127.0.0.1:1500/X?connect_timeout=9&application_name=Caja").unwrap();
        assert_eq!(t.password(), "contraseña con espacio");
        assert_eq!((t.host.as_str(), t.port), ("127.0.0.1", 1500));
        assert_eq!(t.connect_timeout, Some(std::time::Duration::from_secs(9)));
        assert_eq!(t.application_name, "Caja");
        let e = MssqlTarget::from_url("mssql://api:S3cr/3t@db/X").unwrap_err().to_string();
        assert!(e.contains("%2F") && !e.contains("S3cr"), "{e}");
        let e = MssqlTarget::from_url("mssql://api:pw@db:0/X").unwrap_err().to_string();
        assert!(e.contains("puerto"), "{e}");
        let e = MssqlTarget::from_url("postgres://api:S3cr3t@db/X").unwrap_err().to_string();
        assert!(e.contains("mssql://") && !e.contains("S3cr"), "{e}");
    }
}
