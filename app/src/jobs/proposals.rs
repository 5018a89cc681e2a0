//! Votes on proposals close on time: counted (a secret vote kept only its
//! counts; a named one is counted from its ballots), the outcome written
//! to the governance log, and the commission, the author and the member
//! whose idea it was told. An approved catalogue decision is then attached
//! by the `decisions` job, later in the same pass.

use super::{claimed, each_due, Done};
use crate::domain::governance::{self as rules, Choice, Majority, Outcome, Tally};
use crate::governance::repo as log;
use crate::notifications::{repo as notices, Kind, Raw};
use crate::state::Flag;
use sqlx::{AnyConnection, AnyPool};
use crate::routes;

#[derive(sqlx::FromRow)]
struct Due {
    id: i64,
}

pub async fn run(db: &AnyPool, now: i64) -> Done {
    let due = sqlx::query_as("SELECT id FROM proposals WHERE state = 'open' AND closes_at <= $1 ORDER BY id").bind(now);
    each_due(db, due, now, |tx, p, now| Box::pin(close(tx, p, now))).await
}

/// The proposal as its vote closes.
#[derive(sqlx::FromRow)]
struct Closing {
    title: String,
    eligible: i64,
    quorum_percent: i64,
    majority: Majority,
    #[sqlx(try_from = "Flag")]
    secret: bool,
    for_count: i64,
    against_count: i64,
    abstain_count: i64,
}

async fn close(tx: &mut AnyConnection, Due { id }: Due, now: i64) -> Result<Option<usize>, sqlx::Error> {
    log::lock_head(&mut *tx).await?;
    let Some(p) = sqlx::query_as::<_, Closing>(
        "SELECT title, eligible, quorum_percent, majority, secret, for_count, against_count, abstain_count FROM proposals WHERE id = $1 AND state = 'open'",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?
    else {
        return Ok(None);
    };
    // A secret vote kept only its counts; a named one is counted from
    // its ballots.
    let tally = if p.secret {
        Tally { for_votes: p.for_count, against: p.against_count, abstain: p.abstain_count }
    } else {
        let mut tally = Tally::default();
        let counted: Vec<(Choice, i64)> = sqlx::query_as("SELECT choice, COUNT(*) AS n FROM proposal_votes WHERE proposal_id = $1 GROUP BY choice").bind(id).fetch_all(&mut *tx).await?;
        for (choice, n) in counted {
            match choice {
                Choice::For => tally.for_votes = n,
                Choice::Against => tally.against = n,
                Choice::Abstain => tally.abstain = n,
            }
        }
        tally
    };
    let outcome = rules::outcome(tally, p.eligible, p.quorum_percent, p.majority);
    let close = sqlx::query("UPDATE proposals SET state = $1, for_count = $2, against_count = $3, abstain_count = $4 WHERE id = $5 AND state = 'open'")
        .bind(outcome)
        .bind(tally.for_votes)
        .bind(tally.against)
        .bind(tally.abstain)
        .bind(id);
    if !claimed(&mut *tx, close).await? {
        return Ok(None);
    }
    let data = serde_json::json!({"outcome": outcome.code(), "for": tally.for_votes, "against": tally.against,
        "abstain": tally.abstain, "eligible": p.eligible});
    log::append(&mut *tx, "proposal_closed", &format!("proposal:{id}"), data, now).await?;
    // The commission, the author and the member whose idea it was. A
    // workshop's proposer is not a voter and hears of the decision
    // through the workshop itself ("published" or "declined, because").
    let told: Vec<i64> = sqlx::query_scalar(
        "SELECT account_id FROM proposal_voters WHERE proposal_id = $1 \
         UNION SELECT author_id FROM proposals WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM workshops w WHERE w.proposal_id = $1) \
         UNION SELECT i.account_id FROM ideas i JOIN proposals p ON p.idea_id = i.id WHERE p.id = $1",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    let kind = match outcome {
        Outcome::Approved => Kind::VoteApproved,
        Outcome::Rejected => Kind::VoteRejected,
        Outcome::NoQuorum => Kind::VoteNoQuorum,
    };
    let params = [
        ("title", Raw::Text(p.title)),
        ("for", Raw::Count(tally.for_votes)),
        ("against", Raw::Count(tally.against)),
        ("abstain", Raw::Count(tally.abstain)),
    ];
    for a in told {
        notices::notify_account(&mut *tx, a, kind, &params, &routes::proposal(id), Some(&format!("vote_result:{id}:{a}")), now).await?;
    }
    Ok(Some(1))
}
