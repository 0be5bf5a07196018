//! Admission (`ADM_*`): the hand-written services.

pub mod dni;
