//! Data access for memberships and the charter.

use super::Charter;
use crate::domain::membership::{self as rules, FeeRule};
use crate::ledger::{repo as ledger, EntryKind, PaymentMethod};
use sqlx::{AnyConnection, AnyPool};

/// The charter in force: the latest version.
pub async fn charter(conn: &mut AnyConnection) -> Result<Charter, sqlx::Error> {
    sqlx::query_as("SELECT id, version, body FROM charters ORDER BY version DESC LIMIT 1").fetch_one(conn).await
}

/// A new version of the charter. `false` when another was published at
/// the same moment (the version numbers are unique): read it and retry.
pub async fn publish_charter(pool: &AnyPool, body: &str, by: i64, now: i64) -> Result<bool, sqlx::Error> {
    let res = sqlx::query(
        "INSERT INTO charters (version, body, published_by, published_at) SELECT COALESCE(MAX(version), 0) + 1, $1, $2, $3 FROM charters",
    )
    .bind(body)
    .bind(by)
    .bind(now)
    .execute(pool)
    .await;
    crate::state::one_row_or_taken(res)
}

/// When the household's latest membership ends.
pub async fn latest_end(conn: &mut AnyConnection, household_id: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT MAX(ends_at) AS e FROM memberships WHERE household_id = $1").bind(household_id).fetch_one(conn).await
}

/// A membership to record.
pub struct Join {
    pub household_id: i64,
    /// The fee chosen (or the set fee), already checked against the rule.
    pub fee_cents: i64,
    /// The charter version the person read: if a newer one was published
    /// since, they have not accepted it.
    pub charter_id: i64,
    pub renewal: (u32, u32),
    pub by: i64,
    pub at_desk: bool,
    /// Paid at once at the desk: (cents, how).
    pub paid: Option<(i64, PaymentMethod)>,
    pub now: i64,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Joined {
    Done(i64),
    NoHousehold,
    /// The current membership runs for more than a month still.
    Current,
    CharterChanged,
}

/// The period a membership taken now covers: the one after the current
/// membership's, or the one that holds today. (start, end) as instants.
pub fn next_period(latest_end: Option<i64>, renewal: (u32, u32), now: i64) -> Option<(i64, i64)> {
    let running = latest_end.filter(|e| *e > now);
    let (start, end) = rules::period(crate::cycles::time::calendar_day(running.unwrap_or(now)), renewal);
    let (start, end) = (crate::cycles::time::day_start(start)?, crate::cycles::time::day_start(end)?);
    // A renewal follows on from the membership still running, even when
    // the renewal date changed since it began.
    Some((running.map_or(start, |r| r.max(start)), end))
}

/// Records a membership and books its fee (and a payment made at once) on
/// the household's account, in one transaction holding the household's row.
pub async fn join(pool: &AnyPool, j: &Join) -> Result<Joined, sqlx::Error> {
    let mut tx = pool.begin().await?;
    if sqlx::query("UPDATE households SET id = id WHERE id = $1").bind(j.household_id).execute(&mut *tx).await?.rows_affected() != 1 {
        return Ok(Joined::NoHousehold);
    }
    if charter(&mut tx).await?.id != j.charter_id {
        return Ok(Joined::CharterChanged);
    }
    let latest = latest_end(&mut tx, j.household_id).await?;
    if matches!(rules::state(latest, j.now), rules::MembershipState::Current { .. }) {
        return Ok(Joined::Current);
    }
    let Some((starts_at, ends_at)) = next_period(latest, j.renewal, j.now) else {
        return Ok(Joined::Current);
    };
    let res = sqlx::query_scalar(
        "INSERT INTO memberships (household_id, starts_at, ends_at, fee_cents, charter_id, accepted_at, recorded_by, at_desk) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(j.household_id)
    .bind(starts_at)
    .bind(ends_at)
    .bind(j.fee_cents)
    .bind(j.charter_id)
    .bind(j.now)
    .bind(j.by)
    .bind(i64::from(j.at_desk))
    .fetch_one(&mut *tx)
    .await;
    let id: i64 = match res {
        Ok(id) => id,
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Ok(Joined::Current),
        Err(e) => return Err(e),
    };
    let fee = ledger::NewEntry {
        household_id: j.household_id,
        kind: Some(EntryKind::Membership),
        amount_cents: j.fee_cents,
        membership_id: Some(id),
        by: j.by,
        at: j.now,
        ..Default::default()
    };
    ledger::append(&mut tx, &fee).await?;
    if let Some((cents, method)) = j.paid.filter(|p| p.0 > 0) {
        ledger::append(&mut tx, &ledger::NewEntry { kind: Some(EntryKind::Payment), amount_cents: -cents, method: Some(method), ..fee.clone() }).await?;
    }
    tx.commit().await?;
    Ok(Joined::Done(id))
}

/// A household with its latest membership, as the register reads it.
#[derive(sqlx::FromRow)]
pub struct RegisterRow {
    pub household_id: i64,
    pub household: String,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub fee_cents: Option<i64>,
    pub version: Option<i64>,
    pub by: Option<String>,
    pub at_desk: Option<i64>,
    pub accepted_at: Option<i64>,
}

pub async fn register(pool: &AnyPool) -> Result<Vec<RegisterRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT h.id AS household_id, h.name AS household, m.starts_at, m.ends_at, m.fee_cents, c.version, a.display_name AS by, m.at_desk, m.accepted_at \
         FROM households h LEFT JOIN memberships m ON m.id = (SELECT m2.id FROM memberships m2 WHERE m2.household_id = h.id ORDER BY m2.ends_at DESC LIMIT 1) \
         LEFT JOIN charters c ON c.id = m.charter_id LEFT JOIN accounts a ON a.id = m.recorded_by ORDER BY h.name",
    )
    .fetch_all(pool)
    .await
}

/// The fee rule and renewal date in force.
pub async fn rule(pool: &AnyPool) -> Result<(FeeRule, (u32, u32), bool), sqlx::Error> {
    let s = crate::accounts::repo::settings(pool).await?;
    Ok((s.membership_fee, s.membership_renewal, s.membership_blocks_ordering))
}

/// Whether the household may order, as far as membership goes: always,
/// unless the association turned the block on (`blocks`, a setting) and
/// its membership lapsed.
pub async fn may_order(pool: &AnyPool, household_id: i64, blocks: bool, now: i64) -> Result<bool, sqlx::Error> {
    if !blocks {
        return Ok(true);
    }
    let mut conn = pool.acquire().await?;
    Ok(!matches!(rules::state(latest_end(&mut conn, household_id).await?, now), rules::MembershipState::Lapsed))
}
