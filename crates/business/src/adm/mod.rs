//! Admission: hand-written services of the `ADM_` controllers.

pub mod profesional;
