//! The legacy audit log (`Romsoft.Log`).

use super::{Origin, Procedure, Returns, SqlType::*, p};

/// Writes one audit row; `@Response` is the new row id.
pub static LOG_INSERT: Procedure = Procedure {
    name: "Romsoft.Log_Insert",
    params: &[
        p("@DireccionIP", Text, "DireccionIP"),
        p("@Usuario", Text, "Usuario"),
        p("@Mensaje", Text, "Mensaje"),
        p("@Controlador", Text, "Controlador"),
        p("@Accion", Text, "Accion"),
        p("@Objeto", Text, "Objeto"),
        p("@Identificador", Int, "Identificador"),
    ],
    returns: Returns::Response,
    origin: Origin::Legacy,
};
