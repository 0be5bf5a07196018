//! Issue 11 item 3: the configuration an operator writes is checked and explained.

use crate::harness::*;

/// Runs `romsoft migrate` in a fresh folder with `env`; exit code and standard error.
fn migrate(args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = romsoft();
    cmd.args(args).arg("migrate").current_dir(dir.path()).env("ROMSOFT__LOGGING__CONSOLE", "false");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_missing_config_file_is_an_error_naming_it() {
    let (code, err) = migrate(&["--config", "/no/existe/appsettings.toml"], &[]);
    assert_eq!(code, Some(2));
    assert_eq!(err.trim(), "romsoft: el archivo de configuración /no/existe/appsettings.toml (--config) no existe");
}

#[test]
fn a_bad_value_names_the_variable_or_the_file_key_and_what_is_allowed() {
    let (code, err) = migrate(&[], &[("ROMSOFT__SERVER__WORKERS", "muchos")]);
    assert_eq!(code, Some(2));
    assert_eq!(
        err.trim(),
        "romsoft: configuración inválida: ROMSOFT__SERVER__WORKERS = \"muchos\": no es válido; se espera un número entero mayor o igual a 0"
    );
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("clinica.toml");
    std::fs::write(&f, "[server]\nworkers = \"x\"\n").unwrap();
    let (code, err) = migrate(&["--config", f.to_str().unwrap()], &[]);
    assert_eq!(code, Some(2));
    let expected = format!("romsoft: configuración inválida: [server] workers (en {}) = \"x\": no es válido; se espera un número entero", f.display());
    assert!(err.starts_with(&expected), "{err}");
}

#[test]
fn unknown_romsoft_variables_are_warned_about_one_line_each() {
    let (code, err) = migrate(
        &[],
        &[("ROMSOFT__SERVER__BINDD", "x"), ("ROMSOFT_DATABASE__URL", "y"), ("ROMSOFT__DATABASE__URL", "sqlite://data/romsoft.db")],
    );
    assert_eq!(code, Some(0), "{err}");
    let warnings: Vec<&str> = err.lines().filter(|l| l.starts_with("romsoft: aviso: ")).collect();
    assert_eq!(warnings.len(), 2, "{err}");
    assert!(warnings.iter().any(|w| w.contains("variable de entorno desconocida ROMSOFT__SERVER__BINDD: se ignora (válidas: ROMSOFT__SERVER__BIND,")), "{err}");
    assert!(warnings.iter().any(|w| w.contains("ROMSOFT_DATABASE__URL ignorada: ¿quiso decir ROMSOFT__DATABASE__URL?")), "{err}");
}

#[test]
fn unsafe_values_are_refused_unless_explicitly_allowed() {
    for (env, expected) in [
        (vec![("ROMSOFT__AUTH__BCRYPT_COST", "99")], "ROMSOFT__AUTH__BCRYPT_COST = 99: el costo bcrypt debe estar entre 10 y 15"),
        (vec![("ROMSOFT__AUTH__BCRYPT_COST", "4")], "ROMSOFT__AUTH__BCRYPT_COST = 4: el costo bcrypt debe estar entre 10 y 15"),
        (vec![("ROMSOFT__AUTH__JWT_SECRET_KEY", "12345")], "ROMSOFT__AUTH__JWT_SECRET_KEY: la clave de los tokens tiene 5 bytes; se requieren al menos 32"),
        (vec![("ROMSOFT__AUTH__LEGACY_CLIENT_NETWORKS", "0.0.0.0/0")], "ROMSOFT__AUTH__LEGACY_CLIENT_NETWORKS contiene 0.0.0.0/0"),
        (vec![("ROMSOFT__AUTH__LEGACY_CLIENT_NETWORKS", "192.168.1.0/24,::/0")], "contiene ::/0: cualquier dirección podría llamar sin token"),
    ] {
        let (code, err) = migrate(&[], &env);
        assert_eq!(code, Some(2), "{env:?}: {err}");
        assert!(err.starts_with("romsoft: configuración insegura: ") && err.contains(expected), "{err}");
    }
    let (code, err) = migrate(
        &[],
        &[
            ("ROMSOFT__AUTH__BCRYPT_COST", "4"),
            ("ROMSOFT__AUTH__ALLOW_INSECURE_BCRYPT_COST_FOR_TESTS", "true"),
            ("ROMSOFT__AUTH__LEGACY_CLIENT_NETWORKS", "0.0.0.0/0"),
            ("ROMSOFT__AUTH__ALLOW_ANY_LEGACY_NETWORK", "true"),
        ],
    );
    assert_eq!(code, Some(0), "{err}");
}
