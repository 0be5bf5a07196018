//! `Account/Login` and the credential check shared with `SEG_USUARIO/GetByUsername`.

use dto::{LoginDTO, NoBody, SEG_USUARIODTO, SEG_USUARIOLoginDTO};
use entities::seg::Credenciales;

use super::{
    intentos,
    passwords::{self, Verified},
};
use crate::{
    Ctx, Reply, ServiceError, ServiceResult,
    audit::{self, AuditEntry, MASK},
    decl::seg::{SEG_ROL_GET_ALL_ACTIVES, SEG_USUARIO_CREDENTIALS, SEG_USUARIO_SET_CLAVE},
    messages,
};

/// The user with this login name (case-insensitive) and its stored password, if any.
pub async fn credentials_by_name(ctx: &Ctx, usuario: &str) -> Result<Option<Credenciales>, ServiceError> {
    let name = super::usuario::normalized_usuario(usuario).unwrap_or_else(|| usuario.trim().to_owned());
    let req = SEG_USUARIODTO { usuario: Some(name), ..Default::default() };
    match SEG_USUARIO_CREDENTIALS.rows(ctx, &req).await {
        Ok(rows) => Ok(rows.into_iter().next()),
        // Longer than any stored name: no such user (a failed login, not an error).
        Err(e) if e.is_refused_input() => Ok(None),
        Err(e) => Err(e),
    }
}

/// The active user with this name and password, or `None`. Upgrades a matching legacy
/// plaintext password to bcrypt (audited).
pub async fn check_credentials(ctx: &Ctx, usuario: &str, clave: &str) -> Result<Option<Credenciales>, ServiceError> {
    if usuario.trim().is_empty() || clave.is_empty() {
        return Ok(None);
    }
    // A locked user name or address costs one read, never a bcrypt.
    intentos::check(ctx, usuario).await?;
    let user = credentials_by_name(ctx, usuario).await?;
    let stored = user.as_ref().map(|u| u.clave.clone().unwrap_or_default());
    let verified = passwords::verify(&ctx.app.bcrypt, clave.to_owned(), stored).await?;
    let Some(user) = user.filter(|u| verified != Verified::No && u.is_active()) else {
        intentos::failed(ctx, usuario).await?;
        return Ok(None);
    };
    intentos::succeeded(ctx, usuario).await?;
    if verified == Verified::LegacyPlaintext {
        upgrade_password(ctx, &user, clave).await?;
    }
    Ok(Some(user))
}

async fn upgrade_password(ctx: &Ctx, user: &Credenciales, clave: &str) -> Result<(), ServiceError> {
    let hashed = passwords::hash(&ctx.app.bcrypt, clave.to_owned()).await?;
    let req = SEG_USUARIODTO { id_usuario: user.id_usuario, clave: Some(hashed), ..Default::default() };
    let usuario = user.usuario.clone().unwrap_or_default();
    let objeto = serde_json::json!({ "id_usuario": user.id_usuario, "usuario": usuario, "clave": MASK });
    SEG_USUARIO_SET_CLAVE.call_audited(ctx, &req, usuario.clone(), "Account", "ActualizarClave", "Clave heredada migrada a bcrypt", objeto).await?;
    log::info!("clave del usuario {usuario} migrada a bcrypt");
    Ok(())
}

/// `POST /api/Account/Login`: token for a valid active user; a warning otherwise.
pub async fn login(ctx: Ctx, req: LoginDTO) -> ServiceResult<SEG_USUARIOLoginDTO> {
    let usuario = req.Username.unwrap_or_default();
    let Some(user) = check_credentials(&ctx, &usuario, req.Password.as_deref().unwrap_or_default()).await? else {
        // Bounded and escaped: a 1 MB "user name" must not fill the log.
        log::warn!("inicio de sesión rechazado para «{}»", crate::logsafe::shown(usuario.trim(), 64));
        return Ok(Reply::warning(messages::LOGIN_INCORRECTO));
    };
    let name = user.usuario.clone().unwrap_or_default();
    // The role's name goes into the token for the authorization matrix (an inactive or missing
    // role gives none: the user may then do only what any signed-in user may).
    let roles = SEG_ROL_GET_ALL_ACTIVES.rows(&ctx, &NoBody {}).await?;
    let rol = roles.into_iter().find(|r| r.id_rol == user.id_rol).and_then(|r| r.rol).unwrap_or_default();
    let token = ctx
        .app
        .tokens
        .issue(&name, user.id_usuario, user.id_rol, &rol, user.sello.into())
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    let data = SEG_USUARIOLoginDTO {
        id_usuario: user.id_usuario,
        id_rol: user.id_rol,
        usuario: user.usuario,
        clave: Some(MASK.to_owned()),
        apellidos: user.apellidos,
        nombres: user.nombres,
        estado: user.estado,
        token: Some(token),
    };
    audit::write(
        &ctx,
        AuditEntry {
            controlador: "Account",
            accion: "Login",
            identificador: 0,
            mensaje: messages::ACCESO_AL_SISTEMA,
            usuario: &name,
            objeto: audit::redacted_json(&data),
        },
    )
    .await?;
    Ok(Reply::data(data))
}
