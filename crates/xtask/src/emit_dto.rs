//! `crates/dto/src/{module}.rs` and `wire_types.rs`: the DTOs the served actions exchange.

use std::{collections::BTreeSet, fmt::Write as _};

use crate::{HEADER, MODULES, module_of, plan::{Decl, Plan}};

const DIR: &str = "crates/dto/src";

/// Field names whose values are secrets: `Debug` prints them as `***`.
const SECRET_WORDS: &[&str] = &["clave", "password", "token", "secret"];

/// The Rust type of a C# property type; `classes` collects the DTO types it names.
pub fn rust_type(cs: &str, classes: &mut BTreeSet<String>) -> Result<(String, bool), String> {
    let (inner, nullable) = match cs.strip_suffix('?') {
        Some(i) => (i, true),
        None => match cs.strip_prefix("Nullable<").and_then(|x| x.strip_suffix('>')) {
            Some(i) => (i, true),
            None => (cs, false),
        },
    };
    if let Some(item) = inner.strip_prefix("List<").and_then(|x| x.strip_suffix('>')) {
        classes.insert(item.to_owned());
        return Ok((format!("Vec<{item}>"), false));
    }
    let base = match inner {
        "int" => "i32",
        "long" => "i64",
        "short" => "i16",
        "double" => "f64",
        "bool" => "bool",
        "char" => "char",
        "decimal" => "NetDecimal",
        "DateTime" => "NetDateTime",
        "string" => return Ok(("Option<String>".into(), false)),
        class if class.chars().next().is_some_and(char::is_alphabetic) => {
            classes.insert(class.to_owned());
            return Ok((format!("Option<{class}>"), false));
        }
        other => return Err(format!("tipo C# {other} no previsto")),
    };
    // `empty_as_none`: Json.NET read "" into a nullable number or date as null.
    Ok(if nullable { (format!("Option<{base}>"), true) } else { (base.to_owned(), false) })
}

/// A Rust path for a type named in the contract or in decisions (`SEG_USUARIODTO` → itself;
/// `entities::Credenciales` stays a path).
pub fn is_dto(name: &str) -> bool {
    !name.contains("::") && name != "NoBody"
}

/// The DTO types to generate: every request and reply of a declaration, and what they contain.
fn wanted(plan: &Plan) -> Result<BTreeSet<String>, String> {
    let mut todo: Vec<String> = Vec::new();
    for d in plan.decls() {
        match d {
            Decl::Query { request, reply, .. } => todo.extend([request.clone(), reply.clone()]),
            Decl::Command { request, .. } | Decl::Call { request, .. } => todo.push(request.clone()),
            Decl::Page { reply, .. } => todo.extend([reply.clone(), "PaginationParameter".into()]),
        }
    }
    for s in &plan.served {
        let a = plan
            .contract
            .controllers
            .iter()
            .find(|c| c.name == s.controller)
            .and_then(|c| c.actions.iter().find(|a| a.action == s.action));
        if let Some(a) = a {
            todo.extend(a.request_type.clone());
            todo.extend(a.response.ty.clone().filter(|t| t.chars().next().is_some_and(char::is_uppercase)));
        }
    }
    // A DTO declared in decisions.toml is generated even when only a hand-written service
    // takes it (its request type).
    todo.extend(plan.decisions.dtos.keys().cloned());
    let mut done = BTreeSet::new();
    while let Some(t) = todo.pop() {
        if !is_dto(&t) || !done.insert(t.clone()) {
            continue;
        }
        let mut nested = BTreeSet::new();
        for f in plan.wire_fields(&t)? {
            rust_type(&f.cs_type, &mut nested).map_err(|e| format!("{t}.{}: {e}", f.name))?;
        }
        todo.extend(nested);
    }
    Ok(done)
}

pub fn files(plan: &Plan) -> Result<Vec<(String, String)>, String> {
    let wanted = wanted(plan)?;
    let mut files = Vec::new();
    let mut index = Vec::new();
    for m in MODULES {
        let mut body = String::new();
        for name in wanted.iter().filter(|n| module_of(n) == m) {
            let fields = plan.wire_fields(name)?;
            let secrets: Vec<&str> = fields
                .iter()
                .map(|f| f.name.as_str())
                .filter(|n| SECRET_WORDS.iter().any(|w| n.to_lowercase().contains(w)))
                .collect();
            let kind = if secrets.is_empty() { "plain".to_string() } else { format!("plain, redact({})", secrets.join(", ")) };
            let origin = if plan.decisions.dtos.contains_key(name) {
                "this API (decisions.toml)"
            } else if plan.contract.dtos.contains_key(name) || plan.contract.common_types.contains_key(name) {
                "the legacy contract"
            } else {
                "the legacy contract's entities (the legacy action replies with the entity)"
            };
            let _ = writeln!(body, "legacy_dto! {{\n    /// `{name}`, from {origin}.\n    pub struct {name}: {kind} {{");
            for f in &fields {
                let (ty, empty_as_none) = rust_type(&f.cs_type, &mut BTreeSet::new())?;
                let _ = writeln!(body, "        /// C# `{}`.", f.cs_type);
                if empty_as_none {
                    body.push_str("        #[serde(deserialize_with = \"::dto::lenient::empty_as_none\")]\n");
                }
                let _ = writeln!(body, "        {}: {ty},", f.name);
            }
            body.push_str("    }\n}\n\n");
            index.push(name.clone());
        }
        let mut s = format!("//! Wire DTOs of the `{}` prefix.\n//!\n//! {HEADER}\n\n", m.to_uppercase());
        let mut uses = vec!["legacy_dto"];
        for t in ["NetDateTime", "NetDecimal"] {
            if body.contains(t) {
                uses.push(t);
            }
        }
        let foreign: Vec<String> = MODULES
            .iter()
            .filter(|o| **o != m)
            .flat_map(|o| wanted.iter().filter(move |n| module_of(n) == *o))
            .filter(|n| body.contains(&format!("<{n}>")))
            .map(|n| format!("crate::{}::{n}", module_of(n)))
            .collect();
        if !body.is_empty() {
            let _ = writeln!(s, "use crate::{{{}}};", uses.join(", "));
            for f in foreign {
                let _ = writeln!(s, "use {f};");
            }
            s.push('\n');
        }
        s.push_str(body.trim_end());
        s.push('\n');
        files.push((format!("{DIR}/{m}.rs"), s));
    }
    let mut s = format!("//! Every generated wire DTO with its properties in wire order.\n//!\n//! {HEADER}\n\n");
    s.push_str("/// `(C# class name, JSON_PROPERTIES)` of every generated DTO, for golden tests and docs.\n");
    s.push_str("pub static WIRE_TYPES: &[(&str, &[&str])] = &[\n");
    for n in &index {
        let _ = writeln!(s, "    ({n:?}, crate::{}::{n}::JSON_PROPERTIES),", module_of(n));
    }
    s.push_str("];\n");
    files.push((format!("{DIR}/wire_types.rs"), s));
    Ok(files)
}

/// Every generated DTO name (for the Swagger list).
pub fn names(plan: &Plan) -> Result<BTreeSet<String>, String> {
    wanted(plan)
}
