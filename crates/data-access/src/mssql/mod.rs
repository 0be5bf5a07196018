//! SQL Server backend: tiberius connections pooled by bb8.
//!
//! * [`MssqlTarget`] parses the ADO.NET string or `mssql://` URL (see `target/`).
//! * [`MssqlDb::connect`] opens ONE direct connection first, so a wrong host, login or TLS
//!   setting is reported with its real cause, then builds the pool (which would otherwise hide
//!   connection errors behind its own timeout; they are logged through an error sink).
//! * [`MssqlDb::call`] runs `EXEC Romsoft.p_… @a = @P1 …` with typed parameters (`batch.rs`),
//!   reads every result set to the end and maps them to [`Output`] (`decode.rs`).
//!
//! tiberius has no query timeout and cannot cancel a running batch, so every call runs under
//! `tokio::time::timeout`. A connection is marked busy while a batch runs and only unmarked
//! when the batch was read to the end; the pool's `has_broken` check drops a busy connection
//! instead of reusing it. That covers the timeout, a dropped caller future and driver errors
//! alike: a connection in an unknown state never goes back to the pool.

mod batch;
mod decode;
pub mod doctor;
mod target;

pub use target::MssqlTarget;

use std::{fmt, io, sync::Arc, time::Duration, time::Instant};

use bb8::{ErrorSink, ManageConnection, PooledConnection, RunError};
use tiberius::{Config, Query, error::Error as TdsError};
use tokio::net::TcpStream;
use tokio_util::compat::{Compat, TokioAsyncWriteCompatExt};

use crate::{DbError, DbOptions, Listing, Output, Page, PageRequest, Procedure, SqlType, Value};
use batch::SqlArg;
use decode::ResultSet;

type Client = tiberius::Client<Compat<TcpStream>>;

/// A pooled connection and whether work may still be running on it.
pub(crate) struct Tracked<C> {
    conn: C,
    /// Set before a batch is sent, cleared only once its results were read to the end. A
    /// connection returned to the pool while busy is dropped by `has_broken`.
    busy: bool,
}

impl<C> Tracked<C> {
    fn new(conn: C) -> Self {
        Self { conn, busy: false }
    }
}

/// Runs `work` on the connection within `limit`. The connection is marked busy first and
/// unmarked only when `work` completed successfully, so after a timeout (`None`), an error, or
/// the caller's future being dropped mid-way, the pool discards it instead of reusing it.
async fn guarded<C, T, E>(
    slot: &mut Tracked<C>,
    limit: Duration,
    work: impl AsyncFnOnce(&mut C) -> Result<T, E>,
) -> Option<Result<T, E>> {
    slot.busy = true;
    let result = tokio::time::timeout(limit, work(&mut slot.conn)).await.ok()?;
    if result.is_ok() {
        slot.busy = false;
    }
    Some(result)
}

/// bb8 manager: delegates connecting to `bb8_tiberius` (which also follows Azure redirects)
/// under a connect timeout, and reports busy connections as broken.
struct Manager {
    inner: bb8_tiberius::ConnectionManager,
    connect_timeout: Duration,
}

impl ManageConnection for Manager {
    type Connection = Tracked<Client>;
    type Error = bb8_tiberius::Error;

    async fn connect(&self) -> Result<Tracked<Client>, Self::Error> {
        match tokio::time::timeout(self.connect_timeout, ManageConnection::connect(&self.inner)).await {
            Ok(client) => Ok(Tracked::new(client?)),
            Err(_) => Err(timed_out(self.connect_timeout)),
        }
    }

    /// `SELECT 1` read to the end, within the connect timeout (bb8 runs it on check-out).
    async fn is_valid(&self, conn: &mut Tracked<Client>) -> Result<(), Self::Error> {
        let ping = async |c: &mut Client| c.simple_query("SELECT 1").await?.into_results().await;
        match guarded(conn, self.connect_timeout, ping).await {
            Some(r) => r.map(drop).map_err(Into::into),
            None => Err(timed_out(self.connect_timeout)),
        }
    }

    fn has_broken(&self, conn: &mut Tracked<Client>) -> bool {
        conn.busy
    }
}

