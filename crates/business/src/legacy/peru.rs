//! Peruvian field validators, shared by every service that stores people (professionals now,
//! patients later). Pure functions: each takes the field's name (for the message) and its value
//! and returns `Ok` with the value as it should be stored, or `Err` with a Spanish warning that
//! names the field, ready for `Reply::warning`. Lookups (UBIGEO, catalog ids) take what the
//! caller read from the database, so these functions never touch it.
//!
//! | function | rule |
//! |---|---|
//! | [`dni`] | exactly 8 digits (RENIEC) |
//! | [`carne_extranjeria`] | 8 to 12 letters or digits (see below) |
//! | [`ruc`] | 11 digits, prefix 10/15/16/17/20, SUNAT check digit |
//! | [`pasaporte`] | 5 to 12 letters or digits |
//! | [`documento`] | the number by its document type's SUNAT code (catalog 06) |
//! | [`cmp`] | Colegio Médico del Perú number: 1 to 6 digits |
//! | [`fecha_nacimiento`] | not in the future, not before 1900-01-01 |
//! | [`ubigeo`] | 6 digits that name an existing district |
//! | [`catalogo`] | an id present among the catalog's active ids |
//!
//! Blanks around a number are ignored and letters are upper-cased; a number with inner spaces,
//! dots or dashes is refused rather than guessed at (the desktop client sends digits only).
//!
//! **Carné de extranjería.** Migraciones issues it with a 9-digit number (`001234567`; older
//! cards were printed with leading zeros up to 12 characters) and SUNAT's catalog 06 accepts
//! "up to 12 alphanumerics" for code 4. We accept 8 to 12 letters or digits: every number
//! Migraciones has issued fits, and shorter strings are typing mistakes, not cards.
//!
//! **CMP.** The Colegio Médico del Perú numbers its members consecutively (about 90,000 today):
//! 1 to 6 digits, leading zeros allowed (`012345`), never zero.

use chrono::NaiveDate;

/// SUNAT catalog 06 codes of `ADM_DOCUMENTO_IDENTIDAD.c_codigo`.
pub mod codigo {
    /// DNI (Documento Nacional de Identidad).
    pub const DNI: &str = "1";
    /// Carné de extranjería.
    pub const CARNE_EXTRANJERIA: &str = "4";
    /// RUC (Registro Único de Contribuyentes).
    pub const RUC: &str = "6";
    /// Pasaporte.
    pub const PASAPORTE: &str = "7";
}

/// The value trimmed and upper-cased, or the "required" warning when it is blank.
fn required(campo: &str, valor: Option<&str>) -> Result<String, String> {
    match valor.map(str::trim) {
        Some(v) if !v.is_empty() => Ok(v.to_uppercase()),
        _ => Err(crate::messages::campo_obligatorio(campo)),
    }
}

fn digits(v: &str) -> bool {
    v.bytes().all(|b| b.is_ascii_digit())
}

