//! What a service returns: the three legacy outcomes plus errors.

use std::borrow::Cow;

use data_access::DbError;
use dto::JsonResponse;

use crate::messages;

/// A successful (possibly warning) outcome.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply<T> {
    /// `Success: true, Warning: false`, with an optional message.
    Ok { data: Option<T>, message: Option<Cow<'static, str>> },
    /// `Success: true, Warning: true, Data: null`: a business rule stopped the action.
    Warning(Cow<'static, str>),
}

impl<T> Reply<T> {
    pub fn data(data: T) -> Self {
        Reply::Ok { data: Some(data), message: None }
    }
    pub fn message(message: &'static str) -> Self {
        Reply::Ok { data: None, message: Some(Cow::Borrowed(message)) }
    }
    pub fn warning(message: impl Into<Cow<'static, str>>) -> Self {
        Reply::Warning(message.into())
    }
    pub fn is_warning(&self) -> bool {
        matches!(self, Reply::Warning(_))
    }
    /// The message users see (for the audit row).
    pub fn text(&self) -> Option<&str> {
        match self {
            Reply::Ok { message, .. } => message.as_deref(),
            Reply::Warning(m) => Some(m),
        }
    }
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Reply<U> {
        match self {
            Reply::Ok { data, message } => Reply::Ok { data: data.map(f), message },
            Reply::Warning(m) => Reply::Warning(m),
        }
    }
}

/// A failure. `Input` carries a message for the user; the others are logged and shown as the
/// legacy catch-all text.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("{0}")]
    Input(String),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("{0}")]
    Internal(String),
    /// Too much password work queued: try again in a moment (HTTP 503).
    #[error("servidor ocupado con verificaciones de clave")]
    Busy,
    /// Too many failed logins for this user or address: wait this many seconds (HTTP 429).
    #[error("demasiados intentos fallidos; espere {0} s")]
    TooManyAttempts(u64),
}

impl ServiceError {
    /// The caller's own input was refused (answered as a warning naming the field, not as a
    /// failure of the server).
    pub fn is_refused_input(&self) -> bool {
        matches!(self, ServiceError::Db(DbError::TooLong { .. } | DbError::Required { .. } | DbError::Rejected(_)))
    }

    /// Overload answers: the HTTP status and `Retry-After` seconds (429 too many failed
    /// logins, 503 too much password work); `None` for every other error (HTTP 200).
    pub fn overload(&self) -> Option<(u16, u64)> {
        match self {
            ServiceError::TooManyAttempts(s) => Some((429, *s)),
            ServiceError::Busy => Some((503, 1)),
            _ => None,
        }
    }

    /// The text the client sees.
    pub fn user_message(&self) -> Cow<'static, str> {
        match self {
            ServiceError::Input(m) => Cow::Owned(m.clone()),
            ServiceError::Busy => Cow::Borrowed(messages::SERVIDOR_OCUPADO),
            ServiceError::TooManyAttempts(s) => Cow::Owned(messages::demasiados_intentos(*s)),
            _ => Cow::Borrowed(messages::INTENTELO_MAS_TARDE),
        }
    }
}

pub type ServiceResult<T> = Result<Reply<T>, ServiceError>;

/// Turns a service result into the legacy envelope.
pub fn envelope<T>(result: &ServiceResult<T>) -> JsonResponse<&T> {
    match result {
        Ok(Reply::Ok { data, message }) => JsonResponse {
            Message: message.as_ref().map(|m| m.to_string()),
            Success: true,
            Warning: false,
            Data: data.as_ref(),
        },
        Ok(Reply::Warning(m)) => JsonResponse::warning(m.to_string()),
        // The caller's input, refused whole rather than cut: a warning naming the field.
        Err(e) if e.is_refused_input() => JsonResponse::warning(e.to_string()),
        Err(e) => JsonResponse::error(e.user_message().into_owned()),
    }
}
