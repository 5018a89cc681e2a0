//! What every server function reaches through Leptos' context: the pool and
//! the few settings that shape links and cookies.

use crate::error::{AppError, AppResult};
use sqlx::AnyPool;

#[derive(Clone, Debug)]
pub struct AppState {
    pub pool: AnyPool,
    /// Base of the links we print or put in QR codes (invitations).
    pub public_url: String,
    /// Trust `X-Forwarded-For` / `-Proto` / `-Host` (behind a proxy only).
    pub trust_forwarded: bool,
    /// Admit push endpoints on `http://127.0.0.1` for the test push
    /// service. Production never sets it: the server would otherwise post
    /// to whatever a member's browser named.
    pub allow_local_push: bool,
}

pub fn state() -> AppResult<AppState> {
    leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from context");
        AppError::Internal
    })
}

pub fn pool() -> AppResult<AnyPool> {
    Ok(state()?.pool)
}

/// Seconds since the Unix epoch, UTC: how every timestamp is stored.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp() + clock_offset()
}

/// `POT_COMMUN_CLOCK_OFFSET_SECS` plays the whole app at another moment
/// (the end-to-end tests restart the release server days ahead to see
/// votes close on time). Never set in production; the server warns at
/// start when it is.
pub fn clock_offset() -> i64 {
    static OFFSET: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    *OFFSET.get_or_init(|| std::env::var("POT_COMMUN_CLOCK_OFFSET_SECS").ok().and_then(|v| v.trim().parse().ok()).unwrap_or(0))
}

/// A flag as every table stores it: BIGINT 0 or 1 (sqlx's `Any` driver
/// cannot read SQLite's BOOLEAN). A row struct reads it into a `bool`:
/// `#[sqlx(try_from = "Flag")] pub active: bool`. A derived flag is written
/// `CAST(CASE WHEN … THEN 1 ELSE 0 END AS BIGINT)`, the same on both
/// engines.
pub struct Flag(i64);

impl sqlx::Type<sqlx::Any> for Flag {
    fn type_info() -> sqlx::any::AnyTypeInfo {
        <i64 as sqlx::Type<sqlx::Any>>::type_info()
    }
    fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
        <i64 as sqlx::Type<sqlx::Any>>::compatible(ty)
    }
}

impl<'r> sqlx::Decode<'r, sqlx::Any> for Flag {
    fn decode(value: sqlx::any::AnyValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        Ok(Flag(<i64 as sqlx::Decode<sqlx::Any>>::decode(value)?))
    }
}

impl From<Flag> for bool {
    fn from(f: Flag) -> bool {
        f.0 != 0
    }
}

/// A write that changes one row, or none because a UNIQUE constraint says
/// the name is taken: `Ok(false)` then, so the caller can say so in words.
pub fn one_row_or_taken(res: Result<sqlx::any::AnyQueryResult, sqlx::Error>) -> Result<bool, sqlx::Error> {
    match res {
        Ok(r) => Ok(r.rows_affected() == 1),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(false),
        Err(e) => Err(e),
    }
}
