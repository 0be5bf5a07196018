//! Password storage: bcrypt only, computed off the async workers.
//!
//! Legacy rows may still hold a plaintext password; such a row is accepted once (compared in
//! constant time) and the caller upgrades it to bcrypt.

use std::sync::{
    OnceLock,
    atomic::{AtomicUsize, Ordering},
};

use subtle::ConstantTimeEq;
use tokio::sync::Semaphore;

use crate::ServiceError;

/// Bounds bcrypt work: at most `permits` hashes at once (one per core) and at most
/// `max_waiting` callers queued behind them; the next caller gets [`ServiceError::Busy`] at
/// once instead of waiting, so a flood of logins cannot starve the server. Also holds the cost
/// of new hashes and the dummy hash of that cost verified for unknown users (an unknown user
/// costs exactly what a wrong password does).
pub struct BcryptGate {
    permits: Semaphore,
    waiting: AtomicUsize,
    max_waiting: usize,
    cost: u32,
    dummy: OnceLock<String>,
}

impl BcryptGate {
    pub fn new(cost: u32, permits: usize, max_waiting: usize) -> Self {
        Self { permits: Semaphore::new(permits.max(1)), waiting: AtomicUsize::new(0), max_waiting, cost, dummy: OnceLock::new() }
    }

    /// Sized for this machine: one bcrypt at a time per core, 16 waiting per core.
    pub fn for_this_machine(cost: u32) -> Self {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        Self::new(cost, cores, cores * 16)
    }

    pub fn cost(&self) -> u32 {
        self.cost
    }

    /// Runs `work` on the blocking pool once a permit is free, or refuses when too many wait.
    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T, ServiceError> {
        if self.waiting.fetch_add(1, Ordering::SeqCst) >= self.max_waiting {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
            log::warn!("bcrypt: {} solicitudes en espera; se rechaza una más", self.max_waiting);
            return Err(ServiceError::Busy);
        }
        let permit = self.permits.acquire().await;
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        let _permit = permit.map_err(|_| ServiceError::Busy)?;
        let ctx = data_access::LogContext::capture("bcrypt");
        tokio::task::spawn_blocking(move || ctx.scope(work))
            .await
            .map_err(|e| ServiceError::Internal(format!("bcrypt interrumpido: {e}")))
    }

    /// The dummy hash when it will be verified (computed once, at the gate's cost).
    fn dummy_hash_if(&self, needed: bool) -> String {
        if needed { self.dummy_hash() } else { String::new() }
    }

    fn dummy_hash(&self) -> String {
        self.dummy.get_or_init(|| bcrypt::hash("romsoft-usuario-inexistente", self.cost).unwrap_or_else(|_| DUMMY_HASH.to_owned())).clone()
    }
}

/// How a stored password matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verified {
    No,
    Bcrypt,
    /// A legacy plaintext value matched: upgrade it.
    LegacyPlaintext,
}

/// A bcrypt hash of a fixed string, the fallback dummy if hashing the gate's own fails.
const DUMMY_HASH: &str = "$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";

pub fn is_bcrypt(stored: &str) -> bool {
    stored.len() == 60 && ["$2a$", "$2b$", "$2y$", "$2x$"].iter().any(|p| stored.starts_with(p))
}

/// Hashes `password` with the gate's cost on the blocking pool.
pub async fn hash(gate: &BcryptGate, password: String) -> Result<String, ServiceError> {
    let cost = gate.cost;
    gate.run(move || bcrypt::hash(password, cost)).await?.map_err(|e| ServiceError::Internal(format!("bcrypt: {e}")))
}

/// Checks `password` against the stored value (`None` = no such user) on the blocking pool.
pub async fn verify(gate: &BcryptGate, password: String, stored: Option<String>) -> Result<Verified, ServiceError> {
    let dummy = gate.dummy_hash_if(stored.as_deref().is_none_or(|s| !is_bcrypt(s)));
    gate.run(move || match stored {
        None => {
            let _ = bcrypt::verify(&password, &dummy);
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
            let _ = bcrypt::verify(&password, &dummy);
            if !s.is_empty() && bool::from(s.as_bytes().ct_eq(password.as_bytes())) {
                Verified::LegacyPlaintext
            } else {
                Verified::No
            }
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn bcrypt_and_legacy_plaintext() {
        let g = BcryptGate::new(4, 2, 8);
        let h = hash(&g, "Clave#1".into()).await.unwrap();
        assert!(is_bcrypt(&h));
        assert_eq!(verify(&g, "Clave#1".into(), Some(h.clone())).await.unwrap(), Verified::Bcrypt);
        assert_eq!(verify(&g, "clave#1".into(), Some(h)).await.unwrap(), Verified::No);
        assert_eq!(verify(&g, "vieja".into(), Some("vieja".into())).await.unwrap(), Verified::LegacyPlaintext);
        assert_eq!(verify(&g, "".into(), Some("".into())).await.unwrap(), Verified::No);
        assert_eq!(verify(&g, "x".into(), None).await.unwrap(), Verified::No);
        assert!(is_bcrypt(DUMMY_HASH));
        // The dummy an unknown user is checked against has the gate's cost, like real hashes.
        assert!(g.dummy_hash().starts_with("$2b$04$"), "{}", g.dummy_hash());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_flood_is_refused_at_once_beyond_the_queue_bound() {
        // One permit, one waiting place: of ten concurrent hashes, at most two run or wait; the
        // others are refused immediately with Busy.
        let g = std::sync::Arc::new(BcryptGate::new(10, 1, 1));
        let tasks: Vec<_> = (0..10)
            .map(|_| {
                let g = g.clone();
                tokio::spawn(async move { hash(&g, "x".into()).await })
            })
            .collect();
        let mut busy = 0;
        let mut done = 0;
        for t in tasks {
            match t.await.unwrap() {
                Ok(h) => {
                    assert!(is_bcrypt(&h));
                    done += 1;
                }
                Err(ServiceError::Busy) => busy += 1,
                Err(e) => panic!("{e}"),
            }
        }
        assert!(done >= 1 && busy >= 1 && done + busy == 10, "done {done}, busy {busy}");
        assert_eq!(g.waiting.load(Ordering::SeqCst), 0, "nothing left counted as waiting");
    }
}
