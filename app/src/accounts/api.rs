//! Server functions for accounts. Each one checks who asks, validates, and
//! calls the data layer; the HTTP layer turns an `AppError` into a status and,
//! for a form posted without JavaScript, a redirect carrying the message.

use super::{AdminOverview, CurrentUser, HouseholdDetail, HouseholdRow, InvitationCard, Profile};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::{repo, session, Role},
    crate::domain::{pricing, text},
    crate::state::{now, pool},
};
#[cfg(feature = "ssr")]
use crate::routes;

#[server(endpoint = "whoami")]
pub async fn whoami() -> Result<Option<CurrentUser>, AppError> {
    session::current_user().await
}

#[server(endpoint = "login")]
pub async fn login(identifier: String, password: String, next: Option<String>) -> Result<(), AppError> {
    let pool = pool()?;
    let ident = text::parse_identifier(&identifier).map_err(|_| AppError::BadCredentials)?;
    let creds = match &ident {
        text::Identifier::Email(e) => repo::credentials_by_email(&pool, e).await?,
        text::Identifier::Phone(p) => repo::credentials_by_phone(&pool, p).await?,
    };
    // One counter per account, whichever of its e-mail or phone is typed,
    // and per address: a guesser is slowed down, while the owner on their
    // own phone and the neighbours on the social centre's Wi-Fi are not.
    let who = match (&creds, &ident) {
        (Some(c), _) => format!("account:{}", c.account_id),
        (None, text::Identifier::Email(e)) => format!("unknown:{e}"),
        (None, text::Identifier::Phone(p)) => format!("unknown:{p}"),
    };
    let key = format!("login|{who}|{}", session::client_ip());
    if repo::reserve_try(&pool, &key, now()).await?.is_some() {
        return Err(AppError::RateLimited);
    }
    let password = password.chars().take(200).collect::<String>();
    let hash = creds.as_ref().and_then(|c| c.password_hash.clone());
    let ok = session::verify_password(password, hash).await?;
    match (ok, creds) {
        (true, Some(c)) => {
            repo::clear_tries(&pool, &key, now()).await?;
            session::start_session(c.account_id).await?;
            session::settle_language(&pool, c.account_id).await?;
            let to = if repo::household_without_tier(&pool, c.account_id).await? {
                routes::CHOOSE_TIER.to_string()
            } else {
                crate::domain::security::safe_next(next.as_deref())
            };
            leptos_axum::redirect(&to);
            Ok(())
        }
        _ => Err(AppError::BadCredentials),
    }
}

/// The language a person reads: from the login page (before any account)
/// or the profile. Kept on this browser, and on the account when someone
/// is logged in, so notices and push messages follow.
#[server(endpoint = "set_language")]
pub async fn set_language(lang: String, next: Option<String>) -> Result<(), AppError> {
    let lang = crate::i18n::Lang::from_code(&lang).ok_or_else(|| AppError::BadRequest("error-bad_form".into()))?;
    session::set_lang_cookie(lang);
    if let Some(user) = session::current_user().await? {
        repo::set_account_lang(&pool()?, user.account_id, lang).await?;
    }
    leptos_axum::redirect(&crate::domain::security::safe_back(next.as_deref()));
    Ok(())
}

#[server(endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    session::end_session().await?;
    leptos_axum::redirect(routes::LOGIN);
    Ok(())
}

#[server(endpoint = "change_password")]
pub async fn change_password(current: String, password: String, confirm: String) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    session::validate_new_password(&password, &confirm)?;
    let stored = repo::password_hash(&pool, user.account_id).await?;
    if !session::verify_password(current.chars().take(200).collect(), stored).await? {
        return Err(AppError::invalid("field-current_password", "error-wrong_password"));
    }
    let hash = session::hash_password(password).await?;
    repo::set_password(&pool, user.account_id, &hash).await?;
    if let Some(token) = session::session_token() {
        repo::delete_other_sessions(&pool, user.account_id, &session::hash_token(&token)).await?;
    }
    leptos_axum::redirect(&format!("{}?ok=password", routes::PROFILE));
    Ok(())
}

