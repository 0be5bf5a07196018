//! Carries the log MDC (the request id) into closures that run on another thread.
//!
//! The web layer keeps the request id in the log4rs MDC, which is thread-local, while it polls
//! a request's future. Work moved to `tokio::task::spawn_blocking` (bcrypt) or to the SQLite
//! pool's `interact` runs on a blocking-pool thread whose MDC is empty, so its log lines would
//! lose the id. Capture the context on the request's thread and run the closure inside it:
//!
//! ```text
//! let ctx = LogContext::capture("bcrypt");
//! tokio::task::spawn_blocking(move || ctx.scope(|| bcrypt::hash(password, cost)))
//! ```

/// The MDC entries of the thread that captured it, and a label for the trace line.
#[derive(Debug, Clone)]
pub struct LogContext {
    label: &'static str,
    entries: Vec<(String, String)>,
}

impl LogContext {
    /// The current thread's MDC (the request id while a request is being served).
    pub fn capture(label: &'static str) -> Self {
        let mut entries = Vec::new();
        log_mdc::iter(|k, v| entries.push((k.to_owned(), v.to_owned())));
        Self { label, entries }
    }

    /// Runs `f` with the captured MDC on the current thread, then restores what was there.
    /// Logs one `trace` line from inside, naming the thread.
    pub fn scope<R>(self, f: impl FnOnce() -> R) -> R {
        let _restore = log_mdc::extend_scoped(self.entries);
        let thread = std::thread::current();
        log::trace!("{}: en el hilo «{}»", self.label, thread.name().unwrap_or("sin nombre"));
        f()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_captured_request_id_is_set_on_another_thread_and_restored_afterwards() {
        let _outer = log_mdc::insert_scoped("request_id", "abc123");
        let ctx = LogContext::capture("prueba");
        let seen = std::thread::spawn(move || {
            let before = log_mdc::get("request_id", |v| v.map(str::to_owned));
            let inside = ctx.scope(|| log_mdc::get("request_id", |v| v.map(str::to_owned)));
            let after = log_mdc::get("request_id", |v| v.map(str::to_owned));
            (before, inside, after)
        })
        .join()
        .unwrap();
        assert_eq!(seen, (None, Some("abc123".to_owned()), None));
    }
}
