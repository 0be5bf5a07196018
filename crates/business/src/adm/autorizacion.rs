//! `ADM_DOCUMENTO_AUTORIZACION`: insurers' authorizations (SUSALUD SITEDS) as the receptionist
//! brings them to the desk.
//!
//! - `GetAllFilters` reads our own table by code (the legacy action concatenated the code into
//!   a query on SUSALUD's Access database).
//! - `Add` records an authorization without opening an attention (the legacy one always
//!   failed: its duplicate check threw).
//! - `GetAddAtencionAll` records it AND opens its attention in one transaction
//!   (`p_ADM_DOCUMENTO_AUTORIZACION_Insert`, the contract's table-valued parameter on SQL
//!   Server): both rows or neither, with the call's audit row.
//!
//! Both writes first check the request and `p_ADM_DOCUMENTO_AUTORIZACION_Verificar` (the code
//! not registered, the patient and the plan found), so a refusal names its reason; nothing is
//! written then.

use dto::{
    ADM_DOCUMENTO_AUTORIZACION, ADM_DOCUMENTO_AUTORIZACION_REQ, ADM_DOCUMENTO_AUTORIZACION_REQDTO,
    ADM_DOCUMENTO_AUTORIZACION_RESDTO, ADM_DOCUMENTO_AUTORIZACIONDTO, NetDateTime,
};

use crate::{
    Ctx, Reply, ServiceError, ServiceResult, audit,
    decl::adm::{
        ADM_DOCUMENTO_AUTORIZACION_ABRIR, ADM_DOCUMENTO_AUTORIZACION_BUSCAR, ADM_DOCUMENTO_AUTORIZACION_REGISTRAR,
        ADM_DOCUMENTO_AUTORIZACION_VERIFICAR,
    },
    messages::{self, campo_obligatorio},
};

const CONTROLADOR: &str = "Usuario";
const ACCION: &str = "Add";

/// `ADM_DOCUMENTO_AUTORIZACION/GetAllFilters`: the authorizations registered with this code.
pub async fn get_all_filters(ctx: Ctx, req: ADM_DOCUMENTO_AUTORIZACIONDTO) -> ServiceResult<Vec<ADM_DOCUMENTO_AUTORIZACIONDTO>> {
    ADM_DOCUMENTO_AUTORIZACION_BUSCAR.list(&ctx, &req).await
}

/// `ADM_DOCUMENTO_AUTORIZACION/Add`: records the authorization alone.
pub async fn add(ctx: Ctx, req: ADM_DOCUMENTO_AUTORIZACION_REQDTO) -> ServiceResult<i64> {
    let objeto = audit::redacted_json(&req);
    let Some(dto) = req.listaAutoriza.as_ref() else {
        return Ok(Reply::warning(campo_obligatorio("listaAutoriza")));
    };
    let autorizacion: ADM_DOCUMENTO_AUTORIZACION =
        serde_json::to_value(dto).and_then(serde_json::from_value).map_err(|e| ServiceError::Internal(format!("autorización: {e}")))?;
    if let Err(w) = checked(&autorizacion) {
        return Ok(Reply::warning(w));
    }
    let v = verificar(&ctx, &autorizacion).await?;
    if v.id_documento_autorizacion != 0 {
        return audited_apart(&ctx, objeto, Reply::warning(messages::YA_EXISTE_REGISTRO)).await;
    }
    let id = ADM_DOCUMENTO_AUTORIZACION_REGISTRAR.call_audited(&ctx, &req, ctx.who().usuario, CONTROLADOR, ACCION, messages::REGISTRO_SATISFACTORIO, objeto.clone());
    match id.await {
        Ok(id) if id > 0 => Ok(Reply::message(messages::REGISTRO_SATISFACTORIO)),
        // A concurrent registration of the same code won: the procedure wrote nothing.
        Ok(_) => audited_apart(&ctx, objeto, Reply::warning(messages::YA_EXISTE_REGISTRO)).await,
        Err(ServiceError::Db(data_access::DbError::Duplicate { .. })) => {
            audited_apart(&ctx, objeto, Reply::warning(messages::YA_EXISTE_REGISTRO)).await
        }
        Err(e) => Err(e),
    }
}

