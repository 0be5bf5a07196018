//! The database file the server opened stays the one it uses.
//!
//! SQLite keeps writing into a file that was deleted or replaced while it was open: those
//! writes are acknowledged and then lost at the next start. So the identity of the file
//! (device and inode) is taken when it is opened and checked before every call; a missing or
//! replaced file is a loud error, never silent writes.
//!
//! A new database is created on the first start only: creating one leaves a note beside it
//! (`<file>.creada`); a start that finds the note but not the database refuses to create an
//! empty one in its place (`romsoft migrate` does that on purpose).

use std::path::{Path, PathBuf};

use crate::DbError;

/// Device and inode of the opened file (`None` where the platform has no inodes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileId(Option<(u64, u64)>);

impl FileId {
    pub fn of(path: &Path) -> std::io::Result<Self> {
        let meta = std::fs::metadata(path)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Ok(Self(Some((meta.dev(), meta.ino()))))
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            Ok(Self(None))
        }
    }
}

/// Err when `path` is gone or is no longer the file opened as `opened`.
pub fn check(path: &Path, opened: FileId) -> Result<(), DbError> {
    let gone = |why: &str| {
        let e = DbError::Connect {
            target: format!("sqlite://{}", path.display()),
            cause: format!(
                "el archivo de la base de datos {why} mientras el servidor funcionaba; no se escribirá nada \
                 más. Restaure el archivo (o una copia) y reinicie el servidor"
            ),
        };
        log::error!("{e}");
        e
    };
    match FileId::of(path) {
        Ok(now) if now == opened => Ok(()),
        Ok(_) => Err(gone("fue reemplazado")),
        Err(_) => Err(gone("desapareció")),
    }
}

/// The note left beside a database created by this program.
pub fn note_path(db: &Path) -> PathBuf {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".creada");
    db.with_file_name(name)
}

/// Whether a missing database may be created: always when asked (`migrate`), otherwise only
/// when no note says one existed here before.
pub fn may_create(db: &Path, create_missing: bool) -> Result<(), DbError> {
    let note = note_path(db);
    if create_missing || !note.exists() {
        return Ok(());
    }
    Err(DbError::Connect {
        target: format!("sqlite://{}", db.display()),
        cause: format!(
            "la base de datos no existe, pero {} dice que se creó antes: se perdió o se movió. Restáurela desde \
             una copia (romsoft restore) o, si de verdad quiere una base nueva y vacía, ejecute `romsoft migrate`",
            note.display()
        ),
    })
}

/// Leaves (or refreshes) the note beside the database.
pub fn write_note(db: &Path) {
    let text = format!(
        "Base de datos de Romsoft: {}\nSi este archivo existe y la base no, la base se perdió: el servidor no creará\n\
         una vacía en su lugar. Restáurela desde una copia, o ejecute `romsoft migrate` para crear una nueva.\n",
        db.display()
    );
    if let Err(e) = std::fs::write(note_path(db), text) {
        log::warn!("no se pudo escribir {}: {e}", note_path(db).display());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_replaced_or_deleted_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.db");
        std::fs::write(&p, b"a").unwrap();
        // Made while the first exists, so it cannot get its inode back.
        std::fs::write(dir.path().join("y.db"), b"b").unwrap();
        let id = FileId::of(&p).unwrap();
        assert!(check(&p, id).is_ok());
        std::fs::remove_file(&p).unwrap();
        assert!(check(&p, id).unwrap_err().to_string().contains("desapareció"));
        std::fs::rename(dir.path().join("y.db"), &p).unwrap();
        if cfg!(unix) {
            assert!(check(&p, id).unwrap_err().to_string().contains("reemplazado"));
        }
    }

    #[test]
    fn a_database_that_existed_is_not_recreated_silently() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("romsoft.db");
        assert!(may_create(&p, false).is_ok(), "first start");
        write_note(&p);
        assert!(note_path(&p).ends_with("romsoft.db.creada"));
        let e = may_create(&p, false).unwrap_err().to_string();
        assert!(e.contains("romsoft migrate"), "{e}");
        assert!(may_create(&p, true).is_ok(), "migrate may");
    }
}
