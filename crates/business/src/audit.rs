//! The legacy audit log: one `Romsoft.Log` row per mutation, through `Romsoft.Log_Insert`.
//!
//! `Objeto` is the request (or reply) as JSON with every secret-looking value replaced by
//! `"***"`: keys containing `clave`, `password`, `contrasena`/`contraseña`, `token` or `secret`.

use data_access::{Value, registry};
use serde::Serialize;

use crate::{Ctx, ServiceError};

/// What a mutation records.
pub struct AuditEntry<'a> {
    pub controlador: &'a str,
    pub accion: &'a str,
    pub identificador: i64,
    pub mensaje: &'a str,
    pub usuario: &'a str,
    pub objeto: serde_json::Value,
}

/// The mask written instead of secrets.
pub const MASK: &str = "***";

/// Serializes `value` to JSON and masks secrets in it.
pub fn redacted_json<T: Serialize>(value: &T) -> serde_json::Value {
    let mut v = serde_json::to_value(value).unwrap_or(serde_json::Value::Null);
    redact(&mut v);
    v
}

/// Masks, in place, the values of secret-looking keys at any depth.
pub fn redact(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, val) in map.iter_mut() {
                if is_secret_key(k) {
                    if !val.is_null() {
                        *val = serde_json::Value::String(MASK.into());
                    }
                } else {
                    redact(val);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}

fn is_secret_key(k: &str) -> bool {
    let k = k.to_lowercase();
    ["clave", "password", "contrasena", "contraseña", "token", "secret"].iter().any(|s| k.contains(s))
}

impl AuditEntry<'_> {
    /// The arguments of `Romsoft.Log_Insert` for this entry from client address `ip`.
    pub fn args(&self, ip: Option<String>) -> Vec<Value> {
        vec![
            Value::from(ip),
            Value::from(self.usuario),
            Value::from(self.mensaje),
            Value::from(self.controlador),
            Value::from(self.accion),
            Value::from(self.objeto.to_string()),
            Value::Int(self.identificador),
        ]
    }
}

/// Writes the audit row on its own. Fails the action when it cannot be written (as the legacy
/// API did). A mutation writes its row in its own transaction instead (`ProcCommand`).
pub async fn write(ctx: &Ctx, entry: AuditEntry<'_>) -> Result<(), ServiceError> {
    ctx.db().call(&registry::LOG_INSERT, entry.args(ctx.caller.ip.clone())).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_secrets_at_any_depth_and_keeps_the_rest() {
        let mut v = serde_json::json!({
            "usuario": "ana", "clave": "s3cr3t", "Password": "x", "token": "eyJ",
            "nested": [{"ClaveNueva": "y", "n": 1}], "vacío": null, "clave_null": null
        });
        redact(&mut v);
        assert_eq!(
            v,
            serde_json::json!({
                "usuario": "ana", "clave": "***", "Password": "***", "token": "***",
                "nested": [{"ClaveNueva": "***", "n": 1}], "vacío": null, "clave_null": null
            })
        );
    }
}
