//! `ADM_ATENCION`: attentions. Add, Update, GetById, GetAllFilters and GetAtencionAllFilters
//! are served from their declarations; GetAllPaciente is here because its request comes from
//! the query string (`?idPaciente=5`, built into [`ADM_ATENCION_PACIENTEDTO`] by the route)
//! rather than the body; GetAtencionPendingAllFilters because its codes are checked first.

use dto::{ADM_ATENCION_PACIENTEDTO, ADM_ATENCION_PendingRequest, ADM_ATENCION_PendingResponseDTO, ADM_ATENCIONDTO};

use crate::{
    Ctx, Reply, ServiceResult,
    legacy::codigos::{Codigos, codigo},
    decl::adm::{ADM_ATENCION_GET_ALL_PACIENTE, ADM_ATENCION_GET_ATENCION_PENDING_ALL_FILTERS},
};

/// `ADM_ATENCION/GetAllPaciente`: a patient's attentions, the most recent first.
pub async fn get_all_paciente(ctx: Ctx, req: ADM_ATENCION_PACIENTEDTO) -> ServiceResult<Vec<ADM_ATENCIONDTO>> {
    ADM_ATENCION_GET_ALL_PACIENTE.list(&ctx, &req).await
}

/// The codes of GetAtencionPendingAllFilters' filters (blank = no filter).
const PENDIENTE: Codigos = ("c_tipo_pendiente", &[("R", &["REGISTRADO", "REGISTRADA"]), ("A", &["ATENDIDO", "ATENDIDA"])], "R (registradas) o A (atendidas), o déjelo vacío para no filtrar");
const FACTURACION: Codigos = ("c_tipo_facturacion", &[("S", &["SEGURO", "ASEGURADO"]), ("P", &["PARTICULAR"])], "S (con seguro) o P (particulares), o déjelo vacío para no filtrar");
const IDIOMA: Codigos = ("c_idioma", &[("ESP", &["ES", "ESPAÑOL", "ESPANOL"]), ("ENG", &["EN", "INGLES", "INGLÉS", "ENGLISH"])], "ESP o ENG, o déjelo vacío para no filtrar");

/// `ADM_ATENCION/GetAtencionPendingAllFilters`: the attentions waiting at the cash desk with
/// the line their type bills, priced (see `p_ADM_ATENCION_Pending`).
pub async fn pendientes(ctx: Ctx, req: ADM_ATENCION_PendingRequest) -> ServiceResult<Vec<ADM_ATENCION_PendingResponseDTO>> {
    let checked = (|| -> Result<ADM_ATENCION_PendingRequest, String> {
        for (campo, valor) in [("id_atencion", req.id_atencion), ("id_usuario", req.id_usuario)] {
            if valor < 0 {
                return Err(format!("El campo '{campo}' no puede ser negativo (0 = todos)."));
            }
        }
        Ok(ADM_ATENCION_PendingRequest {
            c_tipo_pendiente: Some(codigo(req.c_tipo_pendiente.as_deref(), PENDIENTE)?.to_owned()),
            c_tipo_facturacion: Some(codigo(req.c_tipo_facturacion.as_deref(), FACTURACION)?.to_owned()),
            c_idioma: Some(codigo(req.c_idioma.as_deref(), IDIOMA)?.to_owned()),
            ..req.clone()
        })
    })();
    match checked {
        Ok(req) => ADM_ATENCION_GET_ATENCION_PENDING_ALL_FILTERS.list(&ctx, &req).await,
        Err(w) => Ok(Reply::warning(w)),
    }
}
