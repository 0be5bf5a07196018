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
        let total = self.served.len() + self.missing.len() + self.extra.len();
        let mut s = format!(
            "Acciones del contrato servidas: {}\nEn total (contrato + {} que pide el cliente de escritorio): {}/{total}\n",
            self.summary(),
            self.extra.len(),
            self.served.len() + self.extra.len()
        );
        s.push_str("\nServidas:\n");
        for a in &self.served {
            s.push_str(&format!("  ✔ {a}\n"));
        }
        s.push_str("\nPendientes:\n");
        for a in &self.missing {
            s.push_str(&format!("  · {a}\n"));
        }
        if !self.extra.is_empty() {
            s.push_str("\nFuera del contrato (las pide el cliente de escritorio; el backend legado no las tenía):\n");
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
        // Routes beyond the contract are exactly the [actions] of decisions.toml.
        let decisions: toml::Table = include_str!("../../../tests/contract/decisions.toml").parse().unwrap();
        let ours: Vec<String> = decisions.get("actions").and_then(|a| a.as_table()).map(|t| t.keys().cloned().collect()).unwrap_or_default();
        let mut extra = cov.extra.clone();
        extra.sort();
        let mut expected = ours.clone();
        expected.sort();
        assert_eq!(extra, expected, "rutas fuera del contrato que no están en [actions]");
        assert_eq!(cov.served.len() + cov.missing.len(), 111);
        for a in ["Account/Login", "SEG_USUARIO/Add", "SEG_USUARIO/GetAllPaging", "SEG_ROL/GetAllActives", "TIPO_ESTADO/GetAllFilters"] {
            assert!(cov.served.iter().any(|s| s == a), "{a} no servida");
        }
        // The served count follows from decisions.toml: [serve] plus [handwritten], less ours.
        let plain: usize = decisions["serve"].as_table().unwrap().values().map(|v| v.as_array().unwrap().len()).sum();
        let handwritten = decisions["handwritten"].as_table().unwrap().len();
        assert_eq!(cov.summary(), format!("{}/111", plain + handwritten - ours.len()));
    }
}

#[cfg(test)]
mod golden {
    use serde_json::Value;

    fn contract() -> Value {
        serde_json::from_str(super::CONTRACT).unwrap()
    }

    /// Every generated DTO writes exactly the contract's property names in its order (or, for
    /// the few replies that are entities, the entity's; ours are in decisions.toml).
    #[test]
    fn dto_property_order_matches_the_contract() {
        let c = contract();
        assert!(!dto::wire_types::WIRE_TYPES.is_empty());
        for (name, ours) in dto::wire_types::WIRE_TYPES {
            let d = ["dtos", "common_types", "entities"].iter().map(|k| &c[*k][*name]).find(|d| d.is_object());
            let Some(d) = d else { continue };
            let want: Vec<String> = match d["json_property_order"].as_array() {
                Some(o) => o.iter().map(|v| v.as_str().unwrap().to_owned()).collect(),
                None => d["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap().to_owned()).collect(),
            };
            assert_eq!(ours.to_vec(), want, "{name}");
        }
    }

    /// The legacy messages the business layer shows are verbatim from the contract.
    #[test]
    fn legacy_messages_are_verbatim() {
        use business::messages::*;
        let c = contract();
        let m = &c["messages"];
        for (key, ours) in [
            ("IntenteloMasTarde", INTENTELO_MAS_TARDE),
            ("UsuarioNoExiste", USUARIO_NO_EXISTE),
            ("RegistroSatisfactorio", REGISTRO_SATISFACTORIO),
            ("YaExisteRegistro", YA_EXISTE_REGISTRO),
            ("OcupacionNoExiste", OCUPACION_NO_EXISTE),
        ] {
            assert_eq!(m[key].as_str(), Some(ours), "{key}");
        }
    }

    /// Registered procedures of legacy origin keep the contract's parameter and column names.
    #[test]
    fn legacy_procedures_keep_their_contract_signature() {
        use data_access::registry::{ALL, Origin, Returns};
        let c = contract();
        for p in ALL.iter().filter(|p| p.origin == Origin::Legacy) {
            let def = &c["procedures"][p.name];
            assert!(def.is_object(), "{} is not in the contract", p.name);
            // A name the legacy code wrote without '@' (`name_written_without_at`) is the one
            // SqlClient sent, with it.
            let params: Vec<String> = def["in"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["name"].as_str().unwrap())
                .map(|n| if n.starts_with('@') { n.to_owned() } else { format!("@{n}") })
                .collect();
            assert_eq!(p.params.iter().map(|x| x.name).collect::<Vec<_>>(), params, "{}", p.name);
            let has_response = def["out"].as_array().unwrap().iter().any(|o| o["name"] == "@Response");
            assert_eq!(matches!(p.returns, Returns::Response | Returns::ResponseMessage(_)), has_response, "{}", p.name);
            if let Returns::Rows(cols) = p.returns {
                let want: Vec<&str> = def["result_columns"].as_array().unwrap().iter().filter_map(|r| r["name"].as_str()).collect();
                assert_eq!(cols.iter().map(|c| c.name).collect::<Vec<_>>(), want, "{}", p.name);
            }
        }
    }
}
