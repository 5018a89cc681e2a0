//! Server functions for workshops.

use super::{HostView, WorkshopsPage};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::repo,
    crate::accounts::{session, Role},
    crate::cycles::time,
    crate::domain::{text, workshops as rules},
    crate::state::{now, pool},
};
#[cfg(feature = "ssr")]
use crate::routes;

/// Upcoming workshops by date (with the member's place or position), the
/// member's own proposals, past workshops with how many took part, and for
/// coordinators the proposals to decide.
#[server(endpoint = "workshops")]
pub async fn workshops_overview() -> Result<WorkshopsPage, AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let now = now();
    let upcoming = repo::upcoming(&pool, user.account_id, now)
        .await?
        .into_iter()
        .map(|w| super::WorkshopCard {
            id: w.id,
            hosts: if w.cohosts.is_empty() { w.proposer } else { format!("{}, {}", w.proposer, w.cohosts) },
            day: time::day(w.starts_at),
            hours: time::hours(w.starts_at, w.ends_at),
            places_left: rules::places_left(w.places, w.taken),
            title: w.title,
            description: w.description,
            place: w.place,
            places: w.places,
            waiting: w.waiting,
            price_note: w.price_note,
            bring: w.bring,
            languages: w.languages,
            children_welcome: w.children_welcome,
            photo_url: w.photo_url,
            my_status: w.my_status,
            my_position: w.my_position,
            my_children: w.my_children.unwrap_or(0),
            is_host: w.proposer_id == user.account_id,
        })
        .collect();
    let proposed = |rows: Vec<repo::Proposed>| -> Vec<super::ProposedRow> {
        rows.into_iter()
            .map(|w| {
                let reason = match (w.reason.is_empty(), w.votes_for, w.votes_against) {
                    (true, Some(f), Some(a)) => crate::i18n::tr("workshop-voted_down", &[("for", f), ("against", a)]),
                    _ => w.reason,
                };
                super::ProposedRow { id: w.id, title: w.title, when: time::moment(w.starts_at), state: w.state, reason, proposal_id: w.proposal_id }
            })
            .collect()
    };
    let mine = proposed(repo::proposed_by(&pool, user.account_id).await?);
    let to_decide = if user.role.coordinates() { proposed(repo::to_decide(&pool, now).await?) } else { Vec::new() };
    let past = repo::past(&pool, now)
        .await?
        .into_iter()
        .map(|w| super::PastWorkshop {
            id: w.id,
            title: w.title,
            when: time::day(w.starts_at),
            took_part: rules::took_part(w.marked, w.came, w.taken),
            is_host: w.proposer_id == user.account_id,
        })
        .collect();
    Ok(WorkshopsPage { upcoming, mine, past, to_decide, coordinates: user.role.coordinates() })
}

