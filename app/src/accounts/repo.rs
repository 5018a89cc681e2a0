//! Data access for accounts, households, sessions, invitations, tiers and
//! settings. Portable SQL: `$n` placeholders, integers and text only.

use crate::i18n::Lang;
use super::{CurrentUser, HouseholdDetail, HouseholdRow, MemberRow, Role, Setting, Settings, Tier};
use sqlx::{AnyConnection, AnyPool};

#[derive(sqlx::FromRow)]
pub struct Credentials {
    pub account_id: i64,
    pub password_hash: Option<String>,
}

/// The columns of a `MemberRow`: active once a password is set (the
/// invitation was used).
const MEMBER: &str = "id AS account_id, display_name, email, phone, role, \
     CAST(CASE WHEN password_hash IS NOT NULL THEN 1 ELSE 0 END AS BIGINT) AS active";

pub async fn credentials_by_email(pool: &AnyPool, email: &str) -> Result<Option<Credentials>, sqlx::Error> {
    sqlx::query_as("SELECT id AS account_id, password_hash FROM accounts WHERE email = $1")
        .bind(email)
        .fetch_optional(pool)
        .await
}

pub async fn credentials_by_phone(pool: &AnyPool, phone: &str) -> Result<Option<Credentials>, sqlx::Error> {
    sqlx::query_as("SELECT id AS account_id, password_hash FROM accounts WHERE phone = $1")
        .bind(phone)
        .fetch_optional(pool)
        .await
}

pub async fn password_hash(pool: &AnyPool, account_id: i64) -> Result<Option<String>, sqlx::Error> {
    let hash: Option<Option<String>> = sqlx::query_scalar("SELECT password_hash FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_optional(pool)
        .await?;
    Ok(hash.flatten())
}

pub async fn set_password(pool: &AnyPool, account_id: i64, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(account_id)
        .execute(pool)
        .await?;
    Ok(())
}

// ---- login rate limiting -------------------------------------------------

/// Reserves one try for a throttle `key` (an account, or an unknown
/// identifier, from one address). The try is counted as a failure before
/// the password is checked, by a compare-and-swap on the counter, so forty
/// requests at once get the free tries between them and no more; a
/// success then clears the key. `Some(seconds)` says how long to wait.
pub async fn reserve_try(pool: &AnyPool, key: &str, now: i64) -> Result<Option<i64>, sqlx::Error> {
    use crate::domain::security::{live_failures, wait_after};
    for _ in 0..50 {
        sqlx::query("INSERT INTO login_throttle (key, failures, next_at, updated_at) VALUES ($1, 0, 0, $2) ON CONFLICT (key) DO NOTHING")
            .bind(key)
            .bind(now)
            .execute(pool)
            .await?;
        let Some((failures, next_at, updated_at)) = sqlx::query_as::<_, (i64, i64, i64)>("SELECT failures, next_at, updated_at FROM login_throttle WHERE key = $1")
            .bind(key)
            .fetch_optional(pool)
            .await?
        else {
            continue; // cleared by a success in between
        };
        if next_at > now {
            return Ok(Some(next_at - now));
        }
        let counted = live_failures(failures, updated_at, now) + 1;
        let won = sqlx::query(
            "UPDATE login_throttle SET failures = $1, next_at = $2, updated_at = $3 WHERE key = $4 AND failures = $5 AND updated_at = $6 AND next_at = $7",
        )
        .bind(counted)
        .bind(now + wait_after(counted))
        .bind(now)
        .bind(key)
        .bind(failures)
        .bind(updated_at)
        .bind(next_at)
        .execute(pool)
        .await?
        .rows_affected();
        if won == 1 {
            return Ok(None);
        }
    }
    // Lost the race fifty times: someone is hammering this key.
    Ok(Some(1))
}

/// How long `key` must still wait, without counting a try.
pub async fn waiting(pool: &AnyPool, key: &str, now: i64) -> Result<Option<i64>, sqlx::Error> {
    let next_at: Option<i64> = sqlx::query_scalar("SELECT next_at FROM login_throttle WHERE key = $1").bind(key).fetch_optional(pool).await?;
    Ok(match next_at {
        Some(next_at) if next_at > now => Some(next_at - now),
        _ => None,
    })
}

/// Whether a link with this hash was ever made (used or not).
pub async fn invitation_exists(pool: &AnyPool, token_hash: &str) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query("SELECT 1 AS one FROM invitations WHERE token_hash = $1").bind(token_hash).fetch_optional(pool).await?.is_some())
}

