//! `SEG_USUARIO`: the user accounts.
//!
//! Passwords are stored as bcrypt and never returned: every reply carries `clave = "***"`, and an
//! `Update` whose `clave` is that mask, null or empty keeps the stored password (the desktop
//! client sends back what `GetById` gave it).

use data_access::registry;
use dto::{NoBody, PaginationParameter, SEG_ROLDTO, SEG_USUARIODTO};
use serde_json::Value as Json;

use super::{
    login::{check_credentials, credentials_by_name},
    passwords,
};
use crate::{
    Ctx, Reply, ServiceError, ServiceResult,
    audit::MASK,
    legacy::{ProcCommand, ProcQuery, Stamp, args_from, rows_into, where_filter::WhereFilter},
    messages::*,
};

static ADD: ProcCommand<SEG_USUARIODTO> = ProcCommand::new(
    &registry::SEG_USUARIO_INSERT,
    Some(&registry::SEG_USUARIO_VERIFY_EXISTS),
    "Usuario",
    "Add",
    Stamp::Creation,
    REGISTRO_SATISFACTORIO,
    REGISTRO_FALLIDO,
    false,
);
static UPDATE: ProcCommand<SEG_USUARIODTO> = ProcCommand::new(
    &registry::SEG_USUARIO_UPDATE,
    None,
    "Usuario",
    "Update",
    Stamp::Modification,
    ACTUALIZACION_SATISFACTORIA,
    ACTUALIZACION_FALLIDA,
    false,
);
static DELETE: ProcCommand<SEG_USUARIODTO> = ProcCommand::new(
    &registry::SEG_USUARIO_DELETE,
    None,
    "Usuario",
    "Delete",
    Stamp::Modification,
    ELIMINACION_SATISFACTORIA,
    ELIMINACION_FALLIDA,
    false,
);
static GET_ALL_FILTERS: ProcQuery<SEG_USUARIODTO, SEG_USUARIODTO> = ProcQuery::new(&registry::SEG_USUARIO_GET_ALL_FILTER);
static GET_BY_ID: ProcQuery<SEG_USUARIODTO, SEG_USUARIODTO> = ProcQuery::new(&registry::SEG_USUARIO_GET_BY_ID);
static ROLES: ProcQuery<NoBody, SEG_ROLDTO> = ProcQuery::new(&registry::SEG_ROL_GET_ALL_ACTIVES);

/// Columns `@OrderBy` may name (the procedures whitelist the same).
const ORDER_COLUMNS: &[&str] = &["id_usuario", "usuario", "apellidos", "nombres", "estado"];

/// Whether the request's `clave` means "keep the stored password".
fn keeps_password(clave: Option<&str>) -> bool {
    clave.is_none_or(|c| c.is_empty() || c == MASK)
}

/// Business rules shared by Add and Update; `None` when the request may proceed.
async fn validate(ctx: &Ctx, req: &SEG_USUARIODTO) -> Result<Option<String>, ServiceError> {
    if req.usuario.as_deref().is_none_or(|u| u.trim().is_empty()) {
        return Ok(Some(campo_obligatorio("usuario")));
    }
    let roles = ROLES.rows(ctx, &NoBody::default()).await?;
    if !roles.iter().any(|r| r.id_rol == req.id_rol) {
        return Ok(Some(ROL_NO_EXISTE.to_owned()));
    }
    Ok(None)
}

fn mask(mut users: Vec<SEG_USUARIODTO>) -> Vec<SEG_USUARIODTO> {
    for u in &mut users {
        u.clave = Some(MASK.to_owned());
    }
    users
}

/// `SEG_USUARIO/Add`: duplicate check on the user name, bcrypt password, audit.
pub async fn add(ctx: Ctx, req: SEG_USUARIODTO) -> ServiceResult<i64> {
    if let Some(w) = validate(&ctx, &req).await? {
        return Ok(Reply::warning(w));
    }
    if keeps_password(req.clave.as_deref()) {
        return Ok(Reply::warning(campo_obligatorio("clave")));
    }
    let hashed = passwords::hash(req.clave.clone().unwrap_or_default(), ctx.app.bcrypt_cost).await?;
    ADD.run_with(&ctx, &req, |f| {
        f.insert("clave".into(), Json::String(hashed));
        Ok(())
    })
    .await
}

/// `SEG_USUARIO/Update`: keeps the password unless a new one is sent; refuses a user name that
/// belongs to another account.
pub async fn update(ctx: Ctx, req: SEG_USUARIODTO) -> ServiceResult<i64> {
    if let Some(w) = validate(&ctx, &req).await? {
        return Ok(Reply::warning(w));
    }
    let same_name = credentials_by_name(&ctx, req.usuario.as_deref().unwrap_or_default()).await?;
    if same_name.is_some_and(|u| u.id_usuario != req.id_usuario) {
        return Ok(Reply::warning(YA_EXISTE_REGISTRO));
    }
    let new_hash = match keeps_password(req.clave.as_deref()) {
        true => None,
        false => Some(passwords::hash(req.clave.clone().unwrap_or_default(), ctx.app.bcrypt_cost).await?),
    };
    UPDATE
        .run_with(&ctx, &req, |f| {
            f.insert("clave".into(), new_hash.map_or(Json::Null, Json::String));
            Ok(())
        })
        .await
}

/// `SEG_USUARIO/Delete`: soft delete (estado `I`).
pub async fn delete(ctx: Ctx, req: SEG_USUARIODTO) -> ServiceResult<i64> {
    DELETE.run(&ctx, &req).await
}

