//! Configuration from the environment, with defaults that make one command
//! run everything on a fresh machine.

use std::net::SocketAddr;

#[derive(Clone, Debug)]
pub struct Config {
    /// `sqlite://…` (default, a file in the working directory) or `postgres://…`.
    pub database_url: String,
    pub listen: SocketAddr,
    /// Base address printed in invitation links and QR codes.
    pub public_url: String,
    /// Where cargo-leptos put the WASM, CSS and public files.
    pub site_root: String,
    pub trust_forwarded: bool,
    pub log_level: String,
    /// How often the scheduler looks for cycles to open or close.
    pub scheduler_every_secs: u64,
    /// The VAPID "sub": how a push service reaches the association.
    pub push_contact: String,
    /// How often the push worker drains the outbox.
    pub push_every_secs: u64,
    /// Tests only: admit push endpoints on http://127.0.0.1 (the test push
    /// service). Off unless `POT_COMMUN_TEST_PUSH_SERVICE=1`; the server
    /// warns at start when it is on.
    pub allow_local_push: bool,
    /// Requests served at once; more wait their turn for a few seconds,
    /// then get 503.
    pub max_concurrent_requests: usize,
    /// How long a client has to send a request's headers.
    pub header_read_timeout: std::time::Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{0} is not a valid listen address (expected host:port): {1}")]
    Listen(String, std::net::AddrParseError),
}

impl Config {
    /// A server on this machine only, as tests and benchmarks start it.
    pub fn local(database_url: String, listen: SocketAddr) -> Config {
        Config {
            database_url,
            public_url: format!("http://{listen}"),
            listen,
            site_root: "target/site".into(),
            trust_forwarded: false,
            log_level: "warn".into(),
            scheduler_every_secs: 15,
            push_contact: "mailto:contact@potcommun.fr".into(),
            push_every_secs: 5,
            allow_local_push: false,
            max_concurrent_requests: 512,
            header_read_timeout: crate::HEADER_READ_TIMEOUT,
        }
    }

    pub fn from_env() -> Result<Config, ConfigError> {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        let listen_raw = var("LISTEN").or_else(|| var("LEPTOS_SITE_ADDR")).unwrap_or_else(|| "127.0.0.1:3000".into());
        let listen: SocketAddr = listen_raw.parse().map_err(|e| ConfigError::Listen(listen_raw.clone(), e))?;
        Ok(Config {
            database_url: var("DATABASE_URL").unwrap_or_else(|| "sqlite://pot-commun.db".into()),
            public_url: var("PUBLIC_URL").unwrap_or_else(|| format!("http://{listen}")),
            listen,
            site_root: var("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".into()),
            trust_forwarded: var("TRUST_FORWARDED").is_some_and(|v| v == "1" || v == "true"),
            log_level: var("RUST_LOG").unwrap_or_else(|| "info,sqlx=warn".into()),
            scheduler_every_secs: var("SCHEDULER_EVERY_SECS").and_then(|v| v.parse().ok()).filter(|v| *v > 0).unwrap_or(15),
            push_contact: var("PUSH_CONTACT").unwrap_or_else(|| "mailto:contact@potcommun.fr".into()),
            push_every_secs: var("PUSH_EVERY_SECS").and_then(|v| v.parse().ok()).filter(|v| *v > 0).unwrap_or(5),
            allow_local_push: var("POT_COMMUN_TEST_PUSH_SERVICE").is_some_and(|v| v == "1"),
            max_concurrent_requests: var("MAX_CONCURRENT_REQUESTS").and_then(|v| v.parse().ok()).filter(|v| *v > 0).unwrap_or(512),
            header_read_timeout: crate::HEADER_READ_TIMEOUT,
        })
    }
}
