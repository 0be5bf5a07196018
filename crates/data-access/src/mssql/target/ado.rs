//! ADO.NET connection strings as DBAs have them, split with SqlClient's rules (the `target`
//! module documentation says why not with the `connection-string` crate).

use std::collections::HashMap;

use super::{DEFAULT_APP_NAME, DEFAULT_PORT, Encrypt, MssqlTarget, parse_bool, parse_port, parse_timeout};
use crate::DbError;

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
    // A named instance without a port: 0 here, SQL Server Browser resolves it at connect time.
    let port = if instance.is_some() && port.is_none() { Some(0) } else { port };
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
            // Encrypted unless the string says otherwise (as Microsoft.Data.SqlClient 4+ does;
            // the legacy System.Data.SqlClient defaulted to false). Turning it off is warned at start.
            None => Encrypt::On,
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
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::mssql::target::assert_no_password;

    const PW: &str = "S3cr3t!;=x";

    fn ado(extra: &str) -> String {
        format!("Server=tcp:db.example,1433;Database=ROMSOFT-CLINICA;User Id=api;Password=\"{PW}\";{extra}")
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
        assert_eq!(t.encrypt, Encrypt::On, "encrypted unless the string turns it off");
        assert_eq!(t.database, None);
        assert_eq!(t.application_name, "Romsoft");

        let t = MssqlTarget::from_ado("Server=srv\\SQLEXPRESS,1500;User Id=api;Password=x;Encrypt=optional").unwrap();
        assert_eq!((t.host.as_str(), t.port, t.instance.as_deref()), ("srv", 1500, Some("SQLEXPRESS")));
        // Without a port: resolved through SQL Server Browser when connecting.
        let named = MssqlTarget::from_ado("Server=DBHOST\\SQLEXPRESS;User Id=api;Password=x").unwrap();
        assert_eq!((named.host.as_str(), named.port, named.instance.as_deref()), ("DBHOST", 0, Some("SQLEXPRESS")));
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
    fn passwords_keep_separators_quotes_braces_and_accents() {
        // SqlClient rules: quotes group, a doubled quote is a literal one, `=` is literal in a
        // value and braces mean nothing. The `connection-string` crate gets each case wrong.
        let cases: &[(&str, &str)] = &[
            ("Password=p=q", "p=q"),
            ("Password=\"a;b=c\"", "a;b=c"),
            ("Password='a;b'", "a;b"),
            ("Password=\"a\"\"b\"", "a\"b"),
            ("Password=''''", "'"),
            ("Password={abc}", "{abc}"),
            ("Password=\"{a;b}\"", "{a;b}"),
            ("Password='x}{y'", "x}{y"),
            ("Password=a}b{c", "a}b{c"),
            ("Password=contraseña", "contraseña"),
            ("Password=\" con espacios \"", " con espacios "),
        ];
        for (pair, expected) in cases {
            let t = MssqlTarget::from_ado(&format!("Server=db;User Id=api;{pair};Database=Clínica")).unwrap();
            assert_eq!(t.password(), *expected, "{pair}");
            assert_eq!(t.database.as_deref(), Some("Clínica"), "{pair}");
        }
        // An unquoted ';' ends the value: the rest is reported by position, never quoted.
        let e = MssqlTarget::from_ado("Server=db;User Id=api;Password={S3cr;3t}").unwrap_err().to_string();
        assert!(!e.contains("S3cr") && !e.contains("3t}"), "{e}");
        assert!(
            e.ends_with(
                "cadena de conexión ADO.NET mal formada en el par número 4: falta '=' entre la clave y el valor \
                 (si la contraseña contiene ';' o comillas, enciérrela entre comillas dobles)"
            ),
            "{e}"
        );
    }
}