/// `ADM_DOCUMENTO_AUTORIZACION/GetAddAtencionAll`: records the authorization and opens its
/// attention atomically; `Data` = the authorization with the ids the attention form needs.
pub async fn abrir_atencion(ctx: Ctx, req: ADM_DOCUMENTO_AUTORIZACION_REQ) -> ServiceResult<Vec<ADM_DOCUMENTO_AUTORIZACION_RESDTO>> {
    let objeto = audit::redacted_json(&req);
    let Some(autorizacion) = req.listaAutoriza.as_ref() else {
        return Ok(Reply::warning(campo_obligatorio("listaAutoriza")));
    };
    if let Err(w) = checked(autorizacion) {
        return Ok(Reply::warning(w));
    }
    let v = verificar(&ctx, autorizacion).await?;
    let codigo = autorizacion.COD_AUTORIZACION.as_deref().unwrap_or("").trim();
    let documento = autorizacion.NUM_DOCUMENTO.as_deref().unwrap_or("").trim();
    let aviso = if v.id_atencion != 0 {
        Some(format!("La autorización {codigo} ya abrió la atención {}.", v.id_atencion))
    } else if v.n_pacientes == 0 {
        Some(format!("No hay un paciente activo con el documento {documento}: regístrelo antes de abrir la atención."))
    } else if v.n_pacientes > 1 {
        Some(format!("Hay {} pacientes activos con el documento {documento}: corrija el duplicado antes de abrir la atención.", v.n_pacientes))
    } else if v.id_plan_seguro == 0 {
        Some(format!(
            "No hay un plan de seguro activo y vigente de la IAFA {} para el producto {}: regístrelo en Convenios.",
            autorizacion.COD_IAFA.as_deref().unwrap_or("").trim(),
            autorizacion.COD_PRODUCTO.as_deref().unwrap_or("").trim()
        ))
    } else {
        None
    };
    if let Some(aviso) = aviso {
        return Ok(Reply::warning(aviso));
    }
    let rows = match ADM_DOCUMENTO_AUTORIZACION_ABRIR
        .rows_audited(&ctx, &req, (CONTROLADOR, ACCION), (messages::REGISTRO_SATISFACTORIO, messages::REGISTRO_FALLIDO), objeto.clone())
        .await
    {
        Ok(rows) => rows,
        Err(ServiceError::Db(data_access::DbError::Duplicate { .. })) => {
            return audited_apart(&ctx, objeto, Reply::warning(messages::YA_EXISTE_REGISTRO)).await.map(|r| r.map(|_| Vec::new()));
        }
        Err(e) => return Err(e),
    };
    Ok(if rows.is_empty() {
        Reply::warning(messages::REGISTRO_FALLIDO)
    } else {
        Reply::Ok { data: Some(rows), message: Some(messages::REGISTRO_SATISFACTORIO.into()) }
    })
}

async fn verificar(ctx: &Ctx, a: &ADM_DOCUMENTO_AUTORIZACION) -> Result<dto::ADM_DOCUMENTO_AUTORIZACION_VERIFICACIONDTO, ServiceError> {
    ADM_DOCUMENTO_AUTORIZACION_VERIFICAR
        .rows(ctx, a)
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| ServiceError::Internal("p_ADM_DOCUMENTO_AUTORIZACION_Verificar no devolvió su fila".into()))
}

/// The checks of an authorization before anything is looked up: the code, the IAFA and the
/// patient's document present and of sane length, the validity window in order, co-payments
/// in range. A failure is the warning's text.
fn checked(a: &ADM_DOCUMENTO_AUTORIZACION) -> Result<(), String> {
    for (campo, valor, max) in [
        ("COD_AUTORIZACION", &a.COD_AUTORIZACION, 30),
        ("COD_IAFA", &a.COD_IAFA, 10),
        ("NUM_DOCUMENTO", &a.NUM_DOCUMENTO, 20),
    ] {
        let v = valor.as_deref().unwrap_or("").trim();
        if v.is_empty() {
            return Err(campo_obligatorio(campo));
        }
        if v.chars().count() > max {
            return Err(format!("El campo '{campo}' admite hasta {max} caracteres."));
        }
    }
    let sin_fecha = |f: &NetDateTime| f.naive().date() == NetDateTime::MIN.naive().date();
    if !sin_fecha(&a.FEC_INICIO_VIGENCIA) && !sin_fecha(&a.FEC_FIN_VIGENCIA) && a.FEC_INICIO_VIGENCIA.naive() > a.FEC_FIN_VIGENCIA.naive() {
        return Err("La fecha de inicio de vigencia (FEC_INICIO_VIGENCIA) es posterior a la de fin (FEC_FIN_VIGENCIA).".into());
    }
    let (fijo, variable) = (a.NUM_COPAGO_FIJO.decimal(), a.NUM_COPAGO_VARIABLE.decimal());
    if fijo.is_sign_negative() && !fijo.is_zero() {
        return Err("El campo 'NUM_COPAGO_FIJO' no puede ser negativo.".into());
    }
    if (variable.is_sign_negative() && !variable.is_zero()) || variable > rust_decimal::Decimal::ONE_HUNDRED {
        return Err("El campo 'NUM_COPAGO_VARIABLE' es un porcentaje entre 0 y 100.".into());
    }
    Ok(())
}

/// Audits an outcome that wrote nothing (as the legacy controller did for every outcome).
async fn audited_apart(ctx: &Ctx, objeto: serde_json::Value, reply: Reply<i64>) -> ServiceResult<i64> {
    let mensaje = reply.text().unwrap_or_default().to_owned();
    let usuario = ctx.who().usuario;
    audit::write(ctx, audit::AuditEntry { controlador: CONTROLADOR, accion: ACCION, identificador: 0, mensaje: &mensaje, usuario: &usuario, objeto }).await?;
    Ok(reply)
}
