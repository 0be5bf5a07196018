//! The routing table of the legacy surface. Adding an action is one line here (plus, for a
//! declared action, its `ProcQuery`/`ProcCommand` and the procedure in both SQL dialects).

use business::{catalogos, seguridad::{login, usuario}};

use super::{Route, query_list, service};

pub fn routes() -> Vec<Route> {
    vec![
        service("Account", "Login", "Inicia sesión y devuelve el token de acceso.", login::login).anonymous(),
        service("SEG_USUARIO", "Add", "Registra un usuario (clave en bcrypt).", usuario::add),
        service("SEG_USUARIO", "Delete", "Desactiva un usuario (estado I).", usuario::delete),
        service("SEG_USUARIO", "GetAllPaging", "Página de usuarios; Cantidad = total.", usuario::get_all_paging),
        service("SEG_USUARIO", "GetAllFilters", "Usuarios por rol, apellidos, usuario, documento y estado.", usuario::get_all_filters),
        service("SEG_USUARIO", "GetById", "Usuario por id_usuario (lista de 0 o 1).", usuario::get_by_id),
        service("SEG_USUARIO", "GetByUsername", "Usuario por usuario y clave.", usuario::get_by_username),
        service("SEG_USUARIO", "Update", "Actualiza un usuario; clave \"***\", vacía o null la conserva.", usuario::update),
        query_list("SEG_ROL", "GetAllActives", "Roles activos.", &catalogos::SEG_ROL_GET_ALL_ACTIVES),
        query_list("TIPO_ESTADO", "GetAllFilters", "Estados posibles de los registros de una tabla.", &catalogos::TIPO_ESTADO_GET_ALL_FILTERS),
    ]
}
