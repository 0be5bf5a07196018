//! `cargo xtask refdata DIR`: converts the public reference data sets into the table-shaped
//! seed files of `sql/seed/` (done once; the project never reads DIR at build or test time).
//!
//! | input in DIR | output | rows |
//! |---|---|---|
//! | `cie10-es.csv` (code, code_0..code_4, description, level, source) | `sql/seed/100_ADM_CIE10.csv` (`c_codigo, t_descripcion, n_nivel, c_codigo_padre`) | 14,498 |
//! | `ubigeo-inei.csv` (ubigeo, departamento, provincia, distrito) | `sql/seed/110_ADM_UBIGEO.csv` (`c_codigo, t_departamento, t_provincia, t_distrito`) | 1,873 |
//!
//! Cells are trimmed; CIE-10 codes keep the file's form without the dot (`J450`), with the en
//! dash of a few ranges written as `-`; `c_codigo_padre` is the nearest non-empty ancestor;
//! rows are sorted by code, so ids follow the code order on a new database.

use std::{
    collections::BTreeMap,
    fs,
    path::{Path, PathBuf},
};

pub const CIE10: &str = "sql/seed/100_ADM_CIE10.csv";
pub const UBIGEO: &str = "sql/seed/110_ADM_UBIGEO.csv";

/// Reads the data sets in `dir` and writes the two seed files under `root`; returns their paths.
pub fn convert(dir: &Path, root: &Path) -> Result<Vec<String>, String> {
    let read = |name: &str| -> Result<(PathBuf, String), String> {
        let p = dir.join(name);
        let text = fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        Ok((p, text))
    };
    let (p, text) = read("cie10-es.csv")?;
    let cie10 = cie10(&text).map_err(|e| format!("{}: {e}", p.display()))?;
    let (p, text) = read("ubigeo-inei.csv")?;
    let ubigeo = ubigeo(&text).map_err(|e| format!("{}: {e}", p.display()))?;
    let mut written = Vec::new();
    for (rel, content) in [(CIE10, cie10), (UBIGEO, ubigeo)] {
        let full = root.join(rel);
        fs::write(&full, content).map_err(|e| format!("{}: {e}", full.display()))?;
        written.push(rel.to_owned());
    }
    Ok(written)
}

/// The source's records by column name, every cell trimmed.
fn records(text: &str, want: &[&str]) -> Result<Vec<Vec<String>>, String> {
    let mut r = csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
    let header: Vec<String> = r.headers().map_err(|e| e.to_string())?.iter().map(|h| h.trim().to_owned()).collect();
    let idx: Vec<usize> = want
        .iter()
        .map(|w| header.iter().position(|h| h == w).ok_or_else(|| format!("falta la columna {w} (hay {header:?})")))
        .collect::<Result<_, _>>()?;
    r.records()
        .map(|rec| {
            let rec = rec.map_err(|e| e.to_string())?;
            Ok(idx.iter().map(|&i| rec.get(i).unwrap_or("").trim().to_owned()).collect())
        })
        .collect()
}

/// A CIE-10 code as stored: trimmed, en/em dashes of ranges as `-`, upper case, no dot.
fn code(s: &str) -> String {
    s.trim().replace(['\u{2013}', '\u{2014}'], "-").replace('.', "").to_uppercase()
}

fn write_csv(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> Result<String, String> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    w.write_record(header).map_err(|e| e.to_string())?;
    for r in rows {
        w.write_record(&r).map_err(|e| e.to_string())?;
    }
    String::from_utf8(w.into_inner().map_err(|e| e.to_string())?).map_err(|e| e.to_string())
}

