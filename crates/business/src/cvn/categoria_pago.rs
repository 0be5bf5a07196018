//! `CVN_CATEGORIA_PAGO` and `CVN_CATEGORIA_PAGO_PRECIO`: payment categories (the factors that
//! turn SEGUS units into prices) and a category's explicit price for a tariff line.
//!
//! Before anything is written the request is checked here, each failure a warning naming the
//! field with nothing written (as the legacy API answered its own validations):
//! * a category needs its code and description; its factors are >= 0 and its pharmacy discount
//!   0-100, each with at most the decimals of its SQL Server column (`DECIMAL(12, 4)`,
//!   `DECIMAL(5, 2)`): a value is stored exactly or refused, never rounded; the validity window
//!   starts on or before its end;
//! * a price names an active category and an active tariff line, and its amounts are >= 0 with
//!   at most two decimals (`DECIMAL(12, 2)`).
//!
//! Duplicates (the same code or description among the active categories, `VerifyExists`; a
//! second active price for the same category and tariff line, the unique index over the active
//! rows) are the generated declarations' audited `YaExisteRegistro` warning.

use dto::{
    CVN_CATEGORIA_PAGO_PRECIO_ELIMINARDTO, CVN_CATEGORIA_PAGO_PRECIODTO, CVN_CATEGORIA_PAGODTO, NetDateTime, NetDecimal,
};
use rust_decimal::Decimal;

use crate::{
    Ctx, Reply, ServiceResult,
    decl::cvn::{
        CVN_CATEGORIA_PAGO_ADD, CVN_CATEGORIA_PAGO_GET_ALL_ACTIVES, CVN_CATEGORIA_PAGO_PRECIO_ADD,
        CVN_CATEGORIA_PAGO_PRECIO_DELETE, CVN_CATEGORIA_PAGO_PRECIO_VALIDAR, CVN_CATEGORIA_PAGO_UPDATE,
    },
    legacy::estado,
    messages::campo_obligatorio,
};

/// `CVN_CATEGORIA_PAGO/Add`: validates, then registers (duplicate check and audit included).
/// A new category is always active.
pub async fn add(ctx: Ctx, req: CVN_CATEGORIA_PAGODTO) -> ServiceResult<i64> {
    match validated(req) {
        Ok(req) => CVN_CATEGORIA_PAGO_ADD.run(&ctx, &CVN_CATEGORIA_PAGODTO { f_estado: 1, ..req }).await,
        Err(warning) => Ok(Reply::warning(warning)),
    }
}

/// `CVN_CATEGORIA_PAGO/Update`: the same checks as Add; `f_estado` 0 or 1 sets the state, any
/// other value keeps it. Another active category with the same code is a duplicate.
pub async fn update(ctx: Ctx, req: CVN_CATEGORIA_PAGODTO) -> ServiceResult<i64> {
    match validated(req) {
        Ok(req) => CVN_CATEGORIA_PAGO_UPDATE.run(&ctx, &req).await,
        Err(warning) => Ok(Reply::warning(warning)),
    }
}

/// `CVN_CATEGORIA_PAGO/GetAllActives`: the legacy procedure returns id, code and description
/// only; every row it lists is active, so the reply says so (`f_estado` 1, `estado` Activo)
/// instead of the defaults 0 and null.
pub async fn get_all_actives(ctx: Ctx, req: CVN_CATEGORIA_PAGODTO) -> ServiceResult<Vec<CVN_CATEGORIA_PAGODTO>> {
    let rows = CVN_CATEGORIA_PAGO_GET_ALL_ACTIVES.rows(&ctx, &req).await?;
    Ok(Reply::data(
        rows.into_iter().map(|r| CVN_CATEGORIA_PAGODTO { f_estado: 1, estado: estado::of_flag(1), ..r }).collect(),
    ))
}

