//! The procedure registry: every stored procedure the API calls, declared once.
//!
//! A declaration names the procedure as SQL Server knows it (`Romsoft.p_…`), its parameters in
//! call order with the request field each value comes from, and what it returns (result columns
//! with the response field each feeds, the `@Response` output parameter, or an exists flag).
//! The SQL Server backend builds its `EXEC` batch from it, the SQLite backend runs the file of the
//! same name under `sql/sqlite/procedures/`, and tests check that both SQL dialects and the legacy
//! contract agree with it.

mod auditoria;
mod catalogos;
mod seguridad;
#[cfg(test)]
mod tsql_tests;
#[cfg(test)]
mod sqlfluff;

pub use auditoria::*;
pub use catalogos::*;
pub use seguridad::*;

use crate::{DbError, Value};

/// Column and parameter types as the API reads and binds them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SqlType {
    /// `INT` (read also from `TINYINT`, `SMALLINT`, `BIGINT`).
    Int,
    /// `BIT`.
    Bit,
    /// `NVARCHAR`/`VARCHAR`/`CHAR`.
    Text,
    /// `DATETIME`/`DATETIME2`/`DATE`/`SMALLDATETIME`.
    DateTime,
}

/// How a request field becomes a parameter value (mirrors the legacy repositories).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transform {
    None,
    /// `null`, empty or white space is sent as `''` (legacy `null_or_whitespace_to_empty_string`).
    EmptyIfBlank,
}

/// One input parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    /// The name SQL Server knows, with `@`.
    pub name: &'static str,
    pub ty: SqlType,
    /// The request (DTO) field the value comes from.
    pub field: &'static str,
    pub transform: Transform,
}

impl Param {
    /// The name without `@`, as the SQLite files write it (`:name`).
    pub fn bare_name(&self) -> &'static str {
        self.name.trim_start_matches('@')
    }
}

/// One result column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The column name in the result set.
    pub name: &'static str,
    pub ty: SqlType,
    /// The response (DTO) field the value feeds.
    pub field: &'static str,
}

/// What a procedure returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Returns {
    /// A result set with these columns.
    Rows(&'static [Column]),
    /// The `@Response INT OUTPUT` parameter.
    Response,
    /// A result set whose first column of the first row is a 0/1 flag.
    ExistsFlag,
}

/// Where a procedure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Called by the legacy API (present in the contract with the same signature).
    Legacy,
    /// Added by this API; installed by the scripts in `sql/mssql/`.
    Romsoft,
}

/// One stored procedure.
#[derive(Debug, PartialEq, Eq)]
pub struct Procedure {
    /// Full name as SQL Server knows it, e.g. `Romsoft.p_SEG_USUARIO_Insert`.
    pub name: &'static str,
    pub params: &'static [Param],
    pub returns: Returns,
    pub origin: Origin,
}

impl Procedure {
    /// The name without the schema (`p_SEG_USUARIO_Insert`): the file name of both dialects.
    pub fn short_name(&self) -> &'static str {
        self.name.split_once('.').map_or(self.name, |(_, n)| n)
    }

    /// Declared result columns (empty for `Response` and `ExistsFlag`).
    pub fn columns(&self) -> &'static [Column] {
        match self.returns {
            Returns::Rows(c) => c,
            _ => &[],
        }
    }

    /// Checks that `args` match the declaration in number and type.
    pub fn check_args(&self, args: &[Value]) -> Result<(), DbError> {
        if args.len() != self.params.len() {
            return Err(DbError::Arguments {
                procedure: self.name,
                cause: format!("se esperaban {} valores y llegaron {}", self.params.len(), args.len()),
            });
        }
        for (p, v) in self.params.iter().zip(args) {
            let ok = matches!(
                (p.ty, v),
                (_, Value::Null)
                    | (SqlType::Int, Value::Int(_))
                    | (SqlType::Bit, Value::Bool(_) | Value::Int(_))
                    | (SqlType::Text, Value::Text(_))
                    | (SqlType::DateTime, Value::DateTime(_))
            );
            if !ok {
                return Err(DbError::Arguments {
                    procedure: self.name,
                    cause: format!("{} es {:?} y recibió {:?}", p.name, p.ty, std::mem::discriminant(v)),
                });
            }
        }
        Ok(())
    }
}

/// Every registered procedure.
pub static ALL: &[&Procedure] = &[
    &LOG_INSERT,
    &SEG_ROL_GET_ALL_ACTIVES,
    &TIPO_ESTADO_GET_ALL_FILTERS,
    &SEG_USUARIO_VERIFY_EXISTS,
    &SEG_USUARIO_INSERT,
    &SEG_USUARIO_DELETE,
    &SEG_USUARIO_GET_ALL,
    &SEG_USUARIO_GET_ALL_FILTER,
    &SEG_USUARIO_GET_BY_ID,
    &SEG_USUARIO_UPDATE,
    &SEG_USUARIO_GET_CREDENTIALS,
    &SEG_USUARIO_SET_CLAVE,
];

/// Finds a registered procedure by its full or short name (case-insensitive).
pub fn find(name: &str) -> Option<&'static Procedure> {
    ALL.iter()
        .copied()
        .find(|p| p.name.eq_ignore_ascii_case(name) || p.short_name().eq_ignore_ascii_case(name))
}

// Short constructors that keep the declarations one line each.
pub(crate) const fn p(name: &'static str, ty: SqlType, field: &'static str) -> Param {
    Param { name, ty, field, transform: Transform::None }
}
pub(crate) const fn p_blank(name: &'static str, field: &'static str) -> Param {
    Param { name, ty: SqlType::Text, field, transform: Transform::EmptyIfBlank }
}
pub(crate) const fn c(name: &'static str, ty: SqlType, field: &'static str) -> Column {
    Column { name, ty, field }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_schema_qualified() {
        let mut seen = std::collections::HashSet::new();
        for p in ALL {
            assert!(p.name.starts_with("Romsoft."), "{}", p.name);
            assert!(seen.insert(p.name.to_ascii_lowercase()), "duplicate {}", p.name);
            for par in p.params {
                assert!(par.name.starts_with('@'), "{} {}", p.name, par.name);
            }
        }
    }

    #[test]
    fn check_args_rejects_wrong_count_and_type() {
        assert!(SEG_USUARIO_VERIFY_EXISTS.check_args(&[Value::from("x")]).is_ok());
        assert!(SEG_USUARIO_VERIFY_EXISTS.check_args(&[Value::Null]).is_ok());
        assert!(SEG_USUARIO_VERIFY_EXISTS.check_args(&[]).is_err());
        assert!(SEG_USUARIO_VERIFY_EXISTS.check_args(&[Value::Int(1)]).is_err());
    }

    #[test]
    fn find_accepts_short_and_full_names() {
        assert_eq!(find("p_SEG_USUARIO_Insert").unwrap().name, "Romsoft.p_SEG_USUARIO_Insert");
        assert_eq!(find("romsoft.log_insert").unwrap().name, "Romsoft.Log_Insert");
        assert!(find("p_nope").is_none());
    }
}
