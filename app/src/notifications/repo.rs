//! Data access for notices. Writers take a connection so that a notice is
//! stored in the same transaction as the change it tells of: no change
//! without its notice, no notice of a change that rolled back.

use super::Kind;
use crate::state::get_i64;
use sqlx::{AnyConnection, AnyPool, Row};

pub struct StoredNotice {
    pub id: i64,
    pub kind: Option<Kind>,
    pub params: Vec<(String, String)>,
    pub url: String,
    pub created_at: i64,
    pub unread: bool,
}

fn encode(params: &[(&str, String)]) -> String {
    let map: serde_json::Map<String, serde_json::Value> =
        params.iter().map(|(k, v)| ((*k).to_string(), serde_json::Value::String(v.clone()))).collect();
    serde_json::Value::Object(map).to_string()
}

fn decode(s: &str) -> Vec<(String, String)> {
    match serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(s) {
        Ok(map) => map.into_iter().map(|(k, v)| (k, v.as_str().unwrap_or_default().to_string())).collect(),
        Err(_) => Vec::new(),
    }
}

/// Tells one person. With a `dedupe` key, a second notice with the same
/// key is silently skipped: the scheduler may ask twice.
pub async fn notify_account(
    conn: &mut AnyConnection,
    account_id: i64,
    kind: Kind,
    params: &[(&str, String)],
    url: &str,
    dedupe: Option<&str>,
    now: i64,
) -> Result<(), sqlx::Error> {
    // ON CONFLICT DO NOTHING reads the same on both engines.
    sqlx::query(
        "INSERT INTO notifications (account_id, kind, params, url, dedupe, created_at) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT DO NOTHING",
    )
    .bind(account_id)
    .bind(kind.code())
    .bind(encode(params))
    .bind(url)
    .bind(dedupe)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Tells every person of a household.
pub async fn notify_household(
    conn: &mut AnyConnection,
    household_id: i64,
    kind: Kind,
    params: &[(&str, String)],
    url: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let accounts = sqlx::query("SELECT id FROM accounts WHERE household_id = $1").bind(household_id).fetch_all(&mut *conn).await?;
    for a in accounts {
        notify_account(conn, get_i64(&a, "id")?, kind, params, url, None, now).await?;
    }
    Ok(())
}

/// Tells the coordination (coordinators and admins). `dedupe` is suffixed
/// with each person's id.
pub async fn notify_coordinators(
    conn: &mut AnyConnection,
    kind: Kind,
    params: &[(&str, String)],
    url: &str,
    dedupe: Option<&str>,
    now: i64,
) -> Result<(), sqlx::Error> {
    let accounts = sqlx::query("SELECT id FROM accounts WHERE role IN ('coordinator', 'admin')").fetch_all(&mut *conn).await?;
    for a in accounts {
        let id = get_i64(&a, "id")?;
        let key = dedupe.map(|d| format!("{d}:{id}"));
        notify_account(conn, id, kind, params, url, key.as_deref(), now).await?;
    }
    Ok(())
}

/// The person's latest notices, newest first.
pub async fn list(pool: &AnyPool, account_id: i64, limit: i64) -> Result<Vec<StoredNotice>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, kind, params, url, created_at, CASE WHEN read_at IS NULL THEN 1 ELSE 0 END AS unread \
         FROM notifications WHERE account_id = $1 ORDER BY id DESC LIMIT $2",
    )
    .bind(account_id)
    .bind(limit)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(StoredNotice {
                id: get_i64(r, "id")?,
                kind: Kind::from_code(&r.try_get::<String, _>("kind")?),
                params: decode(&r.try_get::<String, _>("params")?),
                url: r.try_get("url")?,
                created_at: get_i64(r, "created_at")?,
                unread: get_i64(r, "unread")? == 1,
            })
        })
        .collect()
}

pub async fn unread_count(pool: &AnyPool, account_id: i64) -> Result<i64, sqlx::Error> {
    let r = sqlx::query("SELECT COUNT(*) AS n FROM notifications WHERE account_id = $1 AND read_at IS NULL")
        .bind(account_id)
        .fetch_one(pool)
        .await?;
    get_i64(&r, "n")
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
