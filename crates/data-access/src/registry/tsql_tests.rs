//! Checks the SQL Server scripts in `sql/mssql/` against the procedure registry.
//!
//! * Every registered procedure has `procedures/<short name>.sql` with one
//!   `CREATE OR ALTER PROCEDURE Romsoft.<short name>` whose parameters are the registry's, in
//!   order (plus `@Response … OUTPUT` last for `Returns::Response`), and whose final `SELECT`
//!   returns the registry's columns, in order, each written `expr AS name`.
//! * No unregistered procedure file, no dynamic SQL, every file plain ASCII and ending in `GO`.
//! * `install_all.sql` `:r`-includes every script: schema, then procedures, then seed.
//! * sqlfluff (`tsql` dialect, pinned in `sql/requirements.txt`) parses every script except
//!   those listed in `sql/mssql/.sqlfluffignore`: `install_all.sql` (sqlcmd syntax) and the
//!   generated `seed/900_datos_referencia.sql` (too large; a sample of it is parsed by the xtask
//!   tests, and the whole file is compared with the CSV files it comes from). Set
//!   `ROMSOFT_SQLFLUFF` to the sqlfluff executable to use, or `ROMSOFT_SKIP_SQLFLUFF=1` to skip.
//!
//! The checks read the files with a small tokenizer (comments and string literals removed,
//! `[bracketed]` names unwrapped), not with a full T-SQL parser: the scripts keep a plain style
//! (`AS` before every alias, `;` after every statement) that this tokenizer understands.

use std::{
    collections::BTreeSet,
    fs,
    path::{Path, PathBuf},
    time::Instant,
};

use super::{ALL, tsql_reader::*};

const SQL_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../sql");

fn mssql_dir() -> PathBuf {
    Path::new(SQL_DIR).join("mssql")
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every `.sql` file under `sql/mssql/<folder>/`, as a `/`-separated path relative to
/// `sql/mssql/`, sorted.
fn sql_files_under(folder: &str) -> Vec<String> {
    fn walk(dir: &Path, rel: &str, out: &mut Vec<String>) {
        let Ok(entries) = fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = format!("{rel}/{name}");
            if path.is_dir() {
                walk(&path, &rel, out);
            } else if path.extension().is_some_and(|x| x.eq_ignore_ascii_case("sql")) {
                out.push(rel);
            }
        }
    }
    let mut out = Vec::new();
    walk(&mssql_dir().join(folder), folder, &mut out);
    out.sort();
    out
}

