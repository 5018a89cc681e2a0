//! Server functions for a person's notices.

use super::Notice;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::repo,
    crate::accounts::session,
    crate::i18n::{fill, t},
    crate::state::{now, pool},
};

/// The person's latest notices, in words. Opening the list marks them read.
#[server(endpoint = "notices")]
pub async fn notices() -> Result<Vec<Notice>, AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let stored = repo::list(&pool, user.account_id, 100).await?;
    if let Some(newest) = stored.first() {
        repo::mark_read(&pool, user.account_id, newest.id, now()).await?;
    }
    Ok(stored
        .into_iter()
        .filter_map(|n| {
            let kind = n.kind?;
            Some(Notice {
                id: n.id,
                text: fill(t(kind.sentence_key()), &n.params),
                url: n.url,
                when: crate::cycles::time::moment(n.created_at),
                unread: n.unread,
            })
        })
        .collect())
}

/// How many notices the person has not read (0 when logged out): the
/// number beside "Messages" in the menu.
#[server(endpoint = "unread_notices")]
pub async fn unread_notices() -> Result<i64, AppError> {
    match session::current_user().await? {
        Some(u) => Ok(repo::unread_count(&pool()?, u.account_id).await?),
        None => Ok(0),
    }
}