fn timed_out(limit: Duration) -> bb8_tiberius::Error {
    bb8_tiberius::Error::Io(io::Error::new(io::ErrorKind::TimedOut, format!("sin respuesta en {} s", ceil_secs(limit))))
}

/// Logs the connection errors bb8 meets in the background (it reports only "timed out" to the
/// caller).
#[derive(Debug, Clone)]
struct LogSink {
    target: Arc<str>,
}

impl ErrorSink<bb8_tiberius::Error> for LogSink {
    fn sink(&self, error: bb8_tiberius::Error) {
        log::warn!(
            "SQL Server {}: no se pudo abrir una conexión del pool: {}",
            self.target,
            describe_pool_error(&error)
        );
    }

    fn boxed_clone(&self) -> Box<dyn ErrorSink<bb8_tiberius::Error>> {
        Box::new(self.clone())
    }
}

/// The SQL Server handle: a bb8 pool of tiberius connections plus the call settings.
#[derive(Clone)]
pub struct MssqlDb {
    pool: bb8::Pool<Manager>,
    target: Arc<str>,
    command_timeout: Duration,
    connect_timeout: Duration,
}

impl fmt::Debug for MssqlDb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MssqlDb")
            .field("target", &self.target)
            .field("command_timeout", &self.command_timeout)
            .finish_non_exhaustive()
    }
}

impl MssqlDb {
    /// Opens one direct connection (reporting the real cause of a failure), then the pool.
    /// `Connect Timeout` in the connection string overrides `opts.connect_timeout`.
    pub async fn connect(t: &MssqlTarget, opts: &DbOptions) -> Result<Self, DbError> {
        let target: Arc<str> = t.display().into();
        // bb8 panics on a zero timeout and a zero command timeout would fail every call.
        let nonzero = |d: Duration, default: Duration| if d.is_zero() { default } else { d };
        let defaults = DbOptions::default();
        let connect_timeout = nonzero(t.connect_timeout.unwrap_or(opts.connect_timeout), defaults.connect_timeout);
        let command_timeout = nonzero(opts.command_timeout, defaults.command_timeout);
        match t.encrypt {
            target::Encrypt::Off => log::warn!(
                "SQL Server {target}: Encrypt=false: solo el inicio de sesión va cifrado; los datos de los pacientes \
                 viajan sin cifrar por la red. Use Encrypt=true (y TrustServerCertificate=true si el servidor tiene un \
                 certificado propio) salvo que la red sea de confianza"
            ),
            target::Encrypt::Plaintext => log::warn!(
                "SQL Server {target}: DANGER_PLAINTEXT: ni siquiera el inicio de sesión va cifrado (usuario y clave viajan \
                 legibles por la red)"
            ),
            _ => {}
        }
        if t.encrypt == target::Encrypt::Strict {
            log::warn!(
                "SQL Server {target}: Encrypt=Strict se trata como Mandatory con validación del certificado \
                 (TDS 8 no está disponible en este cliente)"
            );
        }
        // A named instance without a port: ask SQL Server Browser (UDP 1434) once, at start.
        let resolved;
        let t = match (&t.instance, t.port) {
            (Some(instance), 0) => {
                let port = target::browser::resolve(&t.host, target::browser::BROWSER_PORT, instance, connect_timeout)
                    .await
                    .map_err(|cause| DbError::Connect { target: target.to_string(), cause })?;
                log::info!("SQL Server {target}: SQL Server Browser indica el puerto TCP {port}");
                resolved = t.with_port(port);
                &resolved
            }
            _ => t,
        };
        let config = t.tiberius_config();
        let first = open_direct(&config, &t.addr(), connect_timeout)
            .await
            .map_err(|cause| DbError::Connect { target: target.to_string(), cause })?;

        let manager = Manager { inner: bb8_tiberius::ConnectionManager::new(config), connect_timeout };
        let pool = bb8::Pool::builder()
            .max_size(opts.max_connections.max(1))
            .connection_timeout(connect_timeout)
            .error_sink(Box::new(LogSink { target: target.clone() }))
            .build_unchecked(manager);
        // Reuse the connection that proved the settings right.
        if pool.add(Tracked::new(first)).is_err() {
            log::debug!("SQL Server {target}: el pool no aceptó la conexión inicial; se descarta");
        }
        log::info!("SQL Server {target}: conectado (hasta {} conexiones)", opts.max_connections.max(1));
        Ok(Self { pool, target, command_timeout, connect_timeout })
    }

