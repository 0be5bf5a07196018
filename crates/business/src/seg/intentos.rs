//! Failed-login limits, per user name and per client address, kept in the database so that
//! every instance on it shares them (`Romsoft.SEG_INTENTO_LOGIN`).
//!
//! A key is locked while it has at least its limit of failures since the first failure of the
//! current window; the lock ends when the window does. A successful login forgets the user
//! name's failures (not the address's). Checked before any password work, so a locked key
//! costs one read, never a bcrypt.

use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta};
use dto::{NetDateTime, SEG_INTENTO_LOGINDTO};

use crate::{
    Ctx, ServiceError,
    decl::seg::{SEG_INTENTO_LOGIN_FALLO, SEG_INTENTO_LOGIN_GET, SEG_INTENTO_LOGIN_LIMPIAR},
};

/// The limits (`auth.login_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginLimits {
    /// Failures of one user name that lock it.
    pub per_user: i32,
    /// Failures from one client address that lock it (higher: a clinic's desks share one).
    pub per_address: i32,
    /// How long failures count, and how long a lock lasts at most.
    pub window: Duration,
}

impl Default for LoginLimits {
    fn default() -> Self {
        Self { per_user: 5, per_address: 20, window: Duration::from_secs(15 * 60) }
    }
}

/// Longest user name kept in a key (a 1 MB "user name" must not become a 1 MB row).
const MAX_KEY_NAME: usize = 100;

fn keys(ctx: &Ctx, usuario: &str) -> SEG_INTENTO_LOGINDTO {
    let name: String = usuario.trim().to_lowercase().chars().take(MAX_KEY_NAME).collect();
    let ip = ctx.caller.ip.clone().unwrap_or_else(|| "?".into());
    SEG_INTENTO_LOGINDTO { llave_usuario: Some(format!("u:{name}")), llave_ip: Some(format!("ip:{ip}")), ..Default::default() }
}

fn now() -> NaiveDateTime {
    NetDateTime::now_local().naive()
}

/// `Err(TooManyAttempts(seconds))` while the user name or the address is locked.
pub async fn check(ctx: &Ctx, usuario: &str) -> Result<(), ServiceError> {
    let limits = ctx.app.login_limits;
    let req = keys(ctx, usuario);
    let window = TimeDelta::from_std(limits.window).unwrap_or(TimeDelta::minutes(15));
    let now = now();
    let mut wait = 0i64;
    for row in SEG_INTENTO_LOGIN_GET.rows(ctx, &req).await? {
        let limit = if row.llave == req.llave_usuario { limits.per_user } else { limits.per_address };
        let ends = row.primer_fallo.naive() + window;
        if row.fallos >= limit && ends > now {
            wait = wait.max((ends - now).num_seconds().max(1));
        }
    }
    if wait > 0 {
        log::warn!("seguridad: inicio de sesión bloqueado {wait} s para {:?} desde {:?}", req.llave_usuario, req.llave_ip);
        return Err(ServiceError::TooManyAttempts(wait as u64));
    }
    Ok(())
}

/// Counts a failed login for the user name and the address.
pub async fn failed(ctx: &Ctx, usuario: &str) -> Result<(), ServiceError> {
    let window = TimeDelta::from_std(ctx.app.login_limits.window).unwrap_or(TimeDelta::minutes(15));
    let now = now();
    let req = SEG_INTENTO_LOGINDTO {
        ahora: NetDateTime::from_naive(now),
        desde: NetDateTime::from_naive(now - window),
        ..keys(ctx, usuario)
    };
    SEG_INTENTO_LOGIN_FALLO.call(ctx, &req).await?;
    Ok(())
}

/// Forgets the user name's failures after a successful login.
pub async fn succeeded(ctx: &Ctx, usuario: &str) -> Result<(), ServiceError> {
    SEG_INTENTO_LOGIN_LIMPIAR.call(ctx, &keys(ctx, usuario)).await?;
    Ok(())
}
