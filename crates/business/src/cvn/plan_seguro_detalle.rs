//! `CVN_PLAN_SEGURO_DETALLE`: a plan's benefit lines with their co-payments (Add and
//! GetAllActivesFilters; Delete is served from its declaration).
//!
//! Add checks, before anything is written: the plan exists and is active; the benefit an active
//! `CVN_BENEFICIO`; the currency (when sent, 0 = none) an active `CVN_MONEDA`; `n_copago_fijo`
//! not negative and the percentages `n_copago_variable`, `n_copago_variable_farmacia` between 0
//! and 100, each with at most two decimals (the columns are DECIMAL(12,2) and DECIMAL(5,2)); the
//! amounts are stored with two decimals (`150` is kept as `150.00`, as SQL Server answers it). A
//! failed check is a warning naming the field. Then the duplicate check seed 002 documents (the
//! legacy `Exists` returned a constant `false`): the same benefit once per plan among the active
//! lines (`p_CVN_PLAN_SEGURO_DETALLE_VerifyExists`) — a warning, nothing written. `Data` = the
//! new `id_plan_seguro_detalle`, as the contract says.
//!
//! GetAllActivesFilters lists the active lines of `id_plan_seguro`; a non-zero `id_beneficio`
//! keeps only that benefit's line (the contract's procedure takes the plan only).

use data_access::registry;
use dto::{CVN_PLAN_SEGURO_DETALLEDTO, CVN_PLAN_SEGURODTO, NetDecimal, NoBody};
use rust_decimal::Decimal;

use crate::{
    Ctx, Reply, ServiceError, ServiceResult,
    decl::cvn::{
        CVN_BENEFICIO_GET_ALL_ACTIVES, CVN_MONEDA_GET_ALL_ACTIVES, CVN_PLAN_SEGURO_DETALLE_ADD,
        CVN_PLAN_SEGURO_DETALLE_GET_ALL_ACTIVES_FILTERS, CVN_PLAN_SEGURO_GET_BY_ID,
    },
    legacy::{Check, ToCell, peru},
    messages::campo_obligatorio,
};

/// `CVN_PLAN_SEGURO_DETALLE/Add`: validates, checks for a duplicate, then registers; `Data` =
/// the new id.
pub async fn add(ctx: Ctx, req: CVN_PLAN_SEGURO_DETALLEDTO) -> ServiceResult<i64> {
    let req = match validated(&ctx, req).await? {
        Ok(req) => req,
        Err(warning) => return Ok(Reply::warning(warning)),
    };
    let check = Check {
        proc: &registry::CVN_PLAN_SEGURO_DETALLE_VERIFY_EXISTS,
        bind: |r: &CVN_PLAN_SEGURO_DETALLEDTO, _w| vec![r.id_plan_seguro.to_cell(), r.id_beneficio.to_cell()],
    };
    super::con_verificacion(&CVN_PLAN_SEGURO_DETALLE_ADD, check).run(&ctx, &req).await
}

/// `CVN_PLAN_SEGURO_DETALLE/GetAllActivesFilters`: the plan's active lines, optionally one
/// benefit's.
pub async fn get_all_actives_filters(ctx: Ctx, req: CVN_PLAN_SEGURO_DETALLEDTO) -> ServiceResult<Vec<CVN_PLAN_SEGURO_DETALLEDTO>> {
    let mut rows = CVN_PLAN_SEGURO_DETALLE_GET_ALL_ACTIVES_FILTERS.rows(&ctx, &req).await?;
    if req.id_beneficio != 0 {
        rows.retain(|r| r.id_beneficio == req.id_beneficio);
    }
    Ok(Reply::data(rows))
}

/// An amount with at most two decimals between `min` and `max`, returned with exactly two
/// (`150` → `150.00`), or the warning naming the field.
pub fn importe(campo: &str, valor: NetDecimal, min: Decimal, max: Decimal, regla: &str) -> Result<NetDecimal, String> {
    let d = valor.decimal();
    if d < min || d > max {
        return Err(format!("El campo '{campo}' debe estar {regla}; llegó {valor}."));
    }
    if d.normalize().scale() > 2 {
        return Err(format!("El campo '{campo}' admite hasta 2 decimales; llegó {valor}."));
    }
    let mut d = d.normalize();
    d.rescale(2);
    Ok(NetDecimal(d))
}

