//! Server functions for memberships and the charter.

use super::{MyMembershipView, Register};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::{repo, RegisterLine},
    crate::accounts::{repo as accounts_repo, session, Role},
    crate::cycles::time,
    crate::domain::membership::{self as rules, MembershipState},
    crate::domain::{pricing, text},
    crate::ledger::PaymentMethod,
    crate::routes,
    crate::state::{now, pool},
};

/// The period a membership taken now would cover, in words.
#[cfg(feature = "ssr")]
fn next_words(latest: Option<i64>, renewal: (u32, u32), now: i64) -> (String, String) {
    repo::next_period(latest, renewal, now).map(|(from, to)| (time::date(from), time::date(to - 1))).unwrap_or_default()
}

/// The fee typed in a form: empty means the set fee.
#[cfg(feature = "ssr")]
fn typed_fee(rule: rules::FeeRule, fee: Option<&str>) -> Result<i64, AppError> {
    let chosen = match fee.map(str::trim).filter(|f| !f.is_empty()) {
        None => None,
        Some(f) => Some(pricing::parse_euros(f).map_err(|m| AppError::invalid("field-fee", m))?),
    };
    rules::fee(rule, chosen).map_err(|m| AppError::invalid("field-fee", m))
}

#[cfg(feature = "ssr")]
fn joined(j: repo::Joined) -> Result<(), AppError> {
    match j {
        repo::Joined::Done(_) => Ok(()),
        repo::Joined::NoHousehold => Err(AppError::NotFound),
        repo::Joined::Current => Err(AppError::Conflict("error-membership_current".into())),
        repo::Joined::CharterChanged => Err(AppError::Conflict("error-charter_changed".into())),
    }
}

/// The asking household's membership, and the charter to accept.
#[server(endpoint = "my_membership")]
pub async fn my_membership() -> Result<MyMembershipView, AppError> {
    let user = session::require_user().await?;
    let household = user.household_id.ok_or(AppError::Forbidden)?;
    let pool = pool()?;
    let (fee, renewal, _) = repo::rule(&pool).await?;
    let mut conn = pool.acquire().await?;
    let latest = repo::latest_end(&mut conn, household).await?;
    let charter = repo::charter(&mut conn).await?;
    let (next_from, next_to) = next_words(latest, renewal, now());
    Ok(MyMembershipView {
        state: rules::state(latest, now()),
        ends: latest.map(|e| time::date(e - 1)).unwrap_or_default(),
        next_from,
        next_to,
        fee,
        charter,
        ever: latest.is_some(),
    })
}

/// The member joins or renews online: the charter accepted, the fee owed
/// on the household's account (paid at the next distribution, or by
/// transfer).
#[server(endpoint = "join_membership")]
pub async fn join_membership(charter_id: i64, fee: Option<String>, accept: Option<String>) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let household_id = user.household_id.ok_or(AppError::Forbidden)?;
    if accept.is_none() {
        return Err(AppError::invalid("field-accept_charter", "error-charter_not_accepted"));
    }
    let pool = pool()?;
    let (rule, renewal, _) = repo::rule(&pool).await?;
    let fee_cents = typed_fee(rule, fee.as_deref())?;
    let j = repo::Join { household_id, fee_cents, charter_id, renewal, by: user.account_id, at_desk: false, paid: None, now: now() };
    joined(repo::join(&pool, &j).await?)?;
    leptos_axum::redirect(&format!("{}?ok=1#adhesion", routes::ACCOUNT));
    Ok(())
}

/// A coordinator records a membership at the desk: the charter read and
/// accepted in person, the fee paid now or owed.
#[server(endpoint = "desk_membership")]
pub async fn desk_membership(household_id: i64, charter_id: i64, fee: Option<String>, paid: Option<String>, method: Option<String>, accept: Option<String>) -> Result<(), AppError> {
    let user = session::require_role(Role::Coordinator).await?;
    if accept.is_none() {
        return Err(AppError::invalid("field-accept_charter", "error-charter_not_accepted"));
    }
    let pool = pool()?;
    let (rule, renewal, _) = repo::rule(&pool).await?;
    let fee_cents = typed_fee(rule, fee.as_deref())?;
    let paid = match paid.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        None => None,
        Some(p) => {
            let cents = pricing::parse_euros(p).map_err(|m| AppError::invalid("field-paid", m))?;
            let method = method.as_deref().and_then(PaymentMethod::from_code).ok_or_else(|| AppError::invalid("field-payment_method", "error-unknown_choice"))?;
            Some((cents, method))
        }
    };
    let j = repo::Join { household_id, fee_cents, charter_id, renewal, by: user.account_id, at_desk: true, paid, now: now() };
    joined(repo::join(&pool, &j).await?)?;
    leptos_axum::redirect(&format!("{}?ok=1#adhesion", routes::household_account(household_id)));
    Ok(())
}

