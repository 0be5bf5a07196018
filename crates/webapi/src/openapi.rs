//! The OpenAPI (Swagger) document, built from the routing table so it cannot forget an action.

use utoipa::openapi::{
    ComponentsBuilder, Content, HttpMethod, InfoBuilder, ObjectBuilder, OneOfBuilder, OpenApi, OpenApiBuilder, PathItem,
    PathsBuilder, RefOr, Required, ResponseBuilder, Schema, Type,
    path::{OperationBuilder, ParameterBuilder, ParameterIn},
    request_body::RequestBodyBuilder,
    schema::SchemaType,
    security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme},
    tag::TagBuilder,
};

use crate::legacy::RouteTable;

/// The document served at `/swagger/v1/swagger.json` and committed as `swagger/openapi.json`.
pub fn document(routes: &RouteTable) -> OpenApi {
    let mut paths = PathsBuilder::new();
    let mut components = ComponentsBuilder::new().security_scheme(
        "bearer",
        SecurityScheme::Http(
            HttpBuilder::new()
                .scheme(HttpAuthScheme::Bearer)
                .bearer_format("JWT")
                .description(Some("Token de Account/Login (Data.token)."))
                .build(),
        ),
    );
    let mut tags: Vec<&str> = Vec::new();
    for r in routes.iter() {
        for (name, schema) in r.request_doc.components.iter().chain(&r.reply_doc.components) {
            components = components.schema(name.clone(), schema.clone());
        }
        if !tags.contains(&r.controller) {
            tags.push(r.controller);
        }
        let mut op = OperationBuilder::new()
            .tag(r.controller)
            .operation_id(Some(format!("{}_{}", r.controller, r.action)))
            .summary(Some(r.summary))
            .description(Some(match (r.anonymous, r.roles) {
                (true, _) => "Sin token.".to_owned(),
                (false, crate::legacy::Roles::Any) => "Roles: cualquier usuario autenticado.".to_owned(),
                (false, crate::legacy::Roles::Only([])) => "Roles: ninguno (acción no asignada).".to_owned(),
                (false, crate::legacy::Roles::Only(list)) => format!(
                    "Roles: {}. Otro rol recibe Success true, Warning true y el mensaje de permiso.",
                    list.join(", ")
                ),
            }))
            .request_body((r.query.is_empty()).then(|| {
                RequestBodyBuilder::new()
                    .description(Some(
                        "JSON leído como Json.NET: nombres sin distinguir mayúsculas, campos ausentes con su valor por defecto; cuerpo vacío, \"\" o null = valores por defecto.",
                    ))
                    .required(Some(Required::False))
                    .content("application/json", Content::new(Some(r.request_doc.schema.clone())))
                    .build()
            }))
            .parameters((!r.query.is_empty()).then(|| {
                r.query.iter().map(|&(name, ty)| {
                    ParameterBuilder::new()
                        .name(name)
                        .parameter_in(ParameterIn::Query)
                        .required(Required::True)
                        .description(Some("Parámetro de la dirección, como lo leía Web API; el cuerpo se ignora."))
                        .schema(Some(ObjectBuilder::new().schema_type(SchemaType::new(match ty {
                            "int" | "long" => Type::Integer,
                            _ => Type::String,
                        }))))
                        .build()
                })
            }))
            .response(
                "200",
                ResponseBuilder::new()
                    .description("Sobre {Message, Success, Warning, Data}: Success false = error; Warning true = regla de negocio.")
                    .content("application/json", Content::new(Some(envelope(r.reply_doc.schema.clone())))),
            )
            .response("404", error_response("Acción inexistente."))
            .response("405", error_response("Método distinto de POST."));
        if r.anonymous {
            op = op.securities(Some(Vec::<SecurityRequirement>::new()));
        } else {
            op = op
                .security(SecurityRequirement::new("bearer", Vec::<String>::new()))
                .response("401", error_response("Sin token válido."));
        }
        paths = paths.path(r.path(), PathItem::new(HttpMethod::Post, op.build()));
    }
    components = components.schema("JsonResponse", envelope(ObjectBuilder::new().into()));
    OpenApiBuilder::new()
        .info(
            InfoBuilder::new()
                .title("Romsoft Gestión Clínica API")
                .version(env!("CARGO_PKG_VERSION"))
                .description(Some(
                    "Reemplazo compatible de la API heredada: POST /api/{Controlador}/{Acción}, respuesta {Message, Success, Warning, Data}.",
                ))
                .build(),
        )
        .paths(paths.build())
        .components(Some(components.build()))
        .tags(Some(tags.into_iter().map(|t| TagBuilder::new().name(t).build())))
        .build()
}

/// The document as pretty JSON with a final newline (what `romsoft openapi` prints).
pub fn document_json(routes: &RouteTable) -> String {
    let mut s = document(routes).to_pretty_json().unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
    s.push('\n');
    s
}

fn nullable(schema: RefOr<Schema>) -> RefOr<Schema> {
    OneOfBuilder::new().item(schema).item(ObjectBuilder::new().schema_type(SchemaType::new(Type::Null))).into()
}

fn envelope(data: RefOr<Schema>) -> RefOr<Schema> {
    ObjectBuilder::new()
        .property("Message", ObjectBuilder::new().schema_type(SchemaType::from_iter([Type::String, Type::Null])))
        .property("Success", ObjectBuilder::new().schema_type(SchemaType::new(Type::Boolean)))
        .property("Warning", ObjectBuilder::new().schema_type(SchemaType::new(Type::Boolean)))
        .property("Data", nullable(data))
        .required("Message")
        .required("Success")
        .required("Warning")
        .required("Data")
        .into()
}

fn error_response(description: &str) -> utoipa::openapi::Response {
    ResponseBuilder::new()
        .description(description)
        .content("application/json", Content::new(Some(RefOr::Ref(utoipa::openapi::Ref::from_schema_name("JsonResponse")))))
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::legacy::{RouteTable, routes};

    /// The committed `swagger/openapi.json` must be what the server serves. Regenerate with
    /// `cargo run -- openapi > swagger/openapi.json`.
    #[test]
    fn committed_swagger_matches_the_served_document() {
        let served = document_json(&RouteTable::new(routes()));
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../swagger/openapi.json");
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        if served != committed && std::env::var_os("ROMSOFT_UPDATE_OPENAPI").is_some() {
            std::fs::write(path, &served).unwrap();
            return;
        }
        assert!(
            served == committed,
            "swagger/openapi.json está desactualizado: ejecute `cargo run -p webapi -- openapi > swagger/openapi.json` (o ROMSOFT_UPDATE_OPENAPI=1 cargo test)"
        );
    }

    #[test]
    fn every_route_is_documented_with_its_security() {
        let table = RouteTable::new(routes());
        let doc: serde_json::Value = serde_json::from_str(&document_json(&table)).unwrap();
        for r in table.iter() {
            let op = &doc["paths"][r.path()]["post"];
            assert!(op.is_object(), "{} sin documentar", r.path());
            assert_eq!(op["security"].as_array().map(|a| a.is_empty()), Some(r.anonymous), "{}", r.path());
        }
        assert_eq!(doc["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");
        let usuario = &doc["components"]["schemas"]["SEG_USUARIODTO"]["properties"];
        assert!(usuario["clave"].is_object() && usuario["id_usuarioModifica"].is_object());
    }
}
