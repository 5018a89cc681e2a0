//! Server functions for shifts: members sign up and withdraw, coordinators
//! define shifts and tasks, watch coverage, add or remove people and
//! confirm who came.

use super::{Board, Coverage, Task};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::repo,
    crate::accounts::{session, Role},
    crate::cycles::{repo as cycles_repo, time},
    crate::domain::{shifts as rules, text},
    crate::state::{now, pool},
};
#[cfg(feature = "ssr")]
use crate::routes;

/// The withdrawal cut-off in hours (an admin setting).
#[cfg(feature = "ssr")]
async fn cutoff_hours(pool: &sqlx::AnyPool) -> Result<i64, sqlx::Error> {
    Ok(crate::accounts::repo::settings(pool).await?.shift_cutoff_hours)
}

/// The member's shifts page: theirs, the coming ones by day, the past ones
/// and the household's hours.
#[server(endpoint = "shift_board")]
pub async fn shift_board() -> Result<Board, AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let now = now();
    let cutoff = cutoff_hours(&pool).await?;
    let warehouse = crate::i18n::t("shift-warehouse");
    let cards: Vec<(i64, super::ShiftCard)> = repo::board(&pool, user.account_id, now)
        .await?
        .into_iter()
        .map(|r| {
            let card = super::ShiftCard {
                id: r.shift_id,
                task: r.task,
                notes: r.notes,
                place: r.place.unwrap_or_else(|| warehouse.to_string()),
                address: r.address.unwrap_or_default(),
                day: time::day(r.starts_at),
                hours: time::hours(r.starts_at, r.ends_at),
                needed: r.needed,
                places_left: rules::places_left(r.needed, r.taken),
                mine: r.mine,
                may_withdraw: r.mine && rules::may_withdraw(now, r.starts_at, cutoff),
            };
            (r.starts_at, card)
        })
        .collect();
    let mine = cards.iter().filter(|(_, c)| c.mine).map(|(_, c)| c.clone()).collect();
    let mut days: Vec<(String, Vec<super::ShiftCard>)> = Vec::new();
    for (_, card) in cards.into_iter().filter(|(starts, _)| *starts > now) {
        match days.last_mut() {
            Some((d, list)) if *d == card.day => list.push(card),
            _ => days.push((card.day.clone(), vec![card])),
        }
    }
    let seconds = match user.household_id {
        Some(h) => repo::household_seconds(&pool, h).await?,
        None => 0,
    };
    Ok(Board {
        mine,
        days,
        past: repo::past(&pool, user.account_id, now)
            .await?
            .into_iter()
            .map(|r| super::PastShift { task: r.name, day: time::day(r.starts_at), hours: time::hours(r.starts_at, r.ends_at), status: r.status })
            .collect(),
        household_hours: rules::format_hours(seconds),
        cutoff_hours: cutoff,
        contacts: repo::contacts(&pool).await?,
        tables: {
            let mut cycles: Vec<i64> = repo::my_tables(&pool, user.account_id, now).await?.into_iter().map(|(_, c)| c).collect();
            // One link per cycle, however many table shifts the volunteer
            // holds in it (dedup alone removes only neighbours).
            cycles.sort_unstable();
            cycles.dedup();
            cycles
        },
    })
}

#[cfg(feature = "ssr")]
fn refusal(r: rules::Refusal) -> AppError {
    AppError::Conflict(r.message_key().into())
}

/// One tap: "I'll be there".
#[server(endpoint = "sign_up_for_shift")]
pub async fn sign_up_for_shift(shift_id: i64) -> Result<(), AppError> {
    let user = session::require_user().await?;
    match repo::sign_up(&pool()?, shift_id, user.account_id, None, now()).await? {
        repo::SignUp::Done => {}
        repo::SignUp::Refused(r) => return Err(refusal(r)),
        repo::SignUp::NotFound => return Err(AppError::NotFound),
    }
    leptos_axum::redirect(&format!("{}?ok=1#creneau-{shift_id}", routes::SHIFTS));
    Ok(())
}

/// Withdraws until the cut-off; after it, the member is asked to call.
#[server(endpoint = "withdraw_from_shift")]
pub async fn withdraw_from_shift(shift_id: i64) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let cutoff = cutoff_hours(&pool).await?;
    match repo::withdraw(&pool, shift_id, user.account_id, Some(cutoff), now()).await? {
        repo::Withdrawn::Done => {}
        repo::Withdrawn::TooLate => return Err(AppError::Conflict("error-shift_too_late_to_withdraw".into())),
        repo::Withdrawn::NotSignedUp => return Err(AppError::Conflict("error-shift_not_signed_up".into())),
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::SHIFTS));
    Ok(())
}

