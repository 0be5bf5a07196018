//! Text folding for searches that ignore case and accents ("neumonia" finds "Neumonía",
//! "nana" finds "Ñaña"), done in Rust and offered to the SQLite procedures as SQL functions:
//!
//! * `romsoft_plegar(x)`: `x` folded (see [`plegar`]); NULL stays NULL.
//! * `romsoft_patron(x)`: the `LIKE … ESCAPE '\'` pattern that finds the words of `x`, folded and
//!   in order, anywhere in a folded text (see [`patron`]); `'%'` when `x` is NULL or blank.
//!
//! The seed loader stores the folded text of a row in its `t_busqueda` column with the same
//! [`plegar`], so the stored side and the searched side always fold alike. SQL Server needs
//! none of this: its procedures compare with the `Latin1_General_CI_AI` collation.

use rusqlite::{Connection, functions::FunctionFlags, types::ValueRef};
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Lower case without accents: every letter decomposed (NFD) with its combining marks dropped,
/// then lower-cased (`"Ñaña Güemes"` → `"nana guemes"`). Soft hyphens (U+00AD), invisible in
/// the text they split, are dropped too. ASCII goes through untouched but lower-cased.
pub fn plegar(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c != '\u{AD}' {
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            });
        }
    }
    out
}

/// The `LIKE` pattern (escape character `\`) that finds the words of `valor` — runs of letters
/// and digits, folded — in that order anywhere in a folded text: `"Neumonía, bacteriana"` →
/// `%neumonia%bacteriana%`. `%` and `_` typed by the user match themselves. No words → `%`.
pub fn patron(valor: &str) -> String {
    let plegado = plegar(valor);
    let mut out = String::from("%");
    for palabra in plegado.split(|c: char| !c.is_alphanumeric() && c != '%' && c != '_' && c != '\\').filter(|w| !w.is_empty()) {
        for c in palabra.chars() {
            if matches!(c, '%' | '_' | '\\') {
                out.push('\\');
            }
            out.push(c);
        }
        out.push('%');
    }
    out
}

/// Registers `romsoft_plegar` and `romsoft_patron` on a connection (deterministic and innocuous,
/// so SQLite evaluates them once per statement for a bound argument).
pub(super) fn registrar(c: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC | FunctionFlags::SQLITE_INNOCUOUS;
    c.create_scalar_function("romsoft_plegar", 1, flags, |ctx| Ok(texto(ctx.get_raw(0)).map(|t| plegar(&t))))?;
    c.create_scalar_function("romsoft_patron", 1, flags, |ctx| Ok(patron(&texto(ctx.get_raw(0)).unwrap_or_default())))
}

/// The text of an SQL value (numbers as written), `None` for NULL.
fn texto(v: ValueRef<'_>) -> Option<String> {
    match v {
        ValueRef::Null => None,
        ValueRef::Integer(i) => Some(i.to_string()),
        ValueRef::Real(f) => Some(f.to_string()),
        ValueRef::Text(t) | ValueRef::Blob(t) => Some(String::from_utf8_lossy(t).into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_and_accents_only() {
        assert_eq!(plegar("Neumonía"), "neumonia");
        assert_eq!(plegar("ÑAÑA Güemes"), "nana guemes");
        assert_eq!(plegar("Asunción, Áncash"), "asuncion, ancash");
        assert_eq!(plegar("Infec\u{AD}ción"), "infeccion", "soft hyphen");
        assert_eq!(plegar("Schönlein-Henoch ç è"), "schonlein-henoch c e");
        assert_eq!(plegar("J45.0 [gripe]"), "j45.0 [gripe]");
        assert_eq!(plegar(""), "");
    }

    #[test]
    fn patterns_find_the_words_in_order_and_escape_wildcards() {
        assert_eq!(patron("Neumonía, bacteriana"), "%neumonia%bacteriana%");
        assert_eq!(patron("  PIURA "), "%piura%");
        assert_eq!(patron("ñaña"), "%nana%");
        assert_eq!(patron("50%_x"), "%50\\%\\_x%");
        assert_eq!(patron("a\\b"), "%a\\\\b%");
        assert_eq!(patron(""), "%");
        assert_eq!(patron(" .,; "), "%");
    }

    #[test]
    fn the_sql_functions_fold_like_rust() {
        let c = Connection::open_in_memory().unwrap();
        registrar(&c).unwrap();
        let (p, q, n, z): (String, String, Option<String>, String) = c
            .query_row("SELECT romsoft_plegar('Ñaña Pérez'), romsoft_patron('Asma  alérgica'), romsoft_plegar(NULL), romsoft_patron(NULL)", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .unwrap();
        assert_eq!((p.as_str(), q.as_str(), n, z.as_str()), ("nana perez", "%asma%alergica%", None, "%"));
        let hit: bool = c.query_row("SELECT 'asma predominantemente alergica' LIKE romsoft_patron('ASMA alérgica') ESCAPE '\\'", [], |r| r.get(0)).unwrap();
        assert!(hit);
        let literal: bool = c.query_row("SELECT 'tasa 50x' LIKE romsoft_patron('50%') ESCAPE '\\'", [], |r| r.get(0)).unwrap();
        assert!(!literal, "a typed % matches only itself");
    }
}