/// Any member proposes a workshop. Where the association has a workshops
/// commission with members, it decides by a vote (a free-kind proposal of
/// the governance module); otherwise a coordinator approves.
#[server(endpoint = "propose_workshop")]
#[allow(clippy::too_many_arguments)]
pub async fn propose_workshop(
    title: String,
    description: String,
    cohosts: String,
    day: String,
    start: String,
    end: String,
    place: String,
    places: String,
    price_note: String,
    bring: String,
    languages: String,
    children_welcome: Option<String>,
    photo_url: String,
) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let starts_at = time::parse_day_time(&day, &start).ok_or_else(|| AppError::invalid("field-workshop_day", "error-datetime_invalid"))?;
    let ends_at = time::parse_day_time(&day, &end).ok_or_else(|| AppError::invalid("field-workshop_end", "error-datetime_invalid"))?;
    let places = crate::domain::text::whole_number(&places).ok_or_else(|| AppError::invalid("field-places", "error-places_range"))?;
    let now = now();
    rules::validate(starts_at, ends_at, places, now).map_err(|(f, m)| AppError::invalid(f, m))?;
    let photo = text::photo_url(&photo_url).map_err(|m| AppError::invalid("field-photo_url", m))?;
    let w = repo::NewWorkshop {
        proposer_id: user.account_id,
        title: text::required(&title, 160).map_err(|m| AppError::invalid("field-title", m))?,
        description: text::required(&description, text::MAX_TEXT).map_err(|m| AppError::invalid("field-description", m))?,
        cohosts: text::optional(&cohosts, 200).map_err(|m| AppError::invalid("field-cohosts", m))?,
        starts_at,
        ends_at,
        place: text::required(&place, 200).map_err(|m| AppError::invalid("field-workshop_place", m))?,
        places,
        price_note: text::optional(&price_note, 200).map_err(|m| AppError::invalid("field-price_note", m))?,
        bring: text::optional(&bring, 500).map_err(|m| AppError::invalid("field-bring", m))?,
        languages: text::optional(&languages, 200).map_err(|m| AppError::invalid("field-languages", m))?,
        children_welcome: children_welcome.is_some(),
        photo_url: photo,
    };
    let pool = pool()?;
    let id = repo::create(&pool, &w, now).await?;
    // The commission votes when there is one and there is time to.
    if let (Some((commission, _)), Some(closes_at)) = (repo::workshops_commission(&pool, now).await?, rules::vote_closes_at(now, starts_at)) {
        let p = crate::governance::repo::NewProposal {
            commission_id: commission,
            author_id: user.account_id,
            idea_id: None,
            title: crate::i18n::tr("workshop-proposal_title", &[("title", &w.title)]),
            reasons: format!(
                "{}\n\n{}",
                w.description,
                crate::i18n::tr(
                    "workshop-proposal_facts",
                    &[
                        ("when", crate::i18n::Arg::Text(time::window(starts_at, ends_at))),
                        ("place", crate::i18n::Arg::from(&w.place)),
                        ("places", crate::i18n::Arg::Num(w.places)),
                    ]
                )
            ),
            change: crate::domain::governance::Change::Free { workshop: Some(id) },
            secret: false,
            closes_at,
        };
        if let crate::governance::repo::Opened::Opened(pid) = crate::governance::repo::open_proposal_for_workshop(&pool, &p, now).await? {
            repo::set_in_vote(&pool, id, pid).await?;
        }
    }
    leptos_axum::redirect(&format!("{}?ok=1#mes-propositions", routes::WORKSHOPS));
    Ok(())
}

#[server(endpoint = "decide_workshop")]
pub async fn decide_workshop(workshop_id: i64, decision: String, reason: String) -> Result<(), AppError> {
    let user = session::require_role(Role::Coordinator).await?;
    let approve = match decision.as_str() {
        "approve" => true,
        "decline" => false,
        _ => return Err(AppError::invalid("field-decision", "error-unknown_choice")),
    };
    let reason = text::optional(&reason, 500).map_err(|m| AppError::invalid("field-reason", m))?;
    if !approve && reason.is_empty() {
        return Err(AppError::invalid("field-reason", "error-reason_required"));
    }
    if !repo::decide(&pool()?, workshop_id, approve, &reason, user.account_id, now()).await? {
        return Err(AppError::Conflict("error-workshop_not_proposed".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::WORKSHOPS));
    Ok(())
}

#[server(endpoint = "sign_up_workshop")]
pub async fn sign_up_workshop(workshop_id: i64, children: Option<String>, waitlist: Option<String>) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let children = match children.as_deref().map(str::trim) {
        None | Some("") => 0,
        Some(c) => c.parse::<i64>().map_err(|_| AppError::invalid("field-children", "error-children_range"))?,
    };
    match repo::sign_up(&pool()?, workshop_id, user.account_id, children, waitlist.is_some(), now()).await? {
        repo::SignedUp::Confirmed | repo::SignedUp::Waiting(_) => {}
        repo::SignedUp::Full => return Err(AppError::Conflict("error-workshop_full".into())),
        repo::SignedUp::Already => return Err(AppError::Conflict("error-workshop_already_in".into())),
        repo::SignedUp::NotOpen => return Err(AppError::Conflict("error-workshop_not_open".into())),
        repo::SignedUp::Refused(m) => return Err(AppError::invalid("field-children", m)),
    }
    leptos_axum::redirect(&format!("{}?ok=1#atelier-{workshop_id}", routes::WORKSHOPS));
    Ok(())
}

