//! The procedure registry: every stored procedure the API calls, declared once.
//!
//! The declarations are **generated** (`cargo xtask codegen`) from the legacy contract
//! (`tests/contract/romsoft-legacy.json`) and our decisions (`tests/contract/decisions.toml`),
//! one file per contract prefix (`adm.rs`, `seg.rs` …) plus `index.rs` with [`ALL`]. A
//! declaration names the procedure as SQL Server knows it (`Romsoft.p_…`), its parameters in
//! call order with where each value comes from, and what it returns. The SQL Server backend
//! builds its `EXEC` batch from it, the SQLite backend runs the file of the same name under
//! `sql/sqlite/procedures/`, and tests check that both SQL dialects agree with it.

mod types;

pub mod adm;
pub mod comun;
pub mod con;
pub mod cvn;
pub mod fac;
pub mod far;
pub mod seg;
mod index;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tsql_reader;
#[cfg(test)]
mod tsql_tests;
#[cfg(test)]
mod sqlfluff;

// A prefix may have no procedure yet.
#[allow(unused_imports)]
pub use {adm::*, comun::*, con::*, cvn::*, fac::*, far::*, seg::*};
pub use index::{ALL, LISTINGS};
pub use types::*;

/// Finds a registered procedure by its full or short name (case-insensitive).
pub fn find(name: &str) -> Option<&'static Procedure> {
    ALL.iter()
        .copied()
        .find(|p| p.name.eq_ignore_ascii_case(name) || p.short_name().eq_ignore_ascii_case(name))
}
