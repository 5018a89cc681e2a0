//! The pool and the migrations. One code path for SQLite and PostgreSQL:
//! sqlx's `Any` driver, with a migration folder per engine because their
//! DDL differs (identity columns). Two tests keep them in step: the same
//! files here, and the same schema at the end (`server/tests/foundation.rs`
//! migrates both engines from nothing and compares them).

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, Executor};
use std::str::FromStr;

static SQLITE: Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES: Migrator = sqlx::migrate!("../migrations/postgres");

pub fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

pub async fn connect(url: &str) -> Result<AnyPool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    let url = if url.starts_with("sqlite:") && !url.contains("mode=") && !url.contains(":memory:") {
        // Create the file on first start.
        format!("{url}{}mode=rwc", if url.contains('?') { "&" } else { "?" })
    } else {
        url.to_string()
    };
    let options = AnyConnectOptions::from_str(&url)?;
    let postgres = is_postgres(&url);
    AnyPoolOptions::new()
        // SQLite writes one at a time anyway; a few connections serve reads.
        .max_connections(if postgres { 10 } else { 8 })
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if !postgres {
                    // WAL lets readers go on while one writer writes; wait for
                    // a busy database rather than fail at once.
                    conn.execute("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")
                        .await?;
                }
                Ok(())
            })
        })
        .connect_with(options)
        .await
}

/// Brings the database named by `url` up to date, on a pool of its own
/// that is closed before anyone reads: a SQLite connection that saw a
/// column change type (0014_flags.sql) goes on describing the old type to
/// sqlx, and reading it fails. Connect for serving after this returns.
pub async fn migrate(url: &str) -> Result<(), sqlx::migrate::MigrateError> {
    let pool = connect(url).await?;
    let done = if is_postgres(url) { POSTGRES.run(&pool).await } else { SQLITE.run(&pool).await };
    pool.close().await;
    done
}

#[cfg(test)]
mod tests {
    /// Both engines get the same migrations, file for file.
    #[test]
    fn migration_folders_match() {
        let names = |engine: &str| {
            let dir = format!("{}/../migrations/{engine}", env!("CARGO_MANIFEST_DIR"));
            let mut v: Vec<String> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
            v.sort();
            v
        };
        assert_eq!(names("sqlite"), names("postgres"));
        assert!(!names("sqlite").is_empty());
    }
}
