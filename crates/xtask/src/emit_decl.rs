//! `crates/business/src/decl/{module}.rs`: the typed declarations (request fields bound to
//! parameters by name, rows decoded straight into the reply DTO) and `messages/legacy.rs`.

use std::{collections::BTreeMap, fmt::Write as _};

use crate::{
    HEADER, MODULES,
    emit_dto::is_dto,
    emit_registry::{columns, source},
    model::ProcDef,
    module_of,
    plan::{Decl, Plan},
    screaming,
};

const DIR: &str = "crates/business/src/decl";

/// The Rust type of a declared request/reply name.
fn ty(name: &str) -> String {
    if name == "NoBody" { "dto::NoBody".into() } else if name.contains("::") { name.to_owned() } else { format!("dto::{name}") }
}

/// Field names of a DTO, or `None` for a Rust path (checked by the compiler instead).
fn fields_of(plan: &Plan, name: &str) -> Result<Option<Vec<String>>, String> {
    if name == "NoBody" {
        return Ok(Some(Vec::new()));
    }
    if !is_dto(name) {
        return Ok(None);
    }
    Ok(Some(plan.wire_fields(name)?.into_iter().map(|f| f.name).collect()))
}

fn has(fields: &Option<Vec<String>>, f: &str) -> bool {
    fields.as_ref().is_none_or(|v| v.iter().any(|x| x == f))
}

/// `|r, w| vec![…]`: the procedure's arguments from request `r` and acting user `w`.
fn bind(plan: &Plan, proc: &str, request: &str) -> Result<String, String> {
    let def: &ProcDef = plan.procedures.get(proc).ok_or_else(|| format!("{proc} no existe"))?;
    let fields = fields_of(plan, request)?;
    let mut cells = Vec::new();
    for p in &def.inputs {
        let src = source(p);
        let cell = match src.as_str() {
            "Source::ActingUserId" => "w.id()".to_string(),
            "Source::ActingUserName" => "w.name()".to_string(),
            "Source::Now" => "w.now()".to_string(),
            s if s.starts_with("Source::Constant") => format!("Value::from({:?})", p.constant.clone().unwrap_or_default()),
            _ => {
                let f = match (&p.from_field, &p.from_param) {
                    (Some(f), _) => f.clone(),
                    // A method parameter the controller filled from the request field of the
                    // same name in another case or spelling (`idAtencion` from
                    // `request.IdAtencion`, `idPaciente` from `request.id_paciente`): the one
                    // field whose name is the same ignoring case and underscores.
                    (None, Some(m)) => {
                        let bare = |s: &str| s.replace('_', "").to_ascii_lowercase();
                        let same: Vec<&String> = fields.iter().flatten().filter(|x| bare(x) == bare(m)).collect();
                        match same.as_slice() {
                            [one] => (*one).clone(),
                            _ => m.clone(),
                        }
                    }
                    (None, None) => String::new(),
                };
                let f = p.table.as_ref().and_then(|t| t.rows_from.clone()).unwrap_or(f);
                if !has(&fields, &f) {
                    return Err(format!("{proc} {}: el campo {f} no existe en {request}", p.name));
                }
                match &p.table {
                    Some(t) => {
                        let item = t.columns.iter().map(|c| match (&c.from_item_field, &c.constant) {
                            (Some(f), _) => format!("i.{f}.to_cell()"),
                            (None, c) => format!("Value::from({:?})", c.clone().unwrap_or_default()),
                        });
                        format!("table(&r.{f}, |i| vec![{}])", item.collect::<Vec<_>>().join(", "))
                    }
                    None => match p.transform.as_deref() {
                        Some("null_or_whitespace_to_empty_string") => format!("blank_to_empty(r.{f}.to_cell())"),
                        Some("ToUpper()") => format!("upper(r.{f}.to_cell())"),
                        _ => format!("r.{f}.to_cell()"),
                    },
                }
            }
        };
        cells.push(cell);
    }
    let r = if cells.iter().any(|c| c.contains("r.")) { "r" } else { "_r" };
    let w = if cells.iter().any(|c| c.contains("w.")) { "w" } else { "_w" };
    if cells.is_empty() {
        return Ok(format!("|{r}, {w}| Vec::new()"));
    }
    let mut s = format!("|{r}, {w}| {{\n        vec![\n");
    for c in cells {
        let _ = writeln!(s, "            {c},");
    }
    s.push_str("        ]\n    }");
    Ok(s)
}

