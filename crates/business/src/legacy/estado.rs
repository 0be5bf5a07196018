//! The record state as the legacy clients write it: the one place where state texts are read.
//!
//! The tables keep a code in `estado` (`'A'` / `'I'`, CHECK constraint) or an integer flag in
//! `f_estado` (1 = active, 0 = inactive). The desktop client fills every state combo from
//! `TIPO_ESTADO/GetAllFilters {"tabla": "Todos"}` (`{1, "Activo"}`, `{0, "Inactivo"}`), then
//! sends the row's `id_estado` in integer fields and its display text in string `estado`
//! fields — also in its list filters (`WHERE U.estado IN ('Activo','Inactivo')`). Other clients
//! send the code. Both mean the same state: [`parse`] reads either (any case, blanks trimmed),
//! and every place where `estado` text enters the API goes through this module:
//!
//! * request fields to be stored or used as a filter ([`field_code`]: the user service's Add,
//!   Update and GetAllFilters, and its self-protection);
//! * literals compared with a column named `estado` in `PaginationParameter.WhereFilter`
//!   ([`filter_values`], used by [`super::where_filter`]).
//!
//! Replies keep what the legacy API returned (the stored code on `SEG_USUARIO`, the display
//! text where a procedure derives it from `f_estado`); where a procedure returns only
//! `f_estado`, the generated decoder derives the text ([`of_flag`]).

use data_access::Value;
use entities::Estado;

use crate::messages;

/// Display text of the active state (`TIPO_ESTADO`, `id_estado` 1).
pub const ACTIVO: &str = "Activo";
/// Display text of the inactive state (`TIPO_ESTADO`, `id_estado` 0).
pub const INACTIVO: &str = "Inactivo";

/// A state as any client writes it: the code (`A`, `I`) or the display text (`Activo`,
/// `Inactivo`), any case, surrounding blanks ignored. `None` for anything else (blank included).
pub fn parse(text: &str) -> Option<Estado> {
    let t = text.trim();
    if t.eq_ignore_ascii_case(ACTIVO) {
        return Some(Estado::Activo);
    }
    if t.eq_ignore_ascii_case(INACTIVO) {
        return Some(Estado::Inactivo);
    }
    Estado::from_code(t)
}

/// The display text of a state, as `TIPO_ESTADO` names it.
pub fn texto(estado: Estado) -> &'static str {
    match estado {
        Estado::Activo => ACTIVO,
        Estado::Inactivo => INACTIVO,
    }
}

/// The display text of an integer state flag (1 → `Activo`, 0 → `Inactivo`), for replies whose
/// DTO has a string `estado` the procedure does not return (it returns `f_estado` only):
/// the generated decoders fill it here, so `estado` is never null on a listed record.
pub fn of_flag(flag: impl Into<Option<i32>>) -> Option<String> {
    match flag.into() {
        Some(1) => Some(ACTIVO.to_owned()),
        Some(0) => Some(INACTIVO.to_owned()),
        _ => None,
    }
}

/// A request's string state field as the code to store or filter by: `Ok(None)` when it is
/// missing or blank (the procedure's default: a new record is active, an update keeps the
/// stored state, a filter takes any state), `Ok(Some("A" | "I"))` for a known state, and
/// otherwise the Spanish warning naming `field`.
pub fn field_code(value: Option<&str>, field: &str) -> Result<Option<String>, String> {
    match value {
        None => Ok(None),
        Some(v) if v.trim().is_empty() => Ok(None),
        Some(v) => parse(v).map(|e| Some(e.code().to_owned())).ok_or_else(|| messages::estado_no_valido(field)),
    }
}

/// The values a literal compared with an `estado` column stands for: a known state (code or
/// display text) matches both its code and its display text, so one filter works whether the
/// column holds `A`/`I` (as `SEG_USUARIO` does) or the text a view derives (`Activo`);
/// `None` for any other literal (kept as written).
pub fn filter_values(literal: &Value) -> Option<Vec<Value>> {
    let estado = parse(literal.as_str()?)?;
    Some(vec![Value::from(estado.code()), Value::from(texto(estado))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_display_texts_are_one_state_in_any_case() {
        for a in ["A", "a", " A ", "Activo", "ACTIVO", " activo\t"] {
            assert_eq!(parse(a), Some(Estado::Activo), "{a:?}");
        }
        for i in ["I", "i", "Inactivo", "INACTIVO", " inactivo "] {
            assert_eq!(parse(i), Some(Estado::Inactivo), "{i:?}");
        }
        for other in ["", "  ", "X", "Activa", "Anulado", "1", "0", "AI", "Activo Inactivo"] {
            assert_eq!(parse(other), None, "{other:?}");
        }
        assert_eq!((texto(Estado::Activo), texto(Estado::Inactivo)), ("Activo", "Inactivo"));
    }

    #[test]
    fn request_fields_become_the_stored_code_or_a_warning_naming_the_field() {
        assert_eq!(field_code(Some("Activo"), "estado"), Ok(Some("A".into())));
        assert_eq!(field_code(Some("inactivo"), "estado"), Ok(Some("I".into())));
        assert_eq!(field_code(Some("i"), "estado"), Ok(Some("I".into())));
        assert_eq!(field_code(None, "estado"), Ok(None));
        assert_eq!(field_code(Some("  "), "estado"), Ok(None));
        let w = field_code(Some("Borrado"), "estado").unwrap_err();
        assert_eq!(w, "El campo 'estado' no es válido: use Activo o Inactivo (A o I).");
    }

    #[test]
    fn filter_literals_stand_for_the_code_and_the_display_text() {
        assert_eq!(filter_values(&Value::from("Activo")), Some(vec![Value::from("A"), Value::from("Activo")]));
        assert_eq!(filter_values(&Value::from("i")), Some(vec![Value::from("I"), Value::from("Inactivo")]));
        assert_eq!(filter_values(&Value::from("Z")), None);
        assert_eq!(filter_values(&Value::Int(1)), None);
        assert_eq!(filter_values(&Value::Null), None);
    }
}
