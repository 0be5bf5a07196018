//! Insurance agreements: hand-written services of the `CVN_` controllers.

pub mod categoria_pago;
pub mod tarifario;
