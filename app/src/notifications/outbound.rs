//! The one place the server calls an address a member's browser gave: a
//! web push service. Before it is stored and again at every send, its name
//! must resolve to public internet addresses only — never this machine,
//! the local network or a cloud metadata address.

use crate::domain::security::{is_public_ip, push_target};
use std::net::SocketAddr;

/// The addresses `host` resolves to, when every one of them is public (or
/// loopback, for the test push service when `allow_local` is set). A name
/// that also resolves to a private address is refused whole: a DNS answer
/// mixing both is how a request is steered inside.
pub async fn resolve_public(host: &str, port: u16, allow_local: bool) -> Result<Vec<SocketAddr>, &'static str> {
    const BAD: &str = "error-push_subscription";
    let lookup = tokio::time::timeout(std::time::Duration::from_secs(5), tokio::net::lookup_host((host, port)));
    let addrs: Vec<SocketAddr> = match lookup.await {
        Ok(Ok(a)) => a.collect(),
        _ => return Err(BAD),
    };
    let allowed = |a: &SocketAddr| is_public_ip(a.ip()) || (allow_local && a.ip().is_loopback());
    if addrs.is_empty() || !addrs.iter().all(allowed) {
        tracing::warn!(host, "push endpoint refused: it does not resolve to public addresses only");
        return Err(BAD);
    }
    Ok(addrs)
}

/// The whole check of an endpoint: its shape, then where its name leads.
pub async fn check_endpoint(endpoint: &str, allow_local: bool) -> Result<(), &'static str> {
    let target = push_target(endpoint, allow_local)?;
    resolve_public(&target.host, target.port, allow_local).await.map(|_| ())
}
