//! Data access for notices. Writers take a connection so that a notice is
//! stored in the same transaction as the change it tells of: no change
//! without its notice, no notice of a change that rolled back.

use super::Kind;
use crate::state::Flag;
use sqlx::{AnyConnection, AnyPool};

pub struct StoredNotice {
    pub id: i64,
    pub kind: Option<Kind>,
    /// Raw values, worded when read: see `super::words`.
    pub params: String,
    pub url: String,
    pub created_at: i64,
    pub unread: bool,
}

use super::{encode, Raw};

/// Tells one person. With a `dedupe` key, a second notice with the same
/// key is silently skipped: the scheduler may ask twice.
pub async fn notify_account(
    conn: &mut AnyConnection,
    account_id: i64,
    kind: Kind,
    params: &[(&str, Raw)],
    url: &str,
    dedupe: Option<&str>,
    now: i64,
) -> Result<(), sqlx::Error> {
    // ON CONFLICT DO NOTHING reads the same on both engines; RETURNING then
    // gives no row for a notice already given.
    let inserted: Option<i64> = sqlx::query_scalar(
        "INSERT INTO notifications (account_id, kind, params, url, dedupe, created_at) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(account_id)
    .bind(kind)
    .bind(encode(params))
    .bind(url)
    .bind(dedupe)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    // The push outbox is filled in the same transaction: one row per device
    // of the person that wants this kind, sent by the worker.
    if let Some(id) = inserted {
        sqlx::query(
            "INSERT INTO push_outbox (subscription_id, notification_id, next_at) \
             SELECT s.id, $1, $2 FROM push_subscriptions s WHERE s.account_id = $3 \
             AND COALESCE((SELECT p.wanted FROM push_preferences p WHERE p.account_id = $3 AND p.kind = $4), $5) = 1",
        )
        .bind(id)
        .bind(now)
        .bind(account_id)
        .bind(kind)
        .bind(i64::from(kind.push_by_default()))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Tells every person of a household.
pub async fn notify_household(
    conn: &mut AnyConnection,
    household_id: i64,
    kind: Kind,
    params: &[(&str, Raw)],
    url: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let accounts: Vec<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE household_id = $1").bind(household_id).fetch_all(&mut *conn).await?;
    for a in accounts {
        notify_account(conn, a, kind, params, url, None, now).await?;
    }
    Ok(())
}

/// Tells every member of a household (the group's news: a cycle opened,
/// an election). `dedupe` is suffixed with each person's id.
pub async fn notify_members(
    conn: &mut AnyConnection,
    kind: Kind,
    params: &[(&str, Raw)],
    url: &str,
    dedupe: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let accounts: Vec<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE household_id IS NOT NULL ORDER BY id").fetch_all(&mut *conn).await?;
    for id in accounts {
        notify_account(conn, id, kind, params, url, Some(&format!("{dedupe}:{id}")), now).await?;
    }
    Ok(())
}

/// Tells the coordination (coordinators and admins), except `except` (the
/// coordinator who made the change needs no news of it). `dedupe` is
/// suffixed with each person's id.
pub async fn notify_coordinators(
    conn: &mut AnyConnection,
    kind: Kind,
    params: &[(&str, Raw)],
    url: &str,
    dedupe: Option<&str>,
    except: Option<i64>,
    now: i64,
) -> Result<(), sqlx::Error> {
    let accounts: Vec<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE role IN ('coordinator', 'admin') AND id <> $1")
        .bind(except.unwrap_or(0))
        .fetch_all(&mut *conn)
        .await?;
    for id in accounts {
        let key = dedupe.map(|d| format!("{d}:{id}"));
        notify_account(conn, id, kind, params, url, key.as_deref(), now).await?;
    }
    Ok(())
}

/// Tells those who keep the money: the treasurer, coordinators, admins.
pub async fn notify_money_keepers(conn: &mut AnyConnection, kind: Kind, params: &[(&str, Raw)], url: &str, now: i64) -> Result<(), sqlx::Error> {
    let accounts: Vec<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE role IN ('treasurer', 'coordinator', 'admin')").fetch_all(&mut *conn).await?;
    for id in accounts {
        notify_account(conn, id, kind, params, url, None, now).await?;
    }
    Ok(())
}

/// A notice as stored. Its kind stays the stored text: the column has no
/// list of codes, and a kind this build does not know is left out of the
/// list, not an error.
#[derive(sqlx::FromRow)]
struct NoticeRow {
    id: i64,
    kind: String,
    params: String,
    url: String,
    created_at: i64,
    #[sqlx(try_from = "Flag")]
    unread: bool,
}

/// The person's latest notices, newest first.
pub async fn list(pool: &AnyPool, account_id: i64, limit: i64) -> Result<Vec<StoredNotice>, sqlx::Error> {
    let rows: Vec<NoticeRow> = sqlx::query_as(
        "SELECT id, kind, params, url, created_at, CAST(CASE WHEN read_at IS NULL THEN 1 ELSE 0 END AS BIGINT) AS unread \
         FROM notifications WHERE account_id = $1 ORDER BY id DESC LIMIT $2",
    )
    .bind(account_id)
    .bind(limit)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| StoredNotice { id: r.id, kind: Kind::from_code(&r.kind), params: r.params, url: r.url, created_at: r.created_at, unread: r.unread })
        .collect())
}

pub async fn unread_count(pool: &AnyPool, account_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) AS n FROM notifications WHERE account_id = $1 AND read_at IS NULL").bind(account_id).fetch_one(pool).await
}

