//! The legacy contract (`tests/contract/romsoft-legacy.json`) against the routing table:
//! which actions are served and which are not yet.

use serde::Deserialize;

use crate::legacy::RouteTable;

const CONTRACT: &str = include_str!("../../../tests/contract/romsoft-legacy.json");

#[derive(Deserialize)]
struct Contract {
    controllers: Vec<Controller>,
}
#[derive(Deserialize)]
struct Controller {
    name: String,
    actions: Vec<Action>,
}
#[derive(Deserialize)]
struct Action {
    action: String,
}

/// Coverage of the contract.
pub struct Coverage {
    pub served: Vec<String>,
    pub missing: Vec<String>,
    /// Routes of this API that the contract does not have.
    pub extra: Vec<String>,
}

impl Coverage {
    pub fn of(routes: &RouteTable) -> Result<Self, String> {
        let c: Contract = serde_json::from_str(CONTRACT).map_err(|e| format!("contrato ilegible: {e}"))?;
        let mut served = Vec::new();
        let mut missing = Vec::new();
        let mut known = std::collections::HashSet::new();
        for ctl in &c.controllers {
            for a in &ctl.actions {
                let name = format!("{}/{}", ctl.name, a.action);
                known.insert(name.to_ascii_lowercase());
                if routes.find(&ctl.name, &a.action).is_some() { served.push(name) } else { missing.push(name) }
            }
        }
        let extra = routes
            .iter()
            .map(|r| format!("{}/{}", r.controller, r.action))
            .filter(|n| !known.contains(&n.to_ascii_lowercase()))
            .collect();
        Ok(Self { served, missing, extra })
    }

    pub fn summary(&self) -> String {
        format!("{}/{}", self.served.len(), self.served.len() + self.missing.len())
    }

    pub fn report(&self) -> String {
        let mut s = format!("Acciones del contrato servidas: {}\n", self.summary());
        s.push_str("\nServidas:\n");
        for a in &self.served {
            s.push_str(&format!("  ✔ {a}\n"));
        }
        s.push_str("\nPendientes:\n");
        for a in &self.missing {
            s.push_str(&format!("  · {a}\n"));
        }
        if !self.extra.is_empty() {
            s.push_str("\nFuera del contrato:\n");
            for a in &self.extra {
                s.push_str(&format!("  + {a}\n"));
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::legacy::routes;

    #[test]
    fn every_route_is_a_contract_action_and_coverage_is_reported() {
        let cov = Coverage::of(&RouteTable::new(routes())).unwrap();
        println!("{}", cov.report());
        assert!(cov.extra.is_empty(), "rutas fuera del contrato: {:?}", cov.extra);
        assert_eq!(cov.served.len() + cov.missing.len(), 111);
        for a in ["Account/Login", "SEG_USUARIO/Add", "SEG_USUARIO/GetAllPaging", "SEG_ROL/GetAllActives", "TIPO_ESTADO/GetAllFilters"] {
            assert!(cov.served.iter().any(|s| s == a), "{a} no servida");
        }
        assert_eq!(cov.summary(), "10/111");
    }
}
