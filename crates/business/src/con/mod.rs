//! Contacts and accounting: hand-written services of the `CON_` controllers.

pub mod contacto;
