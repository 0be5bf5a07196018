//! The shapes of a registry entry: procedures, their parameters and result columns, and the
//! paged listings.

use crate::{DbError, Value};

/// Column and parameter types as the API reads and binds them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SqlType {
    /// `INT` (read also from `TINYINT`, `SMALLINT`).
    Int,
    /// `BIGINT` (C# `long`).
    BigInt,
    /// `BIT`.
    Bit,
    /// `NVARCHAR`/`VARCHAR`/`CHAR`.
    Text,
    /// `DATETIME`/`DATETIME2`/`DATE`/`SMALLDATETIME`.
    DateTime,
    /// `DECIMAL`/`NUMERIC`/`MONEY`: exact, with its scale.
    Decimal,
    /// A table-valued parameter (`Structured`) of this user-defined table type.
    Table(&'static TableType),
}

/// A user-defined table type (`CREATE TYPE … AS TABLE`), the type of a table-valued parameter.
/// On SQLite the rows are written to a temporary table named after the parameter (without `@`)
/// in the procedure's transaction.
#[derive(Debug, PartialEq, Eq)]
pub struct TableType {
    /// Full name as SQL Server knows it, e.g. `Romsoft.FAC_COMPROBANTE_DET_TYPE`.
    pub name: &'static str,
    pub columns: &'static [TableColumn],
}

/// One column of a table type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableColumn {
    pub name: &'static str,
    pub ty: SqlType,
    /// Field of each request item the value comes from (`None`: the constant below).
    pub field: Option<&'static str>,
    /// Constant value (legacy `constant`), used when `field` is `None`.
    pub constant: Option<&'static str>,
}

/// How a request field becomes a parameter value (mirrors the legacy repositories).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transform {
    None,
    /// `null`, empty or white space is sent as `''` (legacy `null_or_whitespace_to_empty_string`).
    EmptyIfBlank,
    /// Upper case (legacy `ToUpper()`).
    Upper,
}

/// Where a parameter's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A field of the request DTO (for a table-valued parameter: the list of items).
    Field(&'static str),
    /// The id of the authenticated user (legacy `id_usuarioCreacion`, `id_user_registro` …):
    /// never read from the body.
    ActingUserId,
    /// The name of the authenticated user (legacy `UsuarioCreacion`, `usuario_registro` …).
    ActingUserName,
    /// The server's clock at the time of the call (legacy `FechaCreacion`, `fecha_registro` …).
    Now,
    /// A constant of the legacy repository.
    Constant(&'static str),
}

/// One input parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    /// The name SQL Server knows, with `@`.
    pub name: &'static str,
    pub ty: SqlType,
    pub source: Source,
    pub transform: Transform,
    /// Longest text the parameter takes (`NVARCHAR(n)` in its T-SQL declaration): SQL Server
    /// would cut a longer value without a word, so it is refused instead, on both backends.
    pub max_len: Option<u32>,
}

impl Param {
    /// The name without `@`, as the SQLite files write it (`:name`).
    pub fn bare_name(&self) -> &'static str {
        self.name.trim_start_matches('@')
    }

    /// The request field the value comes from, if any.
    pub fn field(&self) -> Option<&'static str> {
        match self.source {
            Source::Field(f) => Some(f),
            _ => None,
        }
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
    /// `@Response INT OUTPUT` plus a message in an `NVARCHAR(100) OUTPUT` parameter of this
    /// name (legacy `@Response_t`, `@response_t`).
    ResponseMessage(&'static str),
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
        short(self.name)
    }

    /// Declared result columns (empty unless `Rows`).
    pub fn columns(&self) -> &'static [Column] {
        match self.returns {
            Returns::Rows(c) => c,
            _ => &[],
        }
    }

    /// Converts `args` to the declared parameter types, the way ADO.NET converted a value to
    /// the parameter's `DbType` (`"12"` → 12, 12 → `"12"` …). A value that cannot be
    /// converted is an error naming the parameter, never the value.
    pub fn coerce_args(&self, args: Vec<Value>) -> Result<Vec<Value>, DbError> {
        if args.len() != self.params.len() {
            return Err(DbError::Arguments {
                procedure: self.name,
                cause: format!("se esperaban {} valores y llegaron {}", self.params.len(), args.len()),
            });
        }
        self.params
            .iter()
            .zip(args)
            .map(|(p, v)| {
                let v = v.coerce(p.ty).map_err(|got| DbError::Arguments {
                    procedure: self.name,
                    cause: format!("{} es {:?} y recibió {got}", p.name, p.ty),
                })?;
                if let (Some(max), Value::Text(t)) = (p.max_len, &v) {
                    let got = t.chars().count();
                    if got > max as usize {
                        let field = p.field().unwrap_or(p.bare_name()).to_owned();
                        return Err(DbError::TooLong { procedure: self.name, field, max, got });
                    }
                }
                Ok(v)
            })
            .collect()
    }
}

/// A paged list read from a view with bound predicates (the safe form of the legacy
/// `PaginationParameter` procedures): `SELECT … , COUNT(*) OVER () … ORDER BY … OFFSET/LIMIT`.
#[derive(Debug, PartialEq, Eq)]
pub struct Listing {
    /// The view, as SQL Server knows it (`Romsoft.v_SEG_USUARIO_GetAll`); SQLite uses the name
    /// without the schema.
    pub view: &'static str,
    /// The view's columns (every one may be filtered on), in reply order.
    pub columns: &'static [Column],
    /// Columns the client may sort by. The first is the default and the tie-breaker.
    pub order_by: &'static [&'static str],
    /// The name of the total-count column appended to each row (legacy `Cantidad`).
    pub total: &'static str,
}

impl Listing {
    pub fn short_name(&self) -> &'static str {
        short(self.view)
    }
}

fn short(name: &'static str) -> &'static str {
    name.split_once('.').map_or(name, |(_, n)| n)
}
