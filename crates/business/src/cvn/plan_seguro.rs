//! `CVN_PLAN_SEGURO`: insurance plans (Add and Update; GetById, GetAllActives and GetAllFilters
//! are served from their declarations).
//!
//! GetAllFilters filters by the fields sent, as seed 002 says ("any combination of
//! CVN_PLAN_SEGURODTO fields"): `p_CVN_PLAN_SEGURO_Buscar` with `valorRequest` (free text),
//! `f_estado` (1/0; omitted or null = every state; another value is a warning), the ids of the
//! payment category, guarantor, contracting party and product (0 = any) and `c_codigo_iafa`.
//!
//! Before anything is written the request is checked: `c_codigo` and `t_descripcion` present;
//! the guarantor an active contact marked `n_flag_garante = 1`; the contracting party (when
//! sent, 0 = none) an active contact marked `n_flag_contratante = 1`; the payment category and
//! the product (when sent) active rows — one read, `p_CVN_PLAN_SEGURO_Referencias`; and the
//! validity window `d_fecha_i_vigencia ≤ d_fecha_f_vigencia` when both are set. A failed check
//! is a warning naming the field, nothing written and nothing audited.
//!
//! Add then runs the duplicate check seed 002 documents (the legacy `Exists` returned a constant
//! `false`): an active plan of the same guarantor with the same code or the same description
//! (`p_CVN_PLAN_SEGURO_VerifyExists`) is `Success: true, Warning: true`, "El registro ya
//! existe.", nothing written. On Update, the code of another active plan of the same guarantor
//! is refused by the unique index and answered the same way.
//!
//! GetById and GetAllActives return the contract's rows plus the names seed 002 lists for every
//! plan reply (`garante`, `contratante` = business names, `producto`) read with
//! `p_CVN_PLAN_SEGURO_Nombres`; GetAllActives also says `f_estado` 1 and `estado` "Activo".

use data_access::registry;
use dto::{CVN_PLAN_SEGURO_FILTRODTO, CVN_PLAN_SEGURODTO, NoBody};

use crate::{
    Ctx, Reply, ServiceError, ServiceResult,
    decl::cvn::{
        CVN_PLAN_SEGURO_ADD, CVN_PLAN_SEGURO_BUSCAR, CVN_PLAN_SEGURO_GET_ALL_ACTIVES, CVN_PLAN_SEGURO_GET_BY_ID, CVN_PLAN_SEGURO_NOMBRES,
        CVN_PLAN_SEGURO_REFERENCIAS, CVN_PLAN_SEGURO_UPDATE,
    },
    legacy::estado,
    legacy::{Check, ToCell},
    messages::campo_obligatorio,
};

/// `CVN_PLAN_SEGURO/Add`: validates, checks for a duplicate, then registers.
pub async fn add(ctx: Ctx, req: CVN_PLAN_SEGURODTO) -> ServiceResult<i64> {
    let req = match validated(&ctx, req).await? {
        Ok(req) => req,
        Err(warning) => return Ok(Reply::warning(warning)),
    };
    let check = Check {
        proc: &registry::CVN_PLAN_SEGURO_VERIFY_EXISTS,
        bind: |r: &CVN_PLAN_SEGURODTO, _w| vec![r.id_contacto_garante.to_cell(), r.c_codigo.to_cell(), r.t_descripcion.to_cell()],
    };
    super::con_verificacion(&CVN_PLAN_SEGURO_ADD, check).run(&ctx, &req).await
}

/// `CVN_PLAN_SEGURO/Update`: the same checks as Add, then the update.
pub async fn update(ctx: Ctx, req: CVN_PLAN_SEGURODTO) -> ServiceResult<i64> {
    match validated(&ctx, req).await? {
        Ok(req) => CVN_PLAN_SEGURO_UPDATE.run(&ctx, &req).await,
        Err(warning) => Ok(Reply::warning(warning)),
    }
}

/// `CVN_PLAN_SEGURO/GetById`: the plan (active or not) with its display names.
pub async fn get_by_id(ctx: Ctx, req: CVN_PLAN_SEGURODTO) -> ServiceResult<Vec<CVN_PLAN_SEGURODTO>> {
    let rows = CVN_PLAN_SEGURO_GET_BY_ID.rows(&ctx, &req).await?;
    if rows.is_empty() || req.id_plan_seguro == 0 {
        return Ok(Reply::data(rows));
    }
    let nombres = CVN_PLAN_SEGURO_NOMBRES.rows(&ctx, &req).await?;
    Ok(Reply::data(con_nombres(rows, &nombres)))
}

/// `CVN_PLAN_SEGURO/GetAllActives`: the active plans with their display names.
pub async fn get_all_actives(ctx: Ctx, req: NoBody) -> ServiceResult<Vec<CVN_PLAN_SEGURODTO>> {
    let rows = CVN_PLAN_SEGURO_GET_ALL_ACTIVES.rows(&ctx, &req).await?;
    let nombres = CVN_PLAN_SEGURO_NOMBRES.rows(&ctx, &CVN_PLAN_SEGURODTO::default()).await?;
    let activos = rows.into_iter().map(|p| CVN_PLAN_SEGURODTO { f_estado: 1, ..p });
    Ok(Reply::data(con_nombres(activos, &nombres)))
}

