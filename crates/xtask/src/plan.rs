//! What to generate: the served actions classified into declarations, the procedures they
//! call, and the DTOs they exchange.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::Path,
};

use crate::model::{Action, Class, Contract, Decisions, Handwritten, ListingDecl, ProcDef};

/// A declaration the business crate gets (`decl::<module>::<NAME>`).
#[derive(Clone)]
pub enum Decl {
    /// Rows of `proc` as a list (`first`: the first row, or this message key when none).
    Query { name: String, proc: String, request: String, reply: String, first: Option<String> },
    /// A mutation: optional duplicate check, the procedure, messages by `@Response`, audit.
    Command {
        name: String,
        proc: String,
        request: String,
        check: Option<String>,
        controlador: String,
        accion: String,
        ok: String,
        failed: String,
        returns_id: bool,
    },
    /// A bare call of a `@Response` procedure (no messages, no audit) for hand-written code.
    Call { name: String, proc: String, request: String },
    /// A paged listing (`listing` = constant name in the registry).
    Page { name: String, listing: String, reply: String },
}

impl Decl {
    pub fn name(&self) -> &str {
        match self {
            Decl::Query { name, .. } | Decl::Command { name, .. } | Decl::Call { name, .. } | Decl::Page { name, .. } => name,
        }
    }
}

/// One served action.
pub struct Served {
    pub controller: String,
    pub action: String,
    pub anonymous: bool,
    pub summary: String,
    /// `None`: a plain action served by its declaration.
    pub service: Option<String>,
    /// Who may call it: `None` nobody (not in the matrix), `Some([])` never generated,
    /// `Some(["*"])` any signed-in user, else these roles.
    pub roles: Option<Vec<String>>,
    pub decl: Option<Decl>,
    /// The contract parameters bound from the query string (name, C# type), in order.
    pub query: Vec<(String, String)>,
}

pub struct Plan {
    /// The workspace root (the SQL files are read from it).
    pub root: std::path::PathBuf,
    pub contract: Contract,
    pub decisions: Decisions,
    /// Contract procedures plus ours, by full name.
    pub procedures: BTreeMap<String, ProcDef>,
    /// Contract DTOs (entities too, for the actions whose reply is the entity) plus ours.
    pub classes: BTreeMap<String, Class>,
    pub served: Vec<Served>,
    /// Declarations not tied to a route (`[declare]`, `[listing]`).
    pub extra: Vec<Decl>,
}

/// The parameters of an action that Web API bound from the query string.
fn query_params(a: &Action) -> Vec<(String, String)> {
    a.request_params.iter().filter(|p| p.source == "query").map(|p| (p.name.clone(), p.cs_type.clone())).collect()
}

const CONTRACT: &str = "tests/contract/romsoft-legacy.json";
const DECISIONS: &str = "tests/contract/decisions.toml";

impl Plan {
    pub fn load(root: &Path) -> Result<Self, String> {
        let read = |p: &str| fs::read_to_string(root.join(p)).map_err(|e| format!("{p}: {e}"));
        let contract: Contract = serde_json::from_str(&read(CONTRACT)?).map_err(|e| format!("{CONTRACT}: {e}"))?;
        let decisions: Decisions = toml::from_str(&read(DECISIONS)?).map_err(|e| format!("{DECISIONS}: {e}"))?;
        let mut procedures = contract.procedures.clone();
        // SqlClient prefixes '@' to a parameter name written without it (the legacy
        // CVN_CATEGORIA_PAGORepository.Update names `id_user_modifica`, see the contract's
        // observations): SQL Server, and our procedure file, know it as `@id_user_modifica`.
        for def in procedures.values_mut() {
            for p in &mut def.inputs {
                if !p.name.starts_with('@') {
                    p.name.insert(0, '@');
                }
            }
        }
        for (name, p) in &decisions.procedures {
            let mut p = p.clone();
            if let Some(from) = &p.in_from {
                let base = contract.procedures.get(from).ok_or_else(|| format!("{DECISIONS}: {name}: in_from {from} no está en el contrato"))?;
                p.inputs = base.inputs.iter().cloned().chain(p.inputs).collect();
            }
            if procedures.insert(name.clone(), p).is_some() {
                return Err(format!("{DECISIONS}: {name} ya está en el contrato"));
            }
        }
        let mut classes: BTreeMap<String, Class> = contract.dtos.clone();
        classes.extend(contract.common_types.clone());
        for (name, e) in &contract.entities {
            classes.entry(name.clone()).or_insert_with(|| e.clone());
        }
        for (name, d) in &decisions.dtos {
            if classes.insert(name.clone(), d.clone()).is_some() {
                return Err(format!("{DECISIONS}: el DTO {name} ya está en el contrato"));
            }
        }
        for path in decisions.actions.keys() {
            let (ctl, act) = path.split_once('/').ok_or_else(|| format!("{DECISIONS}: [actions] {path}: use Controlador/Accion"))?;
            if contract.controllers.iter().any(|c| c.name == ctl && c.actions.iter().any(|a| a.action == act)) {
                return Err(format!("{DECISIONS}: [actions] {path} ya está en el contrato"));
            }
        }
        let mut plan = Plan { root: root.to_path_buf(), contract, decisions, procedures, classes, served: Vec::new(), extra: Vec::new() };
        plan.served = plan.classify()?;
        plan.extra = plan.extras()?;
        Ok(plan)
    }

