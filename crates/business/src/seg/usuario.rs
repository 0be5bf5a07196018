//! `SEG_USUARIO`: the user accounts.
//!
//! Passwords are stored as bcrypt and never returned: every reply carries `clave = "***"`, and an
//! `Update` whose `clave` is that mask, null or empty keeps the stored password (the desktop
//! client sends back what `GetById` gave it).
//!
//! `estado` arrives as the code (`A`/`I`) or as the desktop client's combo text
//! (`Activo`/`Inactivo`, any case); it is stored and filtered as the code (see
//! [`crate::legacy::estado`]), anything else is a warning naming the field.

use data_access::PageRequest;
use dto::{NoBody, PaginationParameter, SEG_USUARIODTO};
use unicode_normalization::UnicodeNormalization;

use super::{
    login::{check_credentials, credentials_by_name},
    passwords,
};
use crate::{
    Ctx, Reply, ServiceError, ServiceResult,
    audit::MASK,
    decl::seg::{
        SEG_ROL_GET_ALL_ACTIVES, SEG_USUARIO_ADD, SEG_USUARIO_DELETE, SEG_USUARIO_GET_ALL_FILTERS, SEG_USUARIO_GET_BY_ID,
        SEG_USUARIO_LISTING, SEG_USUARIO_UPDATE,
    },
    legacy::{
        estado,
        where_filter::{self, Order},
    },
    messages::*,
};

/// Whether the request's `clave` means "keep the stored password".
fn keeps_password(clave: Option<&str>) -> bool {
    clave.is_none_or(|c| c.is_empty() || c == MASK)
}

/// A login name as stored and compared: compatibility-normalized (NFKC: full-width `ａｄｍｉｎ` is
/// `admin`), trimmed; `None` when it has anything but letters, digits and `. _ - @`, or more
/// than 50 characters. Uniqueness ignores case (the procedures and the unique index do).
pub fn normalized_usuario(raw: &str) -> Option<String> {
    let n: String = raw.nfkc().collect::<String>().trim().to_owned();
    let ok = !n.is_empty() && n.chars().count() <= 50 && n.chars().all(|c| c.is_alphanumeric() || "._-@".contains(c));
    ok.then_some(n)
}

/// bcrypt reads only the first 72 bytes: a longer password would be cut without a word.
const MAX_CLAVE_BYTES: usize = 72;

/// The request with its `estado` as the stored code (`None`: blank), or the warning naming it.
fn with_estado_code(req: SEG_USUARIODTO) -> Result<SEG_USUARIODTO, String> {
    let estado = estado::field_code(req.estado.as_deref(), "estado")?;
    Ok(SEG_USUARIODTO { estado, ..req })
}

/// Business rules shared by Add and Update; `None` when the request may proceed.
async fn validate(ctx: &Ctx, req: &SEG_USUARIODTO) -> Result<Option<String>, ServiceError> {
    if req.usuario.as_deref().is_none_or(|u| u.trim().is_empty()) {
        return Ok(Some(campo_obligatorio("usuario")));
    }
    if normalized_usuario(req.usuario.as_deref().unwrap_or_default()).is_none() {
        return Ok(Some(USUARIO_NO_VALIDO.to_owned()));
    }
    if req.clave.as_deref().is_some_and(|c| c.len() > MAX_CLAVE_BYTES && c != MASK) {
        return Ok(Some(CLAVE_DEMASIADO_LARGA.to_owned()));
    }
    let roles = SEG_ROL_GET_ALL_ACTIVES.rows(ctx, &NoBody::default()).await?;
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
    let req = match with_estado_code(req) {
        Ok(r) => r,
        Err(w) => return Ok(Reply::warning(w)),
    };
    if let Some(w) = validate(&ctx, &req).await? {
        return Ok(Reply::warning(w));
    }
    let req = SEG_USUARIODTO { usuario: req.usuario.as_deref().and_then(normalized_usuario), ..req };
    if keeps_password(req.clave.as_deref()) {
        return Ok(Reply::warning(campo_obligatorio("clave")));
    }
    let hashed = passwords::hash(&ctx.app.bcrypt, req.clave.clone().unwrap_or_default()).await?;
    SEG_USUARIO_ADD.run(&ctx, &SEG_USUARIODTO { clave: Some(hashed), ..req }).await
}

