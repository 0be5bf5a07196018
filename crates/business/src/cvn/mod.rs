//! Insurance agreements: hand-written services of the `CVN_` controllers.

pub mod categoria_pago;
pub mod plan_seguro;
pub mod plan_seguro_detalle;
pub mod tarifario;

use crate::legacy::{Check, ProcCommand};

/// A generated command with a duplicate check the legacy code lacked (its `Exists` returned a
/// constant `false`): the same procedure, messages and audit, `check` first.
pub(crate) fn con_verificacion<Req: serde::Serialize>(cmd: &ProcCommand<Req>, check: Check<Req>) -> ProcCommand<Req> {
    ProcCommand {
        proc: cmd.proc,
        bind: cmd.bind,
        duplicate_check: Some(check),
        controlador: cmd.controlador,
        accion: cmd.accion,
        ok: cmd.ok,
        failed: cmd.failed,
        returns_id: cmd.returns_id,
    }
}