fn alnum(v: &str) -> bool {
    v.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// DNI: exactly 8 digits.
pub fn dni(campo: &str, valor: Option<&str>) -> Result<String, String> {
    let v = required(campo, valor)?;
    if v.len() == 8 && digits(&v) {
        Ok(v)
    } else {
        Err(format!("El campo '{campo}' no es un DNI válido: debe tener exactamente 8 dígitos."))
    }
}

/// Carné de extranjería: 8 to 12 letters or digits (see the module documentation).
pub fn carne_extranjeria(campo: &str, valor: Option<&str>) -> Result<String, String> {
    let v = required(campo, valor)?;
    if (8..=12).contains(&v.len()) && alnum(&v) {
        Ok(v)
    } else {
        Err(format!("El campo '{campo}' no es un carné de extranjería válido: debe tener de 8 a 12 letras o dígitos."))
    }
}

/// Passport: 5 to 12 letters or digits (SUNAT catalog 06 allows up to 12).
pub fn pasaporte(campo: &str, valor: Option<&str>) -> Result<String, String> {
    let v = required(campo, valor)?;
    if (5..=12).contains(&v.len()) && alnum(&v) {
        Ok(v)
    } else {
        Err(format!("El campo '{campo}' no es un pasaporte válido: debe tener de 5 a 12 letras o dígitos."))
    }
}

/// The SUNAT check digit of the first 10 digits of a RUC: weights 5,4,3,2,7,6,5,4,3,2,
/// r = 11 − (sum mod 11), 10 → 0, 11 → 1.
fn ruc_check_digit(first10: &[u8]) -> u8 {
    const WEIGHTS: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let sum: u32 = first10.iter().zip(WEIGHTS).map(|(d, w)| u32::from(d - b'0') * w).sum();
    match 11 - sum % 11 {
        10 => 0,
        11 => 1,
        r => r as u8,
    }
}

/// RUC: 11 digits, starting with 10 (person), 15, 16, 17 (other natural persons and
/// non-domiciled) or 20 (company), whose last digit is SUNAT's check digit.
pub fn ruc(campo: &str, valor: Option<&str>) -> Result<String, String> {
    let v = required(campo, valor)?;
    if v.len() != 11 || !digits(&v) {
        return Err(format!("El campo '{campo}' no es un RUC válido: debe tener exactamente 11 dígitos."));
    }
    if !["10", "15", "16", "17", "20"].contains(&&v[..2]) {
        return Err(format!("El campo '{campo}' no es un RUC válido: debe empezar con 10, 15, 16, 17 o 20."));
    }
    let b = v.as_bytes();
    if ruc_check_digit(&b[..10]) != b[10] - b'0' {
        return Err(format!("El campo '{campo}' no es un RUC válido: el dígito verificador no corresponde."));
    }
    Ok(v)
}

/// A document number checked by its type's SUNAT code (`ADM_DOCUMENTO_IDENTIDAD.c_codigo`):
/// DNI, carné de extranjería, RUC and passport by their own rule; any other type (cédula
/// diplomática, PTP, otros …) 1 to 15 letters or digits.
pub fn documento(campo: &str, codigo_sunat: &str, valor: Option<&str>) -> Result<String, String> {
    match codigo_sunat.trim() {
        codigo::DNI => dni(campo, valor),
        codigo::CARNE_EXTRANJERIA => carne_extranjeria(campo, valor),
        codigo::RUC => ruc(campo, valor),
        codigo::PASAPORTE => pasaporte(campo, valor),
        _ => {
            let v = required(campo, valor)?;
            if v.len() <= 15 && alnum(&v) {
                Ok(v)
            } else {
                Err(format!("El campo '{campo}' no es un número de documento válido: hasta 15 letras o dígitos."))
            }
        }
    }
}

/// CMP (Colegio Médico del Perú) number: 1 to 6 digits, not zero.
pub fn cmp(campo: &str, valor: Option<&str>) -> Result<String, String> {
    let v = required(campo, valor)?;
    if (1..=6).contains(&v.len()) && digits(&v) && v.bytes().any(|b| b != b'0') {
        Ok(v)
    } else {
        Err(format!("El campo '{campo}' no es un número de colegiatura del CMP válido: de 1 a 6 dígitos."))
    }
}

/// A birth date: not after `hoy` (the clinic's date) and not before 1900-01-01.
pub fn fecha_nacimiento(campo: &str, fecha: NaiveDate, hoy: NaiveDate) -> Result<NaiveDate, String> {
    if fecha > hoy {
        return Err(format!("El campo '{campo}' no puede ser una fecha futura."));
    }
    if fecha < NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(NaiveDate::MIN) {
        return Err(format!("El campo '{campo}' no puede ser anterior a 1900."));
    }
    Ok(fecha)
}

/// An UBIGEO (INEI district code): 6 digits for which `existe` (the caller's lookup, e.g. over
/// the rows `ADM_UBIGEO/GetAllFilters` returns for that code) says a district exists.
pub fn ubigeo(campo: &str, valor: Option<&str>, existe: impl FnOnce(&str) -> bool) -> Result<String, String> {
    let v = required(campo, valor)?;
    if v.len() != 6 || !digits(&v) {
        return Err(format!("El campo '{campo}' no es un UBIGEO válido: debe tener 6 dígitos."));
    }
    if !existe(&v) {
        return Err(format!("El campo '{campo}' no corresponde a ningún distrito (UBIGEO {v})."));
    }
    Ok(v)
}

/// An id that must name an active row of a catalog: `ids` are the catalog's active ids (as its
/// `GetAllActives` lists them). 0 means "not chosen" and is refused too.
pub fn catalogo(campo: &str, id: i32, ids: impl IntoIterator<Item = i32>) -> Result<i32, String> {
    if id != 0 && ids.into_iter().any(|i| i == id) {
        Ok(id)
    } else if id == 0 {
        Err(crate::messages::campo_obligatorio(campo))
    } else {
        Err(format!("El campo '{campo}' no es válido: el valor {id} no existe o está inactivo."))
    }
}

/// Like [`catalogo`], but 0 means "not chosen" and passes (an optional catalog field).
pub fn catalogo_opcional(campo: &str, id: i32, ids: impl IntoIterator<Item = i32>) -> Result<(), String> {
    if id == 0 { Ok(()) } else { catalogo(campo, id, ids).map(drop) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_optional_catalog_id_may_be_zero_but_not_unknown() {
        assert_eq!(catalogo_opcional("id_genero", 0, [1, 2]), Ok(()));
        assert_eq!(catalogo_opcional("id_genero", 2, [1, 2]), Ok(()));
        assert!(catalogo_opcional("id_genero", 9, [1, 2]).unwrap_err().contains("id_genero"));
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dni_is_exactly_eight_digits() {
        assert_eq!(dni("c_numero_documento", Some(" 44332211 ")), Ok("44332211".into()));
        assert_eq!(dni("c_numero_documento", Some("00012345")), Ok("00012345".into()));
        let bad = "El campo 'c_numero_documento' no es un DNI válido: debe tener exactamente 8 dígitos.";
        for v in ["4433221", "443322110", "4433221A", "4433 2211", "44.332.211", "４４３３２２１１"] {
            assert_eq!(dni("c_numero_documento", Some(v)), Err(bad.into()), "{v}");
        }
        assert_eq!(dni("c_numero_documento", Some("  ")), Err("El campo 'c_numero_documento' es obligatorio.".into()));
        assert_eq!(dni("c_numero_documento", None), Err("El campo 'c_numero_documento' es obligatorio.".into()));
    }

    #[test]
    fn carne_de_extranjeria_is_eight_to_twelve_alphanumerics() {
        assert_eq!(carne_extranjeria("ce", Some("001234567")), Ok("001234567".into()));
        assert_eq!(carne_extranjeria("ce", Some("ab1234567890")), Ok("AB1234567890".into()));
        assert_eq!(carne_extranjeria("ce", Some("12345678")), Ok("12345678".into()));
        for v in ["1234567", "1234567890123", "00123-4567", "001 234 567"] {
            assert!(carne_extranjeria("ce", Some(v)).unwrap_err().contains("'ce' no es un carné de extranjería válido"), "{v}");
        }
    }

    #[test]
    fn pasaporte_is_five_to_twelve_alphanumerics() {
        assert_eq!(pasaporte("p", Some("ab123456")), Ok("AB123456".into()));
        assert!(pasaporte("p", Some("A123")).is_err());
        assert!(pasaporte("p", Some("A1234567890123")).is_err());
        assert!(pasaporte("p", Some("AB-123456")).is_err());
    }

    #[test]
    fn ruc_check_digit_of_real_public_rucs() {
        // 20100047218: 2*5 + 1*3 + 4*5 + 7*4 + 2*3 + 1*2 = 69, 69 mod 11 = 3, 11 - 3 = 8.
        // 20131312955: 94, 94 mod 11 = 6, 11 - 6 = 5.
        assert_eq!(ruc_check_digit(b"2010004721"), 8);
        assert_eq!(ruc_check_digit(b"2013131295"), 5);
        // Two more published RUCs, one for each special case: 20100070970 (sum 89, 89 mod 11 = 1,
        // r = 10 → 0) and 20131380951 (sum 121, 121 mod 11 = 0, r = 11 → 1).
        assert_eq!(ruc_check_digit(b"2010007097"), 0);
        assert_eq!(ruc_check_digit(b"2013138095"), 1);
        for v in ["20100047218", "20131312955", "20100070970", "20131380951"] {
            assert_eq!(ruc("ruc", Some(v)), Ok(v.into()), "{v}");
        }
    }

    #[test]
    fn ruc_check_digit_plain_and_special_remainders() {
        assert_eq!(ruc_check_digit(b"1000000001"), 4); // 5 + 2 = 7 → 11 - 7
        assert_eq!(ruc_check_digit(b"1000000011"), 1); // 5 + 3 + 2 = 10 → 11 - 10
        assert_eq!(ruc_check_digit(b"1000000060"), 0); // 5 + 18 = 23 → 1 → r = 10 → 0
        assert_eq!(ruc_check_digit(b"1000000003"), 1); // 5 + 6 = 11 → 0 → r = 11 → 1
        assert_eq!(ruc("ruc", Some("10000000600")), Ok("10000000600".into()));
        assert_eq!(ruc("ruc", Some("10000000031")), Ok("10000000031".into()));
        assert!(ruc("ruc", Some("10000000030")).is_err());
    }

    #[test]
    fn ruc_refusals_say_why() {
        assert_eq!(
            ruc("ruc", Some("20100047219")),
            Err("El campo 'ruc' no es un RUC válido: el dígito verificador no corresponde.".into())
        );
        assert_eq!(ruc("ruc", Some("2010004721")), Err("El campo 'ruc' no es un RUC válido: debe tener exactamente 11 dígitos.".into()));
        assert_eq!(ruc("ruc", Some("2010004721A")), Err("El campo 'ruc' no es un RUC válido: debe tener exactamente 11 dígitos.".into()));
        assert_eq!(ruc("ruc", Some("30100047218")), Err("El campo 'ruc' no es un RUC válido: debe empezar con 10, 15, 16, 17 o 20.".into()));
    }

    #[test]
    fn documento_follows_the_sunat_code_of_its_type() {
        assert_eq!(documento("doc", "1", Some("44332211")), Ok("44332211".into()));
        assert!(documento("doc", "1", Some("20100047218")).unwrap_err().contains("DNI"));
        assert_eq!(documento("doc", "6", Some("20100047218")), Ok("20100047218".into()));
        assert!(documento("doc", "6", Some("44332211")).unwrap_err().contains("RUC"));
        assert_eq!(documento("doc", "4", Some("001234567")), Ok("001234567".into()));
        assert_eq!(documento("doc", "7", Some("ab123456")), Ok("AB123456".into()));
        assert_eq!(documento("doc", "A", Some("cd12345")), Ok("CD12345".into()));
        assert!(documento("doc", "0", Some("1234567890123456")).is_err());
        assert!(documento("doc", "0", Some("12-34")).is_err());
        assert_eq!(documento("doc", "0", None), Err("El campo 'doc' es obligatorio.".into()));
    }

    #[test]
    fn cmp_is_one_to_six_digits() {
        for v in ["1", "012345", "999999", " 45678 "] {
            assert_eq!(cmp("c_colegiatura", Some(v)), Ok(v.trim().into()), "{v}");
        }
        let bad = "El campo 'c_colegiatura' no es un número de colegiatura del CMP válido: de 1 a 6 dígitos.";
        for v in ["1234567", "CMP123", "12 345", "0", "000000"] {
            assert_eq!(cmp("c_colegiatura", Some(v)), Err(bad.into()), "{v}");
        }
        assert_eq!(cmp("c_colegiatura", None), Err("El campo 'c_colegiatura' es obligatorio.".into()));
    }

    #[test]
    fn birth_date_is_neither_future_nor_before_1900() {
        let hoy = d(2026, 3, 15);
        assert_eq!(fecha_nacimiento("d_fecha_nace", d(1980, 5, 17), hoy), Ok(d(1980, 5, 17)));
        assert_eq!(fecha_nacimiento("d_fecha_nace", hoy, hoy), Ok(hoy));
        assert_eq!(fecha_nacimiento("d_fecha_nace", d(1900, 1, 1), hoy), Ok(d(1900, 1, 1)));
        assert_eq!(
            fecha_nacimiento("d_fecha_nace", d(2026, 3, 16), hoy),
            Err("El campo 'd_fecha_nace' no puede ser una fecha futura.".into())
        );
        assert_eq!(
            fecha_nacimiento("d_fecha_nace", d(1899, 12, 31), hoy),
            Err("El campo 'd_fecha_nace' no puede ser anterior a 1900.".into())
        );
    }

    #[test]
    fn ubigeo_is_six_digits_of_an_existing_district() {
        let known = |c: &str| c == "150122";
        assert_eq!(ubigeo("ubigeo", Some("150122"), known), Ok("150122".into()));
        assert_eq!(
            ubigeo("ubigeo", Some("159999"), known),
            Err("El campo 'ubigeo' no corresponde a ningún distrito (UBIGEO 159999).".into())
        );
        for v in ["15012", "1501220", "15O122"] {
            assert_eq!(ubigeo("ubigeo", Some(v), known), Err("El campo 'ubigeo' no es un UBIGEO válido: debe tener 6 dígitos.".into()));
        }
        assert!(ubigeo("ubigeo", None, known).is_err());
    }

    #[test]
    fn catalog_ids_must_be_active_rows() {
        assert_eq!(catalogo("id_genero", 2, [1, 2]), Ok(2));
        assert_eq!(catalogo("id_genero", 7, [1, 2]), Err("El campo 'id_genero' no es válido: el valor 7 no existe o está inactivo.".into()));
        assert_eq!(catalogo("id_genero", -1, [1, 2]), Err("El campo 'id_genero' no es válido: el valor -1 no existe o está inactivo.".into()));
        assert_eq!(catalogo("id_genero", 0, [0, 1]), Err("El campo 'id_genero' es obligatorio.".into()));
    }
}
