//! The generic mechanism behind most legacy actions: "call procedure P with the request's
//! fields, map the rows to DTO D, say message M, audit the mutation".
//!
//! An action is declared as a static [`ProcQuery`] or [`ProcCommand`] naming its procedure (from
//! the registry), its messages and its audit labels; the request and reply DTO types are the
//! type parameters. Values flow by field name, as AutoMapper did: request field → procedure
//! parameter (`Param::field`), result column → reply field (`Column::field`).

mod command;
mod mapping;
mod query;
pub mod where_filter;

pub use command::{ProcCommand, Stamp};
pub use mapping::{args_from, args_from_fields, rows_into};
pub use query::ProcQuery;