/// `SEG_USUARIO/GetAllPaging`: one page; `Cantidad` is the total. A `WhereFilter` is parsed
/// into safe conditions (see [`WhereFilter`]) and never executed as SQL.
pub async fn get_all_paging(ctx: Ctx, req: PaginationParameter) -> ServiceResult<Vec<SEG_USUARIODTO>> {
    let proc = &registry::SEG_USUARIO_GET_ALL;
    let filter = match WhereFilter::parse(req.WhereFilter.as_deref().unwrap_or(""), proc.columns()) {
        Ok(f) => f,
        Err(e) => {
            log::warn!("WhereFilter rechazado: {}", e.0);
            return Ok(Reply::warning(FILTRO_NO_VALIDO));
        }
    };
    let order = req.OrderBy.as_deref().map(str::trim).unwrap_or("");
    let order = if is_allowed_order(order) { order.trim_end_matches(" ASC").to_owned() } else { String::new() };
    let mut params = PaginationParameter { WhereFilter: None, OrderBy: Some(order), ..req.clone() };
    if filter.is_empty() {
        let rows = ctx.db().call(proc, args_from(proc, &params)?).await?.into_rows();
        return Ok(Reply::data(mask(rows_into(proc, rows)?)));
    }
    params.Start = 0;
    params.AmountRows = 0;
    let rows: Vec<_> = ctx.db().call(proc, args_from(proc, &params)?).await?.into_rows().into_iter().filter(|r| filter.matches(r)).collect();
    let total = rows.len() as i32;
    let take = if req.AmountRows > 0 { req.AmountRows as usize } else { usize::MAX };
    let page: Vec<_> = rows.into_iter().skip(req.Start.max(0) as usize).take(take).collect();
    let mut users = mask(rows_into(proc, page)?);
    for u in &mut users {
        u.Cantidad = total;
    }
    Ok(Reply::data(users))
}

fn is_allowed_order(order: &str) -> bool {
    let mut parts = order.split_whitespace();
    match (parts.next(), parts.next(), parts.next()) {
        (None, _, _) => true,
        (Some(c), dir, None) => {
            ORDER_COLUMNS.contains(&c) && dir.is_none_or(|d| d == "DESC" || d == "ASC")
        }
        _ => false,
    }
}

/// `SEG_USUARIO/GetAllFilters`.
pub async fn get_all_filters(ctx: Ctx, req: SEG_USUARIODTO) -> ServiceResult<Vec<SEG_USUARIODTO>> {
    Ok(Reply::data(mask(GET_ALL_FILTERS.rows(&ctx, &req).await?)))
}

/// `SEG_USUARIO/GetById`: a list of zero or one user (as the legacy API answered).
pub async fn get_by_id(ctx: Ctx, req: SEG_USUARIODTO) -> ServiceResult<Vec<SEG_USUARIODTO>> {
    Ok(Reply::data(mask(GET_BY_ID.rows(&ctx, &req).await?)))
}

/// `SEG_USUARIO/GetByUsername`: the user whose `usuario` and `clave` match, else
/// `UsuarioNoExiste`.
pub async fn get_by_username(ctx: Ctx, req: SEG_USUARIODTO) -> ServiceResult<SEG_USUARIODTO> {
    let found = check_credentials(&ctx, req.usuario.as_deref().unwrap_or(""), req.clave.as_deref().unwrap_or("")).await?;
    Ok(match found {
        None => Reply::warning(USUARIO_NO_EXISTE),
        Some(u) => Reply::data(SEG_USUARIODTO {
            id_usuario: u.id_usuario,
            id_rol: u.id_rol,
            usuario: u.usuario,
            clave: Some(MASK.to_owned()),
            apellidos: u.apellidos,
            nombres: u.nombres,
            estado: u.estado,
            ..Default::default()
        }),
    })
}

/// Whether any user (active or not) exists.
pub async fn any_user_exists(ctx: &Ctx) -> Result<bool, ServiceError> {
    let probe = PaginationParameter { AmountRows: 1, ..Default::default() };
    let proc = &registry::SEG_USUARIO_GET_ALL;
    Ok(!ctx.db().call(proc, args_from(proc, &probe)?).await?.into_rows().is_empty())
}

/// Creates a user from the command line or at first start: `rol` is a role id or name.
pub async fn provision(ctx: &Ctx, usuario: &str, clave: &str, rol: &str, nombres: &str, apellidos: &str) -> ServiceResult<i64> {
    let roles = ROLES.rows(ctx, &NoBody::default()).await?;
    let Some(role) = roles
        .iter()
        .find(|r| r.id_rol.to_string() == rol.trim() || r.rol.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(rol.trim())))
    else {
        return Ok(Reply::warning(ROL_NO_EXISTE));
    };
    let req = SEG_USUARIODTO {
        id_rol: role.id_rol,
        usuario: Some(usuario.to_owned()),
        clave: Some(clave.to_owned()),
        nombres: Some(nombres.to_owned()),
        apellidos: Some(apellidos.to_owned()),
        estado: Some("A".into()),
        ..Default::default()
    };
    add(ctx.clone(), req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_by_is_whitelisted() {
        for ok in ["", "usuario", "apellidos DESC", "id_usuario ASC"] {
            assert!(is_allowed_order(ok), "{ok}");
        }
        for bad in ["clave", "usuario; DROP TABLE x", "usuario DESC, clave", "1", "usuario desc extra"] {
            assert!(!is_allowed_order(bad), "{bad}");
        }
    }

    #[test]
    fn mask_null_and_empty_keep_the_password() {
        assert!(keeps_password(None));
        assert!(keeps_password(Some("")));
        assert!(keeps_password(Some("***")));
        assert!(!keeps_password(Some("nueva")));
    }
}
