//! Who is calling: a bearer token, or a token-less legacy client from a trusted network.

use std::net::IpAddr;

use actix_web::{HttpRequest, http::header};
use business::{Caller, CallerKind, seg::tokens::{TokenError, TokenService}};
use ipnet::IpNet;

/// Why a request was refused (HTTP 401).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthFailure {
    /// No `Authorization` header, from a network not listed as legacy.
    Missing,
    /// A header that is not a valid bearer token of this server.
    Invalid,
    Expired,
    /// A valid signature, but the user is gone, inactive, or changed password, role or state
    /// since the token was issued.
    Revoked,
}

/// Parses `auth.legacy_client_networks` (CIDR or single addresses).
pub fn parse_networks(items: &[String]) -> Result<Vec<IpNet>, String> {
    items
        .iter()
        .map(|s| {
            s.parse::<IpNet>()
                .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| format!("auth.legacy_client_networks: '{s}' no es una red CIDR (p. ej. 192.168.1.0/24)"))
        })
        .collect()
}

/// Who is calling, and the security stamp their token carries (`None` without a token). A
/// token-less request from a `legacy` network is the desktop client, with the configured
/// `legacy_role` (never all rights). The stamp is checked against the database by the caller
/// of this function.
pub fn authenticate(
    req: &HttpRequest,
    tokens: &TokenService,
    legacy: &[IpNet],
    legacy_role: &str,
) -> Result<(Caller, Option<i64>), AuthFailure> {
    let ip = req.peer_addr().map(|a| a.ip());
    let ip_text = ip.map(|i| i.to_string());
    match req.headers().get(header::AUTHORIZATION) {
        Some(value) => {
            let value = value.to_str().map_err(|_| AuthFailure::Invalid)?.trim();
            let (scheme, token) = value.split_once(' ').ok_or(AuthFailure::Invalid)?;
            if !scheme.eq_ignore_ascii_case("Bearer") {
                return Err(AuthFailure::Invalid);
            }
            let claims = tokens.validate(token.trim()).map_err(|e| match e {
                TokenError::Expired => AuthFailure::Expired,
                TokenError::Invalid(_) => AuthFailure::Invalid,
            })?;
            let rol = Some(claims.rol).filter(|r| !r.trim().is_empty());
            let caller = Caller { kind: CallerKind::Token, usuario: Some(claims.sub), id_usuario: Some(claims.id_usuario), rol, ip: ip_text };
            Ok((caller, Some(claims.sello)))
        }
        None => match ip {
            Some(addr) if legacy.iter().any(|n| n.contains(&canonical(addr))) => {
                let rol = Some(legacy_role.trim().to_owned()).filter(|r| !r.is_empty());
                Ok((Caller { kind: CallerKind::LegacyNetwork, usuario: None, id_usuario: None, rol, ip: ip_text }, None))
            }
            _ => Err(AuthFailure::Missing),
        },
    }
}

/// IPv4-mapped IPv6 addresses (`::ffff:10.0.0.5`) compare as IPv4.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn networks_accept_cidr_and_plain_addresses() {
        let n = parse_networks(&["10.0.0.0/8".into(), "192.168.1.7".into()]).unwrap();
        assert!(n[0].contains(&"10.2.3.4".parse::<IpAddr>().unwrap()));
        assert!(n[1].contains(&"192.168.1.7".parse::<IpAddr>().unwrap()));
        assert!(!n[1].contains(&"192.168.1.8".parse::<IpAddr>().unwrap()));
        assert!(parse_networks(&["intranet".into()]).is_err());
        assert_eq!(canonical("::ffff:10.0.0.5".parse().unwrap()), "10.0.0.5".parse::<IpAddr>().unwrap());
    }
}