    /// Calls `proc` with `args` in registry order and maps its results.
    pub async fn call(&self, proc: &'static Procedure, args: Vec<Value>) -> Result<Output, DbError> {
        let started = Instant::now();
        let result = async {
            let (params, rows) = batch::bind_args(proc, args)?;
            let sets = self
                .run(proc.name, batch::exec_batch_rows(proc, &rows), params)
                .await?
                .map_err(|e| match &e {
                    // 2627: unique constraint, 2601: unique index.
                    TdsError::Server(t) if matches!(t.code(), 2627 | 2601) => DbError::Duplicate { procedure: proc.name },
                    TdsError::Server(t) if constraint_of(t).is_some() => {
                        constraint_of(t).and_then(|k| DbError::from_constraint(proc.name, k, t.message())).unwrap_or_else(|| DbError::Procedure { procedure: proc.name, cause: describe_tds_error(&e) })
                    }
                    _ => DbError::Procedure { procedure: proc.name, cause: describe_tds_error(&e) },
                })?;
            decode::map_output(proc, sets)
        }
        .await;
        // Name and time only: parameter values may be clinical data or password hashes.
        log::debug!(
            "SQL Server {} {} en {} ms",
            proc.name,
            if result.is_ok() { "ok" } else { "falló" },
            started.elapsed().as_millis()
        );
        result
    }