    /// The plan with these actions served too (for tests of shapes no served action has yet).
    #[cfg(test)]
    pub fn serving_also(mut self, actions: &[(&str, &str)]) -> Result<Self, String> {
        for (c, a) in actions {
            self.decisions.serve.entry((*c).to_owned()).or_default().push((*a).to_owned());
        }
        self.served = self.classify()?;
        Ok(self)
    }

    fn action(&self, controller: &str, action: &str) -> Result<&Action, String> {
        self.contract
            .controllers
            .iter()
            .find(|c| c.name == controller)
            .and_then(|c| c.actions.iter().find(|a| a.action == action))
            .or_else(|| self.decisions.actions.get(&format!("{controller}/{action}")))
            .ok_or_else(|| format!("{DECISIONS}: {controller}/{action} no está en el contrato ni en [actions]"))
    }

    fn classify(&self) -> Result<Vec<Served>, String> {
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        for (ctl, actions) in &self.decisions.serve {
            for act in actions {
                let path = format!("{ctl}/{act}");
                if !seen.insert(path.clone()) {
                    return Err(format!("{DECISIONS}: {path} aparece dos veces"));
                }
                let a = self.action(ctl, act)?;
                let decl = self.derive(ctl, act, a).map_err(|e| {
                    format!("{path}: {e}; sírvala a mano en [handwritten] si necesita lógica propia")
                })?;
                let summary = self.decisions.summary.get(&path).cloned().unwrap_or_else(|| default_summary(ctl, act, &decl));
                let roles = self.roles_of(ctl, act)?;
                out.push(Served {
                    controller: ctl.clone(),
                    action: act.clone(),
                    anonymous: a.anonymous,
                    summary,
                    service: None,
                    decl: Some(decl),
                    roles,
                    query: query_params(a),
                });
            }
        }
        for (path, h) in &self.decisions.handwritten {
            let (ctl, act) = path.split_once('/').ok_or_else(|| format!("{DECISIONS}: [handwritten] {path}: use Controlador/Accion"))?;
            if !seen.insert(path.clone()) {
                return Err(format!("{DECISIONS}: {path} aparece dos veces"));
            }
            let a = self.action(ctl, act)?;
            let decl = if h.declare { Some(self.derive(ctl, act, a).map_err(|e| format!("{path}: {e}; ponga declare = false"))?) } else { None };
            out.push(Served {
                controller: ctl.into(),
                action: act.into(),
                anonymous: a.anonymous,
                summary: h.summary.clone(),
                service: Some(h.service.clone()),
                decl,
                roles: self.roles_of(ctl, act)?,
                query: query_params(a),
            });
        }
        out.sort_by(|a, b| (&a.controller, &a.action).cmp(&(&b.controller, &b.action)));
        let auth = &self.decisions.authorization;
        for key in auth.actions.keys() {
            let (ctl, act) = key.split_once('/').ok_or_else(|| format!("[authorization.actions] {key}: use Controlador/Accion o Controlador/*"))?;
            if !out.iter().any(|s| s.controller == ctl && (act == "*" || s.action == act)) {
                return Err(format!("[authorization.actions] {key} no nombra ninguna acción servida"));
            }
        }
        Ok(out)
    }

