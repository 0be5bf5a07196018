//! `ADM_ATENCION`: attentions. Add, Update and GetById are served from their declarations;
//! GetAllPaciente is here because its request comes from the query string (`?idPaciente=5`,
//! built into [`ADM_ATENCION_PACIENTEDTO`] by the route) rather than the body.

use dto::{ADM_ATENCION_PACIENTEDTO, ADM_ATENCIONDTO};

use crate::{Ctx, ServiceResult, decl::adm::ADM_ATENCION_GET_ALL_PACIENTE};

/// `ADM_ATENCION/GetAllPaciente`: a patient's attentions, the most recent first.
pub async fn get_all_paciente(ctx: Ctx, req: ADM_ATENCION_PACIENTEDTO) -> ServiceResult<Vec<ADM_ATENCIONDTO>> {
    ADM_ATENCION_GET_ALL_PACIENTE.list(&ctx, &req).await
}
