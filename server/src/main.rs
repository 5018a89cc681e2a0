//! The `server` binary: `serve` (default), `migrate`, `seed-demo`,
//! `create-admin --email …`.

use server::{config::Config, db, seed};
use std::process::ExitCode;

const USAGE: &str = "usage: server [serve | migrate | seed-demo | create-admin --email ADRESSE]";

#[tokio::main]
async fn main() -> ExitCode {
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("configuration: {e}");
            return ExitCode::FAILURE;
        }
    };
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(&config.log_level))
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        None | Some("serve") => server::serve(config).await.map_err(|e| e.to_string()),
        Some("migrate") => migrate(&config).await.map(|_| println!("migrations à jour")),
        Some("seed-demo") => seed_demo(&config).await,
        Some("create-admin") => match (args.get(1).map(String::as_str), args.get(2)) {
            (Some("--email"), Some(email)) => create_admin(&config, email).await,
            _ => Err(USAGE.to_string()),
        },
        Some(_) => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

async fn migrate(config: &Config) -> Result<sqlx::AnyPool, String> {
    let pool = db::connect(&config.database_url).await.map_err(|e| format!("database: {e}"))?;
    db::migrate(&pool, &config.database_url).await.map_err(|e| format!("migrations: {e}"))?;
    Ok(pool)
}

async fn seed_demo(config: &Config) -> Result<(), String> {
    let pool = migrate(config).await?;
    match seed::seed_demo(&pool).await.map_err(|e| e.to_string())? {
        true => println!("données de démonstration chargées"),
        false => println!("données de démonstration déjà présentes"),
    }
    Ok(())
}

async fn create_admin(config: &Config, email: &str) -> Result<(), String> {
    let pool = migrate(config).await?;
    let link = seed::create_admin(&pool, email, &config.public_url).await?;
    println!("Lien à usage unique pour choisir le mot de passe (valable 14 jours) :\n{link}");
    Ok(())
}