/// A cycle's shifts at a glance, the short ones first.
#[server(endpoint = "shift_coverage")]
pub async fn shift_coverage(cycle_id: i64) -> Result<Coverage, AppError> {
    session::require_role(Role::Coordinator).await?;
    let pool = pool()?;
    let c = cycles_repo::get(&pool, cycle_id).await?.ok_or(AppError::NotFound)?;
    let shifts = coverage(repo::coverage(&pool, cycle_id).await?, now());
    Ok(Coverage {
        cycle_id,
        cycle_name: c.name,
        needed: shifts.iter().map(|s| s.needed).sum(),
        taken: shifts.iter().map(|s| s.taken).sum(),
        shifts,
        tasks: repo::tasks(&pool).await?,
        points: cycles_repo::pickup_points(&pool).await?,
        members: repo::members(&pool).await?,
        copy_from: repo::copy_source(&pool, cycle_id).await?.map(|(_, name, _)| name),
    })
}

/// The shifts with who signed up, in words, the short ones first.
#[cfg(feature = "ssr")]
fn coverage((shifts, people): (Vec<repo::CoverageRow>, Vec<repo::VolunteerRow>), now: i64) -> Vec<super::CoverageShift> {
    let warehouse = crate::i18n::t("shift-warehouse");
    let mut out = Vec::new();
    for r in shifts {
        let (id, s, e, needed, taken) = (r.id, r.starts_at, r.ends_at, r.needed, r.taken);
        let who = people
            .iter()
            .filter(|p| p.shift_id == id)
            .map(|p| super::Volunteer {
                account_id: p.id,
                name: p.display_name.clone(),
                phone: p.phone.as_deref().map(text::display_phone),
                status: p.status.clone(),
            })
            .collect();
        out.push((
            rules::coverage_order(needed, taken, s),
            super::CoverageShift {
                id,
                task: r.task,
                place: r.place.unwrap_or_else(|| warehouse.to_string()),
                when: time::window(s, e),
                needed,
                taken,
                short_soon: rules::is_short_soon(now, s, needed, taken),
                started: now >= s,
                people: who,
            },
        ));
    }
    out.sort_by_key(|(k, _)| *k);
    out.into_iter().map(|(_, s)| s).collect()
}

#[server(endpoint = "create_shift")]
pub async fn create_shift(
    cycle_id: i64,
    task_id: i64,
    place: String,
    day: String,
    start: String,
    end: String,
    needed: String,
    notes: String,
) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let starts_at = time::parse_day_time(&day, &start).ok_or_else(|| AppError::invalid("field-shift_start", "error-datetime_invalid"))?;
    let ends_at = time::parse_day_time(&day, &end).ok_or_else(|| AppError::invalid("field-shift_end", "error-datetime_invalid"))?;
    let needed = crate::domain::text::whole_number(&needed).ok_or_else(|| AppError::invalid("field-needed", "error-needed_range"))?;
    rules::validate(starts_at, ends_at, needed, 0).map_err(|(f, m)| AppError::invalid(f, m))?;
    if ends_at <= now() {
        return Err(AppError::invalid("field-shift_end", "error-shift_in_past"));
    }
    let notes = text::optional(&notes, text::MAX_TEXT).map_err(|m| AppError::invalid("field-notes", m))?;
    let pickup_point_id = match place.trim() {
        "" | "0" => None,
        p => Some(p.parse::<i64>().map_err(|_| AppError::invalid("field-shift_place", "error-unknown_choice"))?),
    };
    let new = repo::NewShift { cycle_id, task_id, pickup_point_id, starts_at, ends_at, needed, notes };
    match repo::create_shift(&pool()?, &new).await? {
        repo::Created::Created(_) => {}
        repo::Created::CycleClosedForShifts => return Err(AppError::Conflict("error-cycle_not_editable".into())),
        repo::Created::UnknownChoice => return Err(AppError::invalid("field-task", "error-unknown_choice")),
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::cycle_page(cycle_id, "creneaux")));
    Ok(())
}

#[server(endpoint = "set_shift_needed")]
pub async fn set_shift_needed(shift_id: i64, needed: String) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let pool = pool()?;
    let s = repo::get(&pool, shift_id).await?.ok_or(AppError::NotFound)?;
    let needed = crate::domain::text::whole_number(&needed).ok_or_else(|| AppError::invalid("field-needed", "error-needed_range"))?;
    rules::validate(s.starts_at, s.ends_at, needed, s.taken).map_err(|(f, m)| AppError::invalid(f, m))?;
    if !repo::set_needed(&pool, shift_id, needed).await? {
        return Err(AppError::invalid("field-needed", "error-needed_below_taken"));
    }
    leptos_axum::redirect(&format!("{}?ok=1#creneau-{shift_id}", routes::cycle_page(s.cycle_id, "creneaux")));
    Ok(())
}

