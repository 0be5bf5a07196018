//! Password storage: bcrypt only, computed off the async workers.
//!
//! Legacy rows may still hold a plaintext password; such a row is accepted once (compared in
//! constant time) and the caller upgrades it to bcrypt.

use subtle::ConstantTimeEq;

use crate::ServiceError;

/// How a stored password matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verified {
    No,
    Bcrypt,
    /// A legacy plaintext value matched: upgrade it.
    LegacyPlaintext,
}

/// A bcrypt hash of a fixed string, verified when the user does not exist so that the reply
/// takes as long as for a wrong password.
const DUMMY_HASH: &str = "$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";

pub fn is_bcrypt(stored: &str) -> bool {
    stored.len() == 60 && ["$2a$", "$2b$", "$2y$", "$2x$"].iter().any(|p| stored.starts_with(p))
}

/// Hashes `password` with `cost` on the blocking pool.
pub async fn hash(password: String, cost: u32) -> Result<String, ServiceError> {
    let ctx = data_access::LogContext::capture("bcrypt");
    tokio::task::spawn_blocking(move || ctx.scope(|| bcrypt::hash(password, cost)))
        .await
        .map_err(|e| ServiceError::Internal(format!("bcrypt interrumpido: {e}")))?
        .map_err(|e| ServiceError::Internal(format!("bcrypt: {e}")))
}

/// Checks `password` against the stored value (`None` = no such user) on the blocking pool.
pub async fn verify(password: String, stored: Option<String>) -> Result<Verified, ServiceError> {
    let ctx = data_access::LogContext::capture("bcrypt");
    tokio::task::spawn_blocking(move || ctx.scope(|| match stored {
        None => {
            let _ = bcrypt::verify(&password, DUMMY_HASH);
            Verified::No
        }
        Some(s) if is_bcrypt(&s) => {
            if bcrypt::verify(&password, &s).unwrap_or(false) {
                Verified::Bcrypt
            } else {
                Verified::No
            }
        }
        Some(s) => {
            let _ = bcrypt::verify(&password, DUMMY_HASH);
            if !s.is_empty() && bool::from(s.as_bytes().ct_eq(password.as_bytes())) {
                Verified::LegacyPlaintext
            } else {
                Verified::No
            }
        }
    }))
    .await
    .map_err(|e| ServiceError::Internal(format!("bcrypt interrumpido: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn bcrypt_and_legacy_plaintext() {
        let h = hash("Clave#1".into(), 4).await.unwrap();
        assert!(is_bcrypt(&h));
        assert_eq!(verify("Clave#1".into(), Some(h.clone())).await.unwrap(), Verified::Bcrypt);
        assert_eq!(verify("clave#1".into(), Some(h)).await.unwrap(), Verified::No);
        assert_eq!(verify("vieja".into(), Some("vieja".into())).await.unwrap(), Verified::LegacyPlaintext);
        assert_eq!(verify("".into(), Some("".into())).await.unwrap(), Verified::No);
        assert_eq!(verify("x".into(), None).await.unwrap(), Verified::No);
        assert!(is_bcrypt(DUMMY_HASH));
    }
}
