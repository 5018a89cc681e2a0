//! Elections close on time: seats go to the most approved candidates, ties
//! broken by a draw whose seed is recorded in the governance log, so anyone
//! can redo it.

use super::{claimed, each_due, Done};
use crate::domain::governance as rules;
use crate::governance::repo as log;
use sqlx::{AnyConnection, AnyPool};

#[derive(sqlx::FromRow)]
struct Due {
    id: i64,
}

pub async fn run(db: &AnyPool, now: i64) -> Done {
    let due = sqlx::query_as("SELECT id FROM elections WHERE closed_at IS NULL AND closes_at <= $1").bind(now);
    each_due(db, due, now, |tx, e, now| Box::pin(close(tx, e, now))).await
}

async fn close(tx: &mut AnyConnection, Due { id }: Due, now: i64) -> Result<Option<usize>, sqlx::Error> {
    // Every governance write takes the log's head first.
    log::lock_head(&mut *tx).await?;
    let seed = crate::accounts::session::new_token().0;
    let claim = sqlx::query("UPDATE elections SET closed_at = $1, draw_seed = $2 WHERE id = $3 AND closed_at IS NULL")
        .bind(now)
        .bind(&seed)
        .bind(id);
    if !claimed(&mut *tx, claim).await? {
        return Ok(None);
    }
    let (commission, seats, term): (i64, i64, i64) =
        sqlx::query_as("SELECT e.commission_id, e.seats, c.term_days FROM elections e JOIN commissions c ON c.id = e.commission_id WHERE e.id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
    let approvals: Vec<(i64, i64)> = sqlx::query_as("SELECT account_id, approvals FROM candidates WHERE election_id = $1").bind(id).fetch_all(&mut *tx).await?;
    let voters: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM election_voters WHERE election_id = $1").bind(id).fetch_one(&mut *tx).await?;
    let (winners, drawn) = rules::elect(&approvals, seats, &seed);
    for w in &winners {
        sqlx::query("UPDATE candidates SET elected = 1 WHERE election_id = $1 AND account_id = $2").bind(id).bind(w).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO commission_seats (commission_id, account_id, election_id, from_at, until_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(commission)
            .bind(w)
            .bind(id)
            .bind(now)
            .bind(now + term * 86_400)
            .execute(&mut *tx)
            .await?;
    }
    let counts: Vec<serde_json::Value> = approvals.iter().map(|(c, n)| serde_json::json!({"candidate": c, "approvals": n})).collect();
    let data = serde_json::json!({"voters": voters, "seats": seats, "approvals": counts, "elected": winners, "draw_seed": seed, "draw_needed": drawn});
    log::append(tx, "election_result", &format!("election:{id}"), data, now).await?;
    Ok(Some(1))
}
