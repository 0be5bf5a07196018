//! Write actions: optional duplicate check, one procedure, messages by its `@Response`, audit.

use data_access::{DbError, Output, Procedure, registry};
use serde::Serialize;

use super::{cells::Who, query::Bind};
use crate::{
    Ctx, Reply, ServiceError, ServiceResult,
    audit::{self, AuditEntry},
    messages,
};

/// The procedure answering "does this record already exist?" (`YaExisteRegistro` when it does).
pub struct Check<Req: 'static> {
    pub proc: &'static Procedure,
    pub bind: Bind<Req>,
}

/// A write action declared by its procedure, messages and audit labels. The audit parameters
/// ("who", "when") are bound from the token's user and the clock by `bind`, never from the body.
pub struct ProcCommand<Req: 'static> {
    pub proc: &'static Procedure,
    pub bind: Bind<Req>,
    pub duplicate_check: Option<Check<Req>>,
    /// Audit `Controlador` (the legacy API wrote "Usuario" for every controller but Account).
    pub controlador: &'static str,
    /// Audit `Accion`.
    pub accion: &'static str,
    /// Message when `@Response > 0`.
    pub ok: &'static str,
    /// Warning when `@Response <= 0` (a procedure's own `@Response_t` message wins).
    pub failed: &'static str,
    /// Reply `Data` = the new id (`@Response`) instead of null.
    pub returns_id: bool,
}

impl<Req: Serialize> ProcCommand<Req> {
    /// Runs the command. The procedure and its audit row (the request as sent, secrets masked)
    /// are written in ONE transaction: a mutation is never stored without its audit row, nor
    /// the other way round. Outcomes that change nothing (duplicate, error) are audited apart.
    pub async fn run(&self, ctx: &Ctx, req: &Req) -> ServiceResult<i64> {
        let who = ctx.who();
        let objeto = audit::redacted_json(req);
        if let Some(check) = &self.duplicate_check {
            let exists = match ctx.db().call(check.proc, (check.bind)(req, &who)).await {
                Ok(out) => matches!(out, Output::Exists(true)),
                Err(e) => return self.audited_apart(ctx, &who, objeto, Err(e.into())).await,
            };
            if exists {
                return self.audited_apart(ctx, &who, objeto, Ok(Reply::warning(messages::YA_EXISTE_REGISTRO))).await;
            }
        }
        let (ok, failed) = (self.ok, self.failed);
        let (controlador, accion, usuario, ip) = (self.controlador, self.accion, who.usuario.clone(), ctx.caller.ip.clone());
        let row = objeto.clone();
        let written = ctx
            .db()
            .call_then(self.proc, (self.bind)(req, &who), move |out| {
                let reply = reply_of(out, ok, failed);
                let mensaje = reply.text().unwrap_or_default().to_owned();
                let entry = AuditEntry { controlador, accion, identificador: id_of(&reply), mensaje: &mensaje, usuario: &usuario, objeto: row };
                Some((&registry::LOG_INSERT, entry.args(ip)))
            })
            .await;
        match written {
            Ok(out) => {
                let reply = reply_of(&out, ok, failed);
                Ok(if self.returns_id { reply } else { strip_data(reply) })
            }
            // The duplicate check passed but a concurrent request inserted the same record first.
            Err(DbError::Duplicate { .. }) => {
                self.audited_apart(ctx, &who, objeto, Ok(Reply::warning(messages::YA_EXISTE_REGISTRO))).await
            }
            Err(e) => self.audited_apart(ctx, &who, objeto, Err(e.into())).await,
        }
    }

    /// Audits an outcome that wrote nothing, then returns it. After a timeout the database is
    /// not answering: the error is logged instead of waiting a second time for an audit row, so
    /// one request waits at most one command timeout.
    async fn audited_apart(&self, ctx: &Ctx, who: &Who, objeto: serde_json::Value, result: ServiceResult<i64>) -> ServiceResult<i64> {
        if let Err(ServiceError::Db(e @ DbError::Timeout { .. })) = &result {
            log::error!("{}/{} sin auditar (la base no respondió a tiempo): {e}", self.controlador, self.accion);
            return result;
        }
        let mensaje = match &result {
            Ok(reply) => reply.text().unwrap_or_default().to_owned(),
            Err(e) => e.to_string(),
        };
        let entry = AuditEntry { controlador: self.controlador, accion: self.accion, identificador: 0, mensaje: &mensaje, usuario: &who.usuario, objeto };
        match (result, audit::write(ctx, entry).await) {
            (Ok(reply), Ok(())) => Ok(reply),
            (Ok(_), Err(audit_err)) => Err(audit_err),
            (Err(e), Ok(())) => Err(e),
            (Err(e), Err(audit_err)) => {
                log::error!("no se pudo auditar el error de {}/{}: {audit_err}", self.controlador, self.accion);
                Err(e)
            }
        }
    }
}

/// The reply a procedure's `@Response` (and `@Response_t`) means.
fn reply_of(out: &Output, ok: &'static str, failed: &'static str) -> Reply<i64> {
    let n = out.response();
    match out {
        _ if n > 0 => Reply::Ok { data: Some(n), message: Some(ok.into()) },
        Output::ResponseMessage(_, Some(text)) => Reply::warning(text.clone()),
        _ => Reply::warning(failed),
    }
}

fn id_of(reply: &Reply<i64>) -> i64 {
    match reply {
        Reply::Ok { data: Some(id), .. } => *id,
        _ => 0,
    }
}

fn strip_data(reply: Reply<i64>) -> Reply<i64> {
    match reply {
        Reply::Ok { message, .. } => Reply::Ok { data: None, message },
        w => w,
    }
}
