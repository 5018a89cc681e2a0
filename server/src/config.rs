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
    #[error("LEPTOS_SITE_ADDR={0:?} is not a listen address (host:port): {1}")]
    Listen(String, std::net::AddrParseError),
    #[error("RUST_LOG / --log {0:?} is not a log filter: {1}")]
    Log(String, String),
}

/// The command line, with every setting also read from its environment
/// variable (the names the scripts and `.env` files use). A value that does
/// not parse stops the server at start with a message, never a silent
/// default. `server --help` lists them.
#[derive(clap::Parser, Debug)]
#[command(name = "server", version, about = "Pot Commun: the web server, its timed jobs and its push sender.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub settings: Settings,
}

#[derive(clap::Subcommand, Debug, PartialEq)]
pub enum Command {
    /// Apply the migrations, then serve (the default).
    Serve,
    /// Apply the migrations and exit.
    Migrate,
    /// Load the demo association (does nothing the second time).
    SeedDemo {
        /// Grow the catalogue to this many products (copies of the demo's,
        /// all offered by the demo cycle): pages measured against a large
        /// network's offer.
        #[arg(long)]
        products: Option<i64>,
        /// Add this many past cycles, a week apart and distributed, where
        /// 40 more households ordered: a history for the funders' reports.
        #[arg(long)]
        history: Option<i64>,
    },
    /// Create an admin account and print its one-time link.
    CreateAdmin {
        #[arg(long)]
        email: String,
    },
    /// Check the whole governance log (each entry's hash and its link).
    VerifyLog,
}

#[derive(clap::Args, Debug)]
pub struct Settings {
    /// `sqlite://…` (a file, created on first start) or `postgres://…`.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://pot-commun.db", global = true, hide_env_values = true)]
    database_url: String,
    /// Where to listen (host:port); else LEPTOS_SITE_ADDR, else 127.0.0.1:3000.
    #[arg(long, env = "LISTEN", global = true)]
    listen: Option<SocketAddr>,
    /// The address people reach, printed in invitation links and QR codes.
    #[arg(long, env = "PUBLIC_URL", global = true)]
    public_url: Option<String>,
    /// Where cargo-leptos put the WebAssembly, CSS and public files.
    #[arg(long, env = "LEPTOS_SITE_ROOT", default_value = "target/site", global = true)]
    site_root: String,
    /// Behind a reverse proxy: trust its X-Forwarded-For and -Proto.
    #[arg(long, env = "TRUST_FORWARDED", default_value_t = false, action = clap::ArgAction::Set, value_parser = clap::builder::BoolishValueParser::new(), global = true)]
    trust_forwarded: bool,
    /// Log filter, as tracing reads it ("info,sqlx=warn").
    #[arg(long = "log", env = "RUST_LOG", default_value = "info,sqlx=warn", global = true)]
    log_level: String,
    /// Seconds between two passes of the timed jobs.
    #[arg(long, env = "SCHEDULER_EVERY_SECS", default_value_t = 15, value_parser = clap::value_parser!(u64).range(1..=3600), global = true)]
    scheduler_every_secs: u64,
    /// How push services reach the association (VAPID "sub").
    #[arg(long, env = "PUSH_CONTACT", default_value = "mailto:contact@potcommun.fr", global = true)]
    push_contact: String,
    /// Seconds between two drains of the push outbox.
    #[arg(long, env = "PUSH_EVERY_SECS", default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=3600), global = true)]
    push_every_secs: u64,
    /// Tests only: admit push endpoints on http://127.0.0.1.
    #[arg(long = "test-push-service", env = "POT_COMMUN_TEST_PUSH_SERVICE", default_value_t = false, action = clap::ArgAction::Set, value_parser = clap::builder::BoolishValueParser::new(), global = true)]
    allow_local_push: bool,
    /// Requests served at once; more wait a few seconds, then get 503.
    #[arg(long, env = "MAX_CONCURRENT_REQUESTS", default_value_t = 512, value_parser = clap::value_parser!(u64).range(1..=100_000), global = true)]
    max_concurrent_requests: u64,
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

    /// The settings as parsed from the command line and the environment.
    pub fn from_settings(s: Settings) -> Result<Config, ConfigError> {
        let listen = match s.listen {
            Some(l) => l,
            None => match std::env::var("LEPTOS_SITE_ADDR").ok().filter(|v| !v.trim().is_empty()) {
                Some(raw) => raw.parse().map_err(|e| ConfigError::Listen(raw.clone(), e))?,
                None => SocketAddr::from(([127, 0, 0, 1], 3000)),
            },
        };
        tracing_subscriber::EnvFilter::try_new(&s.log_level).map_err(|e| ConfigError::Log(s.log_level.clone(), e.to_string()))?;
        Ok(Config {
            database_url: s.database_url,
            public_url: s.public_url.unwrap_or_else(|| format!("http://{listen}")),
            listen,
            site_root: s.site_root,
            trust_forwarded: s.trust_forwarded,
            log_level: s.log_level,
            scheduler_every_secs: s.scheduler_every_secs,
            push_contact: s.push_contact,
            push_every_secs: s.push_every_secs,
            allow_local_push: s.allow_local_push,
            max_concurrent_requests: s.max_concurrent_requests as usize,
            header_read_timeout: crate::HEADER_READ_TIMEOUT,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("server").chain(args.iter().copied()))
    }

    #[test]
    fn settings_come_from_flags_with_defaults() {
        let cli = parse(&["serve", "--listen", "127.0.0.1:4000", "--scheduler-every-secs", "30"]).unwrap();
        assert_eq!(cli.command, Some(Command::Serve));
        let c = Config::from_settings(cli.settings).unwrap();
        assert_eq!(c.listen.port(), 4000);
        assert_eq!(c.scheduler_every_secs, 30);
        assert_eq!(c.public_url, "http://127.0.0.1:4000");
        assert_eq!(c.max_concurrent_requests, 512);
        assert_eq!(parse(&["create-admin", "--email", "a@b.fr"]).unwrap().command, Some(Command::CreateAdmin { email: "a@b.fr".into() }));
        assert_eq!(parse(&[]).unwrap().command, None);
    }

    #[test]
    fn bad_values_stop_the_start_instead_of_a_silent_default() {
        for bad in [
            vec!["--scheduler-every-secs", "0"],
            vec!["--scheduler-every-secs", "soon"],
            vec!["--max-concurrent-requests", "-3"],
            vec!["--listen", "localhost"],
            vec!["--trust-forwarded", "peut-être"],
            vec!["bogus-command"],
        ] {
            assert!(parse(&bad).is_err(), "{bad:?} accepted");
        }
        let cli = parse(&["--log", "info,=[=]"]).unwrap();
        assert!(matches!(Config::from_settings(cli.settings), Err(ConfigError::Log(..))));
        // --help says what each setting is.
        let help = parse(&["--help"]).unwrap_err().to_string();
        assert!(help.contains("DATABASE_URL") && help.contains("seed-demo"), "{help}");
    }
}
