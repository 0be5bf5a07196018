//! Paged lists (`GetAllPaging`): filtered, sorted, paged and counted in SQL.

use data_access::{Listing, PageRequest};

use super::query::Decode;
use crate::{Ctx, ServiceError};

/// A paged listing and the decoder of its rows (the listing's columns, then the total).
pub struct PagedQuery<Res: 'static> {
    pub listing: &'static Listing,
    pub decode: Decode<Res>,
}

impl<Res> PagedQuery<Res> {
    /// One page, each row carrying the total before paging.
    pub async fn page(&self, ctx: &Ctx, req: &PageRequest) -> Result<Vec<Res>, ServiceError> {
        let page = ctx.db().page(self.listing, req).await?;
        page.rows
            .into_iter()
            .map(|mut row| {
                row.0.push(data_access::Value::Int(page.total));
                (self.decode)(row)
            })
            .collect()
    }
}