/// `|row| …`: the reply DTO from one row, fields assigned in column order.
fn decode(plan: &Plan, proc: &str, reply: &str) -> Result<String, String> {
    let def = plan.procedures.get(proc).ok_or_else(|| format!("{proc} no existe"))?;
    let fields = fields_of(plan, reply)?;
    let cols: Vec<(String, String)> = columns(proc, def)?.into_iter().map(|(c, _, f)| (c, f)).collect();
    struct_literal(proc, reply, &fields, &cols, "    ")
}

/// `|row| { let mut c = Cells::new(row); Ok(T { field: c.next("col")?, …, ..Default::default() }) }`:
/// fields in column order (a struct literal evaluates them in the order written).
fn struct_literal(what: &str, reply: &str, fields: &Option<Vec<String>>, cols: &[(String, String)], indent: &str) -> Result<String, String> {
    let mut seen = std::collections::BTreeSet::new();
    let mut s = format!("|row| {{\n{indent}    let mut c = Cells::new(row);\n{indent}    Ok({} {{\n", ty(reply));
    for (col, field) in cols {
        if !has(fields, field) {
            return Err(format!("{what}: la columna {col} alimenta {field}, que no existe en {reply}"));
        }
        if !seen.insert(field.clone()) {
            return Err(format!("{what}: dos columnas alimentan {field}"));
        }
        let _ = writeln!(s, "{indent}        {field}: c.next({col:?})?,");
    }
    // A string `estado` the procedure does not return, beside an `f_estado` it does: derived,
    // so that a listed record's state is never null.
    if has(fields, "estado") && !seen.contains("estado") && seen.contains("f_estado") {
        let _ = write!(s, "{indent}        ..Default::default()\n{indent}    }})\n{indent}    .map(|mut v| {{\n{indent}        v.estado = crate::legacy::estado::of_flag(v.f_estado);\n{indent}        v\n{indent}    }})\n{indent}}}");
        return Ok(s);
    }
    let _ = write!(s, "{indent}        ..Default::default()\n{indent}    }})\n{indent}}}");
    Ok(s)
}

fn reg(proc: &str) -> String {
    format!("&registry::{}", screaming(proc))
}

fn emit(plan: &Plan, d: &Decl, doc: &str, out: &mut String) -> Result<(), String> {
    let _ = writeln!(out, "/// {doc}");
    match d {
        Decl::Query { name, proc, request, reply, first } => {
            let _ = writeln!(
                out,
                "pub static {name}: ProcQuery<{}, {}> = ProcQuery {{\n    proc: {},\n    bind: {},\n    decode: {},\n}};",
                ty(request),
                ty(reply),
                reg(proc),
                bind(plan, proc, request)?,
                decode(plan, proc, reply)?
            );
            if let Some(key) = first {
                let _ = writeln!(out, "/// Message when `{name}` finds nothing.\npub const {name}_NOT_FOUND: &str = messages::{};", screaming(key));
            }
        }
        Decl::Command { name, proc, request, check, controlador, accion, ok, failed, returns_id } => {
            let check = match check {
                None => "None".to_string(),
                Some(c) => format!("Some(Check {{\n        proc: {},\n        bind: {},\n    }})", reg(c), bind(plan, c, request)?.replace("\n    ", "\n        ")),
            };
            let _ = writeln!(
                out,
                "pub static {name}: ProcCommand<{}> = ProcCommand {{\n    proc: {},\n    bind: {},\n    duplicate_check: {check},\n    controlador: {controlador:?},\n    accion: {accion:?},\n    ok: messages::{},\n    failed: messages::{},\n    returns_id: {returns_id},\n}};",
                ty(request),
                reg(proc),
                bind(plan, proc, request)?,
                screaming(ok),
                screaming(failed),
            );
        }
        Decl::Call { name, proc, request } => {
            let _ = writeln!(
                out,
                "pub static {name}: ProcCall<{}> = ProcCall {{\n    proc: {},\n    bind: {},\n}};",
                ty(request),
                reg(proc),
                bind(plan, proc, request)?
            );
        }
        Decl::Page { name, listing, reply } => {
            let l = &plan.decisions.listing[listing];
            let def = plan.procedures.get(&l.like_procedure).ok_or_else(|| format!("{} no existe", l.like_procedure))?;
            let fields = fields_of(plan, reply)?;
            let cols = columns(&l.like_procedure, def)?;
            let total = cols.iter().find(|(n, _, _)| n == &l.total).ok_or_else(|| format!("{listing}: sin columna {}", l.total))?;
            let ordered: Vec<(String, String)> =
                cols.iter().filter(|(n, _, _)| n != &l.total).chain([total]).map(|(c, _, f)| (c.clone(), f.clone())).collect();
            let dec = struct_literal(listing, reply, &fields, &ordered, "")?;
            let _ = writeln!(
                out,
                "pub static {name}: PagedQuery<{}> = PagedQuery {{\n    listing: &registry::{listing},\n    decode: {dec},\n}};",
                ty(reply)
            );
        }
    }
    out.push('\n');
    Ok(())
}

