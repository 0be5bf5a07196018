//! Nested values: lists, maps, enums, and the JSON path named by errors.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::{body, body_err};
use crate::lenient::{BodyError, from_value};

#[test]
fn nested_paths_lists_and_maps() {
    #[derive(Debug, Default, Deserialize, Serialize)]
    #[serde(default)]
    struct Item {
        precio: f64,
        cantidad: i32,
    }
    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    struct Pedido {
        items: Vec<Item>,
        cabecera: Option<Box<Item>>,
        extras: BTreeMap<String, i32>,
        por_id: BTreeMap<i32, String>,
    }
    let p: Pedido = body(
        r#"{"ITEMS":[{"Precio":"1.5"},{"cantidad":"2"}],"cabecera":"","extras":{"a":"1"},"por_id":{"3":"x"}}"#,
    );
    assert_eq!(p.items.len(), 2);
    assert_eq!((p.items[0].precio, p.items[1].cantidad), (1.5, 2));
    assert_eq!(p.cabecera.map(|c| c.cantidad), Some(0));
    assert_eq!(p.extras.get("a"), Some(&1));
    assert_eq!(p.por_id.get(&3).map(String::as_str), Some("x"));

    let p: Pedido = body(r#"{"items":null,"extras":null}"#);
    assert!(p.items.is_empty() && p.extras.is_empty());

    let err = body_err::<Pedido>(r#"{"items":[{},{},{"precio":"caro"}]}"#);
    assert_eq!(
        err.to_string(),
        "El campo 'items[2].precio' tiene un valor inválido: se esperaba un número y se recibió \"caro\"."
    );
    let err = body_err::<Pedido>(r#"{"items":{"precio":1}}"#);
    assert!(
        matches!(&err, BodyError::Field { path, .. } if path == "items"),
        "{err}"
    );
    let err = body_err::<Pedido>(r#"{"cabecera":[1]}"#);
    assert!(
        matches!(&err, BodyError::Field { path, message } if path == "cabecera" && message.contains("un objeto")),
        "{err}"
    );
    // Map keys appear as written, also when they are read as numbers.
    let err = body_err::<Pedido>(r#"{"por_id":{"3":"x","7":[1]}}"#);
    assert!(
        matches!(&err, BodyError::Field { path, .. } if path == "por_id.7"),
        "{err}"
    );
    let err = body_err::<Pedido>(r#"{"por_id":{"tres":"x"}}"#);
    assert_eq!(
        err,
        BodyError::Field {
            path: "por_id.tres".into(),
            message: "se esperaba un número entero y se recibió \"tres\"".into()
        }
    );
    let err = body_err::<Vec<Item>>(r#"[{"cantidad":1},{"cantidad":false}]"#);
    assert!(
        matches!(&err, BodyError::Field { path, .. } if path == "[1].cantidad"),
        "{err}"
    );
}

#[test]
fn enums_and_values() {
    #[derive(Debug, PartialEq, Deserialize)]
    enum Estado {
        Activo,
        Inactivo,
    }
    #[derive(Debug, PartialEq, Deserialize)]
    struct Conjunto(i32, String);

    assert_eq!(from_value::<Estado>(json!("activo")), Ok(Estado::Activo));
    assert_eq!(
        from_value::<Estado>(json!("INACTIVO")),
        Ok(Estado::Inactivo)
    );
    assert_eq!(from_value::<Estado>(json!(1)), Ok(Estado::Inactivo));
    assert!(matches!(
        from_value::<Estado>(json!("otro")),
        Err(BodyError::WrongShape { .. })
    ));
    assert_eq!(
        from_value::<Conjunto>(json!(["1", 2])),
        Ok(Conjunto(1, "2".into()))
    );
    assert_eq!(
        from_value::<Value>(json!({"a":[1,"b",null]})),
        Ok(json!({"a":[1,"b",null]}))
    );
    assert_eq!(from_value::<(u8, bool)>(json!([7, "true"])), Ok((7, true)));
}
