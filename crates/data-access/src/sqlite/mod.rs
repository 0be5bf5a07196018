//! Embedded SQLite backend: the default database, created and migrated on first start.
//!
//! Every connection runs in WAL mode with foreign keys on and a busy timeout equal to the
//! command timeout. Migrations are the numbered files of `sql/sqlite/migrations/`, tracked in
//! `PRAGMA user_version`; a database written by a newer binary is refused, never downgraded.
//! After them, the seed data of `sql/seed/` is loaded where new or changed ([`seed`]). Every
//! connection has the folding functions of [`plegado`] (`romsoft_plegar`, `romsoft_patron`).

pub mod backup;
pub mod doctor;
mod exec;
mod file_guard;
pub mod plegado;
pub mod script;
pub mod seed;

use std::{
    path::{Path, PathBuf},
    time::{Duration, Instant},
};

use deadpool_sqlite::{Config, Hook, HookError, Runtime, rusqlite::Connection};

use crate::{DbError, DbOptions, Listing, Output, Page, PageRequest, Procedure, SCHEMA_VERSION, Value};

#[derive(Clone)]
pub struct SqliteDb {
    pool: deadpool_sqlite::Pool,
    path: PathBuf,
    /// The file as opened: every call checks it is still there and the same.
    file: file_guard::FileId,
    /// The command timeout: the longest a call waits for a lock.
    busy: Duration,
}

impl SqliteDb {
    /// Opens (creating if needed) the database file and migrates it to [`SCHEMA_VERSION`].
    pub async fn open(path: &Path, opts: &DbOptions) -> Result<Self, DbError> {
        let path = path.to_path_buf();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| DbError::Connect { target: format!("sqlite://{}", path.display()), cause: format!("no se pudo crear la carpeta {}: {e}", dir.display()) })?;
        }
        if !path.exists() {
            file_guard::may_create(&path, opts.create_missing)?;
            create_private(&path).map_err(|e| DbError::Connect {
                target: format!("sqlite://{}", path.display()),
                cause: format!("no se pudo crear el archivo: {e}"),
            })?;
            log::warn!("SQLite {}: base de datos nueva creada", path.display());
        }
        file_guard::write_note(&path);
        let file = file_guard::FileId::of(&path)
            .map_err(|e| DbError::Connect { target: format!("sqlite://{}", path.display()), cause: e.to_string() })?;
        let busy = opts.command_timeout;
        let p = path.clone();
        tokio::task::spawn_blocking(move || -> Result<(), DbError> {
            let mut conn = open_connection(&p, busy)?;
            for m in migrate(&mut conn)? {
                log::info!("SQLite {}: migración {m} aplicada", p.display());
            }
            seed::cargar(&mut conn, &p.display().to_string()).map(drop)
        })
        .await
        .map_err(|e| DbError::Other(format!("migración interrumpida: {e}")))??;

        let pool = Config::new(path.clone())
            .builder(Runtime::Tokio1)
            .map_err(|e| DbError::Other(e.to_string()))?
            .max_size(opts.max_connections.max(1) as usize)
            .post_create(Hook::sync_fn(move |conn, _| {
                let guard = conn.lock().map_err(|_| HookError::message("conexión SQLite envenenada"))?;
                configure(&guard, busy).map_err(HookError::Backend)
            }))
            .build()
            .map_err(|e| DbError::Other(e.to_string()))?;
        Ok(Self { pool, path, file, busy })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub async fn call(&self, proc: &'static Procedure, args: Vec<Value>) -> Result<Output, DbError> {
        let started = Instant::now();
        let out = self.on_worker(proc.name, move |c| exec::run(c, proc, &args)).await;
        log::debug!("{} {} ms", proc.name, started.elapsed().as_millis());
        out
    }

    /// `proc`, then what `then` derives from its output, in one transaction.
    pub async fn call_then(
        &self,
        proc: &'static Procedure,
        args: Vec<Value>,
        then: impl FnOnce(&Output) -> Option<(&'static Procedure, Vec<Value>)> + Send + 'static,
    ) -> Result<Output, DbError> {
        self.on_worker(proc.name, move |c| exec::run_then(c, proc, &args, then)).await
    }

    /// One page of a listing (see [`crate::listing`]).
    pub async fn page(&self, listing: &'static Listing, req: &PageRequest) -> Result<Page, DbError> {
        let (sql, params) = crate::listing::page_sql(listing, req, crate::listing::Dialect::Sqlite);
        self.on_worker(listing.view, move |c| exec::page(c, listing, &sql, &params)).await
    }

    /// Runs `work` on a pooled connection's worker thread, with the request's log context.
    async fn on_worker<T: Send + 'static>(
        &self,
        what: &'static str,
        work: impl FnOnce(&mut Connection) -> Result<T, DbError> + Send + 'static,
    ) -> Result<T, DbError> {
        file_guard::check(&self.path, self.file)?;
        // Cut to what the current request has left (see `deadline`).
        let limit = crate::deadline::limit(self.busy, what)?;
        let conn = self.pool.get().await.map_err(|e| DbError::Connect {
            target: format!("sqlite://{}", self.path.display()),
            cause: e.to_string(),
        })?;
        let ctx = crate::LogContext::capture("sqlite");
        let (result, read_only) = conn
            .interact(move |c| {
                let r = match c.busy_timeout(limit) {
                    Ok(()) => ctx.scope(|| work(c)),
                    Err(e) => Err(DbError::Other(e.to_string())),
                };
                // A connection opened while the file was read-only stays read-only for good.
                let read_only = c.is_readonly(rusqlite::MAIN_DB).unwrap_or(false);
                (r, read_only)
            })
            .await
            .map_err(|e| DbError::Procedure { procedure: what, cause: e.to_string() })?;
        if read_only {
            // Take it out of the pool: once the file is writable again, new connections are.
            let _ = deadpool_sqlite::Object::take(conn);
            log::warn!("SQLite {}: conexión de solo lectura descartada", self.path.display());
        }
        result
    }

    pub async fn schema_version(&self) -> Result<i64, DbError> {
        self.on_worker("PRAGMA user_version", |c| {
            c.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0)).map_err(|e| DbError::Other(e.to_string()))
        })
        .await
    }
}

