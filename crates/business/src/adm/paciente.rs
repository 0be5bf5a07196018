//! `ADM_PACIENTE`: patients (Add and Update; Delete and GetById are served from their
//! declarations).
//!
//! Before anything is written the request is checked with [`crate::legacy::peru`]: surnames
//! and names present, the document number by its type's SUNAT code (a type is required with a
//! number), a birth date neither future nor before 1900, and every catalog id among the active
//! rows of its catalog (0 = not chosen). A failed check is a warning naming the field, nothing
//! written and nothing audited. Then the generated declaration runs: the duplicate check of
//! the record number (`p_ADM_PACIENTE_VerifyExists`), the procedure (which takes the next
//! record number when none is sent, and refuses a document already registered with its own
//! message), and the audit row.

use dto::{ADM_PACIENTE_BUSQUEDADTO, ADM_PACIENTEATENCION_RESULTADODTO, ADM_PACIENTEATENCIONReqDTO, ADM_PACIENTEDTO, NetDateTime, NoBody};

use crate::{
    Ctx, Reply, ServiceError, ServiceResult,
    decl::adm::{
        ADM_DOCUMENTO_IDENTIDAD_GET_ALL_ACTIVES, ADM_ESTADO_CIVIL_GET_ALL_ACTIVES, ADM_GENERO_GET_ALL_ACTIVES,
        ADM_GRUPO_SANGUINEO_GET_ALL_ACTIVES, ADM_OCUPACION_GET_ALL_ACTIVES, ADM_PACIENTE_ADD, ADM_PACIENTE_ATENCION_FILTRAR, ADM_PACIENTE_BUSCAR,
        ADM_PACIENTE_UPDATE,
        ADM_UBIGEO_GET_ALL_ACTIVES,
    },
    legacy::{
        codigos::{Codigos, codigo},
        peru,
    },
    messages::campo_obligatorio,
};

/// `ADM_PACIENTE/Add`: validates, then registers.
pub async fn add(ctx: Ctx, req: ADM_PACIENTEDTO) -> ServiceResult<i64> {
    match validated(&ctx, req).await? {
        Ok(req) => ADM_PACIENTE_ADD.run(&ctx, &req).await,
        Err(warning) => Ok(Reply::warning(warning)),
    }
}

/// `ADM_PACIENTE/Update`: the same checks, then the update.
pub async fn update(ctx: Ctx, req: ADM_PACIENTEDTO) -> ServiceResult<i64> {
    match validated(&ctx, req).await? {
        Ok(req) => ADM_PACIENTE_UPDATE.run(&ctx, &req).await,
        Err(warning) => Ok(Reply::warning(warning)),
    }
}

/// The request as it will be stored (document number normalized), or the first warning.
async fn validated(ctx: &Ctx, req: ADM_PACIENTEDTO) -> Result<Result<ADM_PACIENTEDTO, String>, ServiceError> {
    let none = NoBody::default();
    for (campo, valor) in [("t_apellido_paterno", &req.t_apellido_paterno), ("t_nombres", &req.t_nombres)] {
        if valor.as_deref().is_none_or(|v| v.trim().is_empty()) {
            return Ok(Err(campo_obligatorio(campo)));
        }
    }

    let numero = req.c_documento_identidad.as_deref().map(str::trim).filter(|n| !n.is_empty());
    let documento = if req.id_documento_identidad == 0 {
        if numero.is_some() {
            return Ok(Err(campo_obligatorio("id_documento_identidad")));
        }
        None
    } else {
        let tipos = ADM_DOCUMENTO_IDENTIDAD_GET_ALL_ACTIVES.rows(ctx, &none).await?;
        let ids = tipos.iter().map(|d| d.id_documento_identidad);
        if let Err(w) = peru::catalogo("id_documento_identidad", req.id_documento_identidad, ids) {
            return Ok(Err(w));
        }
        let codigo = tipos.iter().find(|d| d.id_documento_identidad == req.id_documento_identidad).and_then(|d| d.c_codigo.clone());
        match (codigo.as_deref().unwrap_or_default(), numero) {
            // "Otros / sin documento" (a newborn, an undocumented patient): no number needed.
            ("0", None) => None,
            (codigo, numero) => match peru::documento("c_documento_identidad", codigo, numero) {
                Ok(n) => Some(n),
                Err(w) => return Ok(Err(w)),
            },
        }
    };

    let generos = ADM_GENERO_GET_ALL_ACTIVES.rows(ctx, &none).await?;
    let estados = ADM_ESTADO_CIVIL_GET_ALL_ACTIVES.rows(ctx, &none).await?;
    let grupos = ADM_GRUPO_SANGUINEO_GET_ALL_ACTIVES.rows(ctx, &none).await?;
    let checks = [
        peru::catalogo_opcional("id_genero", req.id_genero, generos.iter().map(|g| g.id_genero)),
        peru::catalogo_opcional("id_estado_civil", req.id_estado_civil, estados.iter().map(|e| e.id_estado_civil)),
        peru::catalogo_opcional("id_grupo_sanguineo", req.id_grupo_sanguineo, grupos.iter().map(|g| g.id_grupo_sanguineo)),
    ];
    if let Some(Err(w)) = checks.into_iter().find(Result::is_err) {
        return Ok(Err(w));
    }
    if req.id_ocupacion != 0 {
        let ocupaciones = ADM_OCUPACION_GET_ALL_ACTIVES.rows(ctx, &none).await?;
        if let Err(w) = peru::catalogo_opcional("id_ocupacion", req.id_ocupacion, ocupaciones.iter().map(|o| o.id_ocupacion)) {
            return Ok(Err(w));
        }
    }
    if req.id_ubigeo_nacimiento != 0 || req.id_ubigeo_domicilio != 0 {
        let ubigeos = ADM_UBIGEO_GET_ALL_ACTIVES.rows(ctx, &none).await?;
        for (campo, id) in [("id_ubigeo_nacimiento", req.id_ubigeo_nacimiento), ("id_ubigeo_domicilio", req.id_ubigeo_domicilio)] {
            if let Err(w) = peru::catalogo_opcional(campo, id, ubigeos.iter().map(|u| u.id_ubigeo)) {
                return Ok(Err(w));
            }
        }
    }

    // 0001-01-01 is the desktop client's "no date".
    if req.d_fecha_nacimiento.naive().date() != NetDateTime::MIN.naive().date() {
        let hoy = NetDateTime::now_local().naive().date();
        if let Err(w) = peru::fecha_nacimiento("d_fecha_nacimiento", req.d_fecha_nacimiento.naive().date(), hoy) {
            return Ok(Err(w));
        }
    }
    if !(0..=1).contains(&req.f_estado) {
        return Ok(Err("El campo 'f_estado' debe ser 1 (activo) o 0 (inactivo).".into()));
    }
    if req.n_historia_clinica < 0 {
        return Ok(Err("El campo 'n_historia_clinica' debe ser un número positivo (o 0 para asignar el siguiente).".into()));
    }

    Ok(Ok(ADM_PACIENTEDTO { c_documento_identidad: documento, ..req }))
}