/// Whose invitation this is, to greet them by name; `None` if used or expired.
#[server(endpoint = "invitation_name")]
pub async fn invitation_name(token: String) -> Result<Option<String>, AppError> {
    let found = repo::invitation_account(&pool()?, &session::hash_token(token.trim()), now()).await?;
    Ok(found.map(|(_, name)| name))
}

#[server(endpoint = "accept_invitation")]
pub async fn accept_invitation(token: String, password: String, confirm: String) -> Result<(), AppError> {
    session::validate_new_password(&password, &confirm)?;
    let pool = pool()?;
    // Made-up links are throttled like wrong passwords, per address; and
    // the link is checked before the password is hashed, so a flood of
    // them costs a lookup each, not 19 MiB each. Only unknown links count:
    // a member tapping twice on their own link is not a guesser.
    let key = format!("invitation|{}", session::client_ip());
    if repo::waiting(&pool, &key, now()).await?.is_some() {
        return Err(AppError::RateLimited);
    }
    let token_hash = session::hash_token(token.trim());
    if !repo::invitation_exists(&pool, &token_hash).await? {
        // Counted as a failed try; beyond the free ones, even a burst sent
        // all at once is told to wait.
        if repo::reserve_try(&pool, &key, now()).await?.is_some() {
            return Err(AppError::RateLimited);
        }
        return Err(AppError::Conflict("error-invitation_used".into()));
    }
    // Checked again once this request's turn to hash comes: twenty taps on
    // one link queue up, and the ones after the first find it used
    // without hashing anything.
    let turn = session::hashing_turn().await?;
    if repo::invitation_account(&pool, &token_hash, now()).await?.is_none() {
        return Err(AppError::Conflict("error-invitation_used".into()));
    }
    let hash = session::hash_in_turn(turn, password).await?;
    let Some(account_id) = repo::redeem_invitation(&pool, &token_hash, &hash, now()).await? else {
        return Err(AppError::Conflict("error-invitation_used".into()));
    };
    session::start_session(account_id).await?;
    session::settle_language(&pool, account_id).await?;
    let to = if repo::household_without_tier(&pool, account_id).await? { routes::CHOOSE_TIER.to_string() } else { format!("{}?bienvenue=1", routes::CATALOGUE) };
    leptos_axum::redirect(&to);
    Ok(())
}

#[server(endpoint = "my_profile")]
pub async fn my_profile() -> Result<Profile, AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let row = repo::profile_row(&pool, user.account_id).await?.ok_or(AppError::NotFound)?;
    Ok(Profile {
        display_name: row.display_name,
        email: row.email,
        phone: row.phone,
        household_name: row.household_name,
        tier_id: row.tier_id,
        tiers: repo::list_tiers(&pool).await?,
    })
}

/// A member declares their own household's tier. No proof is asked.
#[server(endpoint = "set_my_tier")]
pub async fn set_my_tier(tier_id: i64) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let household = user.household_id.ok_or(AppError::Forbidden)?;
    if !repo::set_household_tier(&pool()?, household, tier_id).await? {
        return Err(AppError::invalid("field-tier", "error-unknown_choice"));
    }
    leptos_axum::redirect(&format!("{}?ok=tier", routes::PROFILE));
    Ok(())
}

// ---- coordinators: households and invitations ------------------------------

#[server(endpoint = "households")]
pub async fn households(search: Option<String>) -> Result<Vec<HouseholdRow>, AppError> {
    session::require_role(Role::Coordinator).await?;
    let search: String = search.unwrap_or_default().chars().take(100).collect();
    Ok(repo::list_households(&pool()?, &search).await?)
}

#[server(endpoint = "household")]
pub async fn household(id: i64) -> Result<HouseholdDetail, AppError> {
    session::require_role(Role::Coordinator).await?;
    repo::household_detail(&pool()?, id).await?.ok_or(AppError::NotFound)
}