/// Creates the empty database file readable by its owner only (it will hold password hashes
/// and clinical data); SQLite gives its `-wal` and `-shm` files the same permissions.
fn create_private(path: &Path) -> std::io::Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path).map(drop)
}

fn configure(c: &Connection, busy: Duration) -> rusqlite::Result<()> {
    c.busy_timeout(busy)?;
    c.pragma_update(None, "foreign_keys", "ON")?;
    // FULL: a committed clinical or audit row survives a power cut, not only a crash.
    c.pragma_update(None, "synchronous", "FULL")?;
    plegado::registrar(c)
}

fn open_connection(path: &Path, busy: Duration) -> Result<Connection, DbError> {
    let target = || format!("sqlite://{}", path.display());
    let conn = Connection::open(path).map_err(|e| DbError::Connect { target: target(), cause: e.to_string() })?;
    let mode: String = conn
        .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
        .map_err(|e| DbError::Connect { target: target(), cause: e.to_string() })?;
    if !mode.eq_ignore_ascii_case("wal") {
        log::warn!("SQLite {}: journal_mode quedó en {mode}", path.display());
    }
    configure(&conn, busy).map_err(|e| DbError::Connect { target: target(), cause: e.to_string() })?;
    Ok(conn)
}

/// Applies the pending migrations, each in its own transaction. Returns their names.
fn migrate(conn: &mut Connection) -> Result<Vec<String>, DbError> {
    let fail = |e: rusqlite::Error| DbError::Other(format!("migración SQLite: {e}"));
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(fail)?;
    if current > SCHEMA_VERSION {
        return Err(DbError::SchemaVersion {
            found: current,
            expected: SCHEMA_VERSION,
            hint: "la base fue creada por una versión más nueva de romsoft; use esa versión o restaure una copia".into(),
        });
    }
    let mut applied = Vec::new();
    for (version, name, sql) in script::MIGRATIONS.iter().filter(|(v, _, _)| *v > current && *v <= SCHEMA_VERSION) {
        let tx = conn.transaction().map_err(fail)?;
        tx.execute_batch(sql).map_err(|e| DbError::Other(format!("migración {name}: {e}")))?;
        tx.pragma_update(None, "user_version", version).map_err(fail)?;
        tx.commit().map_err(fail)?;
        applied.push((*name).to_owned());
    }
    Ok(applied)
}

#[cfg(test)]
mod tests;