/// A try that succeeded: the key starts afresh. Old keys nobody touched
/// for a day are swept on the way.
pub async fn clear_tries(pool: &AnyPool, key: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM login_throttle WHERE key = $1 OR updated_at < $2")
        .bind(key)
        .bind(now - crate::domain::security::FORGET_AFTER_SECS)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn insert_session(pool: &AnyPool, token_hash: &str, account_id: i64, now: i64, expires: i64) -> Result<(), sqlx::Error> {
    // Expired sessions are of no use to anyone: each login sweeps them.
    sqlx::query("DELETE FROM sessions WHERE expires_at < $1").bind(now).execute(pool).await?;
    sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $3)")
        .bind(token_hash)
        .bind(account_id)
        .bind(now)
        .bind(expires)
        .execute(pool)
        .await?;
    Ok(())
}

/// A session's account, and when the session was last seen.
#[derive(sqlx::FromRow)]
struct SessionRow {
    #[sqlx(flatten)]
    user: CurrentUser,
    last_seen_at: i64,
}

pub async fn user_by_session(pool: &AnyPool, token_hash: &str, now: i64) -> Result<Option<CurrentUser>, sqlx::Error> {
    use crate::domain::security::{session_alive, TOUCH_EVERY_SECS};
    let row = sqlx::query_as::<_, SessionRow>(
        "SELECT a.id AS account_id, a.display_name, a.role, a.household_id, s.last_seen_at FROM sessions s \
         JOIN accounts a ON a.id = s.account_id \
         WHERE s.token_hash = $1 AND s.expires_at > $2",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(pool)
    .await?;
    let Some(SessionRow { user, last_seen_at: last_seen }) = row else { return Ok(None) };
    if !session_alive(user.role.coordinates(), last_seen, now) {
        delete_session(pool, token_hash).await?;
        return Ok(None);
    }
    // Written at most every few minutes, not on every request.
    if now - last_seen >= TOUCH_EVERY_SECS {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2 AND last_seen_at < $1")
            .bind(now)
            .bind(token_hash)
            .execute(pool)
            .await?;
    }
    Ok(Some(user))
}

pub async fn delete_session(pool: &AnyPool, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(pool).await?;
    Ok(())
}

/// After a password change every other device is logged out.
pub async fn delete_other_sessions(pool: &AnyPool, account_id: i64, keep: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
        .bind(account_id)
        .bind(keep)
        .execute(pool)
        .await?;
    Ok(())
}

// ---- invitations ----------------------------------------------------------

pub async fn insert_invitation(pool: &AnyPool, token_hash: &str, account_id: i64, by: Option<i64>, now: i64, expires: i64) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    // A new link replaces the ones not used yet: only the last printed works.
    sqlx::query("UPDATE invitations SET expires_at = $1 WHERE account_id = $2 AND used_at IS NULL AND expires_at > $1")
        .bind(now)
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO invitations (token_hash, account_id, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(token_hash)
        .bind(account_id)
        .bind(by)
        .bind(now)
        .bind(expires)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// The account a valid (unused, unexpired) invitation is for, and its name.
pub async fn invitation_account(pool: &AnyPool, token_hash: &str, now: i64) -> Result<Option<(i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.id, a.display_name FROM invitations i JOIN accounts a ON a.id = i.account_id \
         WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(pool)
    .await
}

/// Uses an invitation and sets the password in one transaction. The
/// conditional update makes a link work once even if tapped twice at once.
pub async fn redeem_invitation(pool: &AnyPool, token_hash: &str, hash: &str, now: i64) -> Result<Option<i64>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let account_id: Option<i64> = sqlx::query_scalar(
        "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING account_id",
    )
    .bind(now)
    .bind(token_hash)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(account_id) = account_id else {
        return Ok(None);
    };
    sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    // A new password by link (a reset by the coordination): whoever was
    // signed in with the old one is signed out everywhere.
    sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(account_id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(Some(account_id))
}

// ---- households and accounts ---------------------------------------------

pub struct NewAccount<'a> {
    pub household_id: Option<i64>,
    pub display_name: &'a str,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub role: Role,
    pub password_hash: Option<&'a str>,
}

/// Inserts an account; `Ok(None)` when the email or phone is already taken.
pub async fn insert_account<'c, E>(exec: E, a: &NewAccount<'_>, now: i64) -> Result<Option<i64>, sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let res = sqlx::query_scalar(
        "INSERT INTO accounts (household_id, display_name, email, phone, role, password_hash, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(a.household_id)
    .bind(a.display_name)
    .bind(a.email)
    .bind(a.phone)
    .bind(a.role)
    .bind(a.password_hash)
    .bind(now)
    .fetch_one(exec)
    .await;
    match res {
        Ok(id) => Ok(Some(id)),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(None),
        Err(e) => Err(e),
    }
}