/// Whether `req` is the caller's own account.
fn is_self(ctx: &Ctx, req: &SEG_USUARIODTO) -> bool {
    ctx.caller.id_usuario.is_some_and(|id| id == req.id_usuario)
}

/// Whether an update's `estado` (already its code; `None` keeps the stored one) changes the
/// stored state (`A`/`I`, or as a legacy row may spell it).
fn changes_estado(stored: Option<&str>, requested: Option<&str>) -> bool {
    requested.is_some_and(|r| stored.and_then(estado::parse) != estado::parse(r))
}

/// `SEG_USUARIO/Update`: keeps the password unless a new one is sent; refuses a user name that
/// belongs to another account, and a change of one's own role or state.
pub async fn update(ctx: Ctx, req: SEG_USUARIODTO) -> ServiceResult<i64> {
    let req = match with_estado_code(req) {
        Ok(r) => r,
        Err(w) => return Ok(Reply::warning(w)),
    };
    if let Some(w) = validate(&ctx, &req).await? {
        return Ok(Reply::warning(w));
    }
    let req = SEG_USUARIODTO { usuario: req.usuario.as_deref().and_then(normalized_usuario), ..req };
    if is_self(&ctx, &req) {
        let current = SEG_USUARIO_GET_BY_ID.rows(&ctx, &req).await?.into_iter().next();
        if current.is_some_and(|c| c.id_rol != req.id_rol || changes_estado(c.estado.as_deref(), req.estado.as_deref())) {
            log::warn!("seguridad: el usuario {} intentó cambiar su propio rol o estado", req.id_usuario);
            return Ok(Reply::warning(NO_CAMBIAR_PROPIO_ROL));
        }
    }
    let same_name = credentials_by_name(&ctx, req.usuario.as_deref().unwrap_or_default()).await?;
    if same_name.is_some_and(|u| u.id_usuario != req.id_usuario) {
        return Ok(Reply::warning(YA_EXISTE_REGISTRO));
    }
    let clave = match keeps_password(req.clave.as_deref()) {
        true => None,
        false => Some(passwords::hash(&ctx.app.bcrypt, req.clave.clone().unwrap_or_default()).await?),
    };
    let id = req.id_usuario;
    let result = SEG_USUARIO_UPDATE.run(&ctx, &SEG_USUARIODTO { clave, ..req }).await;
    // A new password, role or state revoked the user's tokens: see it at once here.
    ctx.app.sellos.forget(id);
    result
}

/// `SEG_USUARIO/Delete`: soft delete (estado `I`); nobody deactivates their own account.
pub async fn delete(ctx: Ctx, req: SEG_USUARIODTO) -> ServiceResult<i64> {
    if is_self(&ctx, &req) {
        log::warn!("seguridad: el usuario {} intentó desactivarse a sí mismo", req.id_usuario);
        return Ok(Reply::warning(NO_CAMBIAR_PROPIO_ROL));
    }
    let result = SEG_USUARIO_DELETE.run(&ctx, &req).await;
    ctx.app.sellos.forget(req.id_usuario);
    result
}

