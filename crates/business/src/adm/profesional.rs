//! `ADM_PROFESIONAL`: the health professionals' register (Add and Update; the other actions are
//! served from their declarations).
//!
//! Before anything is written, the request is checked with [`crate::legacy::peru`]: surnames and
//! names present, the document number by its type's SUNAT code, the CMP number when the
//! professional type is `MED` (médico cirujano), a birth date neither future nor before 1900,
//! and every catalog id among the active rows of its catalog (0 = not chosen, allowed for sex,
//! specialty and employment condition). A failed check is a warning naming the field, with
//! nothing written and nothing audited (as the legacy API answered its own validations); the
//! duplicate check (same document, or same type and registration number) and the audit are
//! the generated declaration's. The procedures keep the professional's main specialty in
//! `ADM_PROFESIONAL_ESPECIALIDAD`.

use dto::{ADM_PROFESIONALDTO, NetDateTime, NoBody};

use crate::{
    Ctx, Reply, ServiceError, ServiceResult,
    decl::adm::{
        ADM_CONDICION_PROFESIONAL_GET_ALL_ACTIVES, ADM_DOCUMENTO_IDENTIDAD_GET_ALL_ACTIVES, ADM_ESPECIALIDAD_GET_ALL_ACTIVES,
        ADM_GENERO_GET_ALL_ACTIVES, ADM_PROFESIONAL_ADD, ADM_PROFESIONAL_UPDATE, ADM_TIPO_PROFESIONAL_GET_ALL_ACTIVES,
    },
    legacy::peru,
    messages::campo_obligatorio,
};

/// `ADM_TIPO_PROFESIONAL.c_codigo` of médicos, whose registration number is the CMP.
pub const TIPO_MEDICO: &str = "MED";

/// `ADM_PROFESIONAL/Add`: validates, then registers (duplicate check and audit included).
pub async fn add(ctx: Ctx, req: ADM_PROFESIONALDTO) -> ServiceResult<i64> {
    match validated(&ctx, req).await? {
        Ok(req) => ADM_PROFESIONAL_ADD.run(&ctx, &req).await,
        Err(warning) => Ok(Reply::warning(warning)),
    }
}

/// `ADM_PROFESIONAL/Update`: the same checks as Add, then the update (a document or CMP of
/// another professional is a duplicate).
pub async fn update(ctx: Ctx, req: ADM_PROFESIONALDTO) -> ServiceResult<i64> {
    match validated(&ctx, req).await? {
        Ok(req) => ADM_PROFESIONAL_UPDATE.run(&ctx, &req).await,
        Err(warning) => Ok(Reply::warning(warning)),
    }
}

/// The request as it will be stored (numbers trimmed and upper-cased), or the first warning.
async fn validated(ctx: &Ctx, req: ADM_PROFESIONALDTO) -> Result<Result<ADM_PROFESIONALDTO, String>, ServiceError> {
    let none = NoBody::default();
    for (campo, valor) in [("t_apellidos", &req.t_apellidos), ("t_nombres", &req.t_nombres)] {
        if valor.as_deref().is_none_or(|v| v.trim().is_empty()) {
            return Ok(Err(campo_obligatorio(campo)));
        }
    }

    let documentos = ADM_DOCUMENTO_IDENTIDAD_GET_ALL_ACTIVES.rows(ctx, &none).await?;
    let tipo_documento = match peru::catalogo("id_tipo_documento", req.id_tipo_documento, documentos.iter().map(|d| d.id_documento_identidad)) {
        Ok(id) => documentos.iter().find(|d| d.id_documento_identidad == id).and_then(|d| d.c_codigo.clone()).unwrap_or_default(),
        Err(w) => return Ok(Err(w)),
    };
    let numero = match peru::documento("c_numero_documento", &tipo_documento, req.c_numero_documento.as_deref()) {
        Ok(n) => n,
        Err(w) => return Ok(Err(w)),
    };

    let tipos = ADM_TIPO_PROFESIONAL_GET_ALL_ACTIVES.rows(ctx, &none).await?;
    let tipo = match peru::catalogo("id_tipo_profesional", req.id_tipo_profesional, tipos.iter().map(|t| t.id_tipo_profesional)) {
        Ok(id) => tipos.iter().find(|t| t.id_tipo_profesional == id).and_then(|t| t.c_codigo.clone()).unwrap_or_default(),
        Err(w) => return Ok(Err(w)),
    };
    let colegiatura = if tipo.trim().eq_ignore_ascii_case(TIPO_MEDICO) {
        match peru::cmp("c_colegiatura", req.c_colegiatura.as_deref()) {
            Ok(c) => Some(c),
            Err(w) => return Ok(Err(w)),
        }
    } else {
        req.c_colegiatura.as_deref().map(|c| c.trim().to_uppercase()).filter(|c| !c.is_empty())
    };

    if req.id_genero != 0 {
        let generos = ADM_GENERO_GET_ALL_ACTIVES.rows(ctx, &none).await?;
        if let Err(w) = peru::catalogo_opcional("id_genero", req.id_genero, generos.iter().map(|g| g.id_genero)) {
            return Ok(Err(w));
        }
    }
    if req.id_especialidad != 0 {
        let especialidades = ADM_ESPECIALIDAD_GET_ALL_ACTIVES.rows(ctx, &none).await?;
        if let Err(w) = peru::catalogo_opcional("id_especialidad", req.id_especialidad, especialidades.iter().map(|e| e.id_especialidad)) {
            return Ok(Err(w));
        }
    }
    if req.id_condicion_profesional != 0 {
        let condiciones = ADM_CONDICION_PROFESIONAL_GET_ALL_ACTIVES.rows(ctx, &none).await?;
        let ids = condiciones.iter().map(|c| c.id_condicion_profesional);
        if let Err(w) = peru::catalogo_opcional("id_condicion_profesional", req.id_condicion_profesional, ids) {
            return Ok(Err(w));
        }
    }

    // 0001-01-01 is the desktop client's "no date".
    if req.d_fecha_nace.naive().date() != NetDateTime::MIN.naive().date() {
        let hoy = NetDateTime::now_local().naive().date();
        if let Err(w) = peru::fecha_nacimiento("d_fecha_nace", req.d_fecha_nace.naive().date(), hoy) {
            return Ok(Err(w));
        }
    }

    Ok(Ok(ADM_PROFESIONALDTO { c_numero_documento: Some(numero), c_colegiatura: colegiatura, ..req }))
}