/// The request with its amounts at two decimals, or the first warning.
async fn validated(ctx: &Ctx, req: CVN_PLAN_SEGURO_DETALLEDTO) -> Result<Result<CVN_PLAN_SEGURO_DETALLEDTO, String>, ServiceError> {
    if req.id_plan_seguro == 0 {
        return Ok(Err(campo_obligatorio("id_plan_seguro")));
    }
    let plan = CVN_PLAN_SEGURO_GET_BY_ID.rows(ctx, &CVN_PLAN_SEGURODTO { id_plan_seguro: req.id_plan_seguro, ..Default::default() }).await?;
    if !plan.iter().any(|p| p.f_estado == 1) {
        return Ok(Err(format!("El campo 'id_plan_seguro' no es válido: el plan {} no existe o está inactivo.", req.id_plan_seguro)));
    }
    let none = NoBody::default();
    let beneficios = CVN_BENEFICIO_GET_ALL_ACTIVES.rows(ctx, &none).await?;
    if let Err(w) = peru::catalogo("id_beneficio", req.id_beneficio, beneficios.iter().map(|b| b.id_beneficio)) {
        return Ok(Err(w));
    }
    if req.id_moneda != 0 {
        let monedas = CVN_MONEDA_GET_ALL_ACTIVES.rows(ctx, &none).await?;
        if let Err(w) = peru::catalogo_opcional("id_moneda", req.id_moneda, monedas.iter().map(|m| m.id_moneda)) {
            return Ok(Err(w));
        }
    }
    // DECIMAL(12,2): at most 9,999,999,999.99.
    let tope = Decimal::new(999_999_999_999, 2);
    let cien = Decimal::ONE_HUNDRED;
    let checks = [
        importe("n_copago_fijo", req.n_copago_fijo, Decimal::ZERO, tope, "entre 0 y 9999999999.99"),
        importe("n_copago_variable", req.n_copago_variable, Decimal::ZERO, cien, "entre 0 y 100 (porcentaje)"),
        importe("n_copago_variable_farmacia", req.n_copago_variable_farmacia, Decimal::ZERO, cien, "entre 0 y 100 (porcentaje)"),
    ];
    let [fijo, variable, farmacia] = checks;
    let (fijo, variable, farmacia) = match (fijo, variable, farmacia) {
        (Ok(a), Ok(b), Ok(c)) => (a, b, c),
        (Err(w), _, _) | (_, Err(w), _) | (_, _, Err(w)) => return Ok(Err(w)),
    };
    Ok(Ok(CVN_PLAN_SEGURO_DETALLEDTO { n_copago_fijo: fijo, n_copago_variable: variable, n_copago_variable_farmacia: farmacia, ..req }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NetDecimal {
        s.parse().unwrap()
    }

    #[test]
    fn amounts_keep_two_decimals_and_stay_in_range() {
        let cien = Decimal::ONE_HUNDRED;
        assert_eq!(importe("n_copago_fijo", d("150"), Decimal::ZERO, cien * cien, "x").unwrap().to_string(), "150.00");
        assert_eq!(importe("n_copago_fijo", d("150.000"), Decimal::ZERO, cien * cien, "x").unwrap().to_string(), "150.00");
        assert_eq!(importe("n_copago_variable", d("12.5"), Decimal::ZERO, cien, "x").unwrap().to_string(), "12.50");
        assert!(importe("n_copago_variable", d("100.01"), Decimal::ZERO, cien, "entre 0 y 100").unwrap_err().contains("entre 0 y 100"));
        assert!(importe("n_copago_fijo", d("-1"), Decimal::ZERO, cien, "x").unwrap_err().contains("n_copago_fijo"));
        assert!(importe("n_copago_fijo", d("1.005"), Decimal::ZERO, cien, "x").unwrap_err().contains("2 decimales"));
    }
}
