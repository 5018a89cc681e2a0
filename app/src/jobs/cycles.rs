//! Cycles open and close on time. A cycle whose closing passed while the
//! server was down goes straight to closed (`domain::cycles::due_transition`).

use super::{each_due, Done};
use crate::cycles::repo;
use crate::domain::cycles::{due_transition, CycleState};
use sqlx::{AnyConnection, AnyPool};

#[derive(sqlx::FromRow)]
struct Due {
    id: i64,
    state: CycleState,
    opens_at: i64,
    closes_at: i64,
}

/// Moves every cycle due to open or close at `now`; returns the moves this
/// pass made (not the ones another server made).
pub async fn run(db: &AnyPool, now: i64) -> Done {
    let due = sqlx::query_as("SELECT id, state, opens_at, closes_at FROM cycles WHERE (state = 'planned' AND opens_at <= $1) OR (state = 'open' AND closes_at <= $1)")
        .bind(now);
    each_due(db, due, now, |tx, c, now| Box::pin(step(tx, c, now))).await
}

async fn step(tx: &mut AnyConnection, c: Due, now: i64) -> Result<Option<usize>, sqlx::Error> {
    let Some(to) = due_transition(c.state, c.opens_at, c.closes_at, now) else { return Ok(None) };
    if !repo::transition(tx, c.id, c.state, to).await? {
        return Ok(None);
    }
    tracing::info!(cycle = c.id, state = to.code(), "cycle moved by the scheduler");
    Ok(Some(1))
}
