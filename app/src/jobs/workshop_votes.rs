//! A workshop put to its commission's vote is settled once the vote
//! closed: published if approved, else declined with the counts as the
//! reason, and its proposer told either way.

use super::{claimed, each_due, Done};
use crate::domain::governance::ProposalState;
use crate::domain::workshops::WorkshopState;
use crate::workshops::repo::tell_proposer;
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
    use crate::i18n::t;
    let approved = w.state == ProposalState::Approved;
    let reason = if approved {
        String::new()
    } else {
        format!("{} ({} {}, {} {})", t("workshop.commission_declined"), w.for_count, t("gov.for").to_lowercase(), w.against_count, t("gov.against").to_lowercase())
    };
    let settle = sqlx::query("UPDATE workshops SET state = $1, reason = $2 WHERE id = $3 AND state = 'in_vote'")
        .bind(if approved { WorkshopState::Published } else { WorkshopState::Declined })
        .bind(&reason)
        .bind(w.id);
    if !claimed(&mut *tx, settle).await? {
        return Ok(None);
    }
    tell_proposer(tx, w.id, approved, &reason, now).await?;
    Ok(Some(1))
}