/// Marks read what the person has seen (up to `up_to_id`, so a notice that
/// arrived while the page was on its way stays unread).
pub async fn mark_read(pool: &AnyPool, account_id: i64, up_to_id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE notifications SET read_at = $1 WHERE account_id = $2 AND id <= $3 AND read_at IS NULL")
        .bind(now)
        .bind(account_id)
        .bind(up_to_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// What became of a device's subscription.
#[derive(Debug, PartialEq, Eq)]
pub enum Subscribed {
    Yes,
    /// The account already has its maximum of devices.
    TooMany,
    /// This browser's address belongs to another account: it is not moved
    /// (push.js then asks the browser for a fresh address).
    OtherAccount,
}

/// Adds a device, or refreshes its keys when the same account subscribes
/// it again. The cap is counted in the transaction that inserts, after the
/// account's row is locked by an update, so parallel requests cannot pass
/// it together.
pub async fn subscribe(pool: &AnyPool, account_id: i64, endpoint: &str, p256dh: &str, auth: &str, device: &str, now: i64) -> Result<Subscribed, sqlx::Error> {
    let mut tx = pool.begin().await?;
    // Takes the account row's write lock (PostgreSQL) or the database's
    // (SQLite) before counting.
    sqlx::query("UPDATE accounts SET id = id WHERE id = $1").bind(account_id).execute(&mut *tx).await?;
    let owner: Option<i64> = sqlx::query_scalar("SELECT account_id FROM push_subscriptions WHERE endpoint = $1").bind(endpoint).fetch_optional(&mut *tx).await?;
    match owner {
        Some(owner) if owner != account_id => return Ok(Subscribed::OtherAccount),
        Some(_) => {
            sqlx::query("UPDATE push_subscriptions SET p256dh = $1, auth = $2, device = $3 WHERE endpoint = $4 AND account_id = $5")
                .bind(p256dh)
                .bind(auth)
                .bind(device)
                .bind(endpoint)
                .bind(account_id)
                .execute(&mut *tx)
                .await?;
        }
        None => {
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM push_subscriptions WHERE account_id = $1").bind(account_id).fetch_one(&mut *tx).await?;
            if n >= crate::domain::security::MAX_PUSH_DEVICES {
                return Ok(Subscribed::TooMany);
            }
            let res = sqlx::query(
                "INSERT INTO push_subscriptions (account_id, endpoint, p256dh, auth, device, created_at) VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (endpoint) DO NOTHING",
            )
            .bind(account_id)
            .bind(endpoint)
            .bind(p256dh)
            .bind(auth)
            .bind(device)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if res.rows_affected() == 0 {
                // Another account took this address in the meantime.
                return Ok(Subscribed::OtherAccount);
            }
        }
    }
    tx.commit().await?;
    Ok(Subscribed::Yes)
}

/// The person's devices: (id, device, since).
pub async fn devices(pool: &AnyPool, account_id: i64) -> Result<Vec<(i64, String, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT id, device, created_at FROM push_subscriptions WHERE account_id = $1 ORDER BY id").bind(account_id).fetch_all(pool).await
}

/// Forgets one of the person's devices (never someone else's).
pub async fn remove_device(pool: &AnyPool, account_id: i64, id: i64) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    sqlx::query("DELETE FROM push_outbox WHERE subscription_id IN (SELECT id FROM push_subscriptions WHERE id = $1 AND account_id = $2)")
        .bind(id)
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    let n = sqlx::query("DELETE FROM push_subscriptions WHERE id = $1 AND account_id = $2").bind(id).bind(account_id).execute(&mut *tx).await?.rows_affected();
    tx.commit().await?;
    Ok(n == 1)
}

/// The kinds the person changed from their default: (code, wanted).
pub async fn choices(pool: &AnyPool, account_id: i64) -> Result<Vec<(String, bool)>, sqlx::Error> {
    let rows: Vec<(String, Flag)> = sqlx::query_as("SELECT kind, wanted FROM push_preferences WHERE account_id = $1").bind(account_id).fetch_all(pool).await?;
    Ok(rows.into_iter().map(|(kind, wanted)| (kind, bool::from(wanted))).collect())
}

pub async fn set_choice(pool: &AnyPool, account_id: i64, kinds: &[Kind], wanted: bool) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    for k in kinds {
        sqlx::query(
            "INSERT INTO push_preferences (account_id, kind, wanted) VALUES ($1, $2, $3) \
             ON CONFLICT (account_id, kind) DO UPDATE SET wanted = excluded.wanted",
        )
        .bind(account_id)
        .bind(*k)
        .bind(i64::from(wanted))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
