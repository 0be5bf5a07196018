//! Revocable tokens: every token carries its user's security stamp (`SEG_USUARIO.sello`); a new
//! password, role or state increments it in the database, and a token whose stamp is no longer
//! the user's — or whose user no longer exists or is inactive — is refused.
//!
//! The database is the truth, so several instances on one database agree. Each instance keeps
//! what it read for a few seconds ([`SelloCache`]) so that a burst of requests costs one read;
//! a change made through this instance forgets its entry at once, a change made through
//! another instance is seen within the cache's lifetime.

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

use dto::SEG_USUARIODTO;
use entities::seg::Sello;

use crate::{Ctx, ServiceError, decl::seg::SEG_USUARIO_SELLO};

/// Most users a cache remembers before it starts over (bounds its memory).
const MAX_ENTRIES: usize = 10_000;

/// Recently read stamps, by user id (`None`: no such user).
pub struct SelloCache {
    ttl: Duration,
    entries: Mutex<HashMap<i32, (Option<Sello>, Instant)>>,
}

impl SelloCache {
    pub fn new(ttl: Duration) -> Self {
        Self { ttl, entries: Mutex::new(HashMap::new()) }
    }

    fn cached(&self, id_usuario: i32) -> Option<Option<Sello>> {
        let entries = self.entries.lock().ok()?;
        entries.get(&id_usuario).filter(|(_, at)| at.elapsed() < self.ttl).map(|(s, _)| s.clone())
    }

    fn remember(&self, id_usuario: i32, sello: Option<Sello>) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(id_usuario, (sello, Instant::now()));
        }
    }

    /// Forgets a user's entry (call after changing their password, role or state).
    pub fn forget(&self, id_usuario: i32) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(&id_usuario);
        }
    }

    /// Whether a token of `id_usuario` issued with stamp `sello` is still good: the user exists,
    /// is active, and still has that stamp.
    pub async fn is_current(&self, ctx: &Ctx, id_usuario: i32, sello: i64) -> Result<bool, ServiceError> {
        let current = match self.cached(id_usuario) {
            Some(s) => s,
            None => {
                let req = SEG_USUARIODTO { id_usuario, ..Default::default() };
                let s = SEG_USUARIO_SELLO.rows(ctx, &req).await?.into_iter().next();
                self.remember(id_usuario, s.clone());
                s
            }
        };
        Ok(current.is_some_and(|s| s.is_active() && i64::from(s.sello) == sello))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_expire_and_can_be_forgotten() {
        let c = SelloCache::new(Duration::from_millis(50));
        c.remember(7, Some(Sello { sello: 2, estado: Some("A".into()) }));
        assert_eq!(c.cached(7).flatten().map(|s| s.sello), Some(2));
        c.forget(7);
        assert_eq!(c.cached(7), None);
        c.remember(8, None);
        assert_eq!(c.cached(8), Some(None), "an unknown user is remembered as unknown");
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(c.cached(8), None, "expired");
    }
}
