//! The `tiberius::Config` for a [`MssqlTarget`], with SqlClient's certificate rules.

use tiberius::{AuthMethod, Config, EncryptionLevel};

use super::{Encrypt, MssqlTarget};

impl MssqlTarget {
    /// The tiberius configuration for these settings.
    ///
    /// Certificate validation follows SqlClient: with `Encrypt=false` only the login travels
    /// encrypted and SqlClient does not validate the server certificate, so neither do we
    /// (otherwise every on-premises server with its self-signed certificate would fail, while
    /// the legacy API connected). With `Encrypt=true` the certificate is validated against the
    /// system roots unless `TrustServerCertificate=true`; with `Encrypt=strict` always.
    /// Public for the opt-in SQL Server test suite, which installs the scripts through tiberius
    /// with exactly the settings the server would use.
    pub fn tiberius_config(&self) -> Config {
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