pub async fn insert_household<'c, E>(exec: E, name: &str, tier_id: Option<i64>, now: i64) -> Result<i64, sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    sqlx::query_scalar("INSERT INTO households (name, search_name, tier_id, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
        .bind(name)
        .bind(crate::domain::text::fold(name))
        .bind(tier_id)
        .bind(now)
        .fetch_one(exec)
        .await
}

pub async fn account_household(pool: &AnyPool, account_id: i64) -> Result<Option<Option<i64>>, sqlx::Error> {
    sqlx::query_scalar("SELECT household_id FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_optional(pool)
        .await
}

pub async fn account_role(pool: &AnyPool, account_id: i64) -> Result<Option<Role>, sqlx::Error> {
    sqlx::query_scalar("SELECT role FROM accounts WHERE id = $1").bind(account_id).fetch_optional(pool).await
}

pub async fn list_households(pool: &AnyPool, search: &str) -> Result<Vec<HouseholdRow>, sqlx::Error> {
    let pattern = format!("%{}%", crate::domain::text::fold(search));
    sqlx::query_as(
        "SELECT h.id, h.name, COALESCE(t.name, '') AS tier_name, \
           (SELECT COUNT(*) FROM accounts a WHERE a.household_id = h.id) AS members \
         FROM households h LEFT JOIN price_tiers t ON t.id = h.tier_id \
         WHERE h.search_name LIKE $1 ORDER BY h.name LIMIT 200",
    )
    .bind(pattern)
    .fetch_all(pool)
    .await
}

pub async fn household_detail(pool: &AnyPool, id: i64) -> Result<Option<HouseholdDetail>, sqlx::Error> {
    let Some((id, name, tier_id)) = sqlx::query_as::<_, (i64, String, Option<i64>)>("SELECT id, name, tier_id FROM households WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await?
    else {
        return Ok(None);
    };
    let members = sqlx::query_as(&format!("SELECT {MEMBER} FROM accounts WHERE household_id = $1 ORDER BY id"))
        .bind(id)
        .fetch_all(pool)
        .await?;
    Ok(Some(HouseholdDetail { id, name, tier_id, members, tiers: list_tiers(pool).await? }))
}

pub async fn staff(pool: &AnyPool) -> Result<Vec<MemberRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {MEMBER} FROM accounts WHERE role <> 'member' ORDER BY role, display_name"))
        .fetch_all(pool)
        .await
}

pub async fn set_household_tier(pool: &AnyPool, household_id: i64, tier_id: i64) -> Result<bool, sqlx::Error> {
    // The tier must exist: checked in the same statement, so a stale form
    // naming a deleted tier changes nothing.
    let res = sqlx::query(
        "UPDATE households SET tier_id = $1 WHERE id = $2 AND EXISTS (SELECT 1 FROM price_tiers WHERE id = $1)",
    )
    .bind(tier_id)
    .bind(household_id)
    .execute(pool)
    .await?;
    Ok(res.rows_affected() == 1)
}

/// A member's own account and household, without the list of tiers.
#[derive(sqlx::FromRow)]
pub struct ProfileRow {
    pub display_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub household_name: Option<String>,
    pub tier_id: Option<i64>,
}

pub async fn profile_row(pool: &AnyPool, account_id: i64) -> Result<Option<ProfileRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.display_name, a.email, a.phone, h.name AS household_name, h.tier_id FROM accounts a \
         LEFT JOIN households h ON h.id = a.household_id WHERE a.id = $1",
    )
    .bind(account_id)
    .fetch_optional(pool)
    .await
}