    /// `proc`, then what `then` derives from its output, in one transaction on one connection
    /// (`SET XACT_ABORT ON; BEGIN TRANSACTION` … `COMMIT`). On any failure the connection is
    /// discarded, and closing it rolls the transaction back.
    pub async fn call_then(
        &self,
        proc: &'static Procedure,
        args: Vec<Value>,
        then: impl FnOnce(&Output) -> Option<(&'static Procedure, Vec<Value>)> + Send + 'static,
    ) -> Result<Output, DbError> {
        enum Step {
            Tds(TdsError),
            Db(DbError),
        }
        async fn exec(client: &mut Client, proc: &'static Procedure, args: Vec<Value>) -> Result<Output, Step> {
            let (params, rows) = batch::bind_args(proc, args).map_err(Step::Db)?;
            let mut query = Query::new(batch::exec_batch_rows(proc, &rows));
            for p in params {
                query.bind(p);
            }
            let stream = query.query(client).await.map_err(Step::Tds)?;
            let sets = stream.into_results().await.map_err(Step::Tds)?;
            decode::map_output(proc, sets.into_iter().map(ResultSet::from_rows).collect()).map_err(Step::Db)
        }
        let limit = crate::deadline::limit(self.command_timeout, proc.name)?;
        let mut conn = self.get().await?;
        let work = async move |client: &mut Client| -> Result<Output, Step> {
            client.simple_query("SET XACT_ABORT ON; BEGIN TRANSACTION;").await.map_err(Step::Tds)?.into_results().await.map_err(Step::Tds)?;
            let out = exec(client, proc, args).await?;
            if let Some((next, next_args)) = then(&out) {
                let next_args = next.coerce_args(next_args).map_err(Step::Db)?;
                exec(client, next, next_args).await?;
            }
            client.simple_query("COMMIT TRANSACTION;").await.map_err(Step::Tds)?.into_results().await.map_err(Step::Tds)?;
            Ok(out)
        };
        match guarded(&mut *conn, limit, work).await {
            Some(Ok(out)) => Ok(out),
            Some(Err(Step::Db(e))) => Err(e),
            Some(Err(Step::Tds(e))) => Err(match &e {
                TdsError::Server(t) if matches!(t.code(), 2627 | 2601) => DbError::Duplicate { procedure: proc.name },
                TdsError::Server(t) if constraint_of(t).is_some() => {
                    constraint_of(t).and_then(|k| DbError::from_constraint(proc.name, k, t.message())).unwrap_or_else(|| DbError::Procedure { procedure: proc.name, cause: describe_tds_error(&e) })
                }
                _ => DbError::Procedure { procedure: proc.name, cause: describe_tds_error(&e) },
            }),
            None => Err(DbError::Timeout { procedure: proc.name, seconds: ceil_secs(limit) }),
        }
    }

    /// One page of a listing (see [`crate::listing`]): one statement, values bound.
    pub async fn page(&self, listing: &'static Listing, req: &PageRequest) -> Result<Page, DbError> {
        let (sql, params) = crate::listing::page_sql(listing, req, crate::listing::Dialect::Mssql);
        let params = params.into_iter().map(batch::arg_of).collect();
        let sets = self
            .run(listing.view, sql, params)
            .await?
            .map_err(|e| DbError::Procedure { procedure: listing.view, cause: describe_tds_error(&e) })?;
        decode::page(listing, sets)
    }

    /// `MAX(version)` of `Romsoft.SCHEMA_VERSION` (0 when the table is empty). A missing table
    /// is reported as [`DbError::SchemaVersion`] pointing to the install script.
    pub async fn schema_version(&self) -> Result<i64, DbError> {
        const WHAT: &str = "Romsoft.SCHEMA_VERSION";
        let sql = "SELECT MAX(version) AS version FROM Romsoft.SCHEMA_VERSION;".to_string();
        let sets = match self.run(WHAT, sql, Vec::new()).await? {
            Ok(sets) => sets,
            // 208: invalid object name.
            Err(TdsError::Server(t)) if t.code() == 208 => {
                return Err(DbError::SchemaVersion {
                    found: 0,
                    expected: crate::SCHEMA_VERSION,
                    hint: "la tabla Romsoft.SCHEMA_VERSION no existe; ejecute sql/mssql/install_all.sql".into(),
                });
            }
            Err(e) => return Err(DbError::Procedure { procedure: WHAT, cause: describe_tds_error(&e) }),
        };
        let cell = sets.first().and_then(|s| s.rows.first()).and_then(|r| r.first());
        match cell.map(|c| decode::decode_cell(SqlType::Int, c)) {
            None | Some(Ok(Value::Null)) => Ok(0),
            Some(Ok(Value::Int(v))) => Ok(v),
            Some(Ok(_)) => Ok(0),
            Some(Err(cause)) => Err(DbError::Decode { procedure: WHAT, column: "version".into(), cause }),
        }
    }

    async fn get(&self) -> Result<PooledConnection<'_, Manager>, DbError> {
        self.pool.get().await.map_err(|e| DbError::Connect {
            target: self.target.to_string(),
            cause: match e {
                RunError::TimedOut => format!(
                    "el pool de conexiones no entregó una conexión en {} s (todas ocupadas o no se pudo abrir una \
                     nueva); la causa de los fallos de conexión está en el log",
                    ceil_secs(self.connect_timeout)
                ),
                RunError::User(e) => describe_pool_error(&e),
            },
        })
    }

    /// Sends `sql` with `params` and reads every result set to the end, within the command
    /// timeout. The connection goes back to the pool only if that completed. The outer error is
    /// the pool or the timeout, the inner one what the driver or the server reported.
    async fn run(
        &self,
        what: &'static str,
        sql: String,
        params: Vec<SqlArg>,
    ) -> Result<Result<Vec<ResultSet>, TdsError>, DbError> {
        let limit = crate::deadline::limit(self.command_timeout, what)?;
        let mut conn = self.get().await?;
        let exec = async move |client: &mut Client| {
            let mut query = Query::new(sql);
            for p in params {
                query.bind(p);
            }
            query.query(client).await?.into_results().await
        };
        match guarded(&mut *conn, limit, exec).await {
            Some(Ok(results)) => Ok(Ok(results.into_iter().map(ResultSet::from_rows).collect())),
            // `busy` stays set: after a failed batch the session may hold an open transaction or
            // unread data, so the connection is closed rather than reused.
            Some(Err(e)) => {
                log::debug!("SQL Server {}: {what} falló; se cierra su conexión", self.target);
                Ok(Err(e))
            }
            None => {
                log::warn!(
                    "SQL Server {}: {what} superó {} s; se cierra su conexión",
                    self.target,
                    ceil_secs(limit)
                );
                Err(DbError::Timeout { procedure: what, seconds: ceil_secs(limit) })
            }
        }
    }
}

