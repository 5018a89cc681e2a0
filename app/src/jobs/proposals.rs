//! Votes on proposals close on time: counted (a secret vote kept only its
//! counts; a named one is counted from its ballots), the outcome written
//! to the governance log, and the commission, the author and the member
//! whose idea it was told. An approved catalogue decision is then attached
//! by the `decisions` job, later in the same pass.

use super::{each_due, Done};
use crate::domain::governance::{self as rules, Majority, Outcome, Tally};
use crate::governance::repo as log;
use crate::notifications::{repo as notices, Kind};
use crate::state::get_i64;
use sqlx::{AnyConnection, AnyPool, Row};

#[derive(sqlx::FromRow)]
struct Due {
    id: i64,
}

pub async fn run(db: &AnyPool, now: i64) -> Done {
    let due = sqlx::query_as("SELECT id FROM proposals WHERE state = 'open' AND closes_at <= $1").bind(now);
    each_due(db, due, now, |tx, p, now| Box::pin(close(tx, p, now))).await
}

async fn close(tx: &mut AnyConnection, Due { id }: Due, now: i64) -> Result<Option<usize>, sqlx::Error> {
    log::lock_head(&mut *tx).await?;
    let Some(p) = sqlx::query(
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
    let tally = if get_i64(&p, "secret")? == 1 {
        Tally { for_votes: get_i64(&p, "for_count")?, against: get_i64(&p, "against_count")?, abstain: get_i64(&p, "abstain_count")? }
    } else {
        let mut tally = Tally::default();
        for r in sqlx::query("SELECT choice, COUNT(*) AS n FROM proposal_votes WHERE proposal_id = $1 GROUP BY choice").bind(id).fetch_all(&mut *tx).await? {
            let n = get_i64(&r, "n")?;
            match r.try_get::<String, _>("choice")?.as_str() {
                "for" => tally.for_votes = n,
                "against" => tally.against = n,
                _ => tally.abstain = n,
            }
        }
        tally
    };
    let majority = Majority::from_code(&p.try_get::<String, _>("majority")?).unwrap_or(Majority::Simple);
    let outcome = rules::outcome(tally, get_i64(&p, "eligible")?, get_i64(&p, "quorum_percent")?, majority);
    if sqlx::query("UPDATE proposals SET state = $1, for_count = $2, against_count = $3, abstain_count = $4 WHERE id = $5 AND state = 'open'")
        .bind(outcome.code())
        .bind(tally.for_votes)
        .bind(tally.against)
        .bind(tally.abstain)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
        != 1
    {
        return Ok(None);
    }
    let data = serde_json::json!({"outcome": outcome.code(), "for": tally.for_votes, "against": tally.against,
        "abstain": tally.abstain, "eligible": get_i64(&p, "eligible")?});
    log::append(&mut *tx, "proposal_closed", &format!("proposal:{id}"), data, now).await?;
    // The commission, the author and the member whose idea it was. A
    // workshop's proposer is not a voter and hears of the decision
    // through the workshop itself ("published" or "declined, because").
    let told: Vec<i64> = sqlx::query(
        "SELECT account_id FROM proposal_voters WHERE proposal_id = $1 \
         UNION SELECT author_id FROM proposals WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM workshops w WHERE w.proposal_id = $1) \
         UNION SELECT i.account_id FROM ideas i JOIN proposals p ON p.idea_id = i.id WHERE p.id = $1",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?
    .iter()
    .map(|r| get_i64(r, "account_id"))
    .collect::<Result<_, _>>()?;
    let kind = match outcome {
        Outcome::Approved => Kind::VoteApproved,
        Outcome::Rejected => Kind::VoteRejected,
        Outcome::NoQuorum => Kind::VoteNoQuorum,
    };
    let params = [
        ("title", p.try_get::<String, _>("title")?),
        ("for", tally.for_votes.to_string()),
        ("against", tally.against.to_string()),
        ("abstain", tally.abstain.to_string()),
    ];
    for a in told {
        notices::notify_account(&mut *tx, a, kind, &params, &format!("/propositions/{id}"), Some(&format!("vote_result:{id}:{a}")), now).await?;
    }
    Ok(Some(1))
}
