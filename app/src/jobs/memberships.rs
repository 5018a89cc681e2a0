//! A month before a household's membership ends, its members are told
//! once (a notice, and a push message to those who turned them on), with
//! where to renew it.

use super::{claimed, each_due, Done};
use crate::domain::membership::REMIND_DAYS_BEFORE;
use crate::notifications::{repo as notices, Kind, Raw};
use crate::routes;
use sqlx::{AnyConnection, AnyPool};

#[derive(sqlx::FromRow)]
struct Due {
    id: i64,
    household_id: i64,
    ends_at: i64,
}

pub async fn run(db: &AnyPool, now: i64) -> Done {
    // Only the latest membership of a household: one renewed already is
    // not told to renew.
    let due = sqlx::query_as(
        "SELECT m.id, m.household_id, m.ends_at FROM memberships m WHERE m.renewal_reminded_at IS NULL \
         AND m.ends_at > $1 AND m.ends_at <= $2 \
         AND NOT EXISTS (SELECT 1 FROM memberships n WHERE n.household_id = m.household_id AND n.ends_at > m.ends_at)",
    )
    .bind(now)
    .bind(now + REMIND_DAYS_BEFORE * 86_400);
    each_due(db, due, now, |tx, m, now| Box::pin(remind(tx, m, now))).await
}

async fn remind(tx: &mut AnyConnection, m: Due, now: i64) -> Result<Option<usize>, sqlx::Error> {
    let claim = sqlx::query("UPDATE memberships SET renewal_reminded_at = $1 WHERE id = $2 AND renewal_reminded_at IS NULL").bind(now).bind(m.id);
    if !claimed(&mut *tx, claim).await? {
        return Ok(None);
    }
    // The last day it covers: it ends at midnight the day after.
    let params = [("date", Raw::Day(m.ends_at - 1))];
    notices::notify_household(&mut *tx, m.household_id, Kind::MembershipRenewal, &params, &format!("{}#adhesion", routes::ACCOUNT), now).await?;
    Ok(Some(1))
}
