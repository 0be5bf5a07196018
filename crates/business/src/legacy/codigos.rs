//! Filter codes a caller may write short or long (`R` or `REGISTRADO`): one table per field,
//! one reading for all of them.

/// A field's codes: (field, [(code, long forms)], the rest of the warning after "use ").
pub type Codigos = (&'static str, &'static [(&'static str, &'static [&'static str])], &'static str);

/// The code `valor` means in `codigos` (`""` when blank, case-insensitive), or the warning
/// naming the field and what it takes.
pub fn codigo(valor: Option<&str>, (campo, codigos, uso): Codigos) -> Result<&'static str, String> {
    let v = valor.unwrap_or("").trim().to_uppercase();
    if v.is_empty() {
        return Ok("");
    }
    codigos
        .iter()
        .find(|(c, largos)| *c == v || largos.contains(&v.as_str()))
        .map(|(c, _)| *c)
        .ok_or_else(|| format!("El campo '{campo}' no es válido ({v}): use {uso}."))
}
