//! Read actions: one procedure, rows decoded straight into the reply DTO.

use data_access::{Procedure, Row, Value};

use super::cells::Who;
use crate::{Ctx, Reply, ServiceError, ServiceResult, audit::AuditEntry};

/// Binds a request to a procedure's arguments (generated per procedure and request type).
pub type Bind<Req> = fn(&Req, &Who) -> Vec<Value>;
/// Decodes one row into a reply (generated per procedure and reply type).
pub type Decode<Res> = fn(Row) -> Result<Res, ServiceError>;

/// A read action: `proc` called with `bind(request)`, every row through `decode`.
pub struct ProcQuery<Req: 'static, Res: 'static> {
    pub proc: &'static Procedure,
    pub bind: Bind<Req>,
    pub decode: Decode<Res>,
}

impl<Req, Res> ProcQuery<Req, Res> {
    /// Every row (an empty list is a valid answer).
    pub async fn list(&self, ctx: &Ctx, req: &Req) -> ServiceResult<Vec<Res>> {
        Ok(Reply::data(self.rows(ctx, req).await?))
    }

    /// The first row, or `warning(not_found)` when there is none.
    pub async fn first(&self, ctx: &Ctx, req: &Req, not_found: &'static str) -> ServiceResult<Res> {
        Ok(match self.rows(ctx, req).await?.into_iter().next() {
            Some(r) => Reply::data(r),
            None => Reply::warning(not_found),
        })
    }

    /// The rows, without an envelope decision.
    pub async fn rows(&self, ctx: &Ctx, req: &Req) -> Result<Vec<Res>, ServiceError> {
        let args = (self.bind)(req, &ctx.who());
        let rows = ctx.db().call(self.proc, args).await?.into_rows();
        rows.into_iter().map(self.decode).collect()
    }

    /// A procedure that writes and answers rows (the new record with the ids a form needs):
    /// the call and its audit row in ONE transaction, the audit message `ok` when rows came
    /// back and `failed` when none did (nothing was written). `objeto`: the request as sent.
    pub async fn rows_audited(
        &self,
        ctx: &Ctx,
        req: &Req,
        (controlador, accion): (&'static str, &'static str),
        (ok, failed): (&'static str, &'static str),
        objeto: serde_json::Value,
    ) -> Result<Vec<Res>, ServiceError> {
        let who = ctx.who();
        let ip = ctx.caller.ip.clone();
        let out = ctx
            .db()
            .call_then(self.proc, (self.bind)(req, &who), move |out| {
                let mensaje = if out.rows().is_empty() { failed } else { ok };
                let entry = AuditEntry { controlador, accion, identificador: 0, mensaje, usuario: &who.usuario, objeto };
                Some((&data_access::registry::LOG_INSERT, entry.args(ip)))
            })
            .await?;
        out.into_rows().into_iter().map(self.decode).collect()
    }
}

/// A bare call of a `@Response` procedure, for hand-written services.
pub struct ProcCall<Req: 'static> {
    pub proc: &'static Procedure,
    pub bind: Bind<Req>,
}

impl<Req> ProcCall<Req> {
    /// The `@Response` value.
    pub async fn call(&self, ctx: &Ctx, req: &Req) -> Result<i64, ServiceError> {
        Ok(ctx.db().call(self.proc, (self.bind)(req, &ctx.who())).await?.response())
    }

    /// The call and its audit row (`Identificador` = `@Response`) in one transaction. `usuario`
    /// is who the row names (the acting user, or the user logging in on `Account/Login`).
    #[allow(clippy::too_many_arguments)]
    pub async fn call_audited(
        &self,
        ctx: &Ctx,
        req: &Req,
        usuario: String,
        controlador: &'static str,
        accion: &'static str,
        mensaje: &'static str,
        objeto: serde_json::Value,
    ) -> Result<i64, ServiceError> {
        let who = ctx.who();
        let ip = ctx.caller.ip.clone();
        let out = ctx
            .db()
            .call_then(self.proc, (self.bind)(req, &who), move |out| {
                let entry = AuditEntry { controlador, accion, identificador: out.response(), mensaje, usuario: &usuario, objeto };
                Some((&data_access::registry::LOG_INSERT, entry.args(ip)))
            })
            .await?;
        Ok(out.response())
    }
}
