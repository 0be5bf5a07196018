//! `crates/data-access/src/registry/{module}.rs` and `index.rs`.

use std::{collections::BTreeMap, fmt::Write as _};

use crate::{
    HEADER, MODULES,
    model::{InParam, ProcDef},
    module_of,
    plan::Plan,
    screaming,
};

const DIR: &str = "crates/data-access/src/registry";

/// Fields that say who changed a record or when: bound from the token and the clock.
const USER_NAME_FIELDS: &[&str] = &["UsuarioCreacion", "UsuarioModificacion"];
// `idUser`: the acting user the desktop client sends with ADM_DOCUMENTO_AUTORIZACION requests.
const USER_ID_FIELDS: &[&str] = &["id_usuarioCreacion", "id_usuarioModifica", "IdUsuarioActual", "idUser"];
const DATE_FIELDS: &[&str] = &["FechaCreacion", "FechaModificacion"];

/// The `Source` of a parameter, as Rust.
pub fn source(p: &InParam) -> String {
    if let Some(f) = &p.from_field {
        if USER_NAME_FIELDS.contains(&f.as_str()) {
            // An Int32 parameter fed from the name field held the user id as text.
            return if p.dbtype == "Int32" { "Source::ActingUserId".into() } else { "Source::ActingUserName".into() };
        }
        if USER_ID_FIELDS.contains(&f.as_str()) {
            return "Source::ActingUserId".into();
        }
        if DATE_FIELDS.contains(&f.as_str()) {
            return "Source::Now".into();
        }
        let f = p.table.as_ref().and_then(|t| t.rows_from.clone()).unwrap_or_else(|| f.clone());
        return format!("Source::Field({f:?})");
    }
    if let Some(f) = &p.from_param {
        return format!("Source::Field({f:?})");
    }
    if let Some(c) = &p.constant {
        return format!("Source::Constant({c:?})");
    }
    if let Some(t) = &p.table {
        return format!("Source::Field({:?})", t.rows_from.clone().unwrap_or_default());
    }
    "Source::Constant(\"\")".into()
}

/// The SQL type of a C# type name (`int`, `Nullable<int>`, `decimal` …) or a `DbType`.
pub fn sql_type(cs_or_dbtype: &str) -> Result<&'static str, String> {
    let t = cs_or_dbtype.trim_end_matches('?');
    let t = t.strip_prefix("Nullable<").and_then(|x| x.strip_suffix('>')).unwrap_or(t);
    Ok(match t {
        "int" | "Int32" | "short" | "Int16" | "byte" | "Byte" => "SqlType::Int",
        "long" | "Int64" => "SqlType::BigInt",
        "bool" | "Boolean" => "SqlType::Bit",
        "string" | "String" | "char" | "AnsiString" => "SqlType::Text",
        "DateTime" | "Date" | "DateTime2" => "SqlType::DateTime",
        "decimal" | "Decimal" | "double" | "Double" | "Currency" => "SqlType::Decimal",
        other => return Err(format!("tipo {other} sin equivalente SQL")),
    })
}

fn param_type(p: &InParam) -> Result<String, String> {
    let src = source(p);
    Ok(match src.as_str() {
        "Source::ActingUserId" => "SqlType::Int".into(),
        "Source::ActingUserName" => "SqlType::Text".into(),
        "Source::Now" => "SqlType::DateTime".into(),
        _ if p.table.is_some() => format!("SqlType::Table(&{})", table_const(p)),
        _ => sql_type(p.value_cs_type.as_deref().unwrap_or(&p.dbtype))?.into(),
    })
}

fn table_const(p: &InParam) -> String {
    screaming(p.type_name.as_deref().unwrap_or(&p.name).rsplit('.').next().unwrap_or_default())
}

fn transform(p: &InParam) -> Result<&'static str, String> {
    Ok(match p.transform.as_deref() {
        None => "Transform::None",
        Some("null_or_whitespace_to_empty_string") => "Transform::EmptyIfBlank",
        Some("ToUpper()") => "Transform::Upper",
        // The legacy AES "encryption" of passwords: the API stores bcrypt hashes instead.
        Some("CryptoHelper.EncryptAES") => "Transform::None",
        Some(t) => return Err(format!("{}: transformación {t} no prevista", p.name)),
    })
}

