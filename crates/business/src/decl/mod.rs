//! The declarations of the served legacy actions, one module per contract prefix, generated
//! by `cargo xtask codegen` (see `crates/xtask`). Hand-written services in the domain modules
//! ([`crate::seg`] …) call them after their own checks.

pub mod adm;
pub mod comun;
pub mod con;
pub mod cvn;
pub mod fac;
pub mod far;
pub mod seg;