    /// The roles of an action in the matrix: exact entry, else `Controller/*`, else `None`.
    fn roles_of(&self, ctl: &str, act: &str) -> Result<Option<Vec<String>>, String> {
        let auth = &self.decisions.authorization;
        let Some(roles) = auth.actions.get(&format!("{ctl}/{act}")).or_else(|| auth.actions.get(&format!("{ctl}/*"))) else {
            return Ok(None);
        };
        for r in roles {
            if r != "*" && !auth.known.iter().any(|k| k == r) {
                return Err(format!("[authorization.actions] {ctl}/{act}: el rol {r} no está en known"));
            }
        }
        Ok(Some(roles.clone()))
    }

    /// The declaration a contract action amounts to, or why it is not a plain action.
    /// `act` names the action: `a.action` is empty for the `[actions]` of decisions.toml.
    fn derive(&self, ctl: &str, act: &str, a: &Action) -> Result<Decl, String> {
        // Constant names are upper case, also for the one mixed-case controller (Prueba).
        let name = format!("{}_{}", ctl.to_ascii_uppercase(), crate::screaming(act));
        if a.request_is_list || a.request_params.iter().any(|p| p.source != "body") {
            return Err("recibe una lista o parámetros de la URL".into());
        }
        let request = a.request_type.clone().unwrap_or_else(|| "NoBody".into());
        let procs: Vec<&String> = a.calls.iter().filter(|c| c.implemented).flat_map(|c| &c.procedures).collect();
        if a.calls.iter().any(|c| !c.implemented) {
            return Err("el código legado no está implementado".into());
        }
        let main = *procs.last().ok_or("no llama a ningún procedimiento")?;
        let def = self.procedures.get(main).ok_or_else(|| format!("{main} no está en el contrato"))?;
        match (a.audit_log.as_ref(), def.returns.as_str()) {
            (None, "rows" | "row") if procs.len() == 1 => {
                let reply = a.response.ty.clone().ok_or("su respuesta no tiene tipo")?;
                let first = match a.response.kind.as_str() {
                    "list" => None,
                    "single" => Some(
                        a.outcomes
                            .iter()
                            .find(|o| o.when.iter().any(|w| w == "null" || w == "count_le_0"))
                            .and_then(|o| o.message_key.clone())
                            .ok_or("respuesta única sin mensaje de «no encontrado»")?,
                    ),
                    k => return Err(format!("respuesta de tipo {k}")),
                };
                Ok(Decl::Query { name, proc: main.clone(), request, reply, first })
            }
            (Some(audit), "response" | "response+message") => {
                let check = match &a.duplicate_check {
                    None => None,
                    Some(bl) => {
                        let call = a.calls.iter().find(|c| c.bl.ends_with(&format!(".{bl}"))).ok_or("sin llamada de verificación")?;
                        match (call.procedures.first(), call.bl_behavior.as_deref()) {
                            (Some(p), _) => Some(p.clone()),
                            // The legacy check returned a constant `false`: there was none.
                            (None, Some("returns_constant")) => None,
                            (None, _) => return Err("verificación sin procedimiento".into()),
                        }
                    }
                };
                if procs.len() != 1 + usize::from(check.is_some()) {
                    return Err("llama a varios procedimientos".into());
                }
                let msg = |pred: &dyn Fn(&[String]) -> bool, warning: bool| {
                    a.outcomes
                        .iter()
                        .filter(|o| o.success && o.warning == warning && pred(&o.when))
                        .find_map(|o| o.message_key.clone())
                };
                let ok = msg(&|w| w.iter().any(|x| x == "result_gt_0"), false).ok_or("sin mensaje de éxito")?;
                let failed = msg(&|w| w.iter().any(|x| x == "result_le_0"), true)
                    .or_else(|| a.outcomes.iter().any(|o| o.message_from.is_some()).then(|| "RegistroFallido".to_string()))
                    .ok_or("sin mensaje de fallo")?;
                Ok(Decl::Command {
                    name,
                    proc: main.clone(),
                    request,
                    check,
                    controlador: audit.controlador.clone(),
                    accion: audit.accion.clone(),
                    ok,
                    failed,
                    returns_id: a.response.kind == "scalar",
                })
            }
            (audit, returns) => Err(format!(
                "forma no prevista (auditoría: {}, el procedimiento devuelve {returns})",
                if audit.is_some() { "sí" } else { "no" }
            )),
        }
    }

