//! Admission: hand-written services of the `ADM_` controllers.

pub mod atencion;
pub mod autorizacion;
pub mod dni;
pub mod paciente;
pub mod profesional;