/// Deleting a shift cannot be undone and tells the people signed up: the
/// form asks first, and a post without `confirmed=yes` changes nothing.
#[server(endpoint = "delete_shift")]
pub async fn delete_shift(shift_id: i64, confirmed: Option<String>) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    if confirmed.as_deref() != Some("yes") {
        return Err(AppError::BadRequest("error-confirm_first".into()));
    }
    let pool = pool()?;
    let s = repo::get(&pool, shift_id).await?.ok_or(AppError::NotFound)?;
    repo::delete_shift(&pool, shift_id, now()).await?;
    leptos_axum::redirect(&format!("{}?ok=1", routes::cycle_page(s.cycle_id, "creneaux")));
    Ok(())
}

/// Copies last cycle's set of shifts, moved to this cycle's dates.
#[server(endpoint = "copy_shifts")]
pub async fn copy_shifts(cycle_id: i64) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let pool = pool()?;
    cycles_repo::get(&pool, cycle_id).await?.ok_or(AppError::NotFound)?;
    if repo::copy_previous(&pool, cycle_id).await? == 0 {
        return Err(AppError::Conflict("error-nothing_to_copy".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::cycle_page(cycle_id, "creneaux")));
    Ok(())
}

/// A coordinator signs someone up (they said yes on the phone, or came on
/// the day).
#[server(endpoint = "add_volunteer")]
pub async fn add_volunteer(shift_id: i64, account_id: i64) -> Result<(), AppError> {
    let coord = session::require_role(Role::Coordinator).await?;
    let pool = pool()?;
    let s = repo::get(&pool, shift_id).await?.ok_or(AppError::NotFound)?;
    match repo::sign_up(&pool, shift_id, account_id, Some(coord.account_id), now()).await? {
        repo::SignUp::Done => {}
        repo::SignUp::Refused(r) => return Err(refusal(r)),
        repo::SignUp::NotFound => return Err(AppError::NotFound),
    }
    leptos_axum::redirect(&format!("{}?ok=1#creneau-{shift_id}", routes::cycle_page(s.cycle_id, "creneaux")));
    Ok(())
}

#[server(endpoint = "remove_volunteer")]
pub async fn remove_volunteer(shift_id: i64, account_id: i64) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let pool = pool()?;
    let s = repo::get(&pool, shift_id).await?.ok_or(AppError::NotFound)?;
    match repo::withdraw(&pool, shift_id, account_id, None, now()).await? {
        repo::Withdrawn::Done => {}
        _ => return Err(AppError::Conflict("error-shift_not_signed_up".into())),
    }
    leptos_axum::redirect(&format!("{}?ok=1#creneau-{shift_id}", routes::cycle_page(s.cycle_id, "creneaux")));
    Ok(())
}

/// Done or no-show, once the shift has begun; "done" counts toward the
/// household's hours.
#[server(endpoint = "mark_attendance")]
pub async fn mark_attendance(shift_id: i64, account_id: i64, status: String) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    if !matches!(status.as_str(), "done" | "no_show" | "signed") {
        return Err(AppError::invalid("field-status", "error-unknown_choice"));
    }
    let pool = pool()?;
    let s = repo::get(&pool, shift_id).await?.ok_or(AppError::NotFound)?;
    if !rules::may_mark_attendance(now(), s.starts_at) {
        return Err(AppError::Conflict("error-shift_not_started".into()));
    }
    if !repo::mark(&pool, shift_id, account_id, &status, now()).await? {
        return Err(AppError::Conflict("error-shift_not_signed_up".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1#creneau-{shift_id}", routes::cycle_page(s.cycle_id, "creneaux")));
    Ok(())
}

#[server(endpoint = "shift_tasks")]
pub async fn shift_tasks() -> Result<Vec<Task>, AppError> {
    session::require_role(Role::Coordinator).await?;
    Ok(repo::tasks(&pool()?).await?)
}

/// Creates or edits a reusable task.
#[server(endpoint = "save_shift_task")]
#[allow(clippy::too_many_arguments)]
pub async fn save_shift_task(
    id: Option<i64>,
    name: String,
    description: String,
    with_children: Option<String>,
    little_french: Option<String>,
    limited_mobility: Option<String>,
    at_table: Option<String>,
) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let task = Task {
        id: id.unwrap_or(0),
        name: text::required(&name, text::MAX_NAME).map_err(|m| AppError::invalid("field-name", m))?,
        description: text::required(&description, text::MAX_TEXT).map_err(|m| AppError::invalid("field-description", m))?,
        with_children: with_children.is_some(),
        little_french: little_french.is_some(),
        limited_mobility: limited_mobility.is_some(),
        at_table: at_table.is_some(),
    };
    if !repo::save_task(&pool()?, &task).await? {
        return Err(AppError::Conflict("error-name_taken".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::TASKS));
    Ok(())
}
