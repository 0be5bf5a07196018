//! Request fields → procedure arguments, result rows → reply DTOs.

use chrono::NaiveDateTime;
use data_access::{Procedure, Row, SqlType, Transform, Value};
use serde::{Serialize, de::DeserializeOwned};
use serde_json::{Map, Value as Json};

use crate::ServiceError;

/// The request serialized as a JSON object (field name → value).
pub fn fields_of<T: Serialize>(req: &T) -> Result<Map<String, Json>, ServiceError> {
    match serde_json::to_value(req) {
        Ok(Json::Object(m)) => Ok(m),
        Ok(_) => Ok(Map::new()),
        Err(e) => Err(ServiceError::Internal(format!("no se pudo leer la solicitud: {e}"))),
    }
}

/// Builds the arguments of `proc` from the fields of `req`.
pub fn args_from<T: Serialize>(proc: &'static Procedure, req: &T) -> Result<Vec<Value>, ServiceError> {
    args_from_fields(proc, &fields_of(req)?)
}

/// Builds the arguments of `proc` from a field map. Fields are found by exact name, then
/// case-insensitively; a missing field is NULL. `0001-01-01T00:00:00` (the .NET "unset" date)
/// is NULL.
pub fn args_from_fields(proc: &'static Procedure, fields: &Map<String, Json>) -> Result<Vec<Value>, ServiceError> {
    proc.params
        .iter()
        .map(|p| {
            let raw = fields
                .get(p.field)
                .or_else(|| fields.iter().find(|(k, _)| k.eq_ignore_ascii_case(p.field)).map(|(_, v)| v))
                .unwrap_or(&Json::Null);
            let v = to_value(p.ty, raw).ok_or_else(|| {
                ServiceError::Input(format!("El campo '{}' tiene un valor inválido.", p.field))
            })?;
            Ok(match (p.transform, v) {
                (Transform::EmptyIfBlank, Value::Null) => Value::Text(String::new()),
                (Transform::EmptyIfBlank, Value::Text(s)) if s.trim().is_empty() => Value::Text(String::new()),
                (_, v) => v,
            })
        })
        .collect()
}

fn to_value(ty: SqlType, raw: &Json) -> Option<Value> {
    Some(match (ty, raw) {
        (_, Json::Null) => Value::Null,
        (SqlType::Int, Json::Number(n)) => Value::Int(n.as_i64()?),
        (SqlType::Int, Json::Bool(b)) => Value::Int(i64::from(*b)),
        (SqlType::Bit, Json::Bool(b)) => Value::Bool(*b),
        (SqlType::Bit, Json::Number(n)) => Value::Bool(n.as_i64()? != 0),
        (SqlType::Text, Json::String(s)) => Value::Text(s.clone()),
        (SqlType::Text, Json::Number(n)) => Value::Text(n.to_string()),
        (SqlType::DateTime, Json::String(s)) => {
            let d = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f").ok()?;
            if d == NaiveDateTime::MIN || d.and_utc().timestamp() <= -62_135_596_800 {
                Value::Null
            } else {
                Value::DateTime(d)
            }
        }
        _ => return None,
    })
}

/// Maps result rows to reply DTOs by the registry's column → field names.
pub fn rows_into<T: DeserializeOwned>(proc: &'static Procedure, rows: Vec<Row>) -> Result<Vec<T>, ServiceError> {
    let columns = proc.columns();
    rows.into_iter()
        .map(|Row(values)| {
            let mut m = Map::new();
            for (c, v) in columns.iter().zip(values) {
                m.insert(c.field.to_owned(), to_json(v));
            }
            dto::lenient::from_value::<T>(Json::Object(m))
                .map_err(|e| ServiceError::Internal(format!("{}: fila no convertible: {e}", proc.name)))
        })
        .collect()
}

fn to_json(v: Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Int(i) => Json::from(i),
        Value::Bool(b) => Json::Bool(b),
        Value::Text(s) => Json::String(s),
        Value::DateTime(d) => Json::String(d.format("%Y-%m-%dT%H:%M:%S%.f").to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use data_access::registry;
    use serde_json::json;

    #[test]
    fn binds_by_field_name_with_legacy_transforms() {
        let fields = json!({"ID_ROL": 3, "apellidos": "  ", "usuario": null, "estado": "A"});
        let args = args_from_fields(&registry::SEG_USUARIO_GET_ALL_FILTER, fields.as_object().unwrap()).unwrap();
        assert_eq!(
            args,
            vec![Value::Int(3), Value::Text(String::new()), Value::Text(String::new()), Value::Text(String::new()), Value::Text("A".into())]
        );
    }

    #[test]
    fn unset_dotnet_dates_bind_as_null() {
        let fields = json!({"id_usuario": 1, "UsuarioModificacion": "ana", "FechaModificacion": "0001-01-01T00:00:00"});
        let args = args_from_fields(&registry::SEG_USUARIO_DELETE, fields.as_object().unwrap()).unwrap();
        assert_eq!(args, vec![Value::Int(1), Value::Text("ana".into()), Value::Null]);
        let fields = json!({"id_usuario": 1, "FechaModificacion": "2021-09-05T10:11:12.5"});
        let args = args_from_fields(&registry::SEG_USUARIO_DELETE, fields.as_object().unwrap()).unwrap();
        assert_eq!(args[2], Value::DateTime(NaiveDateTime::parse_from_str("2021-09-05 10:11:12.5", "%Y-%m-%d %H:%M:%S%.f").unwrap()));
    }

    #[test]
    fn rows_map_to_reply_fields() {
        let rows = vec![Row(vec![Value::Int(7), Value::Text("ADMISIÓN".into())])];
        let out: Vec<dto::SEG_ROLDTO> = rows_into(&registry::SEG_ROL_GET_ALL_ACTIVES, rows).unwrap();
        assert_eq!(out[0].id_rol, 7);
        assert_eq!(out[0].rol.as_deref(), Some("ADMISIÓN"));
        assert_eq!(out[0].estado, None);
    }
}
