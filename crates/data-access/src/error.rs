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
    /// A required column got no value (the caller left a field out: a warning naming it).
    #[error("El campo '{column}' es obligatorio.")]
    Required { procedure: &'static str, column: String },
    /// A value broke a rule of the table: a CHECK, or an id that names no row (a foreign key).
    /// The caller's input: a warning, never a failure of the server.
    #[error("{0}")]
    Rejected(String),
    /// The database schema does not match this binary.
    #[error("versión de esquema {found} incompatible (esta versión del programa usa {expected}): {hint}")]
    SchemaVersion { found: i64, expected: i64, hint: String },
    /// Any other failure of the storage engine or the pool.
    #[error("{0}")]
    Other(String),
}

impl DbError {
    /// The error a constraint of the schema raised for the caller's values, from the engine's
    /// own message: SQLite's `NOT NULL constraint failed: T.col`, `CHECK constraint failed: expr`,
    /// `FOREIGN KEY constraint failed`; SQL Server's 515 (`Cannot insert the value NULL into
    /// column 'col'`) and 547 (a CHECK or FOREIGN KEY constraint, named). `None`: not one of these.
    pub fn from_constraint(procedure: &'static str, kind: Constraint, message: &str) -> Option<Self> {
        Some(match kind {
            Constraint::NotNull => {
                let column = message
                    .split_once("failed: ")
                    .map(|(_, t)| t.rsplit('.').next().unwrap_or(t))
                    .or_else(|| message.split('\'').nth(1))?
                    .trim()
                    .to_owned();
                DbError::Required { procedure, column }
            }
            Constraint::Check => {
                let rule = message
                    .split_once("failed: ")
                    .map(|(_, t)| t.to_owned())
                    .or_else(|| message.split('"').nth(1).map(str::to_owned))
                    .unwrap_or_default();
                DbError::Rejected(format!("Un valor enviado no está permitido (regla: {}).", rule.trim()))
            }
            Constraint::ForeignKey => {
                let name = message.split('"').nth(1).map(|n| format!(" ({n})")).unwrap_or_default();
                DbError::Rejected(format!("Un identificador enviado no corresponde a ningún registro{name}."))
            }
        })
    }
}

/// The kinds of schema constraint a caller's values can break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Constraint {
    NotNull,
    Check,
    ForeignKey,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constraint_messages_of_both_engines_become_warnings_naming_the_field() {
        let p = "Romsoft.p_X_Insert";
        let m = |k, t| DbError::from_constraint(p, k, t).unwrap().to_string();
        assert_eq!(m(Constraint::NotNull, "NOT NULL constraint failed: ADM_OCUPACION.t_descripcion"), "El campo 't_descripcion' es obligatorio.");
        assert_eq!(
            m(Constraint::NotNull, "Cannot insert the value NULL into column 't_descripcion', table 'clinica.Romsoft.ADM_OCUPACION'; column does not allow nulls. INSERT fails."),
            "El campo 't_descripcion' es obligatorio."
        );
        assert_eq!(m(Constraint::Check, "CHECK constraint failed: n_dias_credito >= 0"), "Un valor enviado no está permitido (regla: n_dias_credito >= 0).");
        assert_eq!(
            m(Constraint::Check, "The INSERT statement conflicted with the CHECK constraint \"CK_CON_CONTACTO_flags\". The conflict occurred in database \"x\"."),
            "Un valor enviado no está permitido (regla: CK_CON_CONTACTO_flags)."
        );
        assert_eq!(m(Constraint::ForeignKey, "FOREIGN KEY constraint failed"), "Un identificador enviado no corresponde a ningún registro.");
        assert_eq!(
            m(Constraint::ForeignKey, "The INSERT statement conflicted with the FOREIGN KEY constraint \"FK_ADM_ATENCION_id_paciente\"."),
            "Un identificador enviado no corresponde a ningún registro (FK_ADM_ATENCION_id_paciente)."
        );
    }
}
