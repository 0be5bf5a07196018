//! `sql/mssql/seed/900_datos_referencia.sql`: the seed files of `sql/seed/` (see
//! `sql/seed/README.md`) as re-runnable T-SQL for SQL Server.
//!
//! Per file, in name order: `INSERT INTO Romsoft.<TABLE> (…) SELECT … FROM (VALUES …) AS v (…)
//! WHERE NOT EXISTS (a row with the same key) ORDER BY v.<row number>`, at most [`BATCH`] rows
//! per `VALUES`, each statement its own batch (`GO`). A first column `id_…` is the identity
//! primary key: its values are inserted as they are, between `SET IDENTITY_INSERT … ON/OFF`.
//! Otherwise the `ORDER BY` makes SQL Server hand out identity values in file order, as SQLite
//! does. Texts are `N'…'` literals with quotes doubled; any character outside printable ASCII is
//! written `NCHAR(n)` (UTF-16 code units), so the file is plain ASCII like every other script.

use std::{fmt::Write as _, fs, path::Path};

/// Largest number of rows in one `VALUES` list.
pub const BATCH: usize = 1000;
/// The generated file, relative to the workspace root.
pub const PATH: &str = "sql/mssql/seed/900_datos_referencia.sql";
/// The name of the row-number column added to every `VALUES` list.
pub const ORDEN: &str = "orden_seed";

/// One table-shaped seed file.
#[derive(Debug)]
pub struct SeedCsv {
    /// `NNN_<TABLE>.csv`.
    pub archivo: String,
    pub tabla: String,
    pub header: Vec<String>,
    /// Cells as written (`""` = NULL).
    pub rows: Vec<Vec<String>>,
}

impl SeedCsv {
    /// The first column is an identity primary key (`id_…`): values inserted explicitly.
    pub fn explicit_ids(&self) -> bool {
        self.header.first().is_some_and(|h| h.starts_with("id_"))
    }
}

/// Every `sql/seed/NNN_<TABLE>.csv` under `root`, in name order, checked: a valid name, column
/// names that are identifiers, every row as wide as the header, a non-empty and unique key.
pub fn read_seeds(root: &Path) -> Result<Vec<SeedCsv>, String> {
    let dir = root.join("sql/seed");
    let mut names: Vec<String> = match fs::read_dir(&dir) {
        Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".csv")).collect(),
        Err(_) => return Ok(Vec::new()),
    };
    names.sort();
    names.into_iter().map(|n| {
        let text = fs::read_to_string(dir.join(&n)).map_err(|e| format!("sql/seed/{n}: {e}"))?;
        parse_seed(&n, &text).map_err(|e| format!("sql/seed/{n}: {e}"))
    }).collect()
}

fn is_ident(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') && !s.as_bytes()[0].is_ascii_digit()
}

/// Parses one seed file named `archivo`.
pub fn parse_seed(archivo: &str, text: &str) -> Result<SeedCsv, String> {
    let tabla = archivo
        .strip_suffix(".csv")
        .and_then(|s| s.split_once('_'))
        .filter(|(n, t)| n.len() == 3 && n.bytes().all(|b| b.is_ascii_digit()) && is_ident(t))
        .map(|(_, t)| t.to_owned())
        .ok_or("el nombre debe ser NNN_<TABLA>.csv")?;
    let mut r = csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
    let header: Vec<String> = r.headers().map_err(|e| e.to_string())?.iter().map(str::to_owned).collect();
    if let Some(bad) = header.iter().find(|h| !is_ident(h)) {
        return Err(format!("la columna {bad:?} no es un nombre de columna"));
    }
    if header.iter().any(|h| h.eq_ignore_ascii_case(ORDEN)) {
        return Err(format!("la columna {ORDEN} está reservada"));
    }
    let mut rows = Vec::new();
    let mut keys = std::collections::HashSet::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| e.to_string())?;
        let line = rec.position().map_or(0, |p| p.line());
        let key = rec.get(0).unwrap_or("");
        if key.is_empty() {
            return Err(format!("línea {line}: la clave ({}) está vacía", header[0]));
        }
        if !keys.insert(key.to_owned()) {
            return Err(format!("línea {line}: la clave {key:?} se repite"));
        }
        rows.push(rec.iter().map(str::to_owned).collect());
    }
    Ok(SeedCsv { archivo: archivo.to_owned(), tabla, header, rows })
}

