//! Tests of the configuration (split out of `config.rs`).

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
    assert_eq!(all.len(), 34, "{all:?}");
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
        jail.create_file("jwt", "desde-archivo-0123456789abcdef0123\n").map_err(|e| e.to_string())?;
        jail.create_file("cost", "10\n").map_err(|e| e.to_string())?;
        let s = Settings::load(Path::new("/nonexistent.toml"))?;
        assert_eq!(s.server.bind, "0.0.0.0:8080");
        assert_eq!(s.server.workers, 3);
        assert!(!s.logging.console);
        assert_eq!(s.database.url.expose(), "sqlite:///tmp/x.db");
        assert_eq!(s.auth.jwt_expire_minutes, 60);
        assert_eq!(s.auth.legacy_client_networks, vec!["10.0.0.0/8", "192.168.1.0/24"]);
        assert_eq!(s.auth.jwt_secret_key.expose(), "desde-archivo-0123456789abcdef0123");
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
    with_env(&[("ROMSOFT__SERVER__BINDD", "x"), ("ROMSOFT_AUTH__BCRYPT_COST", "4")], |_| {
        let (s, w) = Settings::load_checked(Path::new("/x"), false)?;
        assert_eq!(s, Settings::default());
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w.iter().any(|w| w.starts_with("variable de entorno desconocida ROMSOFT__SERVER__BINDD: se ignora")), "{w:?}");
        assert!(w.iter().any(|w| w.contains("¿quiso decir ROMSOFT__AUTH__BCRYPT_COST?")), "{w:?}");
        Ok(())
    });
    with_env(&[("ROMSOFT__AUTH__JWT_EXPIRE_MINUTES", "mucho")], |_| {
        let e = Settings::load(Path::new("/x")).unwrap_err();
        assert_eq!(
            e,
            "configuración inválida: ROMSOFT__AUTH__JWT_EXPIRE_MINUTES = \"mucho\": no es válido; se espera un número entero mayor o igual a 0"
        );
        Ok(())
    });
    with_env(&[], |jail| {
        let f = jail.directory().join("a.toml");
        std::fs::write(&f, "[server]\nworkers = \"x\"\n").map_err(|e| e.to_string())?;
        let e = Settings::load(&f).unwrap_err();
        assert!(e.contains("[server] workers (en ") && e.contains("a.toml) = \"x\"") && e.contains("número entero"), "{e}");
        std::fs::write(&f, "[server]\nworkerz = 1\n").map_err(|e| e.to_string())?;
        let e = Settings::load(&f).unwrap_err();
        assert!(e.contains("[server] workerz en ") && e.contains("clave desconocida; válidas: bind,"), "{e}");
        let e = Settings::load_checked(&jail.directory().join("no-hay.toml"), true).unwrap_err();
        assert!(e.contains("no-hay.toml (--config) no existe"), "{e}");
        Ok(())
    });
    with_env(&[("ROMSOFT__AUTH__JWT_SECRET_KEY_FILE", "/no/existe")], |_| {
        let e = Settings::load(Path::new("/x")).unwrap_err();
        assert!(e.starts_with("ROMSOFT__AUTH__JWT_SECRET_KEY_FILE: no se pudo leer /no/existe: "), "{e}");
        Ok(())
    });
    let vars = [
        ("ROMSOFT__AUTH__JWT_SECRET_KEY", "muy-secreto-0123456789abcdef01234"),
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
fn unsafe_values_are_refused_unless_explicitly_allowed() {
    for (vars, expected) in [
        (vec![("ROMSOFT__AUTH__BCRYPT_COST", "99")], "ROMSOFT__AUTH__BCRYPT_COST = 99: el costo bcrypt debe estar entre 10 y 15"),
        (vec![("ROMSOFT__AUTH__BCRYPT_COST", "4")], "ROMSOFT__AUTH__BCRYPT_COST = 4: el costo bcrypt"),
        (vec![("ROMSOFT__AUTH__BCRYPT_COST", "16"), ("ROMSOFT__AUTH__ALLOW_INSECURE_BCRYPT_COST_FOR_TESTS", "true")], "= 16"),
        (vec![("ROMSOFT__AUTH__JWT_SECRET_KEY", "abcde")], "ROMSOFT__AUTH__JWT_SECRET_KEY: la clave de los tokens tiene 5 bytes"),
        (vec![("ROMSOFT__AUTH__LEGACY_CLIENT_NETWORKS", "10.0.0.0/8, ::/0")], "contiene ::/0: cualquier dirección"),
    ] {
        with_env(&vars, |_| {
            let e = Settings::load(Path::new("/x")).unwrap_err();
            assert!(e.starts_with("configuración insegura: ") && e.contains(expected), "{e}");
            Ok(())
        });
    }
    let vars = [
        ("ROMSOFT__AUTH__BCRYPT_COST", "4"),
        ("ROMSOFT__AUTH__ALLOW_INSECURE_BCRYPT_COST_FOR_TESTS", "true"),
        ("ROMSOFT__AUTH__LEGACY_CLIENT_NETWORKS", "0.0.0.0/0"),
        ("ROMSOFT__AUTH__ALLOW_ANY_LEGACY_NETWORK", "true"),
        ("ROMSOFT__AUTH__JWT_SECRET_KEY", "0123456789abcdef0123456789abcdef"),
    ];
    with_env(&vars, |_| {
        let s = Settings::load(Path::new("/x"))?;
        assert_eq!((s.auth.bcrypt_cost, s.auth.legacy_client_networks.len()), (4, 1));
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
