//! `CON_CONTACTO`: insurers (IAFA), EPS, employers, brokers and suppliers — every party an
//! insurance plan names (Add and Update; Delete, GetById, GetAllFilters and GetAllActives are
//! served from their declarations).
//!
//! Before anything is written the request is checked: `c_codigo` is a RUC (11 digits, SUNAT
//! prefix and check digit, [`peru::ruc`]) or a DNI (8 digits, [`peru::dni`]) — the warning
//! says which rule failed; `t_razon_social` present; `id_tipo_contacto` an active
//! `CON_TIPO_CONTACTO`; `t_email_ffee` shaped like an e-mail address when sent; `n_dias_credito`
//! not negative; the flags and `f_estado` 0 or 1. A failed check is a warning naming the field,
//! nothing written and nothing audited. Then the generated declaration runs: the duplicate check
//! (`p_CON_CONTACTO_VerifyExists`: an active contact with the same RUC/DNI or business name),
//! the procedure and the audit row. On Update, the RUC/DNI of another active contact is refused
//! by the unique index and answered as a duplicate.

use dto::{CON_CONTACTODTO, NoBody};

use crate::{
    Ctx, Reply, ServiceError, ServiceResult,
    decl::con::{CON_CONTACTO_ADD, CON_CONTACTO_UPDATE, CON_TIPO_CONTACTO_GET_ALL_ACTIVES},
    legacy::peru,
    messages::campo_obligatorio,
};

/// `CON_CONTACTO/Add`: validates, then registers (duplicate check and audit included).
pub async fn add(ctx: Ctx, req: CON_CONTACTODTO) -> ServiceResult<i64> {
    match validated(&ctx, req).await? {
        Ok(req) => CON_CONTACTO_ADD.run(&ctx, &req).await,
        Err(warning) => Ok(Reply::warning(warning)),
    }
}

/// `CON_CONTACTO/Update`: the same checks as Add, then the update.
pub async fn update(ctx: Ctx, req: CON_CONTACTODTO) -> ServiceResult<i64> {
    match validated(&ctx, req).await? {
        Ok(req) => CON_CONTACTO_UPDATE.run(&ctx, &req).await,
        Err(warning) => Ok(Reply::warning(warning)),
    }
}

/// A contact's document number: 11 characters are checked as a RUC, anything else as a DNI;
/// the warning says which rule applied.
pub fn documento(campo: &str, valor: Option<&str>) -> Result<String, String> {
    let v = valor.map(str::trim).unwrap_or_default();
    if v.is_empty() {
        return Err(campo_obligatorio(campo));
    }
    match v.len() {
        11 => peru::ruc(campo, Some(v)),
        8 => peru::dni(campo, Some(v)),
        n => Err(format!(
            "El campo '{campo}' no es un RUC (11 dígitos con dígito verificador) ni un DNI (8 dígitos): tiene {n} caracteres."
        )),
    }
}

/// An e-mail address of a plausible shape: one `@`, a non-empty local part, a domain with a
/// dot and no blanks (the address is not contacted).
pub fn email(campo: &str, valor: &str) -> Result<String, String> {
    let v = valor.trim();
    let bad = || format!("El campo '{campo}' no es un correo electrónico válido (nombre@dominio.pe).");
    let (local, dominio) = v.split_once('@').ok_or_else(bad)?;
    let ok = !local.is_empty()
        && !dominio.contains('@')
        && !v.chars().any(char::is_whitespace)
        && dominio.split('.').count() >= 2
        && dominio.split('.').all(|p| !p.is_empty());
    if ok { Ok(v.to_owned()) } else { Err(bad()) }
}

/// The request as it will be stored (document number and e-mail trimmed), or the first warning.
async fn validated(ctx: &Ctx, req: CON_CONTACTODTO) -> Result<Result<CON_CONTACTODTO, String>, ServiceError> {
    let codigo = match documento("c_codigo", req.c_codigo.as_deref()) {
        Ok(c) => c,
        Err(w) => return Ok(Err(w)),
    };
    if req.t_razon_social.as_deref().is_none_or(|v| v.trim().is_empty()) {
        return Ok(Err(campo_obligatorio("t_razon_social")));
    }
    let tipos = CON_TIPO_CONTACTO_GET_ALL_ACTIVES.rows(ctx, &NoBody::default()).await?;
    if let Err(w) = peru::catalogo("id_tipo_contacto", req.id_tipo_contacto, tipos.iter().map(|t| t.id_tipo_contacto)) {
        return Ok(Err(w));
    }
    let correo = match req.t_email_ffee.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
        None => None,
        Some(e) => match email("t_email_ffee", e) {
            Ok(e) => Some(e),
            Err(w) => return Ok(Err(w)),
        },
    };
    if req.n_dias_credito < 0 {
        return Ok(Err("El campo 'n_dias_credito' no puede ser negativo.".into()));
    }
    let flags = [
        ("n_flag_garante", req.n_flag_garante),
        ("n_flag_contratante", req.n_flag_contratante),
        ("n_flag_proveedor", req.n_flag_proveedor),
        ("n_flag_habido", req.n_flag_habido),
        ("f_estado", req.f_estado),
    ];
    if let Some((campo, _)) = flags.iter().find(|(_, v)| !(0..=1).contains(v)) {
        return Ok(Err(format!("El campo '{campo}' debe ser 1 (sí) o 0 (no).")));
    }
    Ok(Ok(CON_CONTACTODTO { c_codigo: Some(codigo), t_email_ffee: correo, ..req }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contact_code_is_a_ruc_or_a_dni_and_the_warning_says_which() {
        assert_eq!(documento("c_codigo", Some(" 20100047218 ")), Ok("20100047218".into()));
        assert_eq!(documento("c_codigo", Some("45678912")), Ok("45678912".into()));
        assert!(documento("c_codigo", Some("20100047219")).unwrap_err().contains("dígito verificador"));
        assert!(documento("c_codigo", Some("4567891A")).unwrap_err().contains("DNI"));
        assert!(documento("c_codigo", Some("123")).unwrap_err().contains("RUC (11 dígitos"));
        assert_eq!(documento("c_codigo", Some("  ")), Err(campo_obligatorio("c_codigo")));
    }

    #[test]
    fn an_email_needs_one_at_sign_and_a_dotted_domain() {
        assert_eq!(email("t_email_ffee", " facturacion@rimac.com.pe "), Ok("facturacion@rimac.com.pe".into()));
        for bad in ["facturacion", "@rimac.pe", "a@b", "a@b..pe", "a b@c.pe", "a@b@c.pe"] {
            assert!(email("t_email_ffee", bad).is_err(), "{bad}");
        }
    }
}
