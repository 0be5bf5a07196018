//! The generic mechanism behind most legacy actions: "call procedure P with the request's
//! fields, map the rows to DTO D, say message M, audit the mutation".
//!
//! Actions are declared (generated into [`crate::decl`] from the contract) as statics of
//! [`ProcQuery`], [`ProcCommand`], [`ProcCall`] or [`PagedQuery`] naming the registry procedure
//! and two generated functions: one binds the request's fields to the parameters, the other
//! decodes a row into the reply DTO ([`cells`]). Hand-written services call the same statics.

pub mod cells;
pub mod codigos;
mod command;
pub mod estado;
pub mod peru;
mod paged;
mod query;
pub mod where_filter;

pub use cells::{Cells, FromCell, ToCell, Who, blank_to_empty, table, upper};
pub use command::{Check, ProcCommand};
pub use paged::PagedQuery;
pub use query::{Bind, Decode, ProcCall, ProcQuery};

#[cfg(test)]
mod tests;
