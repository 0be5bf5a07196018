//! `crates/webapi/src/legacy/routes.rs`: the routing table of the legacy surface.

use std::fmt::Write as _;

use crate::{HEADER, emit_dto, module_of, plan::{Decl, Plan}};

pub fn file(plan: &Plan) -> Result<(String, String), String> {
    let mut s = format!("//! The routing table of the legacy surface and the wire types Swagger documents.\n//!\n//! {HEADER}\n\n");
    let mut body = String::new();
    body.push_str("/// Every served action: plain contract actions by their declaration, the others by their\n/// hand-written service.\npub fn routes() -> Vec<Route> {\n    vec![\n");
    for r in &plan.served {
        let (ctl, act, sum) = (&r.controller, &r.action, &r.summary);
        let decl_path = |name: &str| format!("&decl::{}::{name}", module_of(ctl));
        let mut line = match (&r.service, &r.decl) {
            (Some(svc), _) => format!("service({ctl:?}, {act:?}, {sum:?}, business::{svc})"),
            (None, Some(Decl::Query { name, first: None, .. })) => format!("query_list({ctl:?}, {act:?}, {sum:?}, {})", decl_path(name)),
            (None, Some(Decl::Query { name, first: Some(_), .. })) => {
                format!("query_first({ctl:?}, {act:?}, {sum:?}, {}, decl::{}::{name}_NOT_FOUND)", decl_path(name), module_of(ctl))
            }
            (None, Some(Decl::Command { name, .. })) => format!("command({ctl:?}, {act:?}, {sum:?}, {})", decl_path(name)),
            (None, _) => return Err(format!("{ctl}/{act}: sin declaración ni servicio")),
        };
        if !r.query.is_empty() {
            let params: Vec<String> = r.query.iter().map(|(n, t)| format!("({n:?}, {t:?})")).collect();
            let _ = write!(line, ".query_params(&[{}])", params.join(", "));
        }
        if r.anonymous {
            line.push_str(".anonymous()");
        } else {
            match r.roles.as_deref() {
                // Not in the matrix: the route's default, nobody.
                None => {}
                Some(roles) if roles.iter().any(|x| x == "*") => line.push_str(".any_role()"),
                Some(roles) => line.push_str(&format!(".roles(&{roles:?})")),
            }
        }
        let _ = writeln!(body, "        {line},");
    }
    body.push_str("    ]\n}\n\ndocumented!(\n    dto::NoBody,\n");
    for n in emit_dto::names(plan)? {
        let _ = writeln!(body, "    dto::{n},");
    }
    body.push_str(");\n");
    let used: Vec<&str> = ["command", "query_first", "query_list", "service"].into_iter().filter(|f| body.contains(&format!("{f}("))).collect();
    if body.contains("&decl::") {
        s.push_str("use business::decl;\n\n");
    }
    let _ = writeln!(s, "use super::{{Route, docs::documented, {}}};\n", used.join(", "));
    s.push_str(&body);
    Ok(("crates/webapi/src/legacy/routes.rs".into(), s))
}
