//! The database layer: one handle over two backends.
//!
//! * [`registry`] declares every stored procedure once (name, parameters, result columns).
//! * [`Database`] is chosen at start-up from the configured URL: the embedded SQLite file
//!   (default) or SQL Server through tiberius + bb8.
//! * Both backends take the same [`Value`] arguments in registry order and return the same
//!   [`Output`], so the layers above never see SQL or a driver type.
//!
//! Only this crate knows rusqlite and tiberius.

pub mod deadline;
pub mod doctor;
pub mod error;
pub mod listing;
pub mod log_context;
pub mod mssql;
pub mod registry;
pub mod sqlite;
pub mod url;
pub mod value;

pub use error::{Constraint, DbError};
pub use listing::{CmpOp, Filter, PageRequest};
pub use log_context::LogContext;
pub use registry::{Column, Listing, Origin, Param, Procedure, Returns, Source, SqlType, TableColumn, TableType, Transform};
pub use url::DatabaseUrl;
pub use value::{Output, Page, Row, Value};

use std::time::Duration;

/// Tuning shared by both backends.
#[derive(Debug, Clone)]
pub struct DbOptions {
    /// Upper bound for one procedure call (SQL Server) or one busy wait (SQLite).
    pub command_timeout: Duration,
    /// Upper bound for opening a connection.
    pub connect_timeout: Duration,
    /// Largest number of pooled connections.
    pub max_connections: u32,
    /// SQLite: create the database file even where a note says one existed before (`migrate`).
    /// Without it, a missing file is created only on the first start.
    pub create_missing: bool,
}

impl Default for DbOptions {
    fn default() -> Self {
        Self {
            command_timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(15),
            max_connections: 10,
            create_missing: false,
        }
    }
}

/// The database handle the application holds: one of the two backends.
#[derive(Clone)]
pub enum Database {
    Sqlite(sqlite::SqliteDb),
    Mssql(mssql::MssqlDb),
}

impl Database {
    /// Opens the database named by `url`. SQLite files are created and migrated; SQL Server is
    /// reached with one direct connection first so that a wrong host, login or TLS setting is
    /// reported with its real cause.
    pub async fn open(url: &DatabaseUrl, opts: &DbOptions) -> Result<Self, DbError> {
        match url {
            DatabaseUrl::Sqlite { path } => Ok(Self::Sqlite(sqlite::SqliteDb::open(path, opts).await?)),
            DatabaseUrl::Mssql(cfg) => Ok(Self::Mssql(mssql::MssqlDb::connect(cfg, opts).await?)),
        }
    }

    /// Calls `proc` with `args` given in the order of `proc.params`.
    pub async fn call(&self, proc: &'static Procedure, args: Vec<Value>) -> Result<Output, DbError> {
        let args = proc.coerce_args(args)?;
        match self {
            Self::Sqlite(db) => db.call(proc, args).await,
            Self::Mssql(db) => db.call(proc, args).await,
        }
    }

    /// Calls `proc`, then — in the same transaction — the procedure `then` derives from its
    /// output (a mutation's audit row): both are written or neither. `then` runs between the two
    /// calls on the database's worker, so it must be quick and must not block.
    pub async fn call_then(
        &self,
        proc: &'static Procedure,
        args: Vec<Value>,
        then: impl FnOnce(&Output) -> Option<(&'static Procedure, Vec<Value>)> + Send + 'static,
    ) -> Result<Output, DbError> {
        let args = proc.coerce_args(args)?;
        match self {
            Self::Sqlite(db) => db.call_then(proc, args, then).await,
            Self::Mssql(db) => db.call_then(proc, args, then).await,
        }
    }

    /// One page of `listing`: filtered, sorted, paged and counted in one statement.
    pub async fn page(&self, listing: &'static Listing, req: &PageRequest) -> Result<Page, DbError> {
        match self {
            Self::Sqlite(db) => db.page(listing, req).await,
            Self::Mssql(db) => db.page(listing, req).await,
        }
    }

    /// `"sqlite"` or `"sqlserver"`, for logs and the health endpoint.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "sqlite",
            Self::Mssql(_) => "sqlserver",
        }
    }

    /// The schema version the database reports (SQLite `user_version`, SQL Server
    /// `Romsoft.SCHEMA_VERSION`).
    pub async fn schema_version(&self) -> Result<i64, DbError> {
        match self {
            Self::Sqlite(db) => db.schema_version().await,
            Self::Mssql(db) => db.schema_version().await,
        }
    }
}

/// The schema version this binary was built for. SQLite databases are migrated up to it; a SQL
/// Server database must report exactly this version in `Romsoft.SCHEMA_VERSION`.
pub const SCHEMA_VERSION: i64 = 13;
