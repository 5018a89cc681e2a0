//! Grants that need the treasurer: one 80 % used, one whose period ended
//! with money left. Each is told once (a notice, and a push message to
//! those who turned them on), claimed by a conditional update.

use super::Done;
use crate::domain::funding;
use crate::funding::{report, repo};
use crate::notifications::{repo as notices, Kind, Raw};
use crate::routes;
use sqlx::AnyPool;

/// How often a grant's use is worked out for its notices.
const CHECK_EVERY_SECS: i64 = 15 * 60;

pub async fn run(db: &AnyPool, now: i64) -> Done {
    // Most passes read no order line: the allocation is worked out only
    // while a grant still has news to tell, and at most every quarter of
    // an hour (a large group's year takes a second to add up).
    let pending: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM grants WHERE source = 'grant' AND ended_notice_at IS NULL AND (warned_at IS NULL AND starts_at <= $1 OR ends_at <= $1) \
         AND (checked_at IS NULL OR checked_at <= $2)",
    )
    .bind(now)
    .bind(now - CHECK_EVERY_SECS)
    .fetch_one(db)
    .await?;
    if pending == 0 {
        return Ok(0);
    }
    sqlx::query("UPDATE grants SET checked_at = $1 WHERE source = 'grant' AND ended_notice_at IS NULL").bind(now).execute(db).await?;
    let (grants, _, outcome) = report::allocation(db, now, now + 1).await?;
    let used = funding::used_by_grant(&outcome);
    let mut told = 0;
    for g in grants.iter().filter(|g| !g.members()) {
        let u = used.get(&g.id).copied().unwrap_or(0);
        let mut tx = db.begin().await?;
        let link = routes::grant(g.id);
        let name = Raw::Text(g.label());
        if g.warned_at.is_none() && g.ended_notice_at.is_none() && funding::crossed_warning(u, g.amount_cents) && repo::claim(&mut tx, g.id, repo::Notice::Warned, now).await? {
            let params = [("grant", name.clone()), ("used", Raw::Money(u)), ("amount", Raw::Money(g.amount_cents))];
            notices::notify_money_keepers(&mut tx, Kind::GrantNearlyUsed, &params, &link, now).await?;
            told += 1;
        }
        let left = g.amount_cents - u;
        if g.ended_notice_at.is_none() && g.ends_at <= now && repo::claim(&mut tx, g.id, repo::Notice::Ended, now).await? && left > 0 {
            let params = [("grant", name), ("left", Raw::Money(left)), ("date", Raw::Day(g.ends_at - 1))];
            notices::notify_money_keepers(&mut tx, Kind::GrantEndedLeft, &params, &link, now).await?;
            told += 1;
        }
        tx.commit().await?;
    }
    Ok(told)
}
