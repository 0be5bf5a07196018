//! `FAR_PRODUCTO`: the pharmacy's products (Add, Update, GetById).
//!
//! Before anything is written, the request is checked here: description present; prices and
//! stock quantities non-negative with at most two decimals (the columns are DECIMAL(12, 2)),
//! the minimum stock not above the maximum, discounts between 0 and 100; the product type
//! required and every catalog id among the active rows of its catalog (0 = not chosen for the
//! optional ones); the GTIN (8, 12, 13 or 14 digits with its GS1 check digit) and the UNSPSC
//! code (8 digits) when sent; the product code's shape when sent (Update); the flags 0 or 1. A
//! failed check is a warning naming the field, with nothing written and nothing audited. What
//! needs the stored rows (laboratory and supplier active contacts, another active product with
//! the same description or GTIN, a code taken) is the procedure's check, answered through
//! `@Response_t`. "Who" and "when" are the token's user and the server clock, never the body's.
//!
//! GetById takes `idProducto` from the query string (the route builds [`FAR_PRODUCTO_IDDTO`]);
//! the legacy action threw on every product found (a missing AutoMapper map), here the
//! product is returned, as a list of 0 or 1.

use dto::{FAR_PRODUCTO_IDDTO, FAR_PRODUCTOByIdResDTO, FAR_PRODUCTOReqDTO, NetDateTime, NetDecimal, NoBody};
use rust_decimal::Decimal;

use crate::{
    Ctx, Reply, ServiceError, ServiceResult,
    decl::far::{
        FAR_CLASE_GET_ALL_ACTIVES, FAR_CONSIGNACION_GET_ALL_ACTIVES, FAR_FAMILIA_GET_ALL_ACTIVES, FAR_GENERICO_GET_ALL_ACTIVES,
        FAR_PRODUCTO_ADD, FAR_PRODUCTO_GET_BY_ID, FAR_PRODUCTO_UPDATE, FAR_TIPIFICACION_GET_ALL_ACTIVES, FAR_TIPO_PRODUCTO_GET_ALL_ACTIVES,
    },
    legacy::peru,
    messages::campo_obligatorio,
};

/// Largest amount a DECIMAL(12, 2) column holds.
const MAXIMO_IMPORTE: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);
/// Longest texts the columns hold.
const LARGO_DESCRIPCION: usize = 200;
const LARGO_PRESENTACION: usize = 100;
const LARGO_RUTA_IMAGEN: usize = 500;
const LARGO_CODIGO: usize = 20;

/// `FAR_PRODUCTO/Add`: validates, then registers; `Data` = the new id. The code is assigned by
/// the procedure (P and the id): the legacy Insert procedure has no code parameter.
pub async fn add(ctx: Ctx, req: FAR_PRODUCTOReqDTO) -> ServiceResult<i64> {
    if req.t_codigo.as_deref().is_some_and(|c| !c.trim().is_empty()) {
        return Ok(Reply::warning(
            "El campo 't_codigo' no se envía al registrar: el sistema asigna el código (P000123); cámbielo después con Update.",
        ));
    }
    match validated(&ctx, req, true).await? {
        Ok(req) => FAR_PRODUCTO_ADD.run(&ctx, &req).await,
        Err(warning) => Ok(Reply::warning(warning)),
    }
}

/// `FAR_PRODUCTO/Update`: the same checks as Add; a blank `t_codigo` keeps the stored code.
pub async fn update(ctx: Ctx, req: FAR_PRODUCTOReqDTO) -> ServiceResult<i64> {
    if req.id_producto <= 0 {
        return Ok(Reply::warning(campo_obligatorio("id_producto")));
    }
    match validated(&ctx, req, false).await? {
        Ok(req) => FAR_PRODUCTO_UPDATE.run(&ctx, &req).await,
        Err(warning) => Ok(Reply::warning(warning)),
    }
}

/// `FAR_PRODUCTO/GetById`: the product (a list of 0 or 1), whatever its state.
pub async fn get_by_id(ctx: Ctx, req: FAR_PRODUCTO_IDDTO) -> ServiceResult<Vec<FAR_PRODUCTOByIdResDTO>> {
    FAR_PRODUCTO_GET_BY_ID.list(&ctx, &req).await
}