fn ceil_secs(d: Duration) -> u64 {
    d.as_millis().div_ceil(1000) as u64
}

/// One direct connection (TCP, pre-login, TLS, login) under `limit`, following one Azure-style
/// redirect. The error is the real cause, in words an operator can act on.
async fn open_direct(config: &Config, addr: &str, limit: Duration) -> Result<Client, String> {
    async fn tcp(addr: &str) -> Result<Compat<TcpStream>, String> {
        let tcp =
            TcpStream::connect(addr).await.map_err(|e| format!("no se pudo abrir la conexión TCP con {addr}: {e}"))?;
        let _ = tcp.set_nodelay(true);
        Ok(tcp.compat_write())
    }
    let attempt = async {
        match Client::connect(config.clone(), tcp(addr).await?).await {
            Ok(client) => Ok(client),
            Err(TdsError::Routing { host, port }) => {
                let mut redirected = config.clone();
                redirected.host(&host);
                redirected.port(port);
                let stream = tcp(&format!("{host}:{port}")).await?;
                Client::connect(redirected, stream).await.map_err(|e| describe_tds_error(&e))
            }
            Err(e) => Err(describe_tds_error(&e)),
        }
    };
    tokio::time::timeout(limit, attempt).await.map_err(|_| {
        format!(
            "sin respuesta en {} s al conectar con {addr} (¿servidor y puerto correctos? ¿firewall? ¿SQL Server acepta TCP?)",
            ceil_secs(limit)
        )
    })?
}

/// A tiberius error as an operator reads it. Server messages (e.g. "Login failed for user
/// 'api'") never contain the password.
/// The schema constraint a server error reports: 515 a NULL into a NOT NULL column, 547 a
/// CHECK or FOREIGN KEY constraint (its message names which).
fn constraint_of(t: &tiberius::error::TokenError) -> Option<crate::Constraint> {
    match t.code() {
        515 => Some(crate::Constraint::NotNull),
        547 if t.message().contains("FOREIGN KEY") || t.message().contains("REFERENCE") => Some(crate::Constraint::ForeignKey),
        547 => Some(crate::Constraint::Check),
        _ => None,
    }
}

fn describe_tds_error(e: &TdsError) -> String {
    match e {
        TdsError::Server(t) => {
            let hint = match t.code() {
                18456 => " — revise User Id y Password",
                4060 => " — revise Database y los permisos del usuario",
                _ => "",
            };
            format!("{} (error {}, estado {}){hint}", t.message(), t.code(), t.state())
        }
        TdsError::Tls(m) => format!(
            "error TLS: {m} — revise Encrypt y TrustServerCertificate (con Encrypt=true el certificado del servidor \
             debe ser de confianza para este equipo)"
        ),
        TdsError::Io { message, .. } => format!("error de red: {message}"),
        other => other.to_string(),
    }
}

