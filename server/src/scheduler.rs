//! Opens and closes cycles on time, flags shifts still short of people 48
//! hours before they start, closes elections and proposals on time and
//! applies the catalogue decisions, sends the reminders (cycle opened or
//! closing tomorrow, order to fetch tomorrow, shift tomorrow). Runs once at start (catching up on what
//! was due while the server was down), then every few seconds. Each move is
//! a conditional update, so two servers on one database never move a cycle
//! twice. Each job runs on its own: one that fails is logged by name and
//! tried again at the next pass, and the others still run.

use std::time::Duration;

/// What one pass did: the cycles it moved, and the jobs that failed (each
/// failure is logged with its job's name; the other jobs still ran).
#[derive(Debug, Default)]
pub struct Pass {
    pub moved: usize,
    pub failed: Vec<&'static str>,
}

/// Runs one job of the pass, logging its failure by name instead of
/// letting it stop the jobs after it: a bad row in one commission must not
/// keep cycles from opening or reminders from going out.
async fn job<T>(pass: &mut Pass, name: &'static str, run: impl std::future::Future<Output = Result<T, sqlx::Error>>) -> Option<T> {
    match run.await {
        Ok(v) => Some(v),
        Err(e) => {
            tracing::error!(job = name, error = %e, "timed job failed; the others go on, it is tried again at the next pass");
            pass.failed.push(name);
            None
        }
    }
}

/// One pass at `now` (seconds since the epoch, UTC), every job in turn,
/// each on its own.
pub async fn pass(pool: &sqlx::AnyPool, now: i64) -> Pass {
    let mut p = Pass::default();
    let moved = job(&mut p, "cycles", app::cycles::repo::run_due(pool, now)).await.unwrap_or_default();
    for (cycle, state) in &moved {
        tracing::info!(cycle, state = state.code(), "cycle moved by the scheduler");
    }
    p.moved = moved.len();
    // Decisions first wait for a cycle that has not opened, then take
    // effect when it opens.
    job(&mut p, "decisions_attach", app::governance::apply::attach_pending(pool, now)).await;
    for (cycle, state) in &moved {
        if *state == app::domain::cycles::CycleState::Open {
            job(&mut p, "decisions_apply", app::governance::apply::on_cycle_opened(pool, *cycle, now)).await;
        }
    }
    let elections = job(&mut p, "elections", app::governance::repo::close_due_elections(pool, now)).await.unwrap_or(0);
    let proposals = job(&mut p, "proposals", app::governance::repo::close_due_proposals(pool, now)).await.unwrap_or(0);
    if elections + proposals > 0 {
        tracing::info!(elections, proposals, "governance votes closed by the scheduler");
    }
    // A workshop put to the commission's vote is published or declined.
    job(&mut p, "workshop_votes", app::workshops::repo::settle_votes(pool, now)).await;
    let told = job(&mut p, "reminders", app::notifications::reminders::send_due(pool, now)).await.unwrap_or(0);
    if told > 0 {
        tracing::info!(told, "reminders sent (cycle opened or closing, order to fetch, shift tomorrow)");
    }
    let flagged = job(&mut p, "short_shifts", app::shifts::repo::flag_short(pool, now)).await.unwrap_or(0);
    if flagged > 0 {
        tracing::info!(flagged, "shifts short of people flagged to the coordination");
    }
    p
}

/// One pass, as the tests drive it with a clock of their own: how many
/// cycles it moved, or which jobs failed.
pub async fn tick(pool: &sqlx::AnyPool, now: i64) -> Result<usize, String> {
    let p = pass(pool, now).await;
    if p.failed.is_empty() { Ok(p.moved) } else { Err(format!("failed: {}", p.failed.join(", "))) }
}

pub fn spawn(pool: sqlx::AnyPool, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            // Failures are logged job by job inside the pass.
            pass(&pool, app::state::now()).await;
            tokio::time::sleep(every).await;
        }
    })
}
