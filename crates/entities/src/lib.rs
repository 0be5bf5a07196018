//! Row and domain types shared by the layers: what the database returns that is not a wire DTO.

pub mod estado;
pub mod seguridad;

pub use estado::Estado;
pub use seguridad::Credenciales;