/// `ADM_PACIENTE/GetAllFilters`: the patient search (see `p_ADM_PACIENTE_Buscar`). `estado`
/// may be the code or the display text (`A`, `Activo` …); anything else is a warning.
pub async fn buscar(ctx: Ctx, req: ADM_PACIENTE_BUSQUEDADTO) -> ServiceResult<Vec<ADM_PACIENTE_BUSQUEDADTO>> {
    let estado = match crate::legacy::estado::field_code(req.estado.as_deref(), "estado") {
        Ok(code) => code,
        Err(warning) => return Ok(Reply::warning(warning)),
    };
    let rows = ADM_PACIENTE_BUSCAR.rows(&ctx, &ADM_PACIENTE_BUSQUEDADTO { estado, ..req }).await?;
    Ok(Reply::data(rows))
}

/// The kinds of datum `ADM_PACIENTE/GetAllPacienteAtencionFilters` searches by: the codes the
/// procedure knows, and the long forms a user may type.
const TIPO_DATO: Codigos = (
    "tipo_dato",
    &[
        ("HC", &["HISTORIA", "HISTORIA_CLINICA", "N_HISTORIA_CLINICA"]),
        ("DOC", &["DNI", "DOCUMENTO", "C_DOCUMENTO_IDENTIDAD"]),
        ("ATE", &["ATENCION", "ID_ATENCION"]),
        ("NOM", &["NOMBRE", "NOMBRES", "APELLIDO", "APELLIDOS", "PACIENTE"]),
    ],
    "HC (historia clínica), DOC (documento), ATE (número de atención), NOM (apellidos y nombres) o déjelo vacío para buscar en todo",
);

/// The legacy reply when nothing matches (Success true, Warning false, Data []).
pub const SIN_INFORMACION: &str = "No existe información con los datos enviados.";

/// `ADM_PACIENTE/GetAllPacienteAtencionFilters`: active patients found by one datum, each with
/// its attentions that are not annulled (see `p_ADM_PACIENTE_ATENCION_GetAllFilter`).
pub async fn atencion_filters(ctx: Ctx, req: ADM_PACIENTEATENCIONReqDTO) -> ServiceResult<Vec<ADM_PACIENTEATENCION_RESULTADODTO>> {
    let dato = req.t_dato.as_deref().unwrap_or("").trim().to_uppercase();
    let tipo = match codigo(req.tipo_dato.as_deref(), TIPO_DATO) {
        Ok(tipo) => tipo,
        Err(warning) => return Ok(Reply::warning(warning)),
    };
    if dato.is_empty() {
        return Ok(Reply::warning(campo_obligatorio("t_dato")));
    }
    if matches!(tipo, "HC" | "ATE") && (dato.len() > 9 || !dato.bytes().all(|b| b.is_ascii_digit())) {
        let que = if tipo == "HC" { "la historia clínica" } else { "el número de atención" };
        return Ok(Reply::warning(format!("El campo 't_dato' debe ser {que}: solo dígitos (se recibió {dato:?}).")));
    }
    let req = ADM_PACIENTEATENCIONReqDTO { t_dato: Some(dato), tipo_dato: Some(tipo.to_owned()) };
    let rows = ADM_PACIENTE_ATENCION_FILTRAR.rows(&ctx, &req).await?;
    if rows.is_empty() {
        return Ok(Reply::Ok { data: Some(rows), message: Some(SIN_INFORMACION.into()) });
    }
    Ok(Reply::data(rows))
}
