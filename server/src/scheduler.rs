//! Opens and closes cycles on time, and flags shifts still short of people
//! 48 hours before they start. Runs once at start (catching up on what
//! was due while the server was down), then every few seconds. Each move is
//! a conditional update, so two servers on one database never move a cycle
//! twice.

use std::time::Duration;

/// One pass at `now` (seconds since the epoch, UTC): what the tests drive
/// with a clock of their own. Returns how many cycles it moved.
pub async fn tick(pool: &sqlx::AnyPool, now: i64) -> Result<usize, sqlx::Error> {
    let moved = app::cycles::repo::run_due(pool, now).await?;
    for (cycle, state) in &moved {
        tracing::info!(cycle, state = state.code(), "cycle moved by the scheduler");
    }
    let flagged = app::shifts::repo::flag_short(pool, now).await?;
    if flagged > 0 {
        tracing::info!(flagged, "shifts short of people flagged to the coordination");
    }
    Ok(moved.len())
}

pub fn spawn(pool: sqlx::AnyPool, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(e) = tick(&pool, app::state::now()).await {
                tracing::error!(error = %e, "scheduler pass failed; trying again at the next one");
            }
            tokio::time::sleep(every).await;
        }
    })
}