/// `(column name, SqlType, target field)` of each result column.
pub fn columns(name: &str, def: &ProcDef) -> Result<Vec<(String, &'static str, String)>, String> {
    if def.returns == "exists_flag" {
        return Ok(Vec::new());
    }
    def.result_columns
        .iter()
        .map(|c| {
            let col = c.name.clone().ok_or_else(|| format!("{name}: columna sin nombre"))?;
            let ty = match (c.reader.as_deref(), c.conversion.as_deref()) {
                (_, Some("Convert.ToBoolean")) | (Some("GetBoolean"), _) => "SqlType::Bit",
                (Some("GetInt32" | "GetInt16" | "GetByte"), _) => "SqlType::Int",
                (Some("GetInt64"), _) => "SqlType::BigInt",
                (Some("GetString" | "GetChar"), _) => "SqlType::Text",
                (Some("GetDateTime"), _) => "SqlType::DateTime",
                (Some("GetDecimal" | "GetDouble"), _) => "SqlType::Decimal",
                (r, _) => return Err(format!("{name}.{col}: lector {r:?} no previsto")),
            };
            Ok((col.clone(), ty, c.to_field.clone().unwrap_or(col)))
        })
        .collect()
}

fn returns(name: &str, def: &ProcDef, cols: &str) -> Result<String, String> {
    Ok(match def.returns.as_str() {
        "rows" | "row" => format!("Returns::Rows({cols})"),
        "response" => "Returns::Response".into(),
        "response+message" => {
            let msg = def.out.iter().find(|o| o.name != "@Response").ok_or_else(|| format!("{name}: sin @Response_t"))?;
            format!("Returns::ResponseMessage({:?})", msg.name)
        }
        "exists_flag" => "Returns::ExistsFlag".into(),
        r => return Err(format!("{name}: devuelve {r}")),
    })
}

