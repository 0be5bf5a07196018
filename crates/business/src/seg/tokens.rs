//! Access tokens: HS256 JWTs with the configured issuer, audience and lifetime.

use std::time::Duration;

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

/// Claims carried by an access token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// User name (`SEG_USUARIO.usuario`).
    pub sub: String,
    pub id_usuario: i32,
    pub id_rol: i32,
    /// Role name (`SEG_ROL.rol`) the authorization matrix checks. Tokens issued before it
    /// existed carry none and are allowed nothing but what any signed-in user may do.
    #[serde(default)]
    pub rol: String,
    /// The user's security stamp when the token was issued (revocation: see `sellos`).
    #[serde(default)]
    pub sello: i64,
    pub iss: String,
    pub aud: String,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
}

/// Issues and validates tokens. The key never leaves this type (its Debug shows nothing).
pub struct TokenService {
    encoding: EncodingKey,
    decoding: DecodingKey,
    issuer: String,
    audience: String,
    lifetime: Duration,
}

impl std::fmt::Debug for TokenService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenService")
            .field("issuer", &self.issuer)
            .field("audience", &self.audience)
            .field("lifetime", &self.lifetime)
            .finish_non_exhaustive()
    }
}

/// Why a token was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TokenError {
    #[error("token expirado")]
    Expired,
    #[error("token inválido: {0}")]
    Invalid(String),
}

impl TokenService {
    /// `secret` as the legacy `JWT_SECRET_KEY` (its UTF-8 bytes are the HMAC key).
    pub fn new(secret: &str, issuer: &str, audience: &str, lifetime: Duration) -> Self {
        Self {
            encoding: EncodingKey::from_secret(secret.as_bytes()),
            decoding: DecodingKey::from_secret(secret.as_bytes()),
            issuer: issuer.to_owned(),
            audience: audience.to_owned(),
            lifetime,
        }
    }

    /// A token for this user, valid from now for the configured lifetime.
    pub fn issue(&self, usuario: &str, id_usuario: i32, id_rol: i32, rol: &str, sello: i64) -> Result<String, TokenError> {
        let now = chrono::Utc::now().timestamp();
        let claims = Claims {
            sub: usuario.to_owned(),
            id_usuario,
            id_rol,
            rol: rol.to_owned(),
            sello,
            iss: self.issuer.clone(),
            aud: self.audience.clone(),
            iat: now,
            nbf: now,
            exp: now + self.lifetime.as_secs() as i64,
        };
        self.sign(&claims)
    }

    /// Signs arbitrary claims with this service's key (tests and tools).
    pub fn sign(&self, claims: &Claims) -> Result<String, TokenError> {
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), claims, &self.encoding).map_err(|e| TokenError::Invalid(e.to_string()))
    }

    /// Checks signature, algorithm, issuer, audience, expiry and not-before (30 s leeway).
    pub fn validate(&self, token: &str) -> Result<Claims, TokenError> {
        let mut v = Validation::new(Algorithm::HS256);
        v.set_issuer(&[&self.issuer]);
        v.set_audience(&[&self.audience]);
        v.validate_nbf = true;
        v.leeway = 30;
        v.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        jsonwebtoken::decode::<Claims>(token, &self.decoding, &v).map(|d| d.claims).map_err(|e| match e.kind() {
            jsonwebtoken::errors::ErrorKind::ExpiredSignature => TokenError::Expired,
            _ => TokenError::Invalid(e.to_string()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svc(secret: &str) -> TokenService {
        TokenService::new(secret, "romsoft", "clientes", Duration::from_secs(3600))
    }

    #[test]
    fn issued_tokens_validate_and_carry_the_user() {
        let s = svc("clave-de-prueba-suficientemente-larga");
        let t = s.issue("admin", 1, 2, "ADMINISTRADOR", 1).unwrap();
        let c = s.validate(&t).unwrap();
        assert_eq!((c.sub.as_str(), c.id_usuario, c.id_rol, c.rol.as_str(), c.sello), ("admin", 1, 2, "ADMINISTRADOR", 1));
        assert_eq!(c.exp - c.iat, 3600);
    }

    #[test]
    fn wrong_key_issuer_audience_expiry_and_garbage_are_refused() {
        let s = svc("clave-de-prueba-suficientemente-larga");
        let t = svc("otra-clave-de-prueba-bastante-larga").issue("admin", 1, 2, "X", 1).unwrap();
        assert!(matches!(s.validate(&t), Err(TokenError::Invalid(_))));
        let other_iss = TokenService::new("clave-de-prueba-suficientemente-larga", "otro", "clientes", Duration::from_secs(60));
        assert!(s.validate(&other_iss.issue("a", 1, 1, "X", 1).unwrap()).is_err());
        let other_aud = TokenService::new("clave-de-prueba-suficientemente-larga", "romsoft", "otros", Duration::from_secs(60));
        assert!(s.validate(&other_aud.issue("a", 1, 1, "X", 1).unwrap()).is_err());
        let now = chrono::Utc::now().timestamp();
        let expired = Claims { sub: "a".into(), id_usuario: 1, id_rol: 1, rol: String::new(), sello: 1, iss: "romsoft".into(), aud: "clientes".into(), iat: now - 7200, nbf: now - 7200, exp: now - 3600 };
        assert_eq!(s.validate(&s.sign(&expired).unwrap()), Err(TokenError::Expired));
        assert!(s.validate("no.es.un.token").is_err());
        assert!(s.validate("").is_err());
    }
}
