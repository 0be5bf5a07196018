//! Business services: validation, duplicate checks, rules and audit for every action.
//!
//! This crate knows neither HTTP nor SQL. Services receive plain DTOs and a [`Ctx`] (database
//! handle, caller, request id) and return a [`ServiceResult`]: data, a business warning, or a
//! [`ServiceError`] whose cause is logged while the user sees the legacy catch-all text.
//!
//! * [`legacy`]: the generic "call procedure P, map rows to DTO D, say message M" mechanism that
//!   most legacy actions are declarations of.
//! * [`decl`]: the declarations of the served actions, generated from the contract, one module
//!   per contract prefix.
//! * [`adm`]: the DNI lookup (an outbound HTTP call to the configured service).
//! * [`seg`]: login, tokens, passwords and users (hand-written: real logic). Hand-written
//!   services live in the module of their contract prefix (`adm`, `con`, `cvn`, `fac`, `far`,
//!   `seg`).
//! * [`audit`]: the legacy `Log` rows, with secrets redacted.

pub mod adm;
pub mod audit;
pub mod con;
pub mod context;
pub mod cvn;
pub mod decl;
pub mod fac;
pub mod far;
pub mod legacy;
pub mod logsafe;
pub mod messages;
pub mod outcome;
pub mod seg;

pub use context::{App, Caller, CallerKind, Ctx};
pub use outcome::{Reply, ServiceError, ServiceResult};