fn describe_pool_error(e: &bb8_tiberius::Error) -> String {
    match e {
        bb8_tiberius::Error::Tiberius(t) => describe_tds_error(t),
        bb8_tiberius::Error::Io(io) => format!("error de red: {io}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::net::TcpListener;

    fn opts(connect_ms: u64) -> DbOptions {
        DbOptions { connect_timeout: Duration::from_millis(connect_ms), ..DbOptions::default() }
    }

    fn target_for(port: u16) -> MssqlTarget {
        MssqlTarget::from_ado(&format!(
            "Server=tcp:127.0.0.1,{port};Database=ROMSOFT-CLINICA;User Id=api;Password=S3cr3t!"
        ))
        .unwrap()
    }

    #[tokio::test]
    async fn refused_connection_reports_the_real_cause() {
        // Bind then drop to get a port with nobody listening.
        let port = TcpListener::bind("127.0.0.1:0").await.unwrap().local_addr().unwrap().port();
        let t = target_for(port);
        let e = MssqlDb::connect(&t, &opts(3000)).await.unwrap_err();
        let msg = e.to_string();
        match &e {
            DbError::Connect { target, cause } => {
                assert_eq!(target, &t.display());
                assert!(cause.contains("TCP") && cause.contains(&port.to_string()), "{cause}");
            }
            other => panic!("{other:?}"),
        }
        assert!(!msg.contains("S3cr3t"), "{msg}");
    }

    #[tokio::test]
    async fn silent_server_times_out_with_a_hint() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        // The kernel completes the TCP handshake; nobody ever answers the pre-login.
        let e = MssqlDb::connect(&target_for(port), &opts(300)).await.unwrap_err();
        match &e {
            DbError::Connect { cause, .. } => assert!(cause.contains("sin respuesta"), "{cause}"),
            other => panic!("{other:?}"),
        }
        assert!(!e.to_string().contains("S3cr3t"));
        drop(listener);
    }

    /// A pool of numbered fake connections with the same `has_broken` rule as [`Manager`].
    struct Fake(AtomicUsize);

    impl ManageConnection for Fake {
        type Connection = Tracked<usize>;
        type Error = io::Error;
        async fn connect(&self) -> Result<Tracked<usize>, io::Error> {
            Ok(Tracked::new(self.0.fetch_add(1, Ordering::SeqCst)))
        }
        async fn is_valid(&self, _: &mut Tracked<usize>) -> Result<(), io::Error> {
            Ok(())
        }
        fn has_broken(&self, conn: &mut Tracked<usize>) -> bool {
            conn.busy
        }
    }

    #[tokio::test]
    async fn only_connections_that_finished_their_work_are_reused() {
        let pool = bb8::Pool::builder().max_size(1).build_unchecked(Fake(AtomicUsize::new(0)));
        let limit = Duration::from_millis(50);
        let id = async || pool.get().await.unwrap().conn;

        // Success: the same connection comes back.
        let mut c = pool.get().await.unwrap();
        assert_eq!(guarded(&mut *c, limit, async |_: &mut usize| Ok::<_, ()>(7)).await, Some(Ok(7)));
        drop(c);
        assert_eq!(id().await, 0);

        // Timeout: reported as None and the connection is discarded.
        let mut c = pool.get().await.unwrap();
        let slow = async |_: &mut usize| {
            tokio::time::sleep(Duration::from_secs(5)).await;
            Ok::<_, ()>(())
        };
        assert_eq!(guarded(&mut *c, limit, slow).await, None);
        drop(c);
        assert_eq!(id().await, 1);

        // Error: discarded too (the session may hold an open transaction).
        let mut c = pool.get().await.unwrap();
        assert_eq!(guarded(&mut *c, limit, async |_: &mut usize| Err::<(), _>("boom")).await, Some(Err("boom")));
        drop(c);
        assert_eq!(id().await, 2);

        // The caller gave up mid-way (its future was dropped): discarded.
        let mut c = pool.get().await.unwrap();
        let abandoned = tokio::time::timeout(Duration::from_millis(10), guarded(&mut *c, Duration::from_secs(5), slow));
        assert!(abandoned.await.is_err());
        drop(c);
        assert_eq!(id().await, 3);
    }

    /// Compile-time check: the handle and its futures can cross threads (actix, tokio::spawn).
    #[allow(dead_code)]
    fn futures_are_send(db: &MssqlDb, t: &MssqlTarget, o: &DbOptions) {
        fn is_send<T: Send + Sync>(_: &T) {}
        fn is_send_future<T: Send>(_: &T) {}
        is_send(db);
        is_send_future(&MssqlDb::connect(t, o));
        is_send_future(&db.call(&crate::registry::SEG_ROL_GET_ALL_ACTIVES, Vec::new()));
        is_send_future(&db.schema_version());
    }

    #[test]
    fn errors_are_described_for_operators() {
        let tls = describe_tds_error(&TdsError::Tls("invalid peer certificate: UnknownIssuer".into()));
        assert!(tls.contains("TrustServerCertificate") && tls.contains("UnknownIssuer"), "{tls}");
        let io = describe_pool_error(&bb8_tiberius::Error::Io(io::Error::new(
            io::ErrorKind::TimedOut,
            "sin respuesta en 2 s",
        )));
        assert!(io.contains("sin respuesta"), "{io}");
        assert_eq!(ceil_secs(Duration::from_millis(1500)), 2);
        assert_eq!(ceil_secs(Duration::from_secs(30)), 30);
    }
}