// ---- tiers and settings ---------------------------------------------------

pub async fn list_tiers(pool: &AnyPool) -> Result<Vec<Tier>, sqlx::Error> {
    sqlx::query_as("SELECT id, name, share_percent, description FROM price_tiers ORDER BY share_percent DESC, id").fetch_all(pool).await
}

/// Whether the account's household has not chosen its tier yet (invited
/// with "the household will choose"): it is asked before anything else.
pub async fn household_without_tier(pool: &AnyPool, account_id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM accounts a JOIN households h ON h.id = a.household_id WHERE a.id = $1 AND h.tier_id IS NULL")
        .bind(account_id)
        .fetch_one(pool)
        .await?;
    Ok(n > 0)
}

/// The share of the tier a household chose, or `None` while it has not
/// chosen one (it is asked to before ordering).
pub async fn chosen_share(pool: &AnyPool, household_id: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT t.share_percent FROM households h JOIN price_tiers t ON t.id = h.tier_id WHERE h.id = $1")
        .bind(household_id)
        .fetch_optional(pool)
        .await
}

/// The share a household pays: its tier's, or the full price (100 %) when
/// it has not chosen one.
pub async fn household_share(pool: &AnyPool, household_id: Option<i64>) -> Result<i64, sqlx::Error> {
    match household_id {
        Some(h) => Ok(chosen_share(pool, h).await?.unwrap_or(100)),
        None => Ok(100),
    }
}

/// Creates or renames a tier; `Ok(false)` when the name is taken.
pub async fn save_tier(pool: &AnyPool, id: Option<i64>, name: &str, share: i64, description: &str) -> Result<bool, sqlx::Error> {
    let res = match id {
        Some(id) => {
            sqlx::query("UPDATE price_tiers SET name = $1, share_percent = $2, description = $3 WHERE id = $4")
                .bind(name)
                .bind(share)
                .bind(description)
                .bind(id)
                .execute(pool)
                .await
        }
        None => {
            sqlx::query("INSERT INTO price_tiers (name, share_percent, description) VALUES ($1, $2, $3)")
                .bind(name)
                .bind(share)
                .bind(description)
                .execute(pool)
                .await
        }
    };
    crate::state::one_row_or_taken(res)
}

/// The language the account reads, if it chose one.
pub async fn account_lang(pool: &AnyPool, account_id: i64) -> Result<Option<Lang>, sqlx::Error> {
    let code: Option<Option<String>> = sqlx::query_scalar("SELECT lang FROM accounts WHERE id = $1").bind(account_id).fetch_optional(pool).await?;
    Ok(code.flatten().and_then(|c| Lang::from_code(&c)))
}

pub async fn set_account_lang(pool: &AnyPool, account_id: i64, lang: Lang) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE accounts SET lang = $1 WHERE id = $2").bind(lang.code()).bind(account_id).execute(pool).await?;
    Ok(())
}

pub async fn setting(pool: &AnyPool, key: Setting) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT value FROM settings WHERE key = $1").bind(key).fetch_optional(pool).await
}

/// The association's settings, in one read.
pub async fn settings(pool: &AnyPool) -> Result<Settings, sqlx::Error> {
    // Only the association's own settings: the server's keys (VAPID, the
    // error channel's) stay where they are.
    let stored: Vec<(String, String)> = sqlx::query_as(
        "SELECT key, value FROM settings WHERE key NOT IN ('vapid_public_key', 'vapid_private_key', 'error_channel_key', 'demo_seeded')",
    )
    .fetch_all(pool)
    .await?;
    Ok(Settings::read(stored.into_iter().filter_map(|(k, v)| Some((Setting::from_code(&k)?, v)))))
}

/// Writes a setting unless one is there already (keys the server makes
/// for itself: two instances starting at once keep the first written).
pub async fn keep_setting(conn: &mut AnyConnection, key: Setting, value: &str) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING").bind(key).bind(value).execute(conn).await?;
    Ok(())
}

pub async fn set_setting(pool: &AnyPool, key: Setting, value: &str) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(key)
        .bind(value)
        .execute(pool)
        .await?;
    Ok(())
}

/// A household's name; `None` when there is no such household.
pub async fn household_name(pool: &AnyPool, id: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT name FROM households WHERE id = $1").bind(id).fetch_optional(pool).await
}
