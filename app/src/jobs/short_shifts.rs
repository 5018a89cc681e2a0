//! Every shift still short of people within 48 hours of its start is
//! flagged once, and the coordination is told, with the members who asked
//! to hear of it (unless they are already on it).

use super::{claimed, each_due, Done};
use crate::domain::shifts as rules;
use crate::notifications::{repo as notices, Kind, Raw};
use sqlx::{AnyConnection, AnyPool};
use crate::routes;

#[derive(sqlx::FromRow)]
struct Due {
    id: i64,
    task: String,
    starts_at: i64,
    ends_at: i64,
    needed: i64,
    taken: i64,
    cycle_id: i64,
}

pub async fn run(db: &AnyPool, now: i64) -> Done {
    let due = sqlx::query_as(
        "SELECT s.id, t.name AS task, s.starts_at, s.ends_at, s.needed, s.taken, s.cycle_id FROM shifts s \
         JOIN shift_tasks t ON t.id = s.task_id JOIN cycles c ON c.id = s.cycle_id \
         WHERE s.short_flagged_at IS NULL AND s.taken < s.needed AND s.starts_at > $1 AND s.starts_at <= $2 \
         AND c.state IN ('planned', 'open', 'closed')",
    )
    .bind(now)
    .bind(now + rules::SHORT_WARNING_SECS);
    each_due(db, due, now, |tx, s, now| Box::pin(flag(tx, s, now))).await
}

async fn flag(tx: &mut AnyConnection, s: Due, now: i64) -> Result<Option<usize>, sqlx::Error> {
    let claim = sqlx::query("UPDATE shifts SET short_flagged_at = $1 WHERE id = $2 AND short_flagged_at IS NULL AND taken < needed")
        .bind(now)
        .bind(s.id);
    if !claimed(&mut *tx, claim).await? {
        return Ok(None);
    }
    let params = [
        ("shift", Raw::Text(s.task)),
        ("when", Raw::Window(s.starts_at, s.ends_at)),
        ("missing", Raw::Count(rules::places_left(s.needed, s.taken))),
    ];
    let url = routes::cycle_page(s.cycle_id, "creneaux");
    notices::notify_coordinators(&mut *tx, Kind::ShiftShort, &params, &url, Some(&format!("shift_short:{}", s.id)), None, now).await?;
    let helpers: Vec<i64> = sqlx::query_scalar(
        "SELECT p.account_id FROM push_preferences p JOIN accounts a ON a.id = p.account_id \
         WHERE p.kind = $1 AND p.wanted = 1 AND a.household_id IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM shift_signups u WHERE u.shift_id = $2 AND u.account_id = p.account_id AND u.status = 'signed')",
    )
    .bind(Kind::ShiftNeedsHands)
    .bind(s.id)
    .fetch_all(&mut *tx)
    .await?;
    for a in helpers {
        notices::notify_account(&mut *tx, a, Kind::ShiftNeedsHands, &params, routes::SHIFTS, Some(&format!("shift_needs_hands:{}:{a}", s.id)), now).await?;
    }
    Ok(Some(1))
}
