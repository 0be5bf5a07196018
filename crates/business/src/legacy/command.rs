//! Write actions: optional duplicate check, one procedure, messages by its `@Response`, audit.

use data_access::{DbError, Output, Procedure};
use serde::Serialize;

use super::{cells::Who, query::Bind};
use crate::{
    Ctx, Reply, ServiceResult,
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
    /// Runs the command and writes its audit row (the request as sent, secrets masked).
    pub async fn run(&self, ctx: &Ctx, req: &Req) -> ServiceResult<i64> {
        let who = ctx.who();
        let result = self.execute(ctx, req, &who).await;
        let (identificador, mensaje) = match &result {
            Ok(Reply::Ok { data: Some(id), message }) => (*id, message.as_deref().unwrap_or_default().to_owned()),
            Ok(reply) => (0, reply.text().unwrap_or_default().to_owned()),
            Err(e) => (0, e.to_string()),
        };
        let entry = AuditEntry {
            controlador: self.controlador,
            accion: self.accion,
            identificador,
            mensaje: &mensaje,
            usuario: &who.usuario,
            objeto: audit::redacted_json(req),
        };
        match (result, audit::write(ctx, entry).await) {
            (Ok(reply), Ok(())) => Ok(if self.returns_id { reply } else { strip_data(reply) }),
            (Ok(_), Err(audit_err)) => Err(audit_err),
            (Err(e), Ok(())) => Err(e),
            (Err(e), Err(audit_err)) => {
                log::error!("no se pudo auditar el error de {}/{}: {audit_err}", self.controlador, self.accion);
                Err(e)
            }
        }
    }

    async fn execute(&self, ctx: &Ctx, req: &Req, who: &Who) -> ServiceResult<i64> {
        if let Some(check) = &self.duplicate_check {
            let exists = ctx.db().call(check.proc, (check.bind)(req, who)).await?;
            if matches!(exists, Output::Exists(true)) {
                return Ok(Reply::warning(messages::YA_EXISTE_REGISTRO));
            }
        }
        let out = match ctx.db().call(self.proc, (self.bind)(req, who)).await {
            Ok(out) => out,
            // The duplicate check passed but a concurrent request inserted the same record first.
            Err(DbError::Duplicate { .. }) => return Ok(Reply::warning(messages::YA_EXISTE_REGISTRO)),
            Err(e) => return Err(e.into()),
        };
        let n = out.response();
        Ok(match out {
            _ if n > 0 => Reply::Ok { data: Some(n), message: Some(self.ok.into()) },
            Output::ResponseMessage(_, Some(text)) => Reply::warning(text),
            _ => Reply::warning(self.failed),
        })
    }
}

fn strip_data(reply: Reply<i64>) -> Reply<i64> {
    match reply {
        Reply::Ok { message, .. } => Reply::Ok { data: None, message },
        w => w,
    }
}
