//! Embeds the SQLite dialect (`sql/sqlite/`) into the binary so that the server needs no files
//! beside it: every procedure file and every numbered migration; and the seed data
//! (`sql/seed/NNN_<TABLE>.csv`, see `sql/seed/README.md`) with the SHA-256 of each file.

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
    seed_files(&manifest.join("../../sql/seed"));
}

/// `OUT_DIR/seed_files.rs`: every `sql/seed/NNN_<TABLE>.csv`, in name order.
fn seed_files(dir: &std::path::Path) {
    use sha2::{Digest, Sha256};
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "csv")).collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    let mut out = String::new();
    out.push_str("/// Every `sql/seed/NNN_<TABLE>.csv`, in load (name) order.\n");
    out.push_str("pub static SEEDS: &[SeedFile] = &[\n");
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let table = name
            .strip_suffix(".csv")
            .and_then(|stem| stem.split_once('_'))
            .filter(|(n, t)| n.len() == 3 && n.bytes().all(|b| b.is_ascii_digit()) && !t.is_empty() && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
            .map(|(_, t)| t.to_owned())
            .unwrap_or_else(|| panic!("sql/seed/{name}: the name must be NNN_<TABLE>.csv (three digits, a table name of letters, digits and _)"));
        let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let sha: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        writeln!(
            out,
            "    SeedFile {{ archivo: {name:?}, tabla: {table:?}, sha256: {sha:?}, texto: include_str!({:?}) }},",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    fs::write(PathBuf::from(env::var("OUT_DIR").unwrap()).join("seed_files.rs"), out).unwrap();
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