/// The scripts that must be installed (and parsed by sqlfluff): schema, procedures, seed.
fn installable_scripts() -> Vec<String> {
    ["schema", "views", "procedures", "seed"].iter().flat_map(|f| sql_files_under(f)).collect()
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[test]
fn tsql_every_registered_procedure_matches_the_registry() {
    let mut errors = Vec::new();
    for proc in ALL {
        let path = mssql_dir().join("procedures").join(format!("{}.sql", proc.short_name()));
        if !path.is_file() {
            errors.push(format!("{}: missing file {}", proc.name, path.display()));
            continue;
        }
        for e in check_procedure_file(proc, &read(&path)) {
            errors.push(format!("procedures/{}.sql: {e}", proc.short_name()));
        }
    }
    assert!(errors.is_empty(), "T-SQL procedures disagree with the registry:\n  {}", errors.join("\n  "));
}

#[test]
fn tsql_procedure_folder_holds_only_registered_procedures() {
    let registered: BTreeSet<String> = ALL.iter().map(|p| format!("procedures/{}.sql", p.short_name())).collect();
    let extra: Vec<String> = sql_files_under("procedures").into_iter().filter(|f| !registered.contains(f)).collect();
    assert!(extra.is_empty(), "procedure files not in registry::ALL (register them or remove them): {extra:?}");
}

#[test]
fn tsql_no_dynamic_sql_in_procedures() {
    let mut errors = Vec::new();
    for rel in sql_files_under("procedures") {
        if let Some(d) = dynamic_sql(&tokenize(&read(&mssql_dir().join(&rel)))) {
            errors.push(format!("{rel}: {d}"));
        }
    }
    assert!(errors.is_empty(), "dynamic SQL found: {errors:?}");
}

#[test]
fn tsql_scripts_are_ascii_and_end_their_last_batch() {
    // Plain ASCII: sqlcmd and SSMS read files with different code pages (accents use NCHAR()).
    // A final GO: `:r` in install_all.sql concatenates files, and CREATE OR ALTER PROCEDURE must
    // start its own batch.
    let mut errors = Vec::new();
    for rel in installable_scripts() {
        let text = read(&mssql_dir().join(&rel));
        if let Some((n, line)) = text.lines().enumerate().find(|(_, l)| !l.is_ascii()) {
            errors.push(format!("{rel}:{}: not ASCII: {line}", n + 1));
        }
        if !tokenize(&text).last().is_some_and(|t| t.is("GO")) {
            errors.push(format!("{rel}: the last statement must be followed by GO"));
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn tsql_install_all_includes_every_script() {
    let text = read(&mssql_dir().join("install_all.sql"));
    assert!(
        text.lines().any(|l| l.trim().eq_ignore_ascii_case(":on error exit")),
        "install_all.sql must start with :on error exit"
    );
    let included: Vec<String> = text
        .lines()
        .filter_map(|l| {
            let l = l.trim();
            let rest = l.strip_prefix(":r ").or_else(|| l.strip_prefix(":R "))?;
            Some(rest.trim().trim_matches('"').replace('\\', "/").trim_start_matches("./").to_owned())
        })
        .collect();
    let expected = installable_scripts();
    let missing: Vec<&String> = expected.iter().filter(|f| !included.contains(f)).collect();
    let unknown: Vec<&String> = included.iter().filter(|f| !expected.contains(f)).collect();
    assert!(missing.is_empty(), "install_all.sql does not :r-include {missing:?}");
    assert!(unknown.is_empty(), "install_all.sql includes files that do not exist: {unknown:?}");
    let mut seen = BTreeSet::new();
    let dupes: Vec<&String> = included.iter().filter(|f| !seen.insert(*f)).collect();
    assert!(dupes.is_empty(), "install_all.sql includes twice: {dupes:?}");

    // Order: schema, views, procedures, seed.
    let rank = |f: &str| ["schema/", "views/", "procedures/", "seed/"].iter().position(|p| f.starts_with(p)).unwrap_or(3);
    let ranks: Vec<usize> = included.iter().map(|f| rank(f)).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "install_all.sql must run schema, procedures, seed in that order: {included:?}");
}

/// `true` when a JSON parse tree holds an `unparsable` segment; `text` gets its source text.
fn find_unparsable(v: &serde_json::Value, text: &mut Option<String>) -> bool {
    fn leaves(v: &serde_json::Value, out: &mut String) {
        match v {
            serde_json::Value::String(s) => out.push_str(s),
            serde_json::Value::Array(a) => a.iter().for_each(|x| leaves(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| leaves(x, out)),
            _ => {}
        }
    }
    match v {
        serde_json::Value::Object(o) => o.iter().any(|(k, x)| {
            if k == "unparsable" {
                let mut s = String::new();
                leaves(x, &mut s);
                *text = Some(s);
                true
            } else {
                find_unparsable(x, text)
            }
        }),
        serde_json::Value::Array(a) => a.iter().any(|x| find_unparsable(x, text)),
        _ => false,
    }
}

#[test]
fn tsql_sqlfluff_parses_every_script() {
    if std::env::var("ROMSOFT_SKIP_SQLFLUFF").is_ok_and(|v| v == "1") {
        eprintln!("NOTICE: ROMSOFT_SKIP_SQLFLUFF=1, the T-SQL scripts were not parsed with sqlfluff");
        return;
    }
    let sqlfluff = super::sqlfluff::sqlfluff();
    let program = sqlfluff.program.display().to_string();
    // One run over the folder; sql/mssql/.sqlfluffignore leaves out install_all.sql (sqlcmd `:r`).
    let started = Instant::now();
    let output = sqlfluff
        .command()
        .args(["parse", "--dialect", "tsql", "--templater", "raw", "--nocolor", "--format", "json", "."])
        .current_dir(mssql_dir())
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    eprintln!("sqlfluff parse took {:.1} s", started.elapsed().as_secs_f64());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let tree: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!("sqlfluff printed no JSON ({e}); status {}\nstderr:\n{stderr}\nstdout:\n{stdout:.2000}", output.status)
    });

    let mut errors = Vec::new();
    let mut parsed = BTreeSet::new();
    for file in tree.as_array().map(Vec::as_slice).unwrap_or_default() {
        let path = file["filepath"].as_str().unwrap_or("?").replace('\\', "/");
        let path = path.trim_start_matches("./").to_owned();
        let mut text = None;
        if find_unparsable(file, &mut text) {
            let text = text.unwrap_or_default();
            let text = text.trim();
            let short: String = text.chars().take(300).collect();
            let more = if short.len() < text.len() { " …" } else { "" };
            errors.push(format!(
                "{path}: unparsable section (details: cd sql/mssql && sqlfluff parse {path}):\n{short}{more}"
            ));
        }
        parsed.insert(path);
    }
    // Files listed in .sqlfluffignore are left out on purpose (each line there says who checks it).
    let ignored = read(&mssql_dir().join(".sqlfluffignore"));
    let ignored: Vec<&str> = ignored.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    for rel in installable_scripts() {
        if !parsed.contains(&rel) && !ignored.contains(&rel.as_str()) {
            errors.push(format!("{rel}: not parsed by sqlfluff"));
        }
    }
    if !output.status.success() {
        errors.push(format!("sqlfluff exited with {}\n{stderr}", output.status));
    }
    assert!(errors.is_empty(), "sqlfluff (tsql) rejects the scripts:\n  {}", errors.join("\n  "));
}

// The checker itself.

#[test]
fn tsql_tokenizer_drops_comments_and_strings() {
    let toks = tokenize("/* a /* nested */ SELECT */ SELECT N'it''s -- no' AS [my col], 'x' -- c\n;");
    assert_eq!(
        toks,
        vec![
            Tok::Word("SELECT".into()),
            Tok::Str,
            Tok::Word("AS".into()),
            Tok::Word("my col".into()),
            Tok::Punct(','),
            Tok::Str,
            Tok::Punct(';'),
        ]
    );
}

#[test]
fn tsql_checker_reads_headers_and_final_selects() {
    let src = "CREATE OR ALTER PROC [Romsoft].[p_X] (@a INT = NULL, @b DECIMAL(10, 2), @Response INT OUTPUT)\n\
               AS BEGIN SET NOCOUNT ON; DECLARE @n INT = (SELECT COUNT(*) FROM t);\n\
               SELECT TOP (1) CASE WHEN EXISTS (SELECT 1 AS y FROM t) THEN 1 ELSE 0 END AS existe,\n\
               COUNT(*) OVER () AS Cantidad FROM t ORDER BY 1; END;\nGO\n";
    let def = parse_procedure(&tokenize(src)).unwrap();
    assert_eq!((def.schema.as_str(), def.name.as_str()), ("Romsoft", "p_X"));
    assert_eq!(def.params, vec![("@a".into(), false), ("@b".into(), false), ("@Response".into(), true)]);
    assert_eq!(final_select_aliases(&def.body).unwrap(), vec!["existe", "Cantidad"]);

    let bad = tokenize("CREATE OR ALTER PROCEDURE Romsoft.p AS BEGIN SELECT u.id, u.x AS y FROM u; END");
    assert!(final_select_aliases(&parse_procedure(&bad).unwrap().body).is_err());
    assert!(dynamic_sql(&tokenize("EXEC (@sql)")).is_some());
    assert!(dynamic_sql(&tokenize("EXEC sys.sp_executesql @sql")).is_some());
    assert!(dynamic_sql(&tokenize("EXEC @sql")).is_some());
    assert!(dynamic_sql(&tokenize("-- EXEC (@sql)\nSELECT 'sp_executesql' AS x")).is_none());
}
