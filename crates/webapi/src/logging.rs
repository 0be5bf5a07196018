//! log4rs set-up like the legacy log4net one: console plus a rolling `Log/Log.txt`
//! (1 MB × 10 by default). Every line carries the request id (`-` outside requests), kept in
//! the log MDC while a request's future is polled. Work sent to other threads (bcrypt on the
//! blocking pool, SQLite's `interact`) takes it along with `data_access::LogContext`.

use std::{
    future::Future,
    pin::Pin,
    task::{Context, Poll},
};

use log::LevelFilter;
use log4rs::{
    append::{
        console::{ConsoleAppender, Target},
        rolling_file::{
            RollingFileAppender,
            policy::compound::{CompoundPolicy, roll::fixed_window::FixedWindowRoller, trigger::size::SizeTrigger},
        },
    },
    config::{Appender, Config, Logger, Root},
    encode::pattern::PatternEncoder,
};

use crate::config::LoggingSettings;

const PATTERN: &str = "{d(%Y-%m-%d %H:%M:%S%.3f)} {l:<5} [{X(request_id)(-)}] {t} - {m}{n}";
const MDC_KEY: &str = "request_id";

/// Starts logging. Call once per process.
pub fn init(cfg: &LoggingSettings) -> Result<log4rs::Handle, String> {
    let level: LevelFilter = cfg.level.parse().map_err(|_| format!("logging.level inválido: {}", cfg.level))?;
    let dir = std::path::Path::new(&cfg.directory);
    let file = dir.join(&cfg.file_name);
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("Log").to_owned();
    let ext = file.extension().and_then(|s| s.to_str()).unwrap_or("txt").to_owned();
    let roller = FixedWindowRoller::builder()
        .base(1)
        .build(&dir.join(format!("{stem}.{{}}.{ext}")).to_string_lossy(), cfg.max_files.max(1))
        .map_err(|e| format!("logging: {e}"))?;
    let policy = CompoundPolicy::new(Box::new(SizeTrigger::new(cfg.max_file_bytes.max(1024))), Box::new(roller));
    let rolling = RollingFileAppender::builder()
        .encoder(Box::new(PatternEncoder::new(PATTERN)))
        .build(&file, Box::new(policy))
        .map_err(|e| format!("no se pudo abrir el log {}: {e}", file.display()))?;

    let mut builder = Config::builder().appender(Appender::builder().build("file", Box::new(rolling)));
    let mut root = Root::builder().appender("file");
    if cfg.console {
        let console = ConsoleAppender::builder().target(Target::Stderr).encoder(Box::new(PatternEncoder::new(PATTERN))).build();
        builder = builder.appender(Appender::builder().build("console", Box::new(console)));
        root = root.appender("console");
    }
    // Third-party chatter stays at warn unless asked for.
    for noisy in ["actix_server", "actix_web", "tiberius", "rustls", "bb8", "h2", "mio", "reqwest"] {
        builder = builder.logger(Logger::builder().build(noisy, level.min(LevelFilter::Warn)));
    }
    let config = builder.build(root.build(level)).map_err(|e| format!("logging: {e}"))?;
    log4rs::init_config(config).map_err(|e| format!("logging: {e}"))
}

/// Runs `inner` with `request_id` in the log MDC on every poll, so that concurrent requests on
/// one worker thread never mix their ids.
pub struct WithRequestId<F> {
    request_id: String,
    inner: Pin<Box<F>>,
}

impl<F: Future> WithRequestId<F> {
    pub fn new(request_id: String, inner: F) -> Self {
        Self { request_id, inner: Box::pin(inner) }
    }
}

impl<F: Future> Future for WithRequestId<F> {
    type Output = F::Output;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let previous = log_mdc::get(MDC_KEY, |v| v.map(str::to_owned));
        log_mdc::insert(MDC_KEY, self.request_id.clone());
        let out = self.inner.as_mut().poll(cx);
        match previous {
            Some(p) => {
                log_mdc::insert(MDC_KEY, p);
            }
            None => {
                log_mdc::remove(MDC_KEY);
            }
        }
        out
    }
}
