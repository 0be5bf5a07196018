//! The opt-in suite against a real SQL Server (README "Probar contra un SQL Server real").
//!
//! With `ROMSOFT_TEST_MSSQL` set to an ADO.NET connection string, `sql_server_suite` creates a
//! database (or uses the one the string names), installs `sql/mssql/install_all.sql` through
//! tiberius twice, starts the real `romsoft` binary on it and runs the black-box flows of
//! `flows.rs` over HTTP; the database it created is dropped at the end, also after a failure.
//! Without the variable it says how to enable it and checks the install script's batches only.
//!
//! The same flows also run against the embedded SQLite database on every `cargo test`, so the
//! day someone points the suite at a SQL Server, a failure means a difference between the two
//! backends, not a mistake in the flows.

#[allow(dead_code)]
#[path = "../e2e/harness.rs"]
mod harness;

mod flows;
mod setup;
mod sqlcmd;
mod target;

use std::path::{Path, PathBuf};

use harness::Server;

const VARIABLE: &str = "ROMSOFT_TEST_MSSQL";

fn install_all() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sql/mssql/install_all.sql").canonicalize().expect("sql/mssql/install_all.sql")
}

/// The `.sql` files under `sql/mssql/<dir>/`, sorted.
fn sql_files(dir: &str) -> Vec<PathBuf> {
    let root = install_all().parent().unwrap().join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.unwrap().path().canonicalize().unwrap())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    files
}

/// Checks `sql/mssql/install_all.sql` as the suite will send it: every `:r` resolves and every
/// script under schema/, views/, procedures/ and seed/ is included once; every batch is non-empty,
/// ended by a `GO`, lexically closed (no `GO` inside a comment or string) and free of sqlcmd
/// variables; each procedure file gives exactly one `CREATE OR ALTER PROCEDURE Romsoft.<file>`
/// batch. Returns the number of batches.
fn check_install_script() -> usize {
    let path = install_all();
    let root = path.parent().unwrap().to_path_buf();
    let script = sqlcmd::expand(&path).unwrap_or_else(|e| panic!("{e}"));

    // Every file installed, once, in the script's order: schema, views, procedures, seed.
    let mut expected = vec![path.clone()];
    for dir in ["schema", "views", "procedures", "seed"] {
        expected.extend(sql_files(dir));
    }
    assert_eq!(script.files, expected, "install_all.sql includes every script once, by folder");
    assert!(sql_files("procedures").len() >= 100, "the procedures are there");

    // One batch per GO line of every file read (blank batches aside: none in our files).
    let go_lines: usize = script.files.iter().map(|f| std::fs::read_to_string(f).unwrap().lines().filter(|l| sqlcmd::is_go(l)).count()).sum();
    assert_eq!(script.batches.len(), go_lines, "one batch per GO");
    for b in &script.batches {
        let at = b.origin(&root);
        assert!(b.ended_by_go, "{at}: the batch must end with GO");
        assert!(!b.text.trim().is_empty(), "{at}: empty batch");
        assert!(!b.text.lines().any(sqlcmd::is_go), "{at}: GO left inside a batch");
        assert_eq!(sqlcmd::unclosed(&b.text), None, "{at}: a GO line inside a comment or string cut this batch");
        assert!(!b.text.contains("$("), "{at}: sqlcmd variables are not expanded by the suite");
    }

    // Procedures: one CREATE OR ALTER PROCEDURE batch each, named as its file; the other
    // batches of the file hold SET options only (after their header comment).
    for file in sql_files("procedures") {
        let stem = file.file_stem().unwrap().to_str().unwrap().to_owned();
        let batches: Vec<&sqlcmd::Batch> = script.batches.iter().filter(|b| b.file == file).collect();
        let creates: Vec<&&sqlcmd::Batch> = batches.iter().filter(|b| sqlcmd::first_statement(&b.text).to_ascii_uppercase().starts_with("CREATE")).collect();
        assert_eq!(creates.len(), 1, "{stem}: one CREATE batch");
        let head: Vec<&str> = sqlcmd::first_statement(&creates[0].text).split_whitespace().take(5).collect();
        assert_eq!(
            head.iter().map(|w| w.to_ascii_uppercase()).collect::<Vec<_>>()[..4],
            ["CREATE", "OR", "ALTER", "PROCEDURE"],
            "{stem}: {head:?}"
        );
        assert_eq!(head[4].trim_end_matches(|c: char| !c.is_alphanumeric() && c != '_'), format!("Romsoft.{stem}"), "{stem}");
        for b in &batches {
            if !std::ptr::eq(*b, *creates[0]) {
                let set_only = sqlcmd::first_statement(&b.text)
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .all(|l| l.trim_start().to_ascii_uppercase().starts_with("SET "));
                assert!(set_only, "{}: only SET options beside the procedure", b.origin(&root));
            }
        }
    }
    script.batches.len()
}

/// The always-run check behind the suite: the install script splits as the suite needs.
#[test]
fn install_all_expands_into_clean_batches() {
    let n = check_install_script();
    assert!(n > 250, "{n} batches");
}

/// The flows of the suite, run against the embedded SQLite database (plan rows by SQL).
#[test]
fn the_suites_flows_pass_on_the_embedded_database() {
    let s = Server::start();
    s.db().execute_batch(setup::PLAN_SQLITE).unwrap();
    flows::Run::start(&s).all();
}

/// The suite itself: against the SQL Server `ROMSOFT_TEST_MSSQL` names, or a one-line hint.
#[test]
fn sql_server_suite() {
    let Some(conn) = std::env::var(VARIABLE).ok().filter(|c| !c.trim().is_empty()) else {
        println!(
            "{VARIABLE} no está definida: se omiten las pruebas contra SQL Server \
             (defínala con una cadena ADO.NET, p. ej. {VARIABLE}='server=tcp:host,1433;user=sa;password=…;TrustServerCertificate=true'; ver README)"
        );
        // What the suite would send is still checked.
        check_install_script();
        return;
    };
    check_install_script();
    // Declared before the server: dropped after it, so romsoft's connections are gone first.
    let db = setup::Database::prepare(&conn, &install_all()).unwrap_or_else(|e| panic!("{e}"));
    let s = Server::start_with(&[("ROMSOFT__DATABASE__URL", &db.plan.database_conn)]);
    flows::Run::start(&s).all();
    drop(s);
    drop(db);
}