/// `CVN_PLAN_SEGURO/GetAllFilters`: the plans matching every filter sent (see the module docs).
pub async fn buscar(ctx: Ctx, req: CVN_PLAN_SEGURO_FILTRODTO) -> ServiceResult<Vec<CVN_PLAN_SEGURODTO>> {
    if let Some(f) = req.f_estado.filter(|f| !matches!(f, 0 | 1)) {
        return Ok(Reply::warning(format!(
            "El campo 'f_estado' no es válido ({f}): use 1 (activos), 0 (inactivos) u omítalo para listar todos."
        )));
    }
    Ok(Reply::data(CVN_PLAN_SEGURO_BUSCAR.rows(&ctx, &req).await?))
}

/// Each plan with the names of its row in `nombres` (same `id_plan_seguro`) and its state label.
fn con_nombres(rows: impl IntoIterator<Item = CVN_PLAN_SEGURODTO>, nombres: &[CVN_PLAN_SEGURODTO]) -> Vec<CVN_PLAN_SEGURODTO> {
    rows.into_iter()
        .map(|p| {
            let n = nombres.iter().find(|n| n.id_plan_seguro == p.id_plan_seguro);
            CVN_PLAN_SEGURODTO {
                garante: n.and_then(|n| n.garante.clone()),
                contratante: n.and_then(|n| n.contratante.clone()),
                producto: n.and_then(|n| n.producto.clone()),
                estado: estado::of_flag(p.f_estado),
                ..p
            }
        })
        .collect()
}

/// The validity window: both dates set (not `0001-01-01`) and the start after the end is refused.
pub fn vigencia(req: &CVN_PLAN_SEGURODTO) -> Result<(), String> {
    let (i, f) = (req.d_fecha_i_vigencia, req.d_fecha_f_vigencia);
    if !i.is_min() && !f.is_min() && i.naive() > f.naive() {
        return Err("El campo 'd_fecha_f_vigencia' no puede ser anterior a 'd_fecha_i_vigencia': la vigencia termina antes de empezar.".into());
    }
    Ok(())
}

/// The request trimmed, or the first warning.
async fn validated(ctx: &Ctx, req: CVN_PLAN_SEGURODTO) -> Result<Result<CVN_PLAN_SEGURODTO, String>, ServiceError> {
    for (campo, valor) in [("c_codigo", &req.c_codigo), ("t_descripcion", &req.t_descripcion)] {
        if valor.as_deref().is_none_or(|v| v.trim().is_empty()) {
            return Ok(Err(campo_obligatorio(campo)));
        }
    }
    if req.id_contacto_garante == 0 {
        return Ok(Err(campo_obligatorio("id_contacto_garante")));
    }
    if let Err(w) = vigencia(&req) {
        return Ok(Err(w));
    }
    let refs = CVN_PLAN_SEGURO_REFERENCIAS.rows(ctx, &req).await?.into_iter().next().unwrap_or_default();
    if refs.garante != 1 {
        return Ok(Err(format!(
            "El campo 'id_contacto_garante' no es válido: el contacto {} no existe, está inactivo o no es garante (n_flag_garante = 1).",
            req.id_contacto_garante
        )));
    }
    if refs.contratante != 1 {
        return Ok(Err(format!(
            "El campo 'id_contacto_contratante' no es válido: el contacto {} no existe, está inactivo o no es contratante (n_flag_contratante = 1).",
            req.id_contacto_contratante
        )));
    }
    if refs.categoria_pago != 1 {
        return Ok(Err(format!("El campo 'id_categoria_pago' no es válido: la categoría de pago {} no existe o está inactiva.", req.id_categoria_pago)));
    }
    if refs.producto != 1 {
        return Ok(Err(format!("El campo 'id_producto_plan' no es válido: el producto {} no existe o está inactivo.", req.id_producto_plan)));
    }
    let trim = |v: Option<String>| v.map(|s| s.trim().to_owned());
    Ok(Ok(CVN_PLAN_SEGURODTO { c_codigo: trim(req.c_codigo), t_descripcion: trim(req.t_descripcion), ..req }))
}

#[cfg(test)]
mod tests {
    use dto::NetDateTime;

    use super::*;

    fn plan(i: &str, f: &str) -> CVN_PLAN_SEGURODTO {
        let d = |t: &str| NetDateTime::parse(t).unwrap_or(NetDateTime::MIN);
        CVN_PLAN_SEGURODTO { d_fecha_i_vigencia: d(i), d_fecha_f_vigencia: d(f), ..Default::default() }
    }

    #[test]
    fn a_validity_window_may_be_open_or_one_day_but_not_reversed() {
        assert!(vigencia(&plan("2026-01-01T00:00:00", "2026-12-31T00:00:00")).is_ok());
        assert!(vigencia(&plan("2026-05-01T00:00:00", "2026-05-01T00:00:00")).is_ok());
        assert!(vigencia(&plan("2026-05-01T00:00:00", "")).is_ok(), "no end date");
        assert!(vigencia(&plan("", "2026-05-01T00:00:00")).is_ok(), "no start date");
        let w = vigencia(&plan("2027-01-01T00:00:00", "2026-12-31T00:00:00")).unwrap_err();
        assert!(w.contains("'d_fecha_f_vigencia'") && w.contains("d_fecha_i_vigencia"), "{w}");
    }
}
