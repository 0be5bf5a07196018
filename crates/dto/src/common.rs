//! Request types from the legacy `Romsoft.GESTIONCLINICA.Common` project, and [`NoBody`].

use serde::{Deserialize, Deserializer, Serialize};
use utoipa::ToSchema;

crate::legacy_dto! {
    /// Paging and filtering of the `GetAllFilters`-style list actions
    /// (`Romsoft.GESTIONCLINICA.Common.PaginationParameter`).
    ///
    /// The legacy procedures concatenated `WhereFilter` into SQL text. This service keeps the
    /// property on the wire but never executes it as SQL; see the business layer for how it is
    /// interpreted.
    pub struct PaginationParameter: plain {
        /// Column to sort by.
        OrderBy: Option<String>,
        /// Index of the first row.
        Start: i32,
        /// Current page number.
        CurrentPage: i32,
        /// Rows per page.
        AmountRows: i32,
        /// Legacy raw SQL filter fragment (kept for the wire shape only, never run as SQL).
        WhereFilter: Option<String>,
    }
}

/// The request of an action that takes no body.
///
/// Reads from anything — an absent body, `{}`, an object with any properties, even a
/// different DTO or a scalar — and ignores it, because the legacy client sometimes sends a
/// body to such actions and it must never fail. Serializes as `{}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct NoBody {}

impl<'de> Deserialize<'de> for NoBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer)?;
        Ok(NoBody {})
    }
}