    fn extras(&self) -> Result<Vec<Decl>, String> {
        let mut out = Vec::new();
        for (name, d) in &self.decisions.declare {
            let def = self.procedures.get(&d.procedure).ok_or_else(|| format!("[declare.{name}]: {} no existe", d.procedure))?;
            out.push(match (def.returns.as_str(), &d.reply) {
                ("rows" | "row", Some(reply)) => Decl::Query { name: name.clone(), proc: d.procedure.clone(), request: d.request.clone(), reply: reply.clone(), first: None },
                ("response", None) => Decl::Call { name: name.clone(), proc: d.procedure.clone(), request: d.request.clone() },
                _ => return Err(format!("[declare.{name}]: reply va con procedimientos de filas y solo con ellos")),
            });
        }
        for (name, l) in &self.decisions.listing {
            out.push(Decl::Page { name: name.clone(), listing: name.clone(), reply: l.reply.clone() });
        }
        Ok(out)
    }

    /// Every declaration, routed or not.
    pub fn decls(&self) -> impl Iterator<Item = &Decl> {
        self.served.iter().filter_map(|s| s.decl.as_ref()).chain(&self.extra)
    }

    /// Handwritten decisions (for their procedure overrides).
    pub fn handwritten(&self) -> impl Iterator<Item = (&String, &Handwritten)> {
        self.decisions.handwritten.iter()
    }

    pub fn listings(&self) -> impl Iterator<Item = (&String, &ListingDecl)> {
        self.decisions.listing.iter()
    }

    /// The procedures the registry declares: those of every declaration, those hand-written
    /// services name, the audit log's, and the contract procedures of `[install]`.
    pub fn registered(&self) -> Result<BTreeSet<String>, String> {
        let mut set = BTreeSet::from(["Romsoft.Log_Insert".to_string()]);
        for d in self.decls() {
            match d {
                Decl::Query { proc, .. } | Decl::Call { proc, .. } => {
                    set.insert(proc.clone());
                }
                Decl::Command { proc, check, .. } => {
                    set.insert(proc.clone());
                    set.extend(check.clone());
                }
                Decl::Page { .. } => {}
            }
        }
        for (path, h) in self.handwritten() {
            for p in h.procedures.iter().flatten() {
                if !self.procedures.contains_key(p) {
                    return Err(format!("[handwritten.\"{path}\"]: {p} no existe"));
                }
                set.insert(p.clone());
            }
        }
        // After the others, so a listed procedure that an action now calls is caught: the
        // list names only what nothing else registers.
        for p in &self.decisions.install.procedures {
            if !self.contract.procedures.contains_key(p) {
                return Err(format!("{DECISIONS}: [install] {p} no está en el contrato"));
            }
            if !set.insert(p.clone()) {
                return Err(format!("{DECISIONS}: [install] {p} ya lo registra una acción; quítelo de la lista"));
            }
        }
        Ok(set)
    }

    /// A class by name, or an error naming who wanted it.
    pub fn class(&self, name: &str) -> Result<&Class, String> {
        self.classes.get(name).ok_or_else(|| format!("el tipo {name} no está en el contrato ni en decisions.toml"))
    }

    /// Field names of a class in wire order (own then inherited). An own field named like an
    /// inherited one overrides it (its type wins; the inherited one is dropped).
    pub fn wire_fields(&self, name: &str) -> Result<Vec<crate::model::Field>, String> {
        let c = self.class(name)?;
        let mut all = c.fields.clone();
        if let Some(base) = &c.inherits_fields_from {
            let inherited = self.wire_fields(base)?;
            all.extend(inherited.into_iter().filter(|f| !c.fields.iter().any(|o| o.name == f.name)));
        }
        match &c.json_property_order {
            Some(order) => order
                .iter()
                .map(|n| all.iter().find(|f| &f.name == n).cloned().ok_or_else(|| format!("{name}: {n} sin tipo")))
                .collect(),
            None => Ok(all),
        }
    }
}

fn default_summary(ctl: &str, act: &str, decl: &Decl) -> String {
    match (act, decl) {
        ("GetAllActives", _) => format!("Registros activos de {ctl}."),
        ("GetAllFilters", _) => format!("{ctl} según los filtros enviados."),
        ("GetById", _) => format!("{ctl} por id (lista de 0 o 1 registros)."),
        ("Add", _) => format!("Registra {ctl}."),
        ("Update", _) => format!("Actualiza {ctl}."),
        ("Delete", _) => format!("Desactiva {ctl} (eliminación lógica)."),
        (_, Decl::Command { .. }) => format!("{ctl}: {act} (registra y audita)."),
        _ => format!("{ctl}: {act}."),
    }
}