/// `SEG_USUARIO/GetAllPaging`: one page, filtered, sorted, paged and counted in SQL; `Cantidad`
/// is the total. `WhereFilter` is parsed into bound conditions over the listing's columns (see
/// [`where_filter`]) and never executed as SQL; `OrderBy` names one of its sortable columns.
pub async fn get_all_paging(ctx: Ctx, req: PaginationParameter) -> ServiceResult<Vec<SEG_USUARIODTO>> {
    let listing = SEG_USUARIO_LISTING.listing;
    let filter = match where_filter::parse(req.WhereFilter.as_deref().unwrap_or(""), listing) {
        Ok(f) => f,
        Err(e) => {
            log::warn!("WhereFilter rechazado: {}", crate::logsafe::shown(&e.to_string(), 200));
            return Ok(Reply::warning(FILTRO_NO_VALIDO));
        }
    };
    let order = req.OrderBy.as_deref().unwrap_or("");
    // As the legacy procedure did, an OrderBy that is not a sortable column sorts by the key.
    let Order { index, descending } = where_filter::order_by(order, listing).unwrap_or_else(|| {
        log::warn!("OrderBy rechazado ({} caracteres); se ordena por {}", order.len(), listing.order_by[0]);
        Order { index: 0, descending: false }
    });
    let page = PageRequest { filter, order: index, descending, start: req.Start.into(), rows: req.AmountRows.into() };
    Ok(Reply::data(mask(SEG_USUARIO_LISTING.page(&ctx, &page).await?)))
}

/// `SEG_USUARIO/GetAllFilters`: `estado` filters by the state whether it came as the code or
/// the display text (blank: any state).
pub async fn get_all_filters(ctx: Ctx, req: SEG_USUARIODTO) -> ServiceResult<Vec<SEG_USUARIODTO>> {
    let req = match with_estado_code(req) {
        Ok(r) => r,
        Err(w) => return Ok(Reply::warning(w)),
    };
    Ok(Reply::data(mask(SEG_USUARIO_GET_ALL_FILTERS.rows(&ctx, &req).await?)))
}

/// `SEG_USUARIO/GetById`: a list of zero or one user (as the legacy API answered).
pub async fn get_by_id(ctx: Ctx, req: SEG_USUARIODTO) -> ServiceResult<Vec<SEG_USUARIODTO>> {
    Ok(Reply::data(mask(SEG_USUARIO_GET_BY_ID.rows(&ctx, &req).await?)))
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
    let probe = PageRequest { rows: 1, ..PageRequest::all(data_access::Filter::Const(true)) };
    Ok(!SEG_USUARIO_LISTING.page(ctx, &probe).await?.is_empty())
}