/// `CVN_CATEGORIA_PAGO_PRECIO/Add`: validates, then registers; `Data` = the new id.
pub async fn add_precio(ctx: Ctx, req: CVN_CATEGORIA_PAGO_PRECIODTO) -> ServiceResult<i64> {
    if req.id_categoria_pago <= 0 {
        return Ok(Reply::warning(campo_obligatorio("id_categoria_pago")));
    }
    if req.id_tarifario_segus <= 0 {
        return Ok(Reply::warning(campo_obligatorio("id_tarifario_segus")));
    }
    for (campo, valor) in [("n_precio_sol", &req.n_precio_sol), ("n_precio_usd", &req.n_precio_usd)] {
        if let Err(w) = cantidad(campo, valor, 2, 10, None) {
            return Ok(Reply::warning(w));
        }
    }
    let validacion = CVN_CATEGORIA_PAGO_PRECIO_VALIDAR.rows(&ctx, &req).await?.into_iter().next().unwrap_or_default();
    if validacion.categoria_activa != 1 {
        return Ok(Reply::warning(inexistente("id_categoria_pago", req.id_categoria_pago)));
    }
    if validacion.tarifario_activo != 1 {
        return Ok(Reply::warning(inexistente("id_tarifario_segus", req.id_tarifario_segus)));
    }
    CVN_CATEGORIA_PAGO_PRECIO_ADD.run(&ctx, &req).await
}

/// `CVN_CATEGORIA_PAGO_PRECIO/Delete`: the legacy repository bound the id as a string; a number
/// or a numeric text (`12`, `"12"`, `" 12 "`) is accepted, anything else is a warning naming the
/// field. Then the soft delete with its audit row.
pub async fn delete_precio(ctx: Ctx, req: CVN_CATEGORIA_PAGO_PRECIO_ELIMINARDTO) -> ServiceResult<i64> {
    let id = match id_texto("id_categoria_pago_precio", req.id_categoria_pago_precio.as_deref()) {
        Ok(id) => id,
        Err(w) => return Ok(Reply::warning(w)),
    };
    CVN_CATEGORIA_PAGO_PRECIO_DELETE.run(&ctx, &CVN_CATEGORIA_PAGO_PRECIODTO { id_categoria_pago_precio: id, ..Default::default() }).await
}

/// The category as it will be stored (code and description trimmed), or the first warning.
fn validated(req: CVN_CATEGORIA_PAGODTO) -> Result<CVN_CATEGORIA_PAGODTO, String> {
    let texto = |v: &Option<String>| v.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned);
    let c_codigo = texto(&req.c_codigo).ok_or_else(|| campo_obligatorio("c_codigo"))?;
    let t_descripcion = texto(&req.t_descripcion).ok_or_else(|| campo_obligatorio("t_descripcion"))?;
    cantidad("n_factor_servicio", &req.n_factor_servicio, 4, 8, None)?;
    cantidad("n_factor_procedimiento", &req.n_factor_procedimiento, 4, 8, None)?;
    cantidad("n_dscto_farmacia", &req.n_dscto_farmacia, 2, 3, Some(Decimal::ONE_HUNDRED))?;
    let fecha = |d: &Option<NetDateTime>| d.as_ref().filter(|d| d.naive().date() != NetDateTime::MIN.naive().date()).map(|d| d.naive());
    if let (Some(inicio), Some(fin)) = (fecha(&req.d_fecha_i_vigencia), fecha(&req.d_fecha_f_vigencia))
        && inicio > fin
    {
        return Err("El campo 'd_fecha_i_vigencia' no es válido: el inicio de la vigencia es posterior a su fin (d_fecha_f_vigencia).".into());
    }
    Ok(CVN_CATEGORIA_PAGODTO { c_codigo: Some(c_codigo), t_descripcion: Some(t_descripcion), ..req })
}

/// A non-negative amount that a `DECIMAL(integer digits + decimals, decimals)` column holds
/// exactly (trailing zeros do not count: `1.2500` has two decimals), at most `max` if given.
fn cantidad(campo: &str, valor: &NetDecimal, decimales: u32, enteros: u32, max: Option<Decimal>) -> Result<(), String> {
    let v = valor.decimal();
    if v.is_sign_negative() && !v.is_zero() {
        return Err(format!("El campo '{campo}' no puede ser negativo."));
    }
    if let Some(max) = max
        && v > max
    {
        return Err(format!("El campo '{campo}' debe estar entre 0 y {max}."));
    }
    if v.normalize().scale() > decimales {
        return Err(format!("El campo '{campo}' admite hasta {decimales} decimales."));
    }
    if v.trunc().abs().to_string().trim_start_matches('0').len() > enteros as usize {
        return Err(format!("El campo '{campo}' admite hasta {enteros} dígitos enteros."));
    }
    Ok(())
}

