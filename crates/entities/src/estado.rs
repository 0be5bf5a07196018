//! The record state the legacy tables keep in `estado` (`'A'` / `'I'`).

/// State of a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Estado {
    Activo,
    Inactivo,
}

impl Estado {
    /// Reads the stored code (`A`/`I`, any case, surrounding blanks ignored).
    pub fn from_code(code: &str) -> Option<Self> {
        match code.trim() {
            c if c.eq_ignore_ascii_case("A") => Some(Self::Activo),
            c if c.eq_ignore_ascii_case("I") => Some(Self::Inactivo),
            _ => None,
        }
    }

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Activo => "A",
            Self::Inactivo => "I",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        assert_eq!(Estado::from_code(" a "), Some(Estado::Activo));
        assert_eq!(Estado::from_code("I").map(Estado::code), Some("I"));
        assert_eq!(Estado::from_code("X"), None);
    }
}
