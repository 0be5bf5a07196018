//! Small catalogs read by the legacy clients' combo boxes.

use super::{Origin, Procedure, Returns, SqlType::*, c, p};

/// Active roles (`estado = 'A'`), ordered by name.
pub static SEG_ROL_GET_ALL_ACTIVES: Procedure = Procedure {
    name: "Romsoft.p_SEG_ROL_GetAllActives",
    params: &[],
    returns: Returns::Rows(&[c("Id_rol", Int, "id_rol"), c("rol", Text, "rol")]),
    origin: Origin::Legacy,
};

/// The states a table's records may take (`tabla` = table name), ordered by id.
pub static TIPO_ESTADO_GET_ALL_FILTERS: Procedure = Procedure {
    name: "Romsoft.p_TIPO_ESTADO_GetAllFilters",
    params: &[p("@tabla", Text, "tabla")],
    returns: Returns::Rows(&[c("id_estado", Int, "id_estado"), c("estado", Text, "estado")]),
    origin: Origin::Legacy,
};
