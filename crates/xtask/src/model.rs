//! The two inputs of the generator: the legacy contract (`romsoft-legacy.json`, read-only) and
//! our decisions (`decisions.toml`, reviewed by hand).

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Deserialize)]
pub struct Contract {
    pub messages: BTreeMap<String, String>,
    pub controllers: Vec<Controller>,
    pub dtos: BTreeMap<String, Class>,
    pub entities: BTreeMap<String, Class>,
    pub common_types: BTreeMap<String, Class>,
    pub procedures: BTreeMap<String, ProcDef>,
}

#[derive(Deserialize)]
pub struct Controller {
    pub name: String,
    pub actions: Vec<Action>,
}

#[derive(Deserialize)]
pub struct Action {
    /// Empty in `[actions]` of decisions.toml (the key names it).
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub anonymous: bool,
    pub request_type: Option<String>,
    pub request_type_layer: Option<String>,
    #[serde(default)]
    pub request_is_list: bool,
    #[serde(default)]
    pub request_params: Vec<RequestParam>,
    pub duplicate_check: Option<String>,
    pub response: Response,
    pub audit_log: Option<AuditLog>,
    #[serde(default)]
    pub calls: Vec<Call>,
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
}

#[derive(Deserialize)]
pub struct RequestParam {
    pub name: String,
    pub source: String,
    #[serde(default)]
    pub cs_type: String,
}

#[derive(Deserialize)]
pub struct Response {
    pub kind: String,
    #[serde(rename = "type")]
    pub ty: Option<String>,
    pub type_layer: Option<String>,
}

#[derive(Deserialize)]
pub struct AuditLog {
    #[serde(rename = "Accion")]
    pub accion: String,
    #[serde(rename = "Controlador")]
    pub controlador: String,
}

#[derive(Deserialize)]
pub struct Call {
    pub bl: String,
    pub bl_behavior: Option<String>,
    #[serde(default)]
    pub procedures: Vec<String>,
    #[serde(default = "yes")]
    pub implemented: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
pub struct Outcome {
    pub message_key: Option<String>,
    pub message_from: Option<String>,
    pub success: bool,
    pub warning: bool,
    #[serde(default)]
    pub when: Vec<String>,
}

#[derive(Deserialize, Clone)]
pub struct Class {
    #[serde(default)]
    pub fields: Vec<Field>,
    pub json_property_order: Option<Vec<String>>,
    pub inherits_fields_from: Option<String>,
}

#[derive(Deserialize, Clone)]
pub struct Field {
    pub name: String,
    pub cs_type: String,
}

#[derive(Deserialize, Clone)]
pub struct ProcDef {
    #[serde(rename = "in", default)]
    pub inputs: Vec<InParam>,
    #[serde(default)]
    pub out: Vec<OutParam>,
    #[serde(default)]
    pub result_columns: Vec<ResultColumn>,
    pub returns: String,
    /// decisions.toml only: the inputs are those of this procedure (e.g. a second procedure
    /// taking the same table-valued parameter), ahead of any listed in `in`.
    #[serde(default)]
    pub in_from: Option<String>,
}

#[derive(Deserialize, Clone)]
pub struct InParam {
    pub name: String,
    pub dbtype: String,
    pub from_field: Option<String>,
    pub from_param: Option<String>,
    pub constant: Option<String>,
    pub transform: Option<String>,
    pub value_cs_type: Option<String>,
    pub type_name: Option<String>,
    pub table: Option<TableDef>,
}

#[derive(Deserialize, Clone)]
pub struct TableDef {
    pub columns: Vec<TableColumnDef>,
    pub rows_from: Option<String>,
}

#[derive(Deserialize, Clone)]
pub struct TableColumnDef {
    pub name: String,
    pub clr_type: String,
    pub from_item_field: Option<String>,
    pub constant: Option<String>,
    pub conversion: Option<String>,
}

#[derive(Deserialize, Clone)]
pub struct OutParam {
    pub name: String,
}

#[derive(Deserialize, Clone)]
pub struct ResultColumn {
    pub name: Option<String>,
    pub reader: Option<String>,
    pub to_field: Option<String>,
    pub conversion: Option<String>,
}

/// `decisions.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decisions {
    /// Plain contract actions: controller → actions.
    #[serde(default)]
    pub serve: BTreeMap<String, Vec<String>>,
    /// Actions with real logic: `Controller/Action` → its service.
    #[serde(default)]
    pub handwritten: BTreeMap<String, Handwritten>,
    /// Swagger summaries: `Controller/Action` → text (plain actions get a default).
    #[serde(default)]
    pub summary: BTreeMap<String, String>,
    /// Extra declarations for hand-written services: constant name → what it calls.
    #[serde(default)]
    pub declare: BTreeMap<String, Declare>,
    /// Paged listings over views: constant name → definition.
    #[serde(default)]
    pub listing: BTreeMap<String, ListingDecl>,
    /// Who may call each action.
    #[serde(default)]
    pub authorization: Authorization,
    /// Procedures of this API, in the contract's own format.
    #[serde(default)]
    pub procedures: BTreeMap<String, ProcDef>,
    /// DTOs of this API, in the contract's own format.
    #[serde(default)]
    pub dtos: BTreeMap<String, Class>,
    /// Actions of this API that the legacy backend never had (`Controller/Action` → the
    /// contract's own format); served like contract actions once listed in `[serve]`.
    #[serde(default)]
    pub actions: BTreeMap<String, Action>,
    /// Catalog reads whose procedure text is generated in both dialects: procedure → table.
    #[serde(default)]
    pub catalog: BTreeMap<String, CatalogDecl>,
    /// Procedures installed and registered though no served action calls them.
    #[serde(default)]
    pub install: Install,
}

/// `[install]`: contract procedures that get their files in both dialects, the registry entry
/// (so the install script, the dialect checks and `romsoft doctor` cover them) and no route.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Install {
    #[serde(default)]
    pub procedures: Vec<String>,
}

/// A catalog read: `SELECT` the procedure's result columns (same-named table columns) from
/// `table`, active rows only (`f_estado = 1`), ordered by `order_by`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogDecl {
    pub table: String,
    /// What the rows are, for the procedure's header comment (`consulting rooms`).
    pub what: String,
    #[serde(default = "by_description")]
    pub order_by: String,
}

fn by_description() -> String {
    "t_descripcion".into()
}

/// The authorization matrix: `Controller/Action` or `Controller/*` → role names (`"*"`: any
/// signed-in user). An action it does not name may be called by nobody.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Authorization {
    /// The role names that exist (`SEG_ROL.rol` of the seed).
    #[serde(default)]
    pub known: Vec<String>,
    #[serde(default)]
    pub actions: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handwritten {
    /// Path of the service function under `business::` (`seg::usuario::add`).
    pub service: String,
    pub summary: String,
    /// Procedures the service calls, when not the contract's (declared in the registry).
    pub procedures: Option<Vec<String>>,
    /// Generate the contract-derived declaration for the service to call (default true).
    #[serde(default = "yes")]
    pub declare: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declare {
    pub procedure: String,
    /// Request type (a DTO name, or a Rust path).
    pub request: String,
    /// Reply type of a rows procedure (a DTO name, or a Rust path).
    pub reply: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListingDecl {
    pub view: String,
    /// The legacy procedure whose result columns the view has (its total column excluded).
    pub like_procedure: String,
    pub total: String,
    pub order_by: Vec<String>,
    pub reply: String,
}