/// Creates a user from the command line or at first start: `rol` is a role id or name.
pub async fn provision(ctx: &Ctx, usuario: &str, clave: &str, rol: &str, nombres: &str, apellidos: &str) -> ServiceResult<i64> {
    let roles = SEG_ROL_GET_ALL_ACTIVES.rows(ctx, &NoBody::default()).await?;
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

/// The password policy of `SEG_USUARIO/Add` and `Update` for a new password: `None` when
/// `clave` may be stored, else the warning.
pub fn clave_rechazada(clave: &str) -> Option<String> {
    if keeps_password(Some(clave)) || clave.trim().is_empty() {
        return Some(campo_obligatorio("clave"));
    }
    (clave.len() > MAX_CLAVE_BYTES).then(|| CLAVE_DEMASIADO_LARGA.to_owned())
}

/// Audit `Controlador` of what an operator does with the `romsoft` command line.
pub const CONSOLA: &str = "Consola";

/// `romsoft user set-password`: a new password for the user with this login name (any state),
/// checked against the API's policy, stored as bcrypt, with the user's security stamp bumped (their
/// tokens end) and the audit row (`Consola`) in the same transaction. Warnings: unknown user,
/// refused password.
pub async fn set_password(ctx: &Ctx, usuario: &str, clave: &str) -> ServiceResult<i64> {
    if let Some(w) = clave_rechazada(clave) {
        return Ok(Reply::warning(w));
    }
    let Some(found) = credentials_by_name(ctx, usuario).await? else {
        return Ok(Reply::warning(USUARIO_NO_EXISTE));
    };
    let by_id = SEG_USUARIODTO { id_usuario: found.id_usuario, ..Default::default() };
    let Some(current) = SEG_USUARIO_GET_BY_ID.rows(ctx, &by_id).await?.into_iter().next() else {
        return Ok(Reply::warning(USUARIO_NO_EXISTE));
    };
    let hashed = passwords::hash(&ctx.app.bcrypt, clave.to_owned()).await?;
    let name = current.usuario.clone().unwrap_or_default();
    let objeto = serde_json::json!({ "id_usuario": current.id_usuario, "usuario": name, "clave": MASK });
    // `Update` with every other column as stored: a new password bumps the stamp there.
    let update = crate::legacy::ProcCall { proc: SEG_USUARIO_UPDATE.proc, bind: SEG_USUARIO_UPDATE.bind };
    let req = SEG_USUARIODTO { clave: Some(hashed), ..current };
    let changed = update.call_audited(ctx, &req, name.clone(), CONSOLA, "CambiarClave", ACTUALIZACION_SATISFACTORIA, objeto).await?;
    ctx.app.sellos.forget(found.id_usuario);
    Ok(match changed {
        n if n > 0 => Reply::data(i64::from(found.id_usuario)),
        _ => Reply::warning(ACTUALIZACION_FALLIDA),
    })
}

/// `romsoft user list`: every user (any state) by id, without passwords; the listing is
/// audited (`Consola`).
pub async fn list_all(ctx: &Ctx) -> Result<Vec<SEG_USUARIODTO>, ServiceError> {
    let users = mask(SEG_USUARIO_LISTING.page(ctx, &PageRequest::all(data_access::Filter::Const(true))).await?);
    crate::audit::write(
        ctx,
        crate::audit::AuditEntry {
            controlador: CONSOLA,
            accion: "ListarUsuarios",
            identificador: users.len() as i64,
            mensaje: "Listado de usuarios desde la consola",
            usuario: &ctx.who().usuario,
            objeto: serde_json::json!({ "usuarios": users.len() }),
        },
    )
    .await?;
    Ok(users)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_names_are_normalized_and_restricted() {
        assert_eq!(normalized_usuario(" ａｄｍｉｎ ").as_deref(), Some("admin"), "full-width folds to ASCII");
        assert_eq!(normalized_usuario("maría.pérez@clinica").as_deref(), Some("maría.pérez@clinica"));
        for bad in ["admin\u{0}evil", "ana luz", "a\tb", "", "   ", "x;DROP", &"a".repeat(51)] {
            assert_eq!(normalized_usuario(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn only_a_different_known_state_is_a_change_of_state() {
        assert!(!changes_estado(Some("A"), None), "blank keeps the stored state");
        assert!(!changes_estado(Some("A"), Some("A")));
        assert!(!changes_estado(Some("a "), Some("A")), "a legacy row's spelling");
        assert!(changes_estado(Some("A"), Some("I")));
        assert!(changes_estado(None, Some("A")));
    }

    #[test]
    fn the_clients_combo_text_is_stored_as_the_code() {
        let req = SEG_USUARIODTO { estado: Some(" Activo ".into()), ..Default::default() };
        assert_eq!(with_estado_code(req).unwrap().estado.as_deref(), Some("A"));
        let req = SEG_USUARIODTO { estado: Some("".into()), ..Default::default() };
        assert_eq!(with_estado_code(req).unwrap().estado, None);
        let req = SEG_USUARIODTO { estado: Some("Suspendido".into()), ..Default::default() };
        assert!(with_estado_code(req).unwrap_err().contains("'estado'"));
    }

    #[test]
    fn the_console_uses_the_apis_password_policy() {
        assert_eq!(clave_rechazada("Nueva#2026"), None);
        assert_eq!(clave_rechazada(""), Some(campo_obligatorio("clave")));
        assert_eq!(clave_rechazada("   "), Some(campo_obligatorio("clave")));
        assert_eq!(clave_rechazada(MASK), Some(campo_obligatorio("clave")));
        assert_eq!(clave_rechazada(&"ñ".repeat(37)).as_deref(), Some(CLAVE_DEMASIADO_LARGA));
    }

    #[test]
    fn mask_null_and_empty_keep_the_password() {
        assert!(keeps_password(None));
        assert!(keeps_password(Some("")));
        assert!(keeps_password(Some("***")));
        assert!(!keeps_password(Some("nueva")));
    }
}
