//! Insurance agreements: hand-written services of the `CVN_` controllers.

pub mod tarifario;
