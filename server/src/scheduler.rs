//! Runs the timed work (`app::jobs`) at start, catching up on what was due
//! while the server was down, then every few seconds. Each job runs on its
//! own: one that fails is logged by name and tried again at the next pass,
//! and the others still run.

use std::time::Duration;

pub fn spawn(pool: sqlx::AnyPool, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            app::jobs::pass(&pool, app::state::now()).await;
            tokio::time::sleep(every).await;
        }
    })
}