/// Validated contact fields of a new account: name, and an email or a phone
/// (many members have no email; everyone needs one way to log in).
#[cfg(feature = "ssr")]
fn contact_fields(name: &str, email: &str, phone: &str) -> Result<(String, Option<String>, Option<String>), AppError> {
    let name = text::required(name, text::MAX_NAME).map_err(|m| AppError::invalid("field-display_name", m))?;
    let email = match email.trim() {
        "" => None,
        e => Some(text::normalize_email(e).map_err(|m| AppError::invalid("field-email", m))?),
    };
    let phone = match phone.trim() {
        "" => None,
        p => Some(text::normalize_phone(p).map_err(|m| AppError::invalid("field-phone", m))?),
    };
    if email.is_none() && phone.is_none() {
        return Err(AppError::invalid("field-email_or_phone", "error-email_or_phone"));
    }
    Ok((name, email, phone))
}

/// Creates a household with its first member, then shows their invitation.
#[server(endpoint = "create_household")]
pub async fn create_household(
    household_name: String,
    display_name: String,
    email: String,
    phone: String,
    tier_id: String,
) -> Result<(), AppError> {
    let coord = session::require_role(Role::Coordinator).await?;
    let pool = pool()?;
    let hname = text::required(&household_name, text::MAX_NAME).map_err(|m| AppError::invalid("field-household_name", m))?;
    let (name, email, phone) = contact_fields(&display_name, &email, &phone)?;
    // An empty choice leaves the household at full price until it chooses.
    let tier_id = match tier_id.trim() {
        "" => None,
        t => {
            let id = t.parse::<i64>().map_err(|_| AppError::invalid("field-tier", "error-unknown_choice"))?;
            if !repo::list_tiers(&pool).await?.iter().any(|x| x.id == id) {
                return Err(AppError::invalid("field-tier", "error-unknown_choice"));
            }
            Some(id)
        }
    };
    let t = now();
    let mut tx = pool.begin().await?;
    let household_id = repo::insert_household(&mut *tx, &hname, tier_id, t).await?;
    let account = repo::NewAccount {
        household_id: Some(household_id),
        display_name: &name,
        email: email.as_deref(),
        phone: phone.as_deref(),
        role: Role::Member,
        password_hash: None,
    };
    let Some(account_id) = repo::insert_account(&mut *tx, &account, t).await? else {
        return Err(AppError::Conflict("error-contact_taken".into()));
    };
    tx.commit().await?;
    invite_and_show(account_id, name, coord.account_id, &routes::household(household_id)).await
}