/// The request as it will be stored (texts trimmed, codes upper-cased, "who" and "when" from
/// the token and the clock), or the first warning.
async fn validated(ctx: &Ctx, req: FAR_PRODUCTOReqDTO, nuevo: bool) -> Result<Result<FAR_PRODUCTOReqDTO, String>, ServiceError> {
    let campos = match campos(req, nuevo) {
        Ok(r) => r,
        Err(w) => return Ok(Err(w)),
    };
    if let Err(w) = catalogos(ctx, &campos).await? {
        return Ok(Err(w));
    }
    let who = ctx.who();
    Ok(Ok(FAR_PRODUCTOReqDTO { id_user_registro: who.id_usuario, d_fecha_registro: NetDateTime::now_local(), ..campos }))
}

/// Every check that needs no database.
pub fn campos(req: FAR_PRODUCTOReqDTO, nuevo: bool) -> Result<FAR_PRODUCTOReqDTO, String> {
    let descripcion = texto("t_descripcion", req.t_descripcion.as_deref(), LARGO_DESCRIPCION)?.ok_or_else(|| campo_obligatorio("t_descripcion"))?;
    let presentacion = texto("t_presentacion", req.t_presentacion.as_deref(), LARGO_PRESENTACION)?;
    let ruta = texto("t_rutaimagen", req.t_rutaimagen.as_deref(), LARGO_RUTA_IMAGEN)?;
    let codigo = codigo("t_codigo", req.t_codigo.as_deref())?;
    let gtin = gtin("c_gtin", req.c_gtin.as_deref())?;
    let unspsc = unspsc("c_unspsc", req.c_unspsc.as_deref())?;

    for (campo, valor) in [
        ("n_pcosto", &req.n_pcosto),
        ("n_pvf", &req.n_pvf),
        ("n_utilidad", &req.n_utilidad),
        ("n_pvs", &req.n_pvs),
        ("n_plista", &req.n_plista),
        ("n_stockmin", &req.n_stockmin),
        ("n_stockmax", &req.n_stockmax),
    ] {
        importe(campo, valor, MAXIMO_IMPORTE)?;
    }
    if req.n_stockmin.decimal() > req.n_stockmax.decimal() {
        return Err(format!(
            "El campo 'n_stockmin' no es válido: el stock mínimo ({}) no puede ser mayor que el máximo ({}).",
            req.n_stockmin.decimal(),
            req.n_stockmax.decimal()
        ));
    }
    for (campo, valor) in [("n_dscto_1", &req.n_dscto_1), ("n_dscto_2", &req.n_dscto_2)] {
        importe(campo, valor, MAXIMO_IMPORTE)?;
        if valor.decimal() > Decimal::ONE_HUNDRED {
            return Err(format!("El campo '{campo}' no es válido: un descuento va de 0 a 100 (%)."));
        }
    }
    for (campo, valor) in [("f_inafecto", req.f_inafecto), ("n_valorizado", req.n_valorizado)] {
        if !(0..=1).contains(&valor) {
            return Err(format!("El campo '{campo}' no es válido: use 1 (sí) o 0 (no)."));
        }
    }
    // A new product is active unless sent otherwise; the DTO's default 0 on Add means "not set".
    let estado = match (req.f_estado, nuevo) {
        (0, true) | (1, _) => 1,
        (0, false) => 0,
        _ => return Err("El campo 'f_estado' no es válido: use 1 (Activo) o 0 (Inactivo).".into()),
    };
    Ok(FAR_PRODUCTOReqDTO {
        t_descripcion: Some(descripcion),
        t_presentacion: presentacion,
        t_rutaimagen: ruta,
        t_codigo: codigo,
        c_gtin: gtin,
        c_unspsc: unspsc,
        f_estado: estado,
        ..req
    })
}