/// The register: every household and its latest membership, the ones to
/// renew, the charter and the settings.
#[server(endpoint = "membership_register")]
pub async fn membership_register() -> Result<Register, AppError> {
    let user = session::require_money().await?;
    let pool = pool()?;
    let (fee, renewal, blocks_ordering) = repo::rule(&pool).await?;
    let now = now();
    let rows = repo::register(&pool).await?;
    let mut to_renew = Vec::new();
    let lines = rows
        .into_iter()
        .map(|r| {
            let state = rules::state(r.ends_at, now);
            // Those lapsed after a membership, or ending within the month:
            // a household that never joined is not "renewed" in bulk.
            if r.ends_at.is_some() && !matches!(state, MembershipState::Current { .. }) {
                to_renew.push((r.household_id, r.household.clone()));
            }
            RegisterLine {
                household_id: r.household_id,
                household: r.household,
                state,
                period: match (r.starts_at, r.ends_at) {
                    (Some(s), Some(e)) => crate::i18n::tr("ledger-period", &[("from", time::date(s)), ("to", time::date(e - 1))]),
                    _ => String::new(),
                },
                fee_cents: r.fee_cents,
                charter_version: r.version,
                by: r.by.unwrap_or_default(),
                at_desk: r.at_desk == Some(1),
                accepted: r.accepted_at.map(time::date).unwrap_or_default(),
            }
        })
        .collect();
    let mut conn = pool.acquire().await?;
    let charter = repo::charter(&mut conn).await?;
    let (next_from, next_to) = next_words(Some(now + rules::REMIND_DAYS_BEFORE * 86_400), renewal, now);
    Ok(Register {
        lines,
        charter,
        fee,
        renewal: format!("{:02}-{:02}", renewal.0, renewal.1),
        blocks_ordering,
        next_from,
        next_to,
        to_renew,
        admin: user.role == Role::Admin,
    })
}

/// Renews the households listed (those the page showed, after the
/// coordinator read what it books), each at the set fee with the charter
/// in force, owed on its account. A household renewed since is left out.
#[server(endpoint = "bulk_renew")]
pub async fn bulk_renew(charter_id: i64, households: Option<Vec<i64>>) -> Result<(), AppError> {
    let user = session::require_role(Role::Coordinator).await?;
    let households = households.unwrap_or_default();
    if households.is_empty() || households.len() > 5_000 {
        return Err(AppError::BadRequest("error-bad_form".into()));
    }
    let pool = pool()?;
    let (rule, renewal, _) = repo::rule(&pool).await?;
    let mut booked = 0;
    for household_id in households {
        let j = repo::Join { household_id, fee_cents: rule.fee_cents, charter_id, renewal, by: user.account_id, at_desk: true, paid: None, now: now() };
        match repo::join(&pool, &j).await? {
            repo::Joined::Done(_) => booked += 1,
            repo::Joined::CharterChanged => return Err(AppError::Conflict("error-charter_changed".into())),
            repo::Joined::Current | repo::Joined::NoHousehold => {}
        }
    }
    leptos_axum::redirect(&format!("{}?renouvelees={booked}", routes::MEMBERSHIPS));
    Ok(())
}

/// A new version of the charter (admin). Memberships keep the version
/// they accepted; the next ones accept this one.
#[server(endpoint = "publish_charter")]
pub async fn publish_charter(body: String) -> Result<(), AppError> {
    let user = session::require_role(Role::Admin).await?;
    let body = text::required(&body, 5_000).map_err(|m| AppError::invalid("field-charter", m))?;
    if !repo::publish_charter(&pool()?, &body, user.account_id, now()).await? {
        return Err(AppError::Conflict("error-charter_changed".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1#charte", routes::MEMBERSHIPS));
    Ok(())
}

/// The membership settings (admin): the fee, whether it is free above it,
/// the renewal date, whether a lapsed membership stops ordering.
#[server(endpoint = "save_membership_settings")]
pub async fn save_membership_settings(fee: String, free_amount: Option<String>, renewal: String, blocks_ordering: Option<String>) -> Result<(), AppError> {
    use crate::accounts::Setting;
    session::require_role(Role::Admin).await?;
    let mut problems = crate::error::Problems::default();
    let fee = problems.check(pricing::parse_euros(&fee).and_then(|c| if c > rules::MAX_FEE_CENTS { Err("error-amount_too_high") } else { Ok(c) }).map_err(|m| AppError::invalid("field-fee", m)));
    let renewal = problems.check(rules::parse_renewal(&renewal).map_err(|m| AppError::invalid("field-renewal", m)));
    problems.done()?;
    let (Some(fee), Some((month, day))) = (fee, renewal) else {
        return Err(AppError::Internal);
    };
    let pool = pool()?;
    accounts_repo::set_setting(&pool, Setting::MembershipFeeCents, &fee.to_string()).await?;
    accounts_repo::set_setting(&pool, Setting::MembershipFreeAmount, if free_amount.is_some() { "1" } else { "0" }).await?;
    accounts_repo::set_setting(&pool, Setting::MembershipRenewal, &format!("{month:02}-{day:02}")).await?;
    accounts_repo::set_setting(&pool, Setting::MembershipBlocksOrdering, if blocks_ordering.is_some() { "1" } else { "0" }).await?;
    leptos_axum::redirect(&format!("{}?ok=1", routes::MEMBERSHIPS));
    Ok(())
}