/// A cell as a T-SQL expression: `NULL`, or `N'…'` pieces joined with `NCHAR(n)`.
pub fn literal(cell: &str) -> String {
    if cell.is_empty() {
        return "NULL".into();
    }
    let mut parts: Vec<String> = Vec::new();
    let mut run = String::new();
    for c in cell.chars() {
        if (' '..='~').contains(&c) {
            if c == '\'' {
                run.push('\'');
            }
            run.push(c);
        } else {
            if !run.is_empty() {
                parts.push(format!("N'{run}'"));
                run.clear();
            }
            let mut units = [0u16; 2];
            parts.extend(c.encode_utf16(&mut units).iter().map(|u| format!("NCHAR({u})")));
        }
    }
    if !run.is_empty() {
        parts.push(format!("N'{run}'"));
    }
    parts.join(" + ")
}

fn header_comment(seeds: &[SeedCsv]) -> String {
    let mut s = String::from(
        "/*
    Romsoft - reference data (catalogs) for SQL Server, idempotent
    ===============================================================
    Generated by `cargo xtask codegen` from the seed files sql/seed/NNN_<TABLE>.csv (see
    sql/seed/README.md): do not edit, change those files and regenerate.

",
    );
    for f in seeds {
        let _ = writeln!(
            s,
            "        sql/seed/{:<28} Romsoft.{:<22} {:>6} rows, key {}{}",
            f.archivo,
            f.tabla,
            f.rows.len(),
            f.header[0],
            if f.explicit_ids() { " (explicit ids)" } else { "" }
        );
    }
    s.push_str(
        "
    A row is inserted only when no row with its key (the file's first column) exists, so the
    file can be run again at any time and never overwrites a row the clinic edited. Columns a
    file does not name take their defaults (f_estado = 1). At most 1000 rows per statement, each
    statement its own batch. Run it after the schema scripts (install_all.sql does).

    Accented letters are written as NCHAR(code) so that this file is plain ASCII: the result
    does not depend on the code page sqlcmd or SSMS reads it with.
*/
",
    );
    s
}

/// The T-SQL script for `seeds`.
pub fn script(seeds: &[SeedCsv]) -> String {
    let mut s = header_comment(seeds);
    s.push_str("SET ANSI_NULLS ON;\nSET QUOTED_IDENTIFIER ON;\nSET NOCOUNT ON;\nSET XACT_ABORT ON;\nGO\n");
    for f in seeds {
        let table = format!("Romsoft.{}", f.tabla);
        let cols = f.header.join(", ");
        let v_cols: Vec<String> = f.header.iter().map(|h| format!("v.{h}")).collect();
        let key = &f.header[0];
        if f.explicit_ids() {
            let _ = write!(s, "\nSET IDENTITY_INSERT {table} ON;\nGO\n");
        }
        let batches = f.rows.len().div_ceil(BATCH);
        for (b, chunk) in f.rows.chunks(BATCH).enumerate() {
            let first = b * BATCH + 1;
            let _ = write!(
                s,
                "\n-- {} ({}/{batches}): rows {first} to {}\nINSERT INTO {table} ({cols})\nSELECT\n    {}\nFROM (\n    VALUES\n",
                f.archivo,
                b + 1,
                first + chunk.len() - 1,
                v_cols.join(",\n    ")
            );
            for (i, row) in chunk.iter().enumerate() {
                let cells: Vec<String> = row.iter().map(|c| literal(c)).collect();
                let sep = if i + 1 < chunk.len() { "," } else { "" };
                let _ = writeln!(s, "    ({}, {}){sep}", first + i, cells.join(", "));
            }
            let _ = write!(
                s,
                ") AS v ({ORDEN}, {cols})\nWHERE NOT EXISTS (\n    SELECT 1\n    FROM {table} AS t\n    WHERE t.{key} = v.{key}\n)\nORDER BY v.{ORDEN};\nGO\n"
            );
        }
        if f.explicit_ids() {
            let _ = write!(s, "\nSET IDENTITY_INSERT {table} OFF;\nGO\n");
        }
    }
    s
}

/// The generated file for the seeds under `root`.
pub fn file(root: &Path) -> Result<(String, String), String> {
    Ok((PATH.to_owned(), script(&read_seeds(root)?)))
}

/// One `INSERT` read back from a generated script: table, columns, rows (`None` = NULL).
#[cfg(test)]
type Decoded = (String, Vec<String>, Vec<Vec<Option<String>>>);

/// Reads the rows back from a generated script (the structural check of the checked-in file):
/// per `INSERT`, the table, its columns and its rows with every literal decoded.
#[cfg(test)]
pub fn decode(script: &str) -> Result<Vec<Decoded>, String> {
    let mut out = Vec::new();
    let mut lines = script.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(rest) = line.strip_prefix("INSERT INTO Romsoft.") else { continue };
        let (table, cols) = rest.split_once(" (").ok_or_else(|| format!("INSERT sin columnas: {line}"))?;
        let cols: Vec<String> = cols.trim_end_matches(')').split(", ").map(str::to_owned).collect();
        // Skip to VALUES.
        for l in lines.by_ref() {
            if l.trim() == "VALUES" {
                break;
            }
        }
        let mut rows = Vec::new();
        while let Some(l) = lines.peek() {
            let l = l.trim();
            if !l.starts_with('(') {
                break;
            }
            let l = l.trim_end_matches(',');
            let inner = l.strip_prefix('(').and_then(|x| x.strip_suffix(')')).ok_or_else(|| format!("fila mal formada: {l}"))?;
            let mut cells = parse_cells(inner)?;
            if cells.len() != cols.len() + 1 {
                return Err(format!("{table}: {} valores para {} columnas: {l}", cells.len(), cols.len() + 1));
            }
            cells.remove(0);
            rows.push(cells);
            lines.next();
        }
        let closing = lines.next().unwrap_or_default();
        let want = format!(") AS v ({ORDEN}, {})", cols.join(", "));
        if closing != want {
            return Err(format!("{table}: se esperaba {want:?} y se leyó {closing:?}"));
        }
        out.push((table.to_owned(), cols, rows));
    }
    Ok(out)
}

