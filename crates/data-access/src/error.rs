//! Database errors: each says what failed in words an operator can act on. They may name
//! procedures, hosts and columns, never parameter values.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum DbError {
    /// The configured URL or connection string cannot be used.
    #[error("configuración de base de datos inválida: {0}")]
    Config(String),
    /// The server could not be reached or refused the login.
    #[error("no se pudo conectar a {target}: {cause}")]
    Connect { target: String, cause: String },
    /// A procedure call did not finish in time (SQLite: still locked when the busy timeout ran
    /// out; `seconds` 0 there).
    #[error("el procedimiento {procedure} no respondió a tiempo ({seconds} s; 0 = base bloqueada)")]
    Timeout { procedure: &'static str, seconds: u64 },
    /// The server reported an error while running a procedure.
    #[error("error en el procedimiento {procedure}: {cause}")]
    Procedure { procedure: &'static str, cause: String },
    /// The procedure hit a unique key (a concurrent insert of the same record won the race).
    #[error("registro duplicado en {procedure}")]
    Duplicate { procedure: &'static str },
    /// A result column is missing or has a type that cannot be read as declared.
    #[error("columna {column} de {procedure}: {cause}")]
    Decode { procedure: &'static str, column: String, cause: String },
    /// The caller passed arguments that do not match the registry declaration.
    #[error("argumentos inválidos para {procedure}: {cause}")]
    Arguments { procedure: &'static str, cause: String },
    /// A text longer than its parameter takes (the caller's input: never cut, refused).
    #[error("El campo '{field}' admite hasta {max} caracteres y llegaron {got}.")]
    TooLong { procedure: &'static str, field: String, max: u32, got: usize },
    /// The database schema does not match this binary.
    #[error("versión de esquema {found} incompatible (esta versión del programa usa {expected}): {hint}")]
    SchemaVersion { found: i64, expected: i64, hint: String },
    /// Any other failure of the storage engine or the pool.
    #[error("{0}")]
    Other(String),
}