fn column_list(cols: &[(String, &'static str, String)], indent: &str) -> String {
    let mut s = String::from("&[\n");
    for (n, t, f) in cols {
        let _ = writeln!(s, "{indent}    Column {{ name: {n:?}, ty: {t}, field: {f:?} }},");
    }
    s.push_str(indent);
    s.push(']');
    s
}

/// `@param` → length of its `NVARCHAR(n)`/`VARCHAR(n)`/`NCHAR(n)`/`CHAR(n)` declaration in
/// `sql/mssql/procedures/<short name>.sql` (lower-case names; `MAX` and other types: absent).
/// The T-SQL declaration is the one place a parameter's length is written.
fn text_lengths(root: &std::path::Path, proc: &str) -> BTreeMap<String, u32> {
    let short = proc.rsplit('.').next().unwrap_or(proc);
    let Ok(text) = std::fs::read_to_string(root.join("sql/mssql/procedures").join(format!("{short}.sql"))) else {
        return BTreeMap::new();
    };
    let upper = text.to_ascii_uppercase();
    let Some(start) = upper.find("CREATE OR ALTER PROCEDURE") else { return BTreeMap::new() };
    // The parameter list ends at the line `AS`.
    let rest = &text[start..];
    let end = rest.lines().scan(0usize, |pos, l| { let at = *pos; *pos += l.len() + 1; Some((at, l)) })
        .find(|(_, l)| l.trim().eq_ignore_ascii_case("AS"))
        .map_or(rest.len(), |(at, _)| at);
    let mut out = BTreeMap::new();
    for part in rest[..end].split(',') {
        let mut words = part.split_whitespace().skip_while(|w| !w.starts_with('@'));
        let (Some(name), Some(ty)) = (words.next(), words.next()) else { continue };
        let ty = ty.to_ascii_uppercase();
        let is_text = ["NVARCHAR(", "VARCHAR(", "NCHAR(", "CHAR("].iter().any(|t| ty.starts_with(t));
        let len = ty.split_once('(').and_then(|(_, r)| r.trim_end_matches([')', ',']).parse::<u32>().ok());
        if let (true, Some(n)) = (is_text, len) {
            out.insert(name.to_ascii_lowercase(), n);
        }
    }
    out
}

/// Whether `body` names the type `t` as a whole word (`Column {`, not `TableColumn {`).
fn uses_word(body: &str, t: &str) -> bool {
    body.match_indices(t).any(|(i, _)| {
        let before = body[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric() && c != '_');
        let after = body[i + t.len()..].chars().next().is_some_and(|c| !c.is_alphanumeric() && c != '_');
        before && after
    })
}

pub fn files(plan: &Plan) -> Result<Vec<(String, String)>, String> {
    let mut modules: BTreeMap<&str, String> = MODULES.iter().map(|m| (*m, String::new())).collect();
    let mut all = Vec::new();
    // A table type is emitted once, however many procedures take it.
    let mut table_types = std::collections::BTreeSet::new();
    for name in plan.registered()? {
        let def = plan.procedures.get(&name).ok_or_else(|| format!("{name} no existe"))?;
        let module = module_of(&name);
        let out = modules.get_mut(module).expect("module");
        let konst = screaming(&name);
        for p in def.inputs.iter().filter(|p| p.table.is_some() && table_types.insert(table_const(p))) {
            let t = p.table.as_ref().expect("table");
            let _ = writeln!(out, "/// Table type `{}` of `{name}` `{}`.", p.type_name.as_deref().unwrap_or("?"), p.name);
            let _ = writeln!(out, "pub static {}: TableType = TableType {{", table_const(p));
            let _ = writeln!(out, "    name: {:?},\n    columns: &[", p.type_name.as_deref().unwrap_or(""));
            for c in &t.columns {
                let ty = match c.conversion.as_deref() {
                    Some("Convert.ToDecimal") => "SqlType::Decimal",
                    Some("Convert.ToInt32") => "SqlType::Int",
                    _ => sql_type(&c.clr_type)?,
                };
                let _ = writeln!(
                    out,
                    "        TableColumn {{ name: {:?}, ty: {ty}, field: {:?}, constant: {:?} }},",
                    c.name, c.from_item_field, c.constant
                );
            }
            out.push_str("    ],\n};\n\n");
        }
        let origin = if plan.contract.procedures.contains_key(&name) { "Origin::Legacy" } else { "Origin::Romsoft" };
        let cols = columns(&name, def)?;
        let lengths = text_lengths(&plan.root, &name);
        let _ = writeln!(out, "/// `{name}`.\npub static {konst}: Procedure = Procedure {{\n    name: {name:?},");
        if def.inputs.is_empty() {
            out.push_str("    params: &[],\n");
        } else {
            out.push_str("    params: &[\n");
            for p in &def.inputs {
                let _ = writeln!(
                    out,
                    "        Param {{ name: {:?}, ty: {}, source: {}, transform: {}, max_len: {:?} }},",
                    p.name,
                    param_type(p)?,
                    source(p),
                    transform(p)?,
                    lengths.get(&p.name.to_ascii_lowercase()).copied()
                );
            }
            out.push_str("    ],\n");
        }
        let _ = writeln!(out, "    returns: {},\n    origin: {origin},\n}};\n", returns(&name, def, &column_list(&cols, "    "))?);
        all.push(konst);
    }
    let mut listings = Vec::new();
    for (konst, l) in plan.listings() {
        let def = plan.procedures.get(&l.like_procedure).ok_or_else(|| format!("[listing.{konst}]: {} no existe", l.like_procedure))?;
        let cols: Vec<_> = columns(&l.like_procedure, def)?.into_iter().filter(|(n, _, _)| n != &l.total).collect();
        for o in &l.order_by {
            if !cols.iter().any(|(n, _, _)| n == o) {
                return Err(format!("[listing.{konst}]: order_by {o} no es columna de {}", l.like_procedure));
            }
        }
        let module = module_of(&l.view);
        let out = modules.get_mut(module).expect("module");
        let _ = writeln!(
            out,
            "/// Paged listing over the view `{}` (the columns of `{}`).\npub static {konst}: Listing = Listing {{\n    view: {:?},\n    columns: {},\n    order_by: &{:?},\n    total: {:?},\n}};\n",
            l.view,
            l.like_procedure,
            l.view,
            column_list(&cols, "    "),
            l.order_by,
            l.total
        );
        listings.push(konst.clone());
    }
    let mut files = Vec::new();
    for (m, body) in modules {
        let uses = ["Column", "Listing", "Origin", "Param", "Procedure", "Returns", "Source", "SqlType", "TableColumn", "TableType", "Transform"]
            .into_iter()
            .filter(|t| uses_word(&body, t))
            .collect::<Vec<_>>();
        let mut s = format!("//! Procedures of the `{}` prefix.\n//!\n//! {HEADER}\n\n", m.to_uppercase());
        if !uses.is_empty() {
            let _ = writeln!(s, "use super::types::{{{}}};\n", uses.join(", "));
        }
        s.push_str(body.trim_end());
        s.push('\n');
        files.push((format!("{DIR}/{m}.rs"), s));
    }
    let mut index = format!("//! Every registered procedure and listing.\n//!\n//! {HEADER}\n\nuse super::*;\n\n");
    index.push_str("/// Every registered procedure.\npub static ALL: &[&Procedure] = &[\n");
    for p in &all {
        let _ = writeln!(index, "    &{p},");
    }
    index.push_str("];\n\n/// Every paged listing.\npub static LISTINGS: &[&Listing] = &[\n");
    for l in &listings {
        let _ = writeln!(index, "    &{l},");
    }
    index.push_str("];\n");
    files.push((format!("{DIR}/index.rs"), index));
    Ok(files)
}