/// The comma-separated literals of one `VALUES` row (`N'…'` pieces, `NCHAR(n)` UTF-16 units,
/// numbers, `NULL`).
#[cfg(test)]
fn parse_cells(s: &str) -> Result<Vec<Option<String>>, String> {
    let bad = |what: &str| format!("{what}: {s}");
    let mut cells = Vec::new();
    let mut rest = s.trim_start();
    loop {
        let mut units: Option<Vec<u16>> = None;
        loop {
            if let Some(r) = rest.strip_prefix("NULL") {
                rest = r;
            } else if let Some(r) = rest.strip_prefix("N'") {
                let t = units.get_or_insert_with(Vec::new);
                let mut it = r.char_indices().peekable();
                let end = loop {
                    match it.next() {
                        Some((_, '\'')) if it.peek().is_some_and(|(_, c)| *c == '\'') => {
                            it.next();
                            t.push(u16::from(b'\''));
                        }
                        Some((i, '\'')) => break i,
                        Some((_, c)) => t.extend(c.encode_utf16(&mut [0; 2]).iter()),
                        None => return Err(bad("literal sin cerrar")),
                    }
                };
                rest = &r[end + 1..];
            } else if let Some(r) = rest.strip_prefix("NCHAR(") {
                let (num, r) = r.split_once(')').ok_or_else(|| bad("NCHAR sin cerrar"))?;
                units.get_or_insert_with(Vec::new).push(num.parse().map_err(|_| bad("NCHAR"))?);
                rest = r;
            } else {
                let n = rest.bytes().take_while(u8::is_ascii_digit).count();
                if n == 0 {
                    return Err(bad("valor inesperado"));
                }
                units = Some(rest[..n].encode_utf16().collect());
                rest = &rest[n..];
            }
            match rest.trim_start().strip_prefix('+') {
                Some(r) => rest = r.trim_start(),
                None => break,
            }
        }
        cells.push(units.map(|u| String::from_utf16(&u)).transpose().map_err(|_| bad("UTF-16 inválido"))?);
        rest = rest.trim_start();
        match rest.strip_prefix(',') {
            Some(r) => rest = r.trim_start(),
            None if rest.is_empty() => return Ok(cells),
            None => return Err(bad("se esperaba una coma")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_are_ascii_with_quotes_doubled() {
        assert_eq!(literal(""), "NULL");
        assert_eq!(literal("O'Brien"), "N'O''Brien'");
        assert_eq!(literal("Neumonía"), "N'Neumon' + NCHAR(237) + N'a'");
        assert_eq!(literal("Ñ"), "NCHAR(209)");
        assert_eq!(literal("a\u{1F600}"), "N'a' + NCHAR(55357) + NCHAR(56832)");
        assert_eq!(literal("dos\nlíneas"), "N'dos' + NCHAR(10) + N'l' + NCHAR(237) + N'neas'");
    }

    #[test]
    fn scripts_batch_by_1000_and_decode_back_to_the_csv() {
        let mut text = String::from("id_cosa,t_nombre,t_nota\n");
        for i in 1..=2001 {
            let _ = writeln!(text, "{i},\"Niño {i}, O'Higgins \"\"x\"\"\",{}", if i % 2 == 0 { "" } else { "ñ\u{1F600}" });
        }
        let seed = parse_seed("005_COSA.csv", &text).unwrap();
        assert!(seed.explicit_ids());
        let sql = script(&[seed]);
        assert!(sql.is_ascii());
        assert_eq!(sql.matches("INSERT INTO Romsoft.COSA (id_cosa, t_nombre, t_nota)").count(), 3, "1000 + 1000 + 1");
        assert_eq!(sql.matches("SET IDENTITY_INSERT Romsoft.COSA ON;").count(), 1);
        assert!(sql.trim_end().ends_with("SET IDENTITY_INSERT Romsoft.COSA OFF;\nGO"), "{}", &sql[sql.len() - 200..]);
        let decoded = decode(&sql).unwrap();
        let rows: Vec<Vec<Option<String>>> = decoded.iter().flat_map(|(_, _, r)| r.clone()).collect();
        assert_eq!(rows.len(), 2001);
        assert_eq!(rows[0], vec![Some("1".into()), Some("Niño 1, O'Higgins \"x\"".into()), Some("ñ\u{1F600}".into())]);
        assert_eq!(rows[1][2], None);
    }

    /// The checked-in script is the CSV files, row for row: every literal read back equals its
    /// cell (a cheap structural check of the whole file, which sqlfluff would need minutes for).
    #[test]
    fn the_checked_in_script_holds_exactly_the_csv_rows() {
        let root = crate::workspace_root();
        let seeds = read_seeds(&root).unwrap();
        let text = fs::read_to_string(root.join(PATH)).unwrap();
        assert!(text.is_ascii(), "plain ASCII, accents as NCHAR()");
        let decoded = decode(&text).unwrap();
        let inserts = decoded.len();
        assert_eq!(text.matches("\nWHERE NOT EXISTS (\n").count(), inserts, "every INSERT checks its key");
        assert_eq!(text.matches(&format!("\nORDER BY v.{ORDEN};\nGO\n")).count(), inserts, "every INSERT in file order, in its own batch");
        assert!(decoded.iter().all(|(_, _, rows)| !rows.is_empty() && rows.len() <= BATCH));
        for f in &seeds {
            let mut rows = Vec::new();
            for (table, cols, r) in decoded.iter().filter(|(t, _, _)| *t == f.tabla) {
                assert_eq!(cols, &f.header, "{table}");
                rows.extend(r.iter().cloned());
            }
            let want: Vec<Vec<Option<String>>> =
                f.rows.iter().map(|r| r.iter().map(|c| (!c.is_empty()).then(|| c.clone())).collect()).collect();
            assert!(rows == want, "{}: the script's rows differ from the CSV's ({} vs {})", f.archivo, rows.len(), want.len());
        }
        let count = |t: &str| seeds.iter().find(|f| f.tabla == t).map_or(0, |f| f.rows.len());
        assert_eq!((count("ADM_CIE10"), count("ADM_UBIGEO")), (14_498, 1_873));
    }

    /// sqlfluff (the pinned T-SQL parser) parses what the generator writes, on a sample: the
    /// first rows of every seed file, every row bringing a character not seen before, and a
    /// table with explicit ids. (`sql/mssql/.sqlfluffignore` leaves out the whole file.)
    #[test]
    fn sqlfluff_parses_a_sample_of_the_generated_script() {
        if std::env::var("ROMSOFT_SKIP_SQLFLUFF").is_ok_and(|v| v == "1") {
            eprintln!("NOTICE: ROMSOFT_SKIP_SQLFLUFF=1, the seed script sample was not parsed with sqlfluff");
            return;
        }
        let mut sample = Vec::new();
        for f in read_seeds(&crate::workspace_root()).unwrap() {
            let mut seen = std::collections::HashSet::new();
            let rows = f
                .rows
                .iter()
                .enumerate()
                .filter(|(i, r)| {
                    let mut new = false;
                    for c in r.iter().flat_map(|c| c.chars()).filter(|c| !c.is_ascii_alphanumeric()) {
                        new |= seen.insert(c);
                    }
                    *i < 20 || new || r.iter().any(String::is_empty)
                })
                .take(300)
                .map(|(_, r)| r.clone())
                .collect();
            sample.push(SeedCsv { rows, ..f });
        }
        sample.push(parse_seed("999_PRUEBA.csv", "id_prueba,t_nombre,t_nota\n1,O'Higgins \"1\",\n2,ñandú \u{1F600},x\n").unwrap());
        let sql = script(&sample);
        let dir = std::env::temp_dir().join(format!("romsoft-seed-sample-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("900_muestra.sql"), &sql).unwrap();
        // sqlfluff skips files over 20 kB unless told otherwise.
        fs::write(dir.join(".sqlfluff"), "[sqlfluff]\ndialect = tsql\ntemplater = raw\nlarge_file_skip_byte_limit = 0\n").unwrap();
        let sqlfluff = crate::pytool::runner(&crate::pytool::Tool {
            package: "sqlfluff",
            module: "sqlfluff",
            requirements: "sql/requirements.txt",
            override_env: "ROMSOFT_SQLFLUFF",
        });
        let out = sqlfluff
            .command()
            .args(["parse", "--dialect", "tsql", "--templater", "raw", "--nocolor", "--format", "json", "900_muestra.sql"])
            .current_dir(&dir)
            .output()
            .unwrap();
        let _ = fs::remove_dir_all(&dir);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "sqlfluff: {}\n{}", out.status, String::from_utf8_lossy(&out.stderr));
        let tree: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("no JSON ({e}): {stdout:.2000}"));
        assert!(tree.as_array().is_some_and(|a| a.len() == 1), "the sample was parsed (not skipped): {stdout:.500}");
        assert!(!stdout.contains("\"unparsable\""), "sqlfluff cannot parse the generated seed script:\n{stdout:.3000}");
        assert!(stdout.contains("IDENTITY_INSERT"), "the sample covers explicit ids");
    }

    #[test]
    fn bad_seed_files_are_refused() {
        assert!(parse_seed("ADM_X.csv", "a\n1\n").unwrap_err().contains("NNN_<TABLA>"));
        assert!(parse_seed("001_X.csv", "a b\n1\n").unwrap_err().contains("no es un nombre"));
        assert!(parse_seed("001_X.csv", "a,b\n1,2\n1,3\n").unwrap_err().contains("se repite"));
        assert!(parse_seed("001_X.csv", "a,b\n,2\n").unwrap_err().contains("vacía"));
        assert!(parse_seed("001_X.csv", "a,b\n1\n").is_err(), "a short row");
    }
}
