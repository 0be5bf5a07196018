//! Security: login, tokens, passwords and the user accounts (`SEG_USUARIO`).

pub mod intentos;
pub mod login;
pub mod passwords;
pub mod sellos;
pub mod tokens;
pub mod usuario;