pub fn cie10(text: &str) -> Result<String, String> {
    let recs = records(text, &["code", "code_0", "code_1", "code_2", "code_3", "code_4", "description", "level"])?;
    let mut by_code: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (i, r) in recs.iter().enumerate() {
        let c = code(&r[0]);
        if c.is_empty() || r[6].is_empty() {
            return Err(format!("fila {}: código o descripción vacíos", i + 2));
        }
        let padre = r[1..6].iter().rev().map(|p| code(p)).find(|p| !p.is_empty()).unwrap_or_default();
        let nivel = r[7].parse::<u8>().map_err(|_| format!("fila {}: nivel {:?} no es un número", i + 2, r[7]))?;
        if by_code.insert(c.clone(), vec![c.clone(), r[6].clone(), nivel.to_string(), padre]).is_some() {
            return Err(format!("fila {}: el código {c} se repite", i + 2));
        }
    }
    for row in by_code.values() {
        if !row[3].is_empty() && !by_code.contains_key(&row[3]) {
            return Err(format!("{}: su código padre {} no está en el archivo", row[0], row[3]));
        }
    }
    write_csv(&["c_codigo", "t_descripcion", "n_nivel", "c_codigo_padre"], by_code.into_values())
}

pub fn ubigeo(text: &str) -> Result<String, String> {
    let recs = records(text, &["ubigeo", "departamento", "provincia", "distrito"])?;
    let mut by_code: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (i, r) in recs.into_iter().enumerate() {
        if r[0].len() != 6 || !r[0].bytes().all(|b| b.is_ascii_digit()) || r[1..].iter().any(String::is_empty) {
            return Err(format!("fila {}: se esperaba un ubigeo de 6 dígitos y tres nombres: {r:?}", i + 2));
        }
        let c = r[0].clone();
        if by_code.insert(c.clone(), r).is_some() {
            return Err(format!("fila {}: el ubigeo {c} se repite", i + 2));
        }
    }
    write_csv(&["c_codigo", "t_departamento", "t_provincia", "t_distrito"], by_code.into_values())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cie10_is_trimmed_sorted_and_linked_to_its_parent() {
        let src = "code,code_0,code_1,code_2,code_3,code_4,description,level,source\n\
                   J45,J00-J99,J40-J47,,,,Asma,2,icdcode.info\n\
                   J00-J99,,,,,,Enfermedades del sistema respiratorio,0,icdcode.info\n\
                   J40-J47 ,J00-J99,,,,,\"Enfermedades crónicas, vías inferiores \",1,icdcode.info\n\
                   J450,J00-J99,J40\u{2013}J47 ,J45,,,Asma predominantemente alérgica,3,deis.cl\n";
        assert_eq!(
            cie10(src).unwrap(),
            "c_codigo,t_descripcion,n_nivel,c_codigo_padre\n\
             J00-J99,Enfermedades del sistema respiratorio,0,\n\
             J40-J47,\"Enfermedades crónicas, vías inferiores\",1,J00-J99\n\
             J45,Asma,2,J40-J47\n\
             J450,Asma predominantemente alérgica,3,J45\n"
        );
        let orphan = "code,code_0,code_1,code_2,code_3,code_4,description,level,source\nJ450,J45,,,,,Asma,3,x\n";
        assert!(cie10(orphan).unwrap_err().contains("J45"));
        let twice = "code,code_0,code_1,code_2,code_3,code_4,description,level,source\nA00,,,,,,x,2,x\nA00 ,,,,,,y,2,x\n";
        assert!(cie10(twice).unwrap_err().contains("se repite"));
    }

    #[test]
    fn ubigeo_keeps_its_leading_zeros_and_accents() {
        let src = "ubigeo,departamento,provincia,distrito\n160102,Loreto,Maynas,Alto Nanay\n010102,Amazonas,Chachapoyas, Asunción\n";
        assert_eq!(
            ubigeo(src).unwrap(),
            "c_codigo,t_departamento,t_provincia,t_distrito\n010102,Amazonas,Chachapoyas,Asunción\n160102,Loreto,Maynas,Alto Nanay\n"
        );
        assert!(ubigeo("ubigeo,departamento,provincia,distrito\n1601,Loreto,Maynas,X\n").is_err());
    }
}
