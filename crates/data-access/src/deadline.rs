//! One bound on all the database work of a request.
//!
//! The web layer runs each request inside [`within`] with a deadline (its start plus the
//! command timeout); every call then waits at most the time left — SQLite's busy timeout and
//! SQL Server's command timeout are cut to it — and a call made once it has passed fails at once
//! with [`DbError::Timeout`]. So a request that waits on a lock several times (a check, the
//! write, the audit of an error …) still answers within one command timeout. Work outside a
//! request (start-up, the command line) has no deadline: each call gets the command timeout.

use std::{
    future::Future,
    time::{Duration, Instant},
};

use crate::DbError;

tokio::task_local! {
    static DEADLINE: Instant;
}

/// Runs `work` with every database call it makes bounded by `deadline`.
pub async fn within<F: Future>(deadline: Instant, work: F) -> F::Output {
    DEADLINE.scope(deadline, work).await
}

/// How long the next call may wait: the configured timeout, cut to the time the current
/// request has left; `Err(Timeout)` when none is left.
pub(crate) fn limit(configured: Duration, what: &'static str) -> Result<Duration, DbError> {
    match DEADLINE.try_with(|d| d.saturating_duration_since(Instant::now())) {
        Err(_) => Ok(configured),
        Ok(left) if left.is_zero() => Err(DbError::Timeout { procedure: what, seconds: 0 }),
        Ok(left) => Ok(left.min(configured)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_time_left_bounds_each_call() {
        let configured = Duration::from_secs(30);
        assert_eq!(limit(configured, "x").unwrap(), configured, "outside a request");
        within(Instant::now() + Duration::from_secs(2), async {
            let l = limit(configured, "x").unwrap();
            assert!(l <= Duration::from_secs(2) && l > Duration::from_secs(1), "{l:?}");
        })
        .await;
        within(Instant::now(), async {
            assert!(matches!(limit(configured, "x"), Err(DbError::Timeout { .. })));
        })
        .await;
    }
}
