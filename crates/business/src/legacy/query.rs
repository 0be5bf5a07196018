//! Read actions: one procedure, rows mapped to the reply DTO.

use std::marker::PhantomData;

use data_access::Procedure;
use serde::{Serialize, de::DeserializeOwned};

use super::mapping::{args_from, rows_into};
use crate::{Ctx, Reply, ServiceResult};

/// A read action declared by its procedure. `Req` is the request DTO whose fields feed the
/// parameters; `Res` the DTO each row becomes.
pub struct ProcQuery<Req, Res> {
    pub proc: &'static Procedure,
    _types: PhantomData<fn(Req) -> Res>,
}

impl<Req, Res> ProcQuery<Req, Res>
where
    Req: Serialize,
    Res: DeserializeOwned,
{
    pub const fn new(proc: &'static Procedure) -> Self {
        Self { proc, _types: PhantomData }
    }

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
    pub async fn rows(&self, ctx: &Ctx, req: &Req) -> Result<Vec<Res>, crate::ServiceError> {
        let args = args_from(self.proc, req)?;
        let rows = ctx.db().call(self.proc, args).await?.into_rows();
        rows_into(self.proc, rows)
    }
}
