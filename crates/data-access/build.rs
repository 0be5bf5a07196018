//! Embeds the SQLite dialect (`sql/sqlite/`) into the binary so that the server needs no files
//! beside it: every procedure file and every numbered migration.

use std::{env, fmt::Write as _, fs, path::PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let root = manifest.join("../../sql/sqlite").canonicalize().expect("sql/sqlite exists");
    println!("cargo:rerun-if-changed={}", root.display());

    let mut out = String::new();
    out.push_str("/// `(short procedure name, SQLite text)` for every file in `sql/sqlite/procedures/`.\n");
    out.push_str("pub static PROCEDURES: &[(&str, &str)] = &[\n");
    for (stem, path) in sql_files(&root.join("procedures")) {
        writeln!(out, "    ({stem:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    out.push_str("];\n\n");
    out.push_str("/// `(version, name, SQLite text)` for every file `NNNN_name.sql` in `sql/sqlite/migrations/`, in order.\n");
    out.push_str("pub static MIGRATIONS: &[(i64, &str, &str)] = &[\n");
    for (stem, path) in sql_files(&root.join("migrations")) {
        let version: i64 = stem
            .split('_')
            .next()
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("migration {stem} must start with its number, e.g. 0002_x.sql"));
        writeln!(out, "    ({version}, {stem:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    out.push_str("];\n");
    fs::write(PathBuf::from(env::var("OUT_DIR").unwrap()).join("sqlite_sql.rs"), out).unwrap();
}

fn sql_files(dir: &std::path::Path) -> Vec<(String, PathBuf)> {
    let mut files: Vec<(String, PathBuf)> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    files.sort();
    files
}
