//! Checks the SQL Server scripts in `sql/mssql/` against the procedure registry.
//!
//! * Every registered procedure has `procedures/<short name>.sql` with one
//!   `CREATE OR ALTER PROCEDURE Romsoft.<short name>` whose parameters are the registry's, in
//!   order (plus `@Response … OUTPUT` last for `Returns::Response`), and whose final `SELECT`
//!   returns the registry's columns, in order, each written `expr AS name`.
//! * No unregistered procedure file, no dynamic SQL, every file plain ASCII and ending in `GO`.
//! * `install_all.sql` `:r`-includes every script: schema, then procedures, then seed.
//! * sqlfluff (`tsql` dialect, pinned in `sql/requirements.txt`) parses every script except
//!   `install_all.sql` (sqlcmd syntax, listed in `sql/mssql/.sqlfluffignore`). Set
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

use super::{ALL, Procedure, Returns};

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
// Tokenizer
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    /// Keyword, identifier (brackets or double quotes removed), `@variable` or number.
    Word(String),
    /// A string literal; its content is dropped.
    Str,
    /// Any other character: `(`, `)`, `,`, `;`, `.`, `=`, …
    Punct(char),
}

impl Tok {
    fn is(&self, keyword: &str) -> bool {
        matches!(self, Tok::Word(w) if w.eq_ignore_ascii_case(keyword))
    }
    fn word(&self) -> Option<&str> {
        match self {
            Tok::Word(w) => Some(w),
            _ => None,
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '@' | '#' | '$')
}

/// Splits T-SQL text into tokens, dropping white space, `--` and (nested) `/* */` comments.
fn tokenize(src: &str) -> Vec<Tok> {
    let chars: Vec<char> = src.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = at(i) {
        let next = at(i + 1);
        if c.is_whitespace() {
            i += 1;
        } else if c == '-' && next == Some('-') {
            while at(i).is_some_and(|c| c != '\n') {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if at(i) == Some('/') && at(i + 1) == Some('*') {
                    depth += 1;
                    i += 2;
                } else if at(i) == Some('*') && at(i + 1) == Some('/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == '\'' || (matches!(c, 'N' | 'n') && next == Some('\'')) {
            i += if c == '\'' { 1 } else { 2 };
            while let Some(c) = at(i) {
                i += 1;
                if c == '\'' {
                    if at(i) == Some('\'') {
                        i += 1;
                    } else {
                        break;
                    }
                }
            }
            out.push(Tok::Str);
        } else if c == '[' || c == '"' {
            let close = if c == '[' { ']' } else { '"' };
            let mut word = String::new();
            i += 1;
            while let Some(c) = at(i) {
                i += 1;
                if c == close {
                    if at(i) == Some(close) {
                        word.push(close);
                        i += 1;
                    } else {
                        break;
                    }
                } else {
                    word.push(c);
                }
            }
            out.push(Tok::Word(word));
        } else if is_word_char(c) {
            let start = i;
            while at(i).is_some_and(is_word_char) {
                i += 1;
            }
            out.push(Tok::Word(chars[start..i].iter().collect()));
        } else {
            out.push(Tok::Punct(c));
            i += 1;
        }
    }
    out
}

/// Index of the `)` closing the `(` at `open`.
fn matching_paren(toks: &[Tok], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, t) in toks.iter().enumerate().skip(open) {
        match t {
            Tok::Punct('(') => depth += 1,
            Tok::Punct(')') => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Splits at commas outside parentheses.
fn split_top_level_commas(toks: &[Tok]) -> Vec<&[Tok]> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, t) in toks.iter().enumerate() {
        match t {
            Tok::Punct('(') => depth += 1,
            Tok::Punct(')') => depth -= 1,
            Tok::Punct(',') if depth == 0 => {
                parts.push(&toks[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < toks.len() {
        parts.push(&toks[start..]);
    }
    parts
}

// ---------------------------------------------------------------------------------------------
// Procedure file reader
// ---------------------------------------------------------------------------------------------

#[derive(Debug)]
struct ProcDef {
    schema: String,
    name: String,
    /// `(name, is OUTPUT)` in declaration order.
    params: Vec<(String, bool)>,
    /// Tokens after `AS` up to the `GO` that ends the batch.
    body: Vec<Tok>,
}

/// Reads the one `CREATE OR ALTER PROCEDURE` of a file.
fn parse_procedure(toks: &[Tok]) -> Result<ProcDef, String> {
    let creates: Vec<usize> = (0..toks.len())
        .filter(|&i| {
            toks[i].is("CREATE")
                && toks.get(i + 1).is_some_and(|t| t.is("OR"))
                && toks.get(i + 2).is_some_and(|t| t.is("ALTER"))
                && toks.get(i + 3).is_some_and(|t| t.is("PROCEDURE") || t.is("PROC"))
        })
        .collect();
    // Any other `CREATE PROCEDURE` / `ALTER PROCEDURE` (the ALTER of CREATE OR ALTER excepted).
    let others = toks.iter().enumerate().filter(|&(i, t)| {
        (t.is("CREATE") || t.is("ALTER"))
            && toks.get(i + 1).is_some_and(|t| t.is("PROCEDURE") || t.is("PROC"))
            && !creates.contains(&i.wrapping_sub(2))
    });
    if creates.len() != 1 || others.count() != 0 {
        return Err("must hold exactly one `CREATE OR ALTER PROCEDURE` and no other CREATE/ALTER PROCEDURE".into());
    }
    let mut i = creates[0] + 4;
    let (schema, name) = match (toks.get(i), toks.get(i + 1), toks.get(i + 2)) {
        (Some(Tok::Word(s)), Some(Tok::Punct('.')), Some(Tok::Word(n))) => (s.clone(), n.clone()),
        _ => return Err("the procedure name must be written schema.name".into()),
    };
    i += 3;

    // Parameter list: up to the first AS (or WITH / FOR options) outside parentheses.
    let header_start = i;
    let mut depth = 0i32;
    let header_end = loop {
        match toks.get(i) {
            None => return Err("no AS after the parameter list".into()),
            Some(Tok::Punct('(')) => depth += 1,
            Some(Tok::Punct(')')) => depth -= 1,
            Some(t) if depth == 0 && (t.is("AS") || t.is("WITH") || t.is("FOR")) => break i,
            _ => {}
        }
        i += 1;
    };
    let mut header = &toks[header_start..header_end];
    if header.first() == Some(&Tok::Punct('(')) && matching_paren(header, 0) == Some(header.len() - 1) {
        header = &header[1..header.len() - 1];
    }
    let mut params = Vec::new();
    for part in split_top_level_commas(header) {
        match part.first().and_then(Tok::word) {
            Some(p) if p.starts_with('@') => {
                let output = part.iter().any(|t| t.is("OUTPUT") || t.is("OUT"));
                params.push((p.to_owned(), output));
            }
            _ => return Err(format!("cannot read a parameter declaration in {part:?}")),
        }
    }
    while !toks.get(i).is_some_and(|t| t.is("AS")) {
        i += 1;
        if i >= toks.len() {
            return Err("no AS before the procedure body".into());
        }
    }
    let body_start = i + 1;
    let body_end = toks[body_start..].iter().position(|t| t.is("GO")).map_or(toks.len(), |p| body_start + p);
    Ok(ProcDef { schema, name, params, body: toks[body_start..body_end].to_vec() })
}

/// The column aliases of the last top-level `SELECT` of a body; every column must be written
/// `expr AS alias`.
fn final_select_aliases(body: &[Tok]) -> Result<Vec<String>, String> {
    let mut depth = 0i32;
    let mut last_select = None;
    for (i, t) in body.iter().enumerate() {
        match t {
            Tok::Punct('(') => depth += 1,
            Tok::Punct(')') => depth -= 1,
            t if depth == 0 && t.is("SELECT") => last_select = Some(i),
            _ => {}
        }
    }
    let start = last_select.ok_or("no top-level SELECT")?;
    let mut i = start + 1;
    // SELECT [DISTINCT | ALL] [TOP (n) | TOP n [PERCENT] [WITH TIES]]
    if body.get(i).is_some_and(|t| t.is("DISTINCT") || t.is("ALL")) {
        i += 1;
    }
    if body.get(i).is_some_and(|t| t.is("TOP")) {
        i += 1;
        if body.get(i) == Some(&Tok::Punct('(')) {
            i = matching_paren(body, i).ok_or("unbalanced TOP ( )")? + 1;
        } else {
            i += 1;
        }
        if body.get(i).is_some_and(|t| t.is("PERCENT")) {
            i += 1;
        }
        if body.get(i).is_some_and(|t| t.is("WITH")) && body.get(i + 1).is_some_and(|t| t.is("TIES")) {
            i += 2;
        }
    }
    // The select list ends at FROM (or another clause), `;` or the END of the body, outside
    // parentheses and CASE … END.
    let list_start = i;
    let (mut depth, mut case_depth) = (0i32, 0i32);
    const CLAUSES: &[&str] = &["FROM", "WHERE", "GROUP", "HAVING", "ORDER", "UNION", "EXCEPT", "INTERSECT", "OPTION"];
    let list_end = loop {
        let Some(t) = body.get(i) else { break i };
        match t {
            Tok::Punct('(') => depth += 1,
            Tok::Punct(')') => depth -= 1,
            Tok::Punct(';') if depth == 0 => break i,
            t if t.is("CASE") => case_depth += 1,
            t if t.is("END") && case_depth > 0 => case_depth -= 1,
            t if t.is("INTO") && depth == 0 => return Err("the final SELECT must not be SELECT … INTO".into()),
            t if depth == 0 && case_depth == 0 && (t.is("END") || CLAUSES.iter().any(|c| t.is(c))) => break i,
            _ => {}
        }
        i += 1;
    };
    let list = &body[list_start..list_end];
    if list.is_empty() {
        return Err("the final SELECT has no columns".into());
    }
    split_top_level_commas(list)
        .into_iter()
        .enumerate()
        .map(|(n, item)| match item {
            [_, .., as_kw, Tok::Word(alias)] if as_kw.is("AS") && !alias.starts_with('@') => Ok(alias.clone()),
            _ => Err(format!("column {} of the final SELECT is not written `expr AS name`: {item:?}", n + 1)),
        })
        .collect()
}

/// `EXEC (…)`, `EXEC @variable`, `sp_executesql`: any way of running built SQL text.
fn dynamic_sql(toks: &[Tok]) -> Option<String> {
    toks.iter().enumerate().find_map(|(i, t)| {
        let next = toks.get(i + 1);
        if (t.is("EXEC") || t.is("EXECUTE"))
            && matches!(next, Some(Tok::Punct('(')) | Some(Tok::Word(_)) if next.and_then(Tok::word).is_none_or(|w| w.starts_with('@')))
        {
            Some(format!("{t:?} {next:?}"))
        } else if t.is("sp_executesql") {
            Some("sp_executesql".into())
        } else {
            None
        }
    })
}

/// The problems of one registered procedure's file, empty when it agrees with the registry.
fn check_procedure_file(proc: &Procedure, text: &str) -> Vec<String> {
    let mut errors = Vec::new();
    let toks = tokenize(text);
    let def = match parse_procedure(&toks) {
        Ok(d) => d,
        Err(e) => return vec![e],
    };
    if !def.schema.eq_ignore_ascii_case("Romsoft") || !def.name.eq_ignore_ascii_case(proc.short_name()) {
        errors.push(format!("creates {}.{}, expected {}", def.schema, def.name, proc.name));
    }

    let mut expected: Vec<(String, bool)> = proc.params.iter().map(|p| (p.name.to_owned(), false)).collect();
    if matches!(proc.returns, Returns::Response | Returns::ResponseMessage(_)) {
        expected.push(("@Response".to_owned(), true));
    }
    if let Returns::ResponseMessage(m) = proc.returns {
        expected.push((m.to_owned(), true));
    }
    if def.params != expected {
        errors.push(format!("parameters (name, OUTPUT) are {:?}, the registry says {:?}", def.params, expected));
    }

    // SET NOCOUNT ON is the first statement.
    let body = def.body.as_slice();
    let first = if body.first().is_some_and(|t| t.is("BEGIN")) { &body[1..] } else { body };
    if !(first.len() >= 3 && first[0].is("SET") && first[1].is("NOCOUNT") && first[2].is("ON")) {
        errors.push("the body must start with SET NOCOUNT ON".into());
    }

    match proc.returns {
        Returns::Rows(columns) => match final_select_aliases(body) {
            Ok(aliases) => {
                let expected: Vec<&str> = columns.iter().map(|c| c.name).collect();
                if aliases != expected {
                    errors.push(format!("final SELECT returns {aliases:?}, the registry says {expected:?}"));
                }
            }
            Err(e) => errors.push(e),
        },
        Returns::ExistsFlag => match final_select_aliases(body) {
            Ok(aliases) if aliases.len() == 1 => {}
            Ok(aliases) => errors.push(format!("the exists flag SELECT must return one column, not {aliases:?}")),
            Err(e) => errors.push(e),
        },
        Returns::Response | Returns::ResponseMessage(_) => {
            let assigned = body.windows(3).any(|w| {
                (w[0].is("SET") || w[0].is("SELECT")) && w[1].is("@Response") && w[2] == Tok::Punct('=')
            });
            if !assigned {
                errors.push("@Response is never assigned (SET @Response = …)".into());
            }
        }
    }
    if let Some(d) = dynamic_sql(&toks) {
        errors.push(format!("dynamic SQL is not allowed: {d}"));
    }
    errors
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
    for rel in installable_scripts() {
        if !parsed.contains(&rel) {
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