/// The catalog ids among the active rows (the product type required, the others 0 = none).
async fn catalogos(ctx: &Ctx, req: &FAR_PRODUCTOReqDTO) -> Result<Result<(), String>, ServiceError> {
    let none = NoBody::default();
    let tipos = FAR_TIPO_PRODUCTO_GET_ALL_ACTIVES.rows(ctx, &none).await?;
    if let Err(w) = peru::catalogo("id_tipo_producto", req.id_tipo_producto, tipos.iter().map(|t| t.id_tipo_producto)) {
        return Ok(Err(w));
    }
    if req.id_clase != 0 {
        let rows = FAR_CLASE_GET_ALL_ACTIVES.rows(ctx, &none).await?;
        if let Err(w) = peru::catalogo_opcional("id_clase", req.id_clase, rows.iter().map(|r| r.id_clase)) {
            return Ok(Err(w));
        }
    }
    if req.id_generico != 0 {
        let rows = FAR_GENERICO_GET_ALL_ACTIVES.rows(ctx, &none).await?;
        if let Err(w) = peru::catalogo_opcional("id_generico", req.id_generico, rows.iter().map(|r| r.id_generico)) {
            return Ok(Err(w));
        }
    }
    if req.id_familia != 0 {
        let rows = FAR_FAMILIA_GET_ALL_ACTIVES.rows(ctx, &none).await?;
        if let Err(w) = peru::catalogo_opcional("id_familia", req.id_familia, rows.iter().map(|r| r.id_familia)) {
            return Ok(Err(w));
        }
    }
    if req.id_tipificacion != 0 {
        let rows = FAR_TIPIFICACION_GET_ALL_ACTIVES.rows(ctx, &none).await?;
        if let Err(w) = peru::catalogo_opcional("id_tipificacion", req.id_tipificacion, rows.iter().map(|r| r.id_tipificacion)) {
            return Ok(Err(w));
        }
    }
    if req.id_consignacion != 0 {
        let rows = FAR_CONSIGNACION_GET_ALL_ACTIVES.rows(ctx, &none).await?;
        if let Err(w) = peru::catalogo_opcional("id_consignacion", req.id_consignacion, rows.iter().map(|r| r.id_consignacion)) {
            return Ok(Err(w));
        }
    }
    for (campo, id) in [("id_laboratorio", req.id_laboratorio), ("id_proveedor", req.id_proveedor)] {
        if id < 0 {
            return Ok(Err(format!("El campo '{campo}' no es válido: el contacto {id} no existe o está inactivo.")));
        }
    }
    Ok(Ok(()))
}

/// A trimmed optional text of at most `largo` characters (blank = `None`).
fn texto(campo: &str, valor: Option<&str>, largo: usize) -> Result<Option<String>, String> {
    let Some(v) = valor.map(str::trim).filter(|v| !v.is_empty()) else { return Ok(None) };
    if v.chars().count() > largo {
        return Err(format!("El campo '{campo}' no es válido: admite hasta {largo} caracteres."));
    }
    Ok(Some(v.to_owned()))
}

/// An amount (price, stock quantity, discount): not negative, at most two decimals, below `tope`.
pub fn importe(campo: &str, valor: &NetDecimal, tope: Decimal) -> Result<(), String> {
    let d = valor.decimal();
    if d.is_sign_negative() && !d.is_zero() {
        return Err(format!("El campo '{campo}' no es válido: no puede ser negativo ({d})."));
    }
    if d.normalize().scale() > 2 {
        return Err(format!("El campo '{campo}' no es válido: admite hasta 2 decimales ({d})."));
    }
    if d >= tope {
        return Err(format!("El campo '{campo}' no es válido: el valor {d} es demasiado grande."));
    }
    Ok(())
}

/// The product code when sent: 1 to 20 letters, digits or `- . _`, stored upper-cased.
pub fn codigo(campo: &str, valor: Option<&str>) -> Result<Option<String>, String> {
    let Some(v) = valor.map(str::trim).filter(|v| !v.is_empty()) else { return Ok(None) };
    let v = v.to_ascii_uppercase();
    if v.chars().count() > LARGO_CODIGO || !v.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_')) {
        return Err(format!("El campo '{campo}' no es válido: de 1 a {LARGO_CODIGO} letras, números o los signos - . _ (sin espacios)."));
    }
    Ok(Some(v))
}

/// A GTIN (EAN-8, UPC-A, EAN-13, GTIN-14) when sent: its digits and the GS1 check digit.
pub fn gtin(campo: &str, valor: Option<&str>) -> Result<Option<String>, String> {
    let Some(v) = valor.map(str::trim).filter(|v| !v.is_empty()) else { return Ok(None) };
    if !matches!(v.len(), 8 | 12 | 13 | 14) || !v.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("El campo '{campo}' no es un GTIN válido: debe tener 8, 12, 13 o 14 dígitos."));
    }
    let digits: Vec<u32> = v.bytes().map(|b| u32::from(b - b'0')).collect();
    let (cuerpo, control) = digits.split_at(digits.len() - 1);
    // From the right of the body, weights 3, 1, 3, 1 …
    let suma: u32 = cuerpo.iter().rev().enumerate().map(|(i, d)| if i % 2 == 0 { d * 3 } else { *d }).sum();
    if (10 - suma % 10) % 10 != control[0] {
        return Err(format!("El campo '{campo}' no es un GTIN válido: el dígito verificador no corresponde."));
    }
    Ok(Some(v.to_owned()))
}