/// The warning for an id that names no active row.
fn inexistente(campo: &str, id: i32) -> String {
    format!("El campo '{campo}' no es válido: el valor {id} no existe o está inactivo.")
}

/// A positive id written as digits (surrounding blanks allowed).
fn id_texto(campo: &str, valor: Option<&str>) -> Result<i32, String> {
    let t = valor.map(str::trim).unwrap_or_default();
    if t.is_empty() {
        return Err(campo_obligatorio(campo));
    }
    match t.parse::<i32>() {
        Ok(id) if id > 0 => Ok(id),
        _ => Err(format!("El campo '{campo}' no es válido: se esperaba un número entero positivo y llegó '{}'.", crate::logsafe::shown(t, 40))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> NetDecimal {
        s.parse().unwrap()
    }

    #[test]
    fn amounts_are_kept_exactly_or_refused_never_rounded() {
        assert_eq!(cantidad("n_factor_servicio", &dec("1.2500"), 4, 8, None), Ok(()));
        assert_eq!(cantidad("n_factor_servicio", &dec("0"), 4, 8, None), Ok(()));
        assert_eq!(cantidad("n_factor_servicio", &dec("99999999.9999"), 4, 8, None), Ok(()));
        assert_eq!(cantidad("n_factor_servicio", &dec("1.23456"), 4, 8, None).unwrap_err(), "El campo 'n_factor_servicio' admite hasta 4 decimales.");
        assert_eq!(cantidad("n_factor_servicio", &dec("-0.5"), 4, 8, None).unwrap_err(), "El campo 'n_factor_servicio' no puede ser negativo.");
        assert!(cantidad("n_factor_servicio", &dec("100000000"), 4, 8, None).unwrap_err().contains("8 dígitos enteros"));
        assert_eq!(cantidad("n_dscto_farmacia", &dec("100.00"), 2, 3, Some(Decimal::ONE_HUNDRED)), Ok(()));
        assert_eq!(
            cantidad("n_dscto_farmacia", &dec("100.01"), 2, 3, Some(Decimal::ONE_HUNDRED)).unwrap_err(),
            "El campo 'n_dscto_farmacia' debe estar entre 0 y 100."
        );
        assert_eq!(cantidad("n_precio_sol", &dec("150.00"), 2, 10, None), Ok(()));
        assert!(cantidad("n_precio_sol", &dec("150.005"), 2, 10, None).is_err());
    }

    #[test]
    fn a_price_id_may_come_as_a_numeric_text() {
        assert_eq!(id_texto("id", Some(" 12 ")), Ok(12));
        assert_eq!(id_texto("id", None).unwrap_err(), "El campo 'id' es obligatorio.");
        assert!(id_texto("id", Some("doce")).unwrap_err().contains("'doce'"));
        assert!(id_texto("id", Some("-3")).is_err());
        assert!(id_texto("id", Some("1.5")).is_err());
    }

    #[test]
    fn the_validity_window_starts_before_it_ends() {
        let cat = |i: &str, f: &str| CVN_CATEGORIA_PAGODTO {
            c_codigo: Some(" CAT-A ".into()),
            t_descripcion: Some("Categoría A".into()),
            d_fecha_i_vigencia: Some(i.parse().unwrap()),
            d_fecha_f_vigencia: Some(f.parse().unwrap()),
            ..Default::default()
        };
        let ok = validated(cat("2026-01-01T00:00:00", "2026-12-31T00:00:00")).unwrap();
        assert_eq!(ok.c_codigo.as_deref(), Some("CAT-A"));
        assert!(validated(cat("2026-01-01T00:00:00", "2026-01-01T00:00:00")).is_ok());
        assert!(validated(cat("2027-01-01T00:00:00", "2026-12-31T00:00:00")).unwrap_err().contains("d_fecha_i_vigencia"));
        // The desktop client's unset date is no date.
        assert!(validated(cat("2027-01-01T00:00:00", "0001-01-01T00:00:00")).is_ok());
    }
}