#[server(endpoint = "add_member")]
pub async fn add_member(household_id: i64, display_name: String, email: String, phone: String) -> Result<(), AppError> {
    let coord = session::require_role(Role::Coordinator).await?;
    let pool = pool()?;
    let (name, email, phone) = contact_fields(&display_name, &email, &phone)?;
    if repo::household_detail(&pool, household_id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let account = repo::NewAccount {
        household_id: Some(household_id),
        display_name: &name,
        email: email.as_deref(),
        phone: phone.as_deref(),
        role: Role::Member,
        password_hash: None,
    };
    let Some(account_id) = repo::insert_account(&pool, &account, now()).await? else {
        return Err(AppError::Conflict("error-contact_taken".into()));
    };
    invite_and_show(account_id, name, coord.account_id, &routes::household(household_id)).await
}

/// A new link for someone who lost theirs (it replaces the previous one).
#[server(endpoint = "reinvite")]
pub async fn reinvite(account_id: i64) -> Result<(), AppError> {
    let coord = session::require_role(Role::Coordinator).await?;
    let pool = pool()?;
    let role = repo::account_role(&pool, account_id).await?.ok_or(AppError::NotFound)?;
    // A coordinator may not take over an admin's or another coordinator's account.
    if role > Role::Member && coord.role < Role::Admin {
        return Err(AppError::Forbidden);
    }
    let back = match repo::account_household(&pool, account_id).await?.flatten() {
        Some(h) => routes::household(h),
        None => routes::ADMIN.to_string(),
    };
    // Whoever opens the link chooses the password: the member hears of it
    // in their messages, so a link they did not ask for does not go unseen.
    let mut conn = pool.acquire().await?;
    crate::notifications::repo::notify_account(&mut *conn, account_id, crate::notifications::Kind::NewLoginLink, &[], routes::PROFILE, None, now()).await?;
    drop(conn);
    invite_and_show(account_id, String::new(), coord.account_id, &back).await
}

#[cfg(feature = "ssr")]
async fn invite_and_show(account_id: i64, name: String, by: i64, back: &str) -> Result<(), AppError> {
    let card = session::make_invitation(account_id, name, Some(by)).await?;
    // The token travels in the coordinator's own redirect so that the page
    // can show it once, with or without JavaScript; only its hash is stored.
    let token = card.url.rsplit('/').next().unwrap_or_default();
    leptos_axum::redirect(&format!("{back}?invitation={token}"));
    Ok(())
}

/// The link and QR code of a fresh invitation, for the coordinator to show.
#[server(endpoint = "invitation_card")]
pub async fn get_invitation_card(token: String) -> Result<InvitationCard, AppError> {
    session::require_role(Role::Coordinator).await?;
    let st = crate::state::state()?;
    let (_, name) = repo::invitation_account(&st.pool, &session::hash_token(token.trim()), now())
        .await?
        .ok_or(AppError::Conflict("error-invitation_used".into()))?;
    let url = format!("{}{}", st.public_url.trim_end_matches('/'), crate::routes::invitation(token.trim()));
    Ok(InvitationCard { display_name: name, qr_svg: session::qr_svg(&url), url, expires_days: 14 })
}

#[server(endpoint = "set_household_tier")]
pub async fn set_household_tier(household_id: i64, tier_id: i64) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    if !repo::set_household_tier(&pool()?, household_id, tier_id).await? {
        return Err(AppError::invalid("field-tier", "error-unknown_choice"));
    }
    leptos_axum::redirect(&format!("{}?ok=tier", routes::household(household_id)));
    Ok(())
}

// ---- admin: tiers, staff, settings -------------------------------------------

#[server(endpoint = "admin_overview")]
pub async fn load_admin() -> Result<AdminOverview, AppError> {
    session::require_role(Role::Admin).await?;
    let pool = pool()?;
    let settings = repo::settings(&pool).await?;
    Ok(AdminOverview {
        tiers: repo::list_tiers(&pool).await?,
        staff: repo::staff(&pool).await?,
        show_full_price: settings.show_full_price,
        order_grace_minutes: settings.order_grace_minutes,
        shift_cutoff_hours: settings.shift_cutoff_hours,
        association_name: settings.association_name,
        association_address: settings.association_address,
        arabic_digits: settings.arabic_digits,
    })
}

