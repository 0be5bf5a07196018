//! Catalog actions: pure declarations over the generic [`ProcQuery`].

use data_access::registry;
use dto::{NoBody, SEG_ROLDTO, TIPO_ESTADODTO};

use crate::legacy::ProcQuery;

/// `SEG_ROL/GetAllActives`: the active roles.
pub static SEG_ROL_GET_ALL_ACTIVES: ProcQuery<NoBody, SEG_ROLDTO> = ProcQuery::new(&registry::SEG_ROL_GET_ALL_ACTIVES);

/// `TIPO_ESTADO/GetAllFilters`: the states of the table named in `tabla`.
pub static TIPO_ESTADO_GET_ALL_FILTERS: ProcQuery<TIPO_ESTADODTO, TIPO_ESTADODTO> =
    ProcQuery::new(&registry::TIPO_ESTADO_GET_ALL_FILTERS);
