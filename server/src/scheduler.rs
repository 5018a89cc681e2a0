//! Opens and closes cycles on time, flags shifts still short of people 48
//! hours before they start, closes elections and proposals on time and
//! applies the catalogue decisions, sends the reminders (cycle opened or
//! closing tomorrow, order to fetch tomorrow, shift tomorrow). Runs once at start (catching up on what
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
    // Decisions first wait for a cycle that has not opened, then take
    // effect when it opens.
    app::governance::apply::attach_pending(pool, now).await?;
    for (cycle, state) in &moved {
        if *state == app::domain::cycles::CycleState::Open {
            app::governance::apply::on_cycle_opened(pool, *cycle, now).await?;
        }
    }
    let elections = app::governance::repo::close_due_elections(pool, now).await?;
    let proposals = app::governance::repo::close_due_proposals(pool, now).await?;
    // A workshop put to the commission's vote is published or declined.
    app::workshops::repo::settle_votes(pool, now).await?;
    if elections + proposals > 0 {
        tracing::info!(elections, proposals, "governance votes closed by the scheduler");
    }
    let told = app::notifications::reminders::send_due(pool, now).await?;
    if told > 0 {
        tracing::info!(told, "reminders sent (cycle opened or closing, order to fetch, shift tomorrow)");
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
