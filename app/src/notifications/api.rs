//! Server functions for a person's notices.

use super::Notice;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::repo,
    crate::accounts::session,
    crate::state::{now, pool},
};
#[cfg(feature = "ssr")]
use crate::routes;

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
                text: super::words(kind, &n.params),
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

/// The person's push settings for the profile page.
#[server(endpoint = "push_settings")]
pub async fn push_settings() -> Result<super::PushSettings, AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let public_key = crate::accounts::repo::setting(&pool, crate::accounts::Setting::VapidPublicKey).await?.unwrap_or_default();
    let devices = repo::devices(&pool, user.account_id)
        .await?
        .into_iter()
        .map(|(id, name, since)| super::Device { id, name, since: crate::cycles::time::day(since) })
        .collect();
    let changed = repo::choices(&pool, user.account_id).await?;
    let choices = super::push_choices(user.role.coordinates())
        .into_iter()
        .map(|key| {
            let kinds: Vec<super::Kind> = super::Kind::ALL.into_iter().filter(|k| k.choice_key() == key).collect();
            let wanted = kinds.iter().any(|k| changed.iter().find(|(c, _)| c == k.code()).map_or(k.push_by_default(), |(_, w)| *w));
            super::PushChoice { key: key.to_string(), wanted }
        })
        .collect();
    Ok(super::PushSettings { public_key, devices, choices })
}

/// Called by public/push.js once the browser gave a subscription: this
/// device now receives the person's notifications. The server will post to
/// that address, so it must be a push service on the public internet, not
/// an address of the server's own network (checked again at each send).
#[server(endpoint = "subscribe_push")]
pub async fn subscribe_push(endpoint: String, p256dh: String, auth: String, device: String) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let st = crate::state::state()?;
    crate::domain::push::validate_subscription(&endpoint, &p256dh, &auth, st.allow_local_push).map_err(|(f, m)| AppError::invalid(f, m))?;
    crate::notifications::outbound::check_endpoint(&endpoint, st.allow_local_push)
        .await
        .map_err(|m| AppError::invalid("field-push_endpoint", m))?;
    let device: String = device.chars().filter(|c| !c.is_control()).take(80).collect();
    match repo::subscribe(&st.pool, user.account_id, &endpoint, &p256dh, &auth, device.trim(), now()).await? {
        repo::Subscribed::Yes => Ok(()),
        repo::Subscribed::TooMany => Err(AppError::Conflict("error-too_many_devices".into())),
        repo::Subscribed::OtherAccount => Err(AppError::Conflict("error-push_device_taken".into())),
    }
}

#[server(endpoint = "remove_push_device")]
pub async fn remove_push_device(device_id: i64) -> Result<(), AppError> {
    let user = session::require_user().await?;
    if !repo::remove_device(&pool()?, user.account_id, device_id).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect(&format!("{}?ok=1#notifications", routes::PROFILE));
    Ok(())
}

#[server(endpoint = "set_push_choice")]
pub async fn set_push_choice(choice: String, wanted: String) -> Result<(), AppError> {
    let user = session::require_user().await?;
    if !super::push_choices(user.role.coordinates()).contains(&choice.as_str()) {
        return Err(AppError::invalid("field-push_choice", "error-unknown_choice"));
    }
    let wanted = match wanted.as_str() {
        "yes" => true,
        "no" => false,
        _ => return Err(AppError::invalid("field-push_choice", "error-unknown_choice")),
    };
    let kinds: Vec<super::Kind> = super::Kind::ALL.into_iter().filter(|k| k.choice_key() == choice).collect();
    repo::set_choice(&pool()?, user.account_id, &kinds, wanted).await?;
    leptos_axum::redirect(&format!("{}?ok=1#notifications", routes::PROFILE));
    Ok(())
}
