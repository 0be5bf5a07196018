//! [`NoBody`]: the request of an action that takes none.

use serde::{Deserialize, Deserializer, Serialize};
use utoipa::ToSchema;

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
