//! A bound on the request bodies held in memory at once, across all requests: each body is
//! already bounded by `server.body_limit_bytes`, but a hundred concurrent bodies at that limit
//! (and what parsing them costs) would still take hundreds of MB. Past the budget a request is
//! answered 503 with `Retry-After` at once instead of growing the process.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Bytes of request bodies in memory now, and the most allowed.
#[derive(Debug)]
pub struct BodyBudget {
    used: AtomicUsize,
    max: usize,
}

impl BodyBudget {
    pub fn new(max: usize) -> Self {
        Self { used: AtomicUsize::new(0), max }
    }

    /// Bytes held now (for tests and logs).
    pub fn used(&self) -> usize {
        self.used.load(Ordering::SeqCst)
    }

    /// A reservation that grows with the body and is given back when dropped.
    pub fn reserve(&self) -> Reservation<'_> {
        Reservation { budget: self, held: 0 }
    }
}

/// Bytes one request holds.
pub struct Reservation<'a> {
    budget: &'a BodyBudget,
    held: usize,
}

impl Reservation<'_> {
    /// Takes `n` more bytes; `false` (nothing taken) when that would pass the budget.
    pub fn grow(&mut self, n: usize) -> bool {
        let b = self.budget;
        let ok = b
            .used
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |u| u.checked_add(n).filter(|t| *t <= b.max))
            .is_ok();
        if ok {
            self.held += n;
        }
        ok
    }
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        self.budget.used.fetch_sub(self.held, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reservations_are_bounded_and_given_back() {
        let b = BodyBudget::new(100);
        let mut r1 = b.reserve();
        assert!(r1.grow(60));
        let mut r2 = b.reserve();
        assert!(!r2.grow(50), "past the budget");
        assert!(r2.grow(40));
        assert_eq!(b.used(), 100);
        drop(r1);
        assert_eq!(b.used(), 40);
        drop(r2);
        assert_eq!(b.used(), 0);
    }
}
