//! Wire types of the Romsoft API: the legacy DTOs with their exact JSON names, the reply
//! envelope, .NET dates and the Json.NET-compatible body reader.
//!
//! # Wire rules (the legacy ASP.NET Web API + Newtonsoft Json.NET contract)
//!
//! **Output**
//! * Every reply is [`JsonResponse`]: `{"Message", "Success", "Warning", "Data"}` in that order.
//! * DTO property names are exactly the C# property names (`id_rol`, `UsuarioCreacion`, …), in
//!   the contract's `json_property_order`: own properties first, then those inherited from
//!   `EntityAuditableDTO`. Declare DTOs with [`legacy_dto!`], which guarantees both.
//! * `null` is written out, never skipped.
//! * Dates are [`NetDateTime`]: `2021-09-05T00:00:00`, a fraction only when non-zero, no offset.
//! * Decimals are [`NetDecimal`]: a JSON number keeping its scale, always with a point
//!   (`12.50`, `12.0`), exact (never through `f64`).
//! * Non-ASCII text (Ñ, á) is written as UTF-8, unescaped (`serde_json`'s default).
//!
//! **Input** — read with [`lenient::from_body`], never with `serde_json::from_slice`:
//! property names in any case, missing ones defaulted, unknown ones ignored, numbers and
//! bools as strings, dates in any ISO form (offsets dropped, wall-clock kept), empty / `""` /
//! `null` bodies read as "all defaults", and Spanish errors that name the failing field
//! ([`BodyError`]). See [`lenient`] for the full table.
//!
//! The DTOs themselves are **generated** (`cargo xtask codegen`) from the legacy contract, one
//! module per contract prefix ([`adm`], [`con`], [`cvn`], [`fac`], [`far`], [`seg`], and
//! [`comun`] for what has none); [`wire_types::WIRE_TYPES`] lists them with their property
//! order. Hand-written: [`net_datetime`], [`net_decimal`], [`envelope`], [`lenient`], [`macros`], [`nobody`].
//! Everything is re-exported at the crate root.

// Lets `legacy_dto!` name this crate as `::dto` inside serde attribute strings, both here and
// in crates that depend on it.
extern crate self as dto;

pub mod envelope;
pub mod lenient;
pub mod macros;
pub mod net_datetime;
pub mod net_decimal;
pub mod nobody;

pub mod adm;
pub mod comun;
pub mod con;
pub mod cvn;
pub mod fac;
pub mod far;
pub mod seg;
pub mod wire_types;

// A prefix may have no DTO yet.
#[allow(unused_imports)]
pub use {adm::*, comun::*, con::*, cvn::*, fac::*, far::*, seg::*};
pub use envelope::JsonResponse;
pub use lenient::{BodyError, from_body, from_value};
pub use net_datetime::{InvalidDate, NetDateTime};
pub use net_decimal::{InvalidDecimal, NetDecimal};
pub use nobody::NoBody;

#[cfg(test)]
mod tests;