/// A UNSPSC code when sent: 8 digits (segment, family, class, commodity).
pub fn unspsc(campo: &str, valor: Option<&str>) -> Result<Option<String>, String> {
    let Some(v) = valor.map(str::trim).filter(|v| !v.is_empty()) else { return Ok(None) };
    if v.len() != 8 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("El campo '{campo}' no es un código UNSPSC válido: debe tener 8 dígitos."));
    }
    Ok(Some(v.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NetDecimal {
        s.parse().unwrap()
    }

    #[test]
    fn gtin_needs_its_length_and_check_digit() {
        for ok in ["7750182002363", "96385074", "036000291452", "10012345678902"] {
            assert_eq!(gtin("c_gtin", Some(&format!(" {ok} "))), Ok(Some(ok.to_owned())), "{ok}");
        }
        assert_eq!(gtin("c_gtin", Some("  ")), Ok(None));
        assert_eq!(gtin("c_gtin", None), Ok(None));
        assert_eq!(gtin("c_gtin", Some("7750182002364")), Err("El campo 'c_gtin' no es un GTIN válido: el dígito verificador no corresponde.".into()));
        for bad in ["77501820023", "775018200236X", "123456789012345", "7750-18200236"] {
            assert_eq!(gtin("c_gtin", Some(bad)), Err("El campo 'c_gtin' no es un GTIN válido: debe tener 8, 12, 13 o 14 dígitos.".into()), "{bad}");
        }
    }

    #[test]
    fn amounts_are_non_negative_with_two_decimals() {
        assert!(importe("n_pvf", &d("12.50"), MAXIMO_IMPORTE).is_ok());
        assert!(importe("n_pvf", &d("12.500"), MAXIMO_IMPORTE).is_ok());
        assert!(importe("n_pvf", &d("0"), MAXIMO_IMPORTE).is_ok());
        assert_eq!(importe("n_pvf", &d("-0.01"), MAXIMO_IMPORTE), Err("El campo 'n_pvf' no es válido: no puede ser negativo (-0.01).".into()));
        assert_eq!(importe("n_pvf", &d("1.005"), MAXIMO_IMPORTE), Err("El campo 'n_pvf' no es válido: admite hasta 2 decimales (1.005).".into()));
        assert!(importe("n_pvf", &d("1000000000"), MAXIMO_IMPORTE).is_err());
    }

    #[test]
    fn codes_have_a_shape() {
        assert_eq!(codigo("t_codigo", Some(" med-001 ")), Ok(Some("MED-001".into())));
        assert_eq!(codigo("t_codigo", Some("")), Ok(None));
        assert!(codigo("t_codigo", Some("MED 001")).is_err());
        assert!(codigo("t_codigo", Some(&"X".repeat(21))).is_err());
        assert_eq!(unspsc("c_unspsc", Some("51101500")), Ok(Some("51101500".into())));
        assert!(unspsc("c_unspsc", Some("5110150")).is_err());
    }

    #[test]
    fn stock_discounts_flags_and_state() {
        let base = FAR_PRODUCTOReqDTO { t_descripcion: Some(" Paracetamol 500 mg ".into()), id_tipo_producto: 1, ..Default::default() };
        let ok = campos(base.clone(), true).unwrap();
        assert_eq!((ok.t_descripcion.as_deref(), ok.f_estado), (Some("Paracetamol 500 mg"), 1));
        assert_eq!(campos(base.clone(), false).unwrap().f_estado, 0);
        let r = campos(FAR_PRODUCTOReqDTO { n_stockmin: d("10"), n_stockmax: d("5"), ..base.clone() }, true);
        assert_eq!(r.unwrap_err(), "El campo 'n_stockmin' no es válido: el stock mínimo (10) no puede ser mayor que el máximo (5).");
        let r = campos(FAR_PRODUCTOReqDTO { n_dscto_2: d("100.5"), ..base.clone() }, true);
        assert_eq!(r.unwrap_err(), "El campo 'n_dscto_2' no es válido: un descuento va de 0 a 100 (%).");
        assert!(campos(FAR_PRODUCTOReqDTO { n_dscto_1: d("100"), ..base.clone() }, true).is_ok());
        assert!(campos(FAR_PRODUCTOReqDTO { f_inafecto: 2, ..base.clone() }, true).is_err());
        assert!(campos(FAR_PRODUCTOReqDTO { f_estado: 3, ..base.clone() }, true).is_err());
        assert_eq!(campos(FAR_PRODUCTOReqDTO { t_descripcion: None, ..base }, true).unwrap_err(), "El campo 't_descripcion' es obligatorio.");
    }
}
