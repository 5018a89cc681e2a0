//! The `server` binary: `serve` (default), `migrate`, `seed-demo`,
//! `create-admin --email …`, `verify-log`; `server --help` lists the
//! settings (flags, or their environment variables).

use clap::Parser;
use server::config::{Cli, Command, Config};
use server::{db, seed};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    return_big_blocks_to_the_system();
    // `--help`, `--version` and a bad value all end here, with clap's words.
    let cli = Cli::parse();
    let config = match Config::from_settings(cli.settings) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("configuration: {e}");
            return ExitCode::FAILURE;
        }
    };
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(&config.log_level))
        .init();
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => server::serve(config).await.map_err(|e| e.to_string()),
        Command::Migrate => migrate(&config).await.map(|_| println!("migrations à jour")),
        Command::SeedDemo { products, history } => seed_demo(&config, products, history).await,
        Command::CreateAdmin { email } => create_admin(&config, &email).await,
        Command::VerifyLog => verify_log(&config).await,
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
    db::migrate(&config.database_url).await.map_err(|e| format!("migrations: {e}"))?;
    db::connect(&config.database_url).await.map_err(|e| format!("database: {e}"))
}

async fn seed_demo(config: &Config, products: Option<i64>, history: Option<i64>) -> Result<(), String> {
    let pool = migrate(config).await?;
    let fresh = seed::seed_demo(&pool).await.map_err(|e| e.to_string())?;
    match fresh {
        true => println!("données de démonstration chargées"),
        false => println!("données de démonstration déjà présentes"),
    }
    if let (Some(cycles), true) = (history, fresh) {
        seed::seed_year(&pool, cycles.clamp(1, 60), 40, 5, 11, app::state::now()).await.map_err(|e| e.to_string())?;
        println!("{cycles} cycles passés ajoutés");
    }
    if let Some(n) = products {
        seed::grow_catalogue(&pool, n.clamp(0, 100_000)).await.map_err(|e| e.to_string())?;
        println!("catalogue porté à {n} produits");
    }
    Ok(())
}

async fn create_admin(config: &Config, email: &str) -> Result<(), String> {
    let pool = migrate(config).await?;
    let link = seed::create_admin(&pool, email, &config.public_url).await?;
    println!("Lien à usage unique pour choisir le mot de passe (valable 14 jours) :\n{link}");
    Ok(())
}

/// Checks the whole governance log: every entry's hash and its link to the
/// one before. Fails (exit code 1) at the first entry that does not match.
async fn verify_log(config: &Config) -> Result<(), String> {
    let pool = migrate(config).await?;
    match app::governance::repo::verify(&pool).await.map_err(|e| format!("database: {e}"))? {
        Ok(n) => {
            println!("journal de gouvernance intact : {n} entrées vérifiées");
            Ok(())
        }
        Err(seq) => Err(format!("journal de gouvernance ALTÉRÉ : l’entrée n° {seq} ne correspond pas à la chaîne")),
    }
}

/// Each password hash takes a 19 MiB block. glibc raises its threshold for
/// serving big blocks by mmap after the first one is freed, so later blocks
/// come from per-thread heaps and stay with the process once freed:
/// measured, 200 logins at once left the server at 700 MB for good. A fixed
/// threshold keeps big blocks mmapped, and freeing one gives it back.
fn return_big_blocks_to_the_system() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes a setting of the allocator; called first
    // thing in main, it races nothing.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}
