//! `CVN_TARIFARIO_SEGUS` (the SEGUS tariff) and `CVN_TARIFARIO_SEGUS_PARTICIPANTE` (lines billed
//! together): Add, Update and GetPrice of the tariff and Add of a link are checked here; the other
//! actions are served from their declarations.
//!
//! The legacy Insert/Update procedures declared every numeric input as `NVARCHAR`
//! (`@id_clasificacion_segus` … `@n_porcentaje`); the request's JSON numbers (or numeric texts,
//! see `dto::lenient`) are checked here before anything is written: catalog ids among the active
//! rows of their catalog (the SEGUS classification is required, the others may be 0 = not
//! chosen), units and counts not negative, units with at most 2 decimals (DECIMAL(12,2)), the
//! percentage between 0 and 100 with at most 2 decimals. A failed check is a warning naming the
//! field, with nothing written and nothing audited, as in `adm::profesional`. The duplicate
//! checks (an active code once; an active pair once) are the declaration's `VerifyExists` and
//! the unique indexes over the active rows, which answer "El registro ya existe." too.

use dto::{
    CON_CENTRO_COSTODTO, CON_CUENTA_CONTABLEDTO, CVN_CLASIFICACION_SEGUSDTO, CVN_CLASIFICACION_SUSALUD_ODDTO,
    CVN_CLASIFICACION_SUSALUDDTO, CVN_TARIFARIO_SEGUS_PARTICIPANTEDTO, CVN_TARIFARIO_SEGUS_PRICEDTO,
    CVN_TARIFARIO_SEGUS_PRICEReqDTO, CVN_TARIFARIO_SEGUSDTO, CVN_TIPO_PRECIODTO, NetDecimal,
};
use rust_decimal::Decimal;

use crate::{
    Ctx, Reply, ServiceError, ServiceResult,
    decl::{
        con::{CON_CENTRO_COSTO_GET_ALL_ACTIVES, CON_CUENTA_CONTABLE_GET_ALL_ACTIVES},
        cvn::{
            CVN_CLASIFICACION_SEGUS_GET_ALL_ACTIVES, CVN_CLASIFICACION_SUSALUD_GET_ALL_ACTIVES,
            CVN_CLASIFICACION_SUSALUD_OD_GET_ALL_ACTIVES, CVN_TARIFARIO_SEGUS_ADD, CVN_TARIFARIO_SEGUS_CATEGORIA_PAGO,
            CVN_TARIFARIO_SEGUS_GET_BY_ID, CVN_TARIFARIO_SEGUS_GET_PRICE, CVN_TARIFARIO_SEGUS_PARTICIPANTE_ADD,
            CVN_TARIFARIO_SEGUS_UPDATE, CVN_TIPO_PRECIO_GET_ALL_ACTIVES,
        },
    },
    legacy::peru,
    messages::campo_obligatorio,
};

/// Largest `n_unidad` a DECIMAL(12,2) holds.
const UNIDAD_MAXIMA: i64 = 9_999_999_999;

/// `CVN_TARIFARIO_SEGUS/Add`: validates, then registers (an active line with the same code is
/// a duplicate warning; audit included). A new line is always active.
pub async fn add(ctx: Ctx, req: CVN_TARIFARIO_SEGUSDTO) -> ServiceResult<i64> {
    match validated(&ctx, req).await? {
        Ok(req) => CVN_TARIFARIO_SEGUS_ADD.run(&ctx, &CVN_TARIFARIO_SEGUSDTO { f_estado: 1, ..req }).await,
        Err(warning) => Ok(Reply::warning(warning)),
    }
}

/// `CVN_TARIFARIO_SEGUS/Update`: the same checks as Add, then the update (the code of another
/// active line is a duplicate warning, from the unique index).
pub async fn update(ctx: Ctx, req: CVN_TARIFARIO_SEGUSDTO) -> ServiceResult<i64> {
    match validated(&ctx, req).await? {
        Ok(req) => CVN_TARIFARIO_SEGUS_UPDATE.run(&ctx, &req).await,
        Err(warning) => Ok(Reply::warning(warning)),
    }
}