pub fn files(plan: &Plan) -> Result<Vec<(String, String)>, String> {
    let mut modules: BTreeMap<&str, String> = MODULES.iter().map(|m| (*m, String::new())).collect();
    for s in &plan.served {
        if let Some(d) = &s.decl {
            let doc = format!("`{}/{}`: {}", s.controller, s.action, s.summary);
            emit(plan, d, &doc, modules.get_mut(module_of(&s.controller)).expect("module"))?;
        }
    }
    for d in &plan.extra {
        let module = match d {
            Decl::Page { listing, .. } => module_of(&plan.decisions.listing[listing].view),
            Decl::Query { proc, .. } | Decl::Call { proc, .. } | Decl::Command { proc, .. } => module_of(proc),
        };
        emit(plan, d, "For hand-written services (`decisions.toml` `[declare]`/`[listing]`).", modules.get_mut(module).expect("module"))?;
    }
    let mut files = Vec::new();
    for (m, body) in modules {
        let mut s = format!("//! Declarations of the `{}` actions.\n//!\n//! {HEADER}\n\n", m.to_uppercase());
        if body.contains("..Default::default()") {
            // A decoder may fill every field of its reply type; the update then adds nothing.
            s.push_str("#![allow(clippy::needless_update)]\n\n");
        }
        let uses: Vec<&str> = ["Cells", "Check", "PagedQuery", "ProcCall", "ProcCommand", "ProcQuery", "ToCell", "blank_to_empty", "table", "upper"]
            .into_iter()
            .filter(|u| body.contains(&format!("{u}::")) || body.contains(&format!("{u}<")) || body.contains(&format!("{u} {{")) || body.contains(&format!("{u}(")) || (*u == "ToCell" && body.contains(".to_cell()")))
            .collect();
        if !body.is_empty() {
            let value = if body.contains("Value::") { "{Value, registry}" } else { "registry" };
            let _ = writeln!(s, "use data_access::{value};\n");
            let msgs = if body.contains("messages::") { ", messages" } else { "" };
            let _ = writeln!(s, "use crate::{{legacy::{{{}}}{msgs}}};\n", uses.join(", "));
        }
        s.push_str(body.trim_end());
        s.push('\n');
        files.push((format!("{DIR}/{m}.rs"), s));
    }
    Ok(files)
}

/// `crates/business/src/messages/legacy.rs`: every `Mensajes` constant of the contract.
pub fn messages(plan: &Plan) -> (String, String) {
    let mut s = format!("//! The legacy `Mensajes` texts, verbatim from the contract.\n//!\n//! {HEADER}\n\n");
    for (k, v) in &plan.contract.messages {
        let _ = writeln!(s, "/// `{k}`.\npub const {}: &str = {v:?};", screaming(k));
    }
    ("crates/business/src/messages/legacy.rs".into(), s)
}