#[server(endpoint = "save_tier")]
pub async fn save_tier(id: Option<i64>, name: String, share_percent: String, description: String) -> Result<(), AppError> {
    session::require_role(Role::Admin).await?;
    let name = text::required(&name, 60).map_err(|m| AppError::invalid("field-tier_name", m))?;
    let share = share_percent
        .trim()
        .trim_end_matches('%')
        .trim();
    let share = text::whole_number(share)
        .ok_or_else(|| AppError::invalid("field-share", "error-number_invalid"))
        .and_then(|s| pricing::validate_share(s).map_err(|m| AppError::invalid("field-share", m)))?;
    let description = text::optional(&description, 500).map_err(|m| AppError::invalid("field-description", m))?;
    if !repo::save_tier(&pool()?, id, &name, share, &description).await? {
        return Err(AppError::Conflict("error-tier_name_taken".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=tier", routes::ADMIN));
    Ok(())
}

#[server(endpoint = "create_coordinator")]
pub async fn create_coordinator(display_name: String, email: String, phone: String, role: Option<String>) -> Result<(), AppError> {
    let admin = session::require_role(Role::Admin).await?;
    let (name, email, phone) = contact_fields(&display_name, &email, &phone)?;
    // The coordination's accounts: a coordinator, or a treasurer who sees
    // the money and not what households ordered.
    let role = match role.as_deref() {
        None | Some("coordinator") => Role::Coordinator,
        Some("treasurer") => Role::Treasurer,
        Some(_) => return Err(AppError::invalid("field-role", "error-unknown_choice")),
    };
    let account = repo::NewAccount {
        household_id: None,
        display_name: &name,
        email: email.as_deref(),
        phone: phone.as_deref(),
        role,
        password_hash: None,
    };
    let Some(account_id) = repo::insert_account(&pool()?, &account, now()).await? else {
        return Err(AppError::Conflict("error-contact_taken".into()));
    };
    invite_and_show(account_id, name, admin.account_id, routes::ADMIN).await
}

#[server(endpoint = "save_settings")]
pub async fn save_settings(
    show_full_price: Option<String>,
    order_grace_minutes: Option<String>,
    shift_cutoff_hours: Option<String>,
    association_name: Option<String>,
    association_address: Option<String>,
    arabic_digits: Option<String>,
) -> Result<(), AppError> {
    session::require_role(Role::Admin).await?;
    let mut problems = crate::error::Problems::default();
    let grace = match order_grace_minutes.as_deref().map(str::trim) {
        None | Some("") => Some(0),
        Some(m) => problems.check(
            text::whole_number(m)
                .filter(|m| (0..=7 * 24 * 60).contains(m))
                .ok_or_else(|| AppError::invalid("field-order_grace_minutes", "error-minutes_range")),
        ),
    };
    let cutoff = match shift_cutoff_hours.as_deref().map(str::trim) {
        None | Some("") => Some(crate::domain::shifts::DEFAULT_CUTOFF_HOURS),
        Some(h) => problems.check(
            text::whole_number(h)
                .filter(|h| (0..=14 * 24).contains(h))
                .ok_or_else(|| AppError::invalid("field-shift_cutoff_hours", "error-hours_range")),
        ),
    };
    // A field the form did not send keeps its value.
    let name = match association_name.as_deref() {
        None => Some(None),
        Some(n) => problems.check(text::optional(n, text::MAX_NAME).map_err(|m| AppError::invalid("field-association_name", m))).map(Some),
    };
    let address = match association_address.as_deref() {
        None => Some(None),
        Some(a) => problems.check(text::optional(a, 300).map_err(|m| AppError::invalid("field-association_address", m))).map(Some),
    };
    problems.done()?;
    let (Some(grace), Some(cutoff), Some(name), Some(address)) = (grace, cutoff, name, address) else {
        return Err(AppError::BadRequest("error-bad_form".into()));
    };
    let pool = pool()?;
    use super::Setting;
    repo::set_setting(&pool, Setting::ShiftCutoffHours, &cutoff.to_string()).await?;
    let v = if show_full_price.is_some() { "1" } else { "0" };
    repo::set_setting(&pool, Setting::ShowFullPrice, v).await?;
    repo::set_setting(&pool, Setting::OrderGraceMinutes, &grace.to_string()).await?;
    // A form without the field (an older page) keeps the choice.
    if let Some(d) = arabic_digits.as_deref() {
        let arabic = d == "arab";
        repo::set_setting(&pool, Setting::ArabicDigits, if arabic { "1" } else { "0" }).await?;
        crate::i18n::format::set_arabic_digits(arabic);
    }
    for (key, value) in [(Setting::AssociationName, name), (Setting::AssociationAddress, address)] {
        if let Some(v) = value {
            repo::set_setting(&pool, key, &v).await?;
        }
    }
    leptos_axum::redirect(&format!("{}?ok=settings", routes::ADMIN));
    Ok(())
}
