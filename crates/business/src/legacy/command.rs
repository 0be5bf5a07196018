//! Write actions: optional duplicate check, one procedure, messages by its `@Response`, audit.

use std::marker::PhantomData;

use data_access::{DbError, Output, Procedure};
use dto::NetDateTime;
use serde::Serialize;
use serde_json::{Map, Value as Json};

use super::mapping::{args_from_fields, fields_of};
use crate::{
    Ctx, Reply, ServiceError, ServiceResult,
    audit::{self, AuditEntry},
    messages,
};

/// Which audit columns of the record the command stamps with the acting user and the time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stamp {
    /// `UsuarioCreacion` / `FechaCreacion` (Add).
    Creation,
    /// `UsuarioModificacion` / `FechaModificacion` (Update, Delete).
    Modification,
}

/// A write action declared by its procedure, messages and audit labels.
pub struct ProcCommand<Req> {
    pub proc: &'static Procedure,
    /// Procedure answering "does this record already exist?" (`YaExisteRegistro` when it does).
    pub duplicate_check: Option<&'static Procedure>,
    /// Audit `Controlador` (the legacy API wrote "Usuario" for every controller but Account).
    pub controlador: &'static str,
    /// Audit `Accion`.
    pub accion: &'static str,
    pub stamp: Stamp,
    /// Message when `@Response > 0`.
    pub ok: &'static str,
    /// Warning when `@Response <= 0`.
    pub failed: &'static str,
    /// Reply `Data` = the new id (`@Response`) instead of null.
    pub returns_id: bool,
    _req: PhantomData<fn(Req)>,
}

impl<Req: Serialize> ProcCommand<Req> {
    #[allow(clippy::too_many_arguments)]
    pub const fn new(
        proc: &'static Procedure,
        duplicate_check: Option<&'static Procedure>,
        controlador: &'static str,
        accion: &'static str,
        stamp: Stamp,
        ok: &'static str,
        failed: &'static str,
        returns_id: bool,
    ) -> Self {
        Self { proc, duplicate_check, controlador, accion, stamp, ok, failed, returns_id, _req: PhantomData }
    }

    /// Runs the command with the request as sent.
    pub async fn run(&self, ctx: &Ctx, req: &Req) -> ServiceResult<i64> {
        self.run_with(ctx, req, |_| Ok(())).await
    }

    /// Runs the command; `adjust` may change the bound fields (e.g. hash a password) after the
    /// audit stamps are set. The audit row always shows the request as sent, secrets masked.
    pub async fn run_with(
        &self,
        ctx: &Ctx,
        req: &Req,
        adjust: impl FnOnce(&mut Map<String, Json>) -> Result<(), ServiceError>,
    ) -> ServiceResult<i64> {
        let mut fields = fields_of(req)?;
        let (user_field, date_field) = match self.stamp {
            Stamp::Creation => ("UsuarioCreacion", "FechaCreacion"),
            Stamp::Modification => ("UsuarioModificacion", "FechaModificacion"),
        };
        let usuario = ctx.acting_user(fields.get(user_field).and_then(Json::as_str));
        fields.insert(user_field.into(), Json::String(usuario.clone()));
        fields.insert(date_field.into(), serde_json::to_value(NetDateTime::now_local()).unwrap_or(Json::Null));

        let result = self.execute(ctx, fields, adjust).await;
        let (identificador, mensaje) = match &result {
            Ok(reply) => (reply_id(reply), reply.text().unwrap_or_default().to_owned()),
            Err(e) => (0, e.to_string()),
        };
        let entry = AuditEntry {
            controlador: self.controlador,
            accion: self.accion,
            identificador,
            mensaje: &mensaje,
            usuario: &usuario,
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

    async fn execute(
        &self,
        ctx: &Ctx,
        mut fields: Map<String, Json>,
        adjust: impl FnOnce(&mut Map<String, Json>) -> Result<(), ServiceError>,
    ) -> ServiceResult<i64> {
        if let Some(check) = self.duplicate_check {
            let exists = ctx.db().call(check, args_from_fields(check, &fields)?).await?;
            if matches!(exists, Output::Exists(true)) {
                return Ok(Reply::warning(messages::YA_EXISTE_REGISTRO));
            }
        }
        adjust(&mut fields)?;
        let n = match ctx.db().call(self.proc, args_from_fields(self.proc, &fields)?).await {
            Ok(out) => out.response(),
            // The duplicate check passed but a concurrent request inserted the same record first.
            Err(DbError::Duplicate { .. }) => return Ok(Reply::warning(messages::YA_EXISTE_REGISTRO)),
            Err(e) => return Err(e.into()),
        };
        Ok(if n > 0 { Reply::Ok { data: Some(n), message: Some(self.ok.into()) } } else { Reply::warning(self.failed) })
    }
}

fn strip_data(reply: Reply<i64>) -> Reply<i64> {
    match reply {
        Reply::Ok { message, .. } => Reply::Ok { data: None, message },
        w => w,
    }
}

fn reply_id(reply: &Reply<i64>) -> i64 {
    match reply {
        Reply::Ok { data: Some(id), .. } => *id,
        _ => 0,
    }
}