/// `CVN_TARIFARIO_SEGUS/GetPrice`: the prices of the matching lines under an active payment
/// category; a category that is missing, unknown or inactive is a warning naming it.
pub async fn get_price(ctx: Ctx, req: CVN_TARIFARIO_SEGUS_PRICEReqDTO) -> ServiceResult<Vec<CVN_TARIFARIO_SEGUS_PRICEDTO>> {
    if req.id_categoria_pago <= 0 {
        return Ok(Reply::warning(campo_obligatorio("id_categoria_pago")));
    }
    let categoria = CVN_TARIFARIO_SEGUS_CATEGORIA_PAGO.rows(&ctx, &req).await?.into_iter().next();
    match categoria {
        None => Ok(Reply::warning(format!("La categoría de pago {} (id_categoria_pago) no existe.", req.id_categoria_pago))),
        Some(c) if c.f_estado != 1 => Ok(Reply::warning(format!(
            "La categoría de pago {} - {} (id_categoria_pago {}) está inactiva.",
            c.c_codigo.as_deref().unwrap_or_default().trim(),
            c.t_descripcion.as_deref().unwrap_or_default().trim(),
            c.id_categoria_pago
        ))),
        Some(_) => CVN_TARIFARIO_SEGUS_GET_PRICE.list(&ctx, &req).await,
    }
}

/// `CVN_TARIFARIO_SEGUS_PARTICIPANTE/Add`: links a line billed with another; `Data` = the new
/// id. Both lines must exist and be active and be different; the same active pair is a duplicate.
pub async fn add_participante(ctx: Ctx, req: CVN_TARIFARIO_SEGUS_PARTICIPANTEDTO) -> ServiceResult<i64> {
    for (campo, id) in [("id_tarifario_segus", req.id_tarifario_segus), ("id_tarifario_segus_referencia", req.id_tarifario_segus_referencia)] {
        if id <= 0 {
            return Ok(Reply::warning(campo_obligatorio(campo)));
        }
        let linea = CVN_TARIFARIO_SEGUSDTO { id_tarifario_segus: id, ..Default::default() };
        let activa = CVN_TARIFARIO_SEGUS_GET_BY_ID.rows(&ctx, &linea).await?.iter().any(|l| l.f_estado == 1);
        if !activa {
            return Ok(Reply::warning(format!("El campo '{campo}' no es válido: la línea del tarifario {id} no existe o está inactiva.")));
        }
    }
    if req.id_tarifario_segus == req.id_tarifario_segus_referencia {
        return Ok(Reply::warning("Una línea del tarifario no puede ser participante de sí misma (id_tarifario_segus_referencia)."));
    }
    CVN_TARIFARIO_SEGUS_PARTICIPANTE_ADD.run(&ctx, &req).await
}

/// The request as it will be stored (texts trimmed), or the first warning.
async fn validated(ctx: &Ctx, req: CVN_TARIFARIO_SEGUSDTO) -> Result<Result<CVN_TARIFARIO_SEGUSDTO, String>, ServiceError> {
    for (campo, valor) in [("c_codigo", &req.c_codigo), ("t_descripcion_esp", &req.t_descripcion_esp)] {
        if valor.as_deref().is_none_or(|v| v.trim().is_empty()) {
            return Ok(Err(campo_obligatorio(campo)));
        }
    }
    if let Err(w) = numeros(&req) {
        return Ok(Err(w));
    }

    let clasificaciones = CVN_CLASIFICACION_SEGUS_GET_ALL_ACTIVES.rows(ctx, &CVN_CLASIFICACION_SEGUSDTO::default()).await?;
    let ids = clasificaciones.iter().map(|c| c.id_clasificacion_segus);
    if let Err(w) = peru::catalogo("id_clasificacion_segus", req.id_clasificacion_segus, ids) {
        return Ok(Err(w));
    }
    if req.id_clasificacion_susalud != 0 {
        let filas = CVN_CLASIFICACION_SUSALUD_GET_ALL_ACTIVES.rows(ctx, &CVN_CLASIFICACION_SUSALUDDTO::default()).await?;
        let ids = filas.iter().map(|c| c.id_clasificacion_susalud);
        if let Err(w) = peru::catalogo_opcional("id_clasificacion_susalud", req.id_clasificacion_susalud, ids) {
            return Ok(Err(w));
        }
    }
    if req.id_clasificacion_susalud_od != 0 {
        let filas = CVN_CLASIFICACION_SUSALUD_OD_GET_ALL_ACTIVES.rows(ctx, &CVN_CLASIFICACION_SUSALUD_ODDTO::default()).await?;
        let ids = filas.iter().map(|c| c.id_clasificacion_susalud_od);
        if let Err(w) = peru::catalogo_opcional("id_clasificacion_susalud_od", req.id_clasificacion_susalud_od, ids) {
            return Ok(Err(w));
        }
    }
    if req.id_centro_costo != 0 {
        let filas = CON_CENTRO_COSTO_GET_ALL_ACTIVES.rows(ctx, &CON_CENTRO_COSTODTO::default()).await?;
        if let Err(w) = peru::catalogo_opcional("id_centro_costo", req.id_centro_costo, filas.iter().map(|c| c.id_centro_costo)) {
            return Ok(Err(w));
        }
    }
    if req.id_cuenta_contable != 0 {
        let filas = CON_CUENTA_CONTABLE_GET_ALL_ACTIVES.rows(ctx, &CON_CUENTA_CONTABLEDTO::default()).await?;
        if let Err(w) = peru::catalogo_opcional("id_cuenta_contable", req.id_cuenta_contable, filas.iter().map(|c| c.id_cuenta_contable)) {
            return Ok(Err(w));
        }
    }
    if req.id_tipo_precio != 0 {
        let filas = CVN_TIPO_PRECIO_GET_ALL_ACTIVES.rows(ctx, &CVN_TIPO_PRECIODTO::default()).await?;
        if let Err(w) = peru::catalogo_opcional("id_tipo_precio", req.id_tipo_precio, filas.iter().map(|c| c.id_tipo_precio)) {
            return Ok(Err(w));
        }
    }

    let recortado = |t: Option<String>| t.map(|t| t.trim().to_owned());
    Ok(Ok(CVN_TARIFARIO_SEGUSDTO {
        c_codigo: recortado(req.c_codigo.clone()),
        t_descripcion_esp: recortado(req.t_descripcion_esp.clone()),
        ..req
    }))
}

