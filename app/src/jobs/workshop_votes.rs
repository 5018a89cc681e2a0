//! A workshop put to its commission's vote is settled once the vote
//! closed: published if approved, else declined with the counts as the
//! reason, and its proposer told either way.

use super::{claimed, each_due, Done};
use crate::domain::governance::ProposalState;
use crate::domain::workshops::WorkshopState;
use crate::workshops::repo::{tell_proposer, Told};
use sqlx::{AnyConnection, AnyPool};

#[derive(sqlx::FromRow)]
struct Due {
    id: i64,
    state: ProposalState,
    for_count: i64,
    against_count: i64,
}

pub async fn run(db: &AnyPool, now: i64) -> Done {
    let due = sqlx::query_as(
        "SELECT w.id, p.state, p.for_count, p.against_count FROM workshops w JOIN proposals p ON p.id = w.proposal_id \
         WHERE w.state = 'in_vote' AND p.state <> 'open'",
    );
    each_due(db, due, now, |tx, w, now| Box::pin(settle(tx, w, now))).await
}

async fn settle(tx: &mut AnyConnection, w: Due, now: i64) -> Result<Option<usize>, sqlx::Error> {
    let approved = w.state == ProposalState::Approved;
    // The vote's counts are the reason; they stay in the proposal and are
    // worded when read, so nothing in words is stored here.
    let settle = sqlx::query("UPDATE workshops SET state = $1, reason = '' WHERE id = $2 AND state = 'in_vote'")
        .bind(if approved { WorkshopState::Published } else { WorkshopState::Declined })
        .bind(w.id);
    if !claimed(&mut *tx, settle).await? {
        return Ok(None);
    }
    let told = if approved { Told::Approved } else { Told::VotedDown { for_votes: w.for_count, against: w.against_count } };
    tell_proposer(tx, w.id, told, now).await?;
    Ok(Some(1))
}
