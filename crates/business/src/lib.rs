//! Business services: validation, duplicate checks, rules and audit for every action.
//!
//! This crate knows neither HTTP nor SQL. Services receive plain DTOs and a [`Ctx`] (database
//! handle, caller, request id) and return a [`ServiceResult`]: data, a business warning, or a
//! [`ServiceError`] whose cause is logged while the user sees the legacy catch-all text.
//!
//! * [`legacy`]: the generic "call procedure P, map rows to DTO D, say message M" mechanism that
//!   most legacy actions are declarations of.
//! * [`seguridad`]: login, tokens, passwords and users (hand-written: real logic).
//! * [`catalogos`]: catalog actions, pure declarations.
//! * [`audit`]: the legacy `Log` rows, with secrets redacted.

pub mod audit;
pub mod catalogos;
pub mod context;
pub mod legacy;
pub mod messages;
pub mod outcome;
pub mod seguridad;

pub use context::{App, Caller, CallerKind, Ctx};
pub use outcome::{Reply, ServiceError, ServiceResult};