/// The numeric inputs (declared `NVARCHAR` by the legacy procedures): counts not negative, units
/// a DECIMAL(12,2), the percentage a DECIMAL(5,2) between 0 and 100.
pub fn numeros(req: &CVN_TARIFARIO_SEGUSDTO) -> Result<(), String> {
    for (campo, n) in [("n_ayudante", req.n_ayudante), ("n_instrumentista", req.n_instrumentista), ("n_dias", req.n_dias)] {
        if n < 0 {
            return Err(format!("El campo '{campo}' no es válido: debe ser un número entero mayor o igual a 0."));
        }
    }
    let unidad = req.n_unidad.decimal();
    if unidad.is_sign_negative() && !unidad.is_zero() || dos_decimales(&req.n_unidad).is_none() || unidad > Decimal::from(UNIDAD_MAXIMA) {
        return Err(format!(
            "El campo 'n_unidad' no es válido: debe ser un número entre 0 y {UNIDAD_MAXIMA} con hasta 2 decimales (llegó {}).",
            unidad.normalize()
        ));
    }
    let porcentaje = req.n_porcentaje.decimal();
    if porcentaje < Decimal::ZERO || porcentaje > Decimal::ONE_HUNDRED || dos_decimales(&req.n_porcentaje).is_none() {
        return Err(format!(
            "El campo 'n_porcentaje' no es válido: debe ser un número entre 0 y 100 con hasta 2 decimales (llegó {}).",
            porcentaje.normalize()
        ));
    }
    Ok(())
}

/// The value when it has at most 2 significant decimals (`12.50`, `12.500` yes; `12.505` no).
fn dos_decimales(n: &NetDecimal) -> Option<Decimal> {
    let d = n.decimal().normalize();
    (d.scale() <= 2).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linea(unidad: &str, porcentaje: &str) -> CVN_TARIFARIO_SEGUSDTO {
        CVN_TARIFARIO_SEGUSDTO { n_unidad: unidad.parse().unwrap(), n_porcentaje: porcentaje.parse().unwrap(), ..Default::default() }
    }

    #[test]
    fn units_and_percentages_are_checked_as_the_sql_server_columns_hold_them() {
        assert_eq!(numeros(&linea("12.50", "0")), Ok(()));
        assert_eq!(numeros(&linea("12.500", "100.00")), Ok(()));
        assert_eq!(numeros(&linea("0", "33.33")), Ok(()));
        assert!(numeros(&linea("-1", "0")).unwrap_err().contains("'n_unidad'"));
        assert!(numeros(&linea("1.005", "0")).unwrap_err().contains("'n_unidad'"));
        assert!(numeros(&linea("10000000000", "0")).unwrap_err().contains("'n_unidad'"));
        assert!(numeros(&linea("1", "100.01")).unwrap_err().contains("'n_porcentaje'"));
        assert!(numeros(&linea("1", "-0.5")).unwrap_err().contains("'n_porcentaje'"));
        let dias = CVN_TARIFARIO_SEGUSDTO { n_dias: -2, ..Default::default() };
        assert!(numeros(&dias).unwrap_err().contains("'n_dias'"));
    }
}