#[server(endpoint = "withdraw_workshop")]
pub async fn withdraw_workshop(workshop_id: i64) -> Result<(), AppError> {
    let user = session::require_user().await?;
    match repo::withdraw(&pool()?, workshop_id, user.account_id, now()).await? {
        repo::Withdrawn::Done => {}
        repo::Withdrawn::NotSignedUp => return Err(AppError::Conflict("error-workshop_not_signed_up".into())),
        repo::Withdrawn::Started => return Err(AppError::Conflict("error-workshop_not_open".into())),
    }
    leptos_axum::redirect(&format!("{}?ok=1#atelier-{workshop_id}", routes::WORKSHOPS));
    Ok(())
}

/// Whether the asking person hosts the workshop (or coordinates).
#[cfg(feature = "ssr")]
async fn host_or_coordinator(pool: &sqlx::AnyPool, workshop_id: i64) -> Result<(crate::accounts::CurrentUser, repo::Hosted), AppError> {
    let user = session::require_user().await?;
    let w = repo::hosted(pool, workshop_id).await?.ok_or(AppError::NotFound)?;
    if w.proposer_id != user.account_id && !user.role.coordinates() {
        return Err(AppError::Forbidden);
    }
    Ok((user, w))
}

/// Who comes: names, and the count with children.
#[server(endpoint = "workshop_host")]
pub async fn workshop_host(workshop_id: i64) -> Result<HostView, AppError> {
    let pool = pool()?;
    let (user, w) = host_or_coordinator(&pool, workshop_id).await?;
    let people: Vec<super::Participant> = repo::participants(&pool, workshop_id)
        .await?
        .into_iter()
        .map(|p| super::Participant { account_id: p.account_id, name: p.display_name, children: p.children, status: p.status, attended: p.attended.map(|a| a == 1) })
        .collect();
    let confirmed: Vec<&super::Participant> = people.iter().filter(|p| p.status == "confirmed").collect();
    Ok(HostView {
        id: workshop_id,
        title: w.title,
        when: time::moment(w.starts_at),
        started: now() >= w.starts_at,
        coming: confirmed.len() as i64,
        with_children: confirmed.iter().map(|p| 1 + p.children).sum(),
        people,
        coordinates: user.role.coordinates(),
    })
}

#[server(endpoint = "mark_workshop_attendance")]
pub async fn mark_workshop_attendance(workshop_id: i64, account_id: i64, attended: String) -> Result<(), AppError> {
    let pool = pool()?;
    host_or_coordinator(&pool, workshop_id).await?;
    let attended = match attended.as_str() {
        "yes" => true,
        "no" => false,
        _ => return Err(AppError::invalid("field-attended", "error-unknown_choice")),
    };
    if !repo::mark_attendance(&pool, workshop_id, account_id, attended, now()).await? {
        return Err(AppError::Conflict("error-workshop_not_started".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::workshop_host(workshop_id)));
    Ok(())
}

#[server(endpoint = "cancel_workshop")]
pub async fn cancel_workshop(workshop_id: i64, message: String) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let message = text::required(&message, 500).map_err(|m| AppError::invalid("field-cancel_message", m))?;
    if !repo::cancel(&pool()?, workshop_id, &message, now()).await? {
        return Err(AppError::Conflict("error-workshop_not_open".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::WORKSHOPS));
    Ok(())
}
