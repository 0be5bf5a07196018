//! Consistent copies of the embedded database while the server runs (SQLite's online backup
//! API), and restoring one.
//!
//! `backup` copies page by page under SQLite's own locks, so the copy is a consistent snapshot
//! even with writers busy; it is then checked (`PRAGMA integrity_check`) and made readable by
//! its owner only. `restore` checks the copy first, keeps a copy of the current database beside
//! it, and writes the copy *into* the current file with the same API (so a running server sees
//! the restored data and its file identity does not change).

use std::{
    path::{Path, PathBuf},
    time::Duration,
};

use rusqlite::{Connection, OpenFlags, backup::Backup};

use crate::{DbError, SCHEMA_VERSION};

/// What a copy holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub bytes: u64,
    pub schema_version: i64,
}

fn err(path: &Path, cause: impl std::fmt::Display) -> DbError {
    DbError::Connect { target: format!("sqlite://{}", path.display()), cause: cause.to_string() }
}

/// Copies `pages` at a time from `from` into `to`, reporting `(copied, total)` pages.
fn copy(from: &Connection, to: &mut Connection, progress: &mut dyn FnMut(u64, u64)) -> rusqlite::Result<()> {
    let b = Backup::new(from, to)?;
    loop {
        let step = b.step(256)?;
        let p = b.progress();
        let total = p.pagecount.max(0) as u64;
        progress(total.saturating_sub(p.remaining.max(0) as u64), total);
        match step {
            rusqlite::backup::StepResult::Done => return Ok(()),
            _ => std::thread::sleep(Duration::from_millis(10)),
        }
    }
}

/// `PRAGMA integrity_check` and the schema version of a database file.
fn check(path: &Path) -> Result<i64, DbError> {
    let c = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| err(path, e))?;
    let ok: String = c.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(|e| err(path, e))?;
    if ok != "ok" {
        return Err(err(path, format!("la copia no pasa la verificación de integridad: {ok}")));
    }
    c.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| err(path, e))
}

/// Copies the database `db` (which may be in use) into the new file `to`.
pub fn backup(db: &Path, to: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<Copied, DbError> {
    if !db.exists() {
        return Err(err(db, "la base de datos no existe"));
    }
    if to.exists() {
        return Err(err(to, "ya existe: elija otro nombre para la copia (no se sobrescribe)"));
    }
    let src = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| err(db, e))?;
    src.busy_timeout(Duration::from_secs(30)).map_err(|e| err(db, e))?;
    let mut dst = Connection::open(to).map_err(|e| err(to, e))?;
    copy(&src, &mut dst, progress).map_err(|e| err(to, e))?;
    drop(dst);
    restrict(to);
    let schema_version = check(to)?;
    Ok(Copied { bytes: std::fs::metadata(to).map(|m| m.len()).unwrap_or(0), schema_version })
}

/// Restores the copy `from` into the database `db`, after checking it and keeping the current
/// database as `<db>.antes-de-restaurar-<timestamp>`. Returns that safety copy's path.
pub fn restore(from: &Path, db: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<PathBuf, DbError> {
    let version = check(from)?;
    if version > SCHEMA_VERSION {
        return Err(err(from, format!("la copia es de un programa más nuevo (esquema {version}; este usa {SCHEMA_VERSION})")));
    }
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(format!(".antes-de-restaurar-{stamp}"));
    let safety = db.with_file_name(name);
    if db.exists() {
        backup(db, &safety, &mut |_, _| {})?;
    }
    let src = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| err(from, e))?;
    let mut dst = Connection::open(db).map_err(|e| err(db, e))?;
    dst.busy_timeout(Duration::from_secs(30)).map_err(|e| err(db, e))?;
    copy(&src, &mut dst, progress).map_err(|e| err(db, e))?;
    Ok(safety)
}

fn restrict(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_taken_while_writing_is_consistent_and_restores() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("r.db");
        let c = Connection::open(&db).unwrap();
        c.execute_batch("PRAGMA journal_mode=WAL; PRAGMA user_version=3; CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2);").unwrap();
        let copy_path = dir.path().join("copia.db");
        let mut seen = Vec::new();
        let copied = backup(&db, &copy_path, &mut |done, total| seen.push((done, total))).unwrap();
        assert_eq!(copied.schema_version, 3);
        assert!(seen.last().is_some_and(|(d, t)| d == t && *t > 0), "{seen:?}");
        assert!(backup(&db, &copy_path, &mut |_, _| {}).is_err(), "never overwrites");

        c.execute_batch("DELETE FROM t;").unwrap();
        let safety = restore(&copy_path, &db, &mut |_, _| {}).unwrap();
        let n: i64 = c.query_row("SELECT COUNT(*) FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 2, "an open connection sees the restored rows");
        let kept: i64 = Connection::open(&safety).unwrap().query_row("SELECT COUNT(*) FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(kept, 0, "the state before the restore is kept");

        std::fs::write(dir.path().join("basura.db"), b"no es una base de datos").unwrap();
        assert!(restore(&dir.path().join("basura.db"), &db, &mut |_, _| {}).is_err());
    }
}
