//! The reply envelope every legacy action returns: `JsonResponse`
//! (`Romsoft.GESTIONCLINICA.Common.JsonResponse`).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The legacy reply envelope, written as
/// `{"Message": …, "Success": …, "Warning": …, "Data": …}` — these exact keys, in this order,
/// with `null` written out for a missing `Message` or `Data`.
///
/// How the desktop client reads it: it looks at `Data` only when `Success` is `true` and
/// `Warning` is `false`, and then expects it non-null.
///
/// | outcome | `Success` | `Warning` | `Data` |
/// |---|---|---|---|
/// | [`ok`](Self::ok) / [`ok_message`](Self::ok_message) | `true` | `false` | the result |
/// | business warning ([`warning`](Self::warning)) | `true` | `true` | `null` |
/// | failure ([`error`](Self::error)) | `false` | `false` | `null` |
#[allow(non_snake_case)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct JsonResponse<T> {
    /// Spanish text for the user (one of the legacy `Mensajes`), or `null`.
    pub Message: Option<String>,
    /// `false` only when the action failed unexpectedly.
    pub Success: bool,
    /// `true` for a business rule that stopped the action (duplicate, not found …).
    pub Warning: bool,
    /// The result; `null` for warnings and failures.
    pub Data: Option<T>,
}

impl<T> JsonResponse<T> {
    /// Success with data and no message.
    #[must_use]
    pub fn ok(data: T) -> Self {
        Self {
            Message: None,
            Success: true,
            Warning: false,
            Data: Some(data),
        }
    }

    /// Success with a message and optional data.
    #[must_use]
    pub fn ok_message(message: impl Into<String>, data: Option<T>) -> Self {
        Self {
            Message: Some(message.into()),
            Success: true,
            Warning: false,
            Data: data,
        }
    }

    /// A business warning: `Success: true, Warning: true, Data: null`.
    #[must_use]
    pub fn warning(message: impl Into<String>) -> Self {
        Self {
            Message: Some(message.into()),
            Success: true,
            Warning: true,
            Data: None,
        }
    }

    /// A failure: `Success: false, Warning: false, Data: null`.
    #[must_use]
    pub fn error(message: impl Into<String>) -> Self {
        Self {
            Message: Some(message.into()),
            Success: false,
            Warning: false,
            Data: None,
        }
    }

    /// Whether the client will read `Data` (`Success && !Warning`).
    #[must_use]
    pub fn is_ok(&self) -> bool {
        self.Success && !self.Warning
    }

    /// Converts the data, keeping message and flags.
    #[must_use]
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> JsonResponse<U> {
        JsonResponse {
            Message: self.Message,
            Success: self.Success,
            Warning: self.Warning,
            Data: self.Data.map(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text<T: Serialize>(value: &JsonResponse<T>) -> String {
        serde_json::to_string(value).unwrap_or_default()
    }

    #[test]
    fn keys_order_and_nulls() {
        assert_eq!(
            text(&JsonResponse::ok(5)),
            r#"{"Message":null,"Success":true,"Warning":false,"Data":5}"#
        );
        assert_eq!(
            text(&JsonResponse::ok_message(
                "Se registró correctamente.",
                Some(vec![1, 2])
            )),
            r#"{"Message":"Se registró correctamente.","Success":true,"Warning":false,"Data":[1,2]}"#
        );
        assert_eq!(
            text(&JsonResponse::<i32>::warning("Ya existe")),
            r#"{"Message":"Ya existe","Success":true,"Warning":true,"Data":null}"#
        );
        assert_eq!(
            text(&JsonResponse::<()>::error("Inténtelo más tarde")),
            r#"{"Message":"Inténtelo más tarde","Success":false,"Warning":false,"Data":null}"#
        );
    }

    #[test]
    fn flags() {
        assert!(JsonResponse::ok(1).is_ok());
        assert!(!JsonResponse::<i32>::warning("w").is_ok());
        assert!(!JsonResponse::<i32>::error("e").is_ok());
        assert_eq!(JsonResponse::ok(2).map(|v| v * 2).Data, Some(4));
    }

    #[test]
    fn schema_is_generic() {
        use utoipa::PartialSchema;
        let schema = serde_json::to_value(JsonResponse::<i32>::schema()).unwrap_or_default();
        let props = &schema["properties"];
        for key in ["Message", "Success", "Warning", "Data"] {
            assert!(props.get(key).is_some(), "{key} en {schema}");
        }
        assert_eq!(schema["required"], json!(["Success", "Warning"]));
    }
}
