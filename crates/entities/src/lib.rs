//! Row and domain types shared by the layers: what the database returns that is not a wire DTO.

pub mod estado;
pub mod seg;

pub use estado::Estado;
pub use seg::Credenciales;
