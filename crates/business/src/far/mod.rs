//! Pharmacy: hand-written services of the `FAR_` controllers.

pub mod producto;
