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
    crate::state::{get_i64, now, pool},
    sqlx::Row,
};

/// Upcoming workshops by date (with the member's place or position), the
/// member's own proposals, past workshops with how many took part, and for
/// coordinators the proposals to decide.
#[server(endpoint = "workshops")]
pub async fn workshops_overview() -> Result<WorkshopsPage, AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let now = now();
    let rows = sqlx::query(
        "SELECT w.*, a.display_name AS proposer, s.status AS my_status, s.seq AS my_seq, s.children AS my_children, \
         (SELECT COUNT(*) FROM workshop_signups x WHERE x.workshop_id = w.id AND x.status = 'waiting') AS waiting \
         FROM workshops w JOIN accounts a ON a.id = w.proposer_id \
         LEFT JOIN workshop_signups s ON s.workshop_id = w.id AND s.account_id = $1 \
         WHERE w.state = 'published' AND w.ends_at > $2 ORDER BY w.starts_at, w.id LIMIT 200",
    )
    .bind(user.account_id)
    .bind(now)
    .fetch_all(&pool)
    .await?;
    let mut upcoming = Vec::new();
    for r in &rows {
        let id = get_i64(r, "id")?;
        let my_status: Option<String> = r.try_get("my_status")?;
        let my_position = match (&my_status, r.try_get::<Option<i64>, _>("my_seq")?) {
            (Some(s), Some(seq)) if s == "waiting" => Some(get_i64(
                &sqlx::query("SELECT COUNT(*) AS n FROM workshop_signups WHERE workshop_id = $1 AND status = 'waiting' AND seq <= $2")
                    .bind(id)
                    .bind(seq)
                    .fetch_one(&pool)
                    .await?,
                "n",
            )?),
            _ => None,
        };
        let cohosts: String = r.try_get("cohosts")?;
        let proposer: String = r.try_get("proposer")?;
        let (s, e) = (get_i64(r, "starts_at")?, get_i64(r, "ends_at")?);
        upcoming.push(super::WorkshopCard {
            id,
            title: r.try_get("title")?,
            description: r.try_get("description")?,
            hosts: if cohosts.is_empty() { proposer } else { format!("{proposer}, {cohosts}") },
            day: time::day(s),
            hours: time::hours(s, e),
            place: r.try_get("place")?,
            places: get_i64(r, "places")?,
            places_left: (get_i64(r, "places")? - get_i64(r, "taken")?).max(0),
            waiting: get_i64(r, "waiting")?,
            price_note: r.try_get("price_note")?,
            bring: r.try_get("bring")?,
            languages: r.try_get("languages")?,
            children_welcome: get_i64(r, "children_welcome")? == 1,
            photo_url: r.try_get("photo_url")?,
            my_status,
            my_position,
            my_children: r.try_get::<Option<i64>, _>("my_children")?.unwrap_or(0),
            is_host: get_i64(r, "proposer_id")? == user.account_id,
        });
    }
    let proposed = |sql: &'static str, bind: i64| {
        let pool = pool.clone();
        async move {
            sqlx::query(sql)
                .bind(bind)
                .fetch_all(&pool)
                .await?
                .iter()
                .map(|r| {
                    Ok(super::ProposedRow {
                        id: get_i64(r, "id")?,
                        title: r.try_get("title")?,
                        when: time::moment(get_i64(r, "starts_at")?),
                        state: r.try_get("state")?,
                        reason: r.try_get("reason")?,
                        proposal_id: r.try_get("proposal_id")?,
                    })
                })
                .collect::<Result<Vec<_>, sqlx::Error>>()
        }
    };
    let mine = proposed("SELECT id, title, starts_at, state, reason, proposal_id FROM workshops WHERE proposer_id = $1 ORDER BY id DESC LIMIT 30", user.account_id).await?;
    let to_decide = if user.role.coordinates() {
        proposed("SELECT id, title, starts_at, state, reason, proposal_id FROM workshops WHERE state = 'proposed' AND starts_at > $1 ORDER BY starts_at", now).await?
    } else {
        Vec::new()
    };
    let past = sqlx::query(
        "SELECT w.id, w.title, w.starts_at, w.proposer_id, \
         CAST(COALESCE((SELECT SUM(CASE WHEN s.attended = 1 THEN s.seats ELSE 0 END) FROM workshop_signups s WHERE s.workshop_id = w.id), 0) AS BIGINT) AS came, \
         (SELECT COUNT(*) FROM workshop_signups s WHERE s.workshop_id = w.id AND s.attended IS NOT NULL) AS marked, w.taken \
         FROM workshops w WHERE w.state = 'published' AND w.ends_at <= $1 ORDER BY w.starts_at DESC LIMIT 30",
    )
    .bind(now)
    .fetch_all(&pool)
    .await?
    .iter()
    .map(|r| {
        Ok(super::PastWorkshop {
            id: get_i64(r, "id")?,
            title: r.try_get("title")?,
            when: time::day(get_i64(r, "starts_at")?),
            took_part: if get_i64(r, "marked")? > 0 { get_i64(r, "came")? } else { get_i64(r, "taken")? },
            is_host: get_i64(r, "proposer_id")? == user.account_id,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
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
    let starts_at = time::parse_day_time(&day, &start).ok_or_else(|| AppError::invalid("field.workshop_day", "error.datetime_invalid"))?;
    let ends_at = time::parse_day_time(&day, &end).ok_or_else(|| AppError::invalid("field.workshop_end", "error.datetime_invalid"))?;
    let places = places.trim().parse::<i64>().map_err(|_| AppError::invalid("field.places", "error.places_range"))?;
    let now = now();
    rules::validate(starts_at, ends_at, places, now).map_err(|(f, m)| AppError::invalid(f, m))?;
    let photo = text::photo_url(&photo_url).map_err(|m| AppError::invalid("field.photo_url", m))?;
    let w = repo::NewWorkshop {
        proposer_id: user.account_id,
        title: text::required(&title, 160).map_err(|m| AppError::invalid("field.title", m))?,
        description: text::required(&description, text::MAX_TEXT).map_err(|m| AppError::invalid("field.description", m))?,
        cohosts: text::optional(&cohosts, 200).map_err(|m| AppError::invalid("field.cohosts", m))?,
        starts_at,
        ends_at,
        place: text::required(&place, 200).map_err(|m| AppError::invalid("field.workshop_place", m))?,
        places,
        price_note: text::optional(&price_note, 200).map_err(|m| AppError::invalid("field.price_note", m))?,
        bring: text::optional(&bring, 500).map_err(|m| AppError::invalid("field.bring", m))?,
        languages: text::optional(&languages, 200).map_err(|m| AppError::invalid("field.languages", m))?,
        children_welcome: children_welcome.is_some(),
        photo_url: photo,
    };
    let pool = pool()?;
    let id = repo::create(&pool, &w, now).await?;
    // The commission votes when there is one and there is time to.
    let closes_at = (now + 5 * 86_400).min(starts_at - 2 * 3600);
    if let (Some((commission, _)), true) = (repo::workshops_commission(&pool, now).await?, closes_at > now + 3600) {
        let p = crate::governance::repo::NewProposal {
            commission_id: commission,
            author_id: user.account_id,
            idea_id: None,
            title: format!("{} {}", crate::i18n::t("workshop.proposal_prefix"), w.title),
            reasons: format!("{}\n\n{} · {} · {}", w.description, time::window(starts_at, ends_at), w.place, w.places),
            kind: "free".into(),
            payload: serde_json::json!({"workshop": id}),
            secret: false,
            closes_at,
        };
        if let crate::governance::repo::Opened::Opened(pid) = crate::governance::repo::open_proposal_for_workshop(&pool, &p, now).await? {
            repo::set_in_vote(&pool, id, pid).await?;
        }
    }
    leptos_axum::redirect("/ateliers?ok=1#mes-propositions");
    Ok(())
}

#[server(endpoint = "decide_workshop")]
pub async fn decide_workshop(workshop_id: i64, decision: String, reason: String) -> Result<(), AppError> {
    let user = session::require_role(Role::Coordinator).await?;
    let approve = match decision.as_str() {
        "approve" => true,
        "decline" => false,
        _ => return Err(AppError::invalid("field.decision", "error.unknown_choice")),
    };
    let reason = text::optional(&reason, 500).map_err(|m| AppError::invalid("field.reason", m))?;
    if !approve && reason.is_empty() {
        return Err(AppError::invalid("field.reason", "error.reason_required"));
    }
    if !repo::decide(&pool()?, workshop_id, approve, &reason, user.account_id, now()).await? {
        return Err(AppError::Conflict("error.workshop_not_proposed".into()));
    }
    leptos_axum::redirect("/ateliers?ok=1");
    Ok(())
}

#[server(endpoint = "sign_up_workshop")]
pub async fn sign_up_workshop(workshop_id: i64, children: Option<String>, waitlist: Option<String>) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let children = match children.as_deref().map(str::trim) {
        None | Some("") => 0,
        Some(c) => c.parse::<i64>().map_err(|_| AppError::invalid("field.children", "error.children_range"))?,
    };
    match repo::sign_up(&pool()?, workshop_id, user.account_id, children, waitlist.is_some(), now()).await? {
        repo::SignedUp::Confirmed | repo::SignedUp::Waiting(_) => {}
        repo::SignedUp::Full => return Err(AppError::Conflict("error.workshop_full".into())),
        repo::SignedUp::Already => return Err(AppError::Conflict("error.workshop_already_in".into())),
        repo::SignedUp::NotOpen => return Err(AppError::Conflict("error.workshop_not_open".into())),
        repo::SignedUp::Refused(m) => return Err(AppError::invalid("field.children", m)),
    }
    leptos_axum::redirect(&format!("/ateliers?ok=1#atelier-{workshop_id}"));
    Ok(())
}

#[server(endpoint = "withdraw_workshop")]
pub async fn withdraw_workshop(workshop_id: i64) -> Result<(), AppError> {
    let user = session::require_user().await?;
    match repo::withdraw(&pool()?, workshop_id, user.account_id, now()).await? {
        repo::Withdrawn::Done => {}
        repo::Withdrawn::NotSignedUp => return Err(AppError::Conflict("error.workshop_not_signed_up".into())),
        repo::Withdrawn::Started => return Err(AppError::Conflict("error.workshop_not_open".into())),
    }
    leptos_axum::redirect(&format!("/ateliers?ok=1#atelier-{workshop_id}"));
    Ok(())
}

/// Whether the asking person hosts the workshop (or coordinates).
#[cfg(feature = "ssr")]
async fn host_or_coordinator(pool: &sqlx::AnyPool, workshop_id: i64) -> Result<(crate::accounts::CurrentUser, sqlx::any::AnyRow), AppError> {
    let user = session::require_user().await?;
    let w = sqlx::query("SELECT id, title, starts_at, proposer_id FROM workshops WHERE id = $1").bind(workshop_id).fetch_optional(pool).await?.ok_or(AppError::NotFound)?;
    if get_i64(&w, "proposer_id")? != user.account_id && !user.role.coordinates() {
        return Err(AppError::Forbidden);
    }
    Ok((user, w))
}

/// Who comes: names, and the count with children.
#[server(endpoint = "workshop_host")]
pub async fn workshop_host(workshop_id: i64) -> Result<HostView, AppError> {
    let pool = pool()?;
    let (user, w) = host_or_coordinator(&pool, workshop_id).await?;
    let people: Vec<super::Participant> = sqlx::query(
        "SELECT s.account_id, a.display_name, s.children, s.status, s.attended FROM workshop_signups s JOIN accounts a ON a.id = s.account_id \
         WHERE s.workshop_id = $1 ORDER BY s.status, s.seq",
    )
    .bind(workshop_id)
    .fetch_all(&pool)
    .await?
    .iter()
    .map(|r| {
        Ok(super::Participant {
            account_id: get_i64(r, "account_id")?,
            name: r.try_get("display_name")?,
            children: get_i64(r, "children")?,
            status: r.try_get("status")?,
            attended: r.try_get::<Option<i64>, _>("attended")?.map(|a| a == 1),
        })
    })
    .collect::<Result<_, sqlx::Error>>()?;
    let confirmed: Vec<&super::Participant> = people.iter().filter(|p| p.status == "confirmed").collect();
    Ok(HostView {
        id: workshop_id,
        title: w.try_get("title")?,
        when: time::moment(get_i64(&w, "starts_at")?),
        started: now() >= get_i64(&w, "starts_at")?,
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
        _ => return Err(AppError::invalid("field.attended", "error.unknown_choice")),
    };
    if !repo::mark_attendance(&pool, workshop_id, account_id, attended, now()).await? {
        return Err(AppError::Conflict("error.workshop_not_started".into()));
    }
    leptos_axum::redirect(&format!("/ateliers/{workshop_id}/hote?ok=1"));
    Ok(())
}

#[server(endpoint = "cancel_workshop")]
pub async fn cancel_workshop(workshop_id: i64, message: String) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let message = text::required(&message, 500).map_err(|m| AppError::invalid("field.cancel_message", m))?;
    if !repo::cancel(&pool()?, workshop_id, &message, now()).await? {
        return Err(AppError::Conflict("error.workshop_not_open".into()));
    }
    leptos_axum::redirect("/ateliers?ok=1");
    Ok(())
}
