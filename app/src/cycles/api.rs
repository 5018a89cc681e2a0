//! Server functions for cycles (coordinators).

use super::{CycleDetail, CycleRow};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::{repo, time},
    crate::accounts::{session, Role},
    crate::domain::{cycles, cycles::CycleState, text},
    crate::state::{now, pool},
};
#[cfg(feature = "ssr")]
use crate::routes;

#[server(endpoint = "cycles")]
pub async fn cycles() -> Result<Vec<CycleRow>, AppError> {
    session::require_role(Role::Coordinator).await?;
    Ok(repo::list(&pool()?)
        .await?
        .into_iter()
        .map(|repo::ListedRow { core: c, orders }| CycleRow { id: c.id, name: c.name, state: c.state, opens: time::moment(c.opens_at), closes: time::moment(c.closes_at), orders })
        .collect())
}

/// The coordination's home: what needs doing now.
#[server(endpoint = "coordination_todo")]
pub async fn coordination_todo() -> Result<Vec<super::Todo>, AppError> {
    session::require_role(Role::Coordinator).await?;
    Ok(todo(repo::todo_rows(&pool()?, now()).await?))
}

/// What the coordination should see to now, across cycles, in the order
/// of the cycles.
#[cfg(feature = "ssr")]
fn todo(rows: Vec<repo::TodoRow>) -> Vec<super::Todo> {
    use super::{Todo, TodoKind as K};
    let mut out = Vec::new();
    for r in rows {
        let c = &r.core;
        let mut push = |kind, count, when: String| out.push(Todo { kind, cycle_id: c.id, cycle: c.name.clone(), count, when });
        match c.state {
            CycleState::Planned if r.windows == 0 => push(K::Prepare, 0, time::moment(c.opens_at)),
            CycleState::Open => push(K::Open, r.orders, time::moment(c.closes_at)),
            CycleState::Closed => {
                if r.unreceived > 0 {
                    push(K::Receive, r.unreceived, String::new());
                }
                if r.waiting > 0 {
                    push(K::Distribute, r.waiting, String::new());
                }
            }
            _ => {}
        }
        if r.short_shifts > 0 {
            push(K::ShiftsShort, r.short_shifts, String::new());
        }
        if r.owed > 0 {
            push(K::Owed, r.owed, String::new());
        }
    }
    out
}

/// The cycle's pickup points, each with all its windows in words (in time
/// order), the points in the order of their first window.
#[cfg(feature = "ssr")]
pub async fn pickups(pool: &sqlx::AnyPool, cycle_id: i64) -> Result<Vec<super::PickupWindow>, sqlx::Error> {
    let mut out: Vec<super::PickupWindow> = Vec::new();
    for r in repo::pickup_windows(pool, cycle_id).await? {
        let words = time::window(r.starts_at, r.ends_at);
        match out.iter_mut().find(|w| w.point_id == r.point_id) {
            Some(w) => {
                w.window = crate::i18n::tr("cycle-window_or", &[("first".into(), w.window.clone()), ("next".into(), words.clone())]);
                w.windows.push((r.window_id, words));
            }
            None => out.push(super::PickupWindow {
                point_id: r.point_id,
                name: r.name,
                address: r.address,
                access_notes: r.access_notes,
                window: words.clone(),
                windows: vec![(r.window_id, words)],
            }),
        }
    }
    Ok(out)
}

#[server(endpoint = "cycle")]
pub async fn cycle(id: i64) -> Result<CycleDetail, AppError> {
    session::require_role(Role::Coordinator).await?;
    let pool = pool()?;
    let c = repo::get(&pool, id).await?.ok_or(AppError::NotFound)?;
    let (products, orders, waiting) = repo::counts(&pool, id).await?;
    // Opening belongs to the scheduler; a coordinator may close early
    // (the producer needs the order sooner), and makes the later moves.
    let next = [CycleState::Closed, CycleState::Distributed, CycleState::Archived, CycleState::Cancelled]
        .into_iter()
        .filter(|to| c.state.can_become(*to))
        .collect();
    Ok(CycleDetail {
        id: c.id,
        name: c.name,
        state: c.state,
        opens: time::moment(c.opens_at),
        closes: time::moment(c.closes_at),
        opens_input: time::to_input(c.opens_at),
        closes_input: time::to_input(c.closes_at),
        pickups: pickups(&pool, id).await?,
        points: repo::pickup_points(&pool).await?,
        products,
        orders,
        waiting,
        next,
    })
}

/// A cycle's name and dates as typed, checked: every problem at once.
#[cfg(feature = "ssr")]
fn checked_cycle(name: &str, opens: &str, closes: &str) -> Result<(String, i64, i64), AppError> {
    let mut problems = crate::error::Problems::default();
    let name = problems.check(text::required(name, text::MAX_NAME).map_err(|m| AppError::invalid("field-cycle_name", m)));
    let opens_at = problems.check(time::parse_local(opens).ok_or_else(|| AppError::invalid("field-opens", "error-datetime_invalid")));
    let closes_at = problems.check(time::parse_local(closes).ok_or_else(|| AppError::invalid("field-closes", "error-datetime_invalid")));
    if let (Some(o), Some(c)) = (opens_at, closes_at) {
        problems.check(cycles::validate_dates(o, c, now()).map_err(|m| AppError::invalid("field-closes", m)));
    }
    problems.done()?;
    match (name, opens_at, closes_at) {
        (Some(n), Some(o), Some(c)) => Ok((n, o, c)),
        _ => Err(AppError::BadRequest("error-bad_form".into())),
    }
}

/// Refuses dates over another planned or open cycle (but `except`) unless
/// the coordinator said it is meant, naming the cycles in the way.
#[cfg(feature = "ssr")]
async fn refuse_overlap(pool: &sqlx::AnyPool, except: i64, opens_at: i64, closes_at: i64, meant: bool) -> Result<(), AppError> {
    if meant {
        return Ok(());
    }
    let others = repo::spans(pool, except).await?;
    let clash = cycles::overlapping(opens_at, closes_at, &others);
    if clash.is_empty() { Ok(()) } else { Err(AppError::Line(clash.join(", "), "error-cycle_overlaps".into())) }
}

/// Plans a cycle. Every problem of the form is said at once; dates that
/// overlap a planned or open cycle are refused unless the coordinator ticks
/// that it is meant (two groups ordering at once is rare but real).
#[server(endpoint = "create_cycle")]
pub async fn create_cycle(name: String, opens: String, closes: String, overlap_ok: Option<String>) -> Result<(), AppError> {
    let coord = session::require_role(Role::Coordinator).await?;
    let (name, opens_at, closes_at) = checked_cycle(&name, &opens, &closes)?;
    let pool = pool()?;
    refuse_overlap(&pool, 0, opens_at, closes_at, overlap_ok.is_some()).await?;
    let id = repo::create(&pool, &name, opens_at, closes_at, coord.account_id, now()).await?;
    leptos_axum::redirect(&format!("{}?ok=1", routes::cycle(id)));
    Ok(())
}

#[server(endpoint = "set_pickup")]
pub async fn set_pickup(cycle_id: i64, pickup_point_id: i64, day: String, start: String, end: String) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let pool = pool()?;
    let c = repo::get(&pool, cycle_id).await?.ok_or(AppError::NotFound)?;
    let starts_at = time::parse_day_time(&day, &start).ok_or_else(|| AppError::invalid("field-pickup_start", "error-datetime_invalid"))?;
    let ends_at = time::parse_day_time(&day, &end).ok_or_else(|| AppError::invalid("field-pickup_end", "error-datetime_invalid"))?;
    cycles::validate_pickup(c.closes_at, starts_at, ends_at).map_err(|m| AppError::invalid("field-pickup_start", m))?;
    if !repo::set_pickup(&pool, cycle_id, pickup_point_id, starts_at, ends_at).await? {
        return Err(AppError::Conflict("error-cycle_not_editable".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::cycle(cycle_id)));
    Ok(())
}

/// Until it opens, a cycle's name and dates can be changed (same checks as
/// planning it, every problem at once, overlap warned).
#[server(endpoint = "edit_cycle")]
pub async fn edit_cycle(cycle_id: i64, name: String, opens: String, closes: String, overlap_ok: Option<String>) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let (name, opens_at, closes_at) = checked_cycle(&name, &opens, &closes)?;
    let pool = pool()?;
    repo::get(&pool, cycle_id).await?.ok_or(AppError::NotFound)?;
    refuse_overlap(&pool, cycle_id, opens_at, closes_at, overlap_ok.is_some()).await?;
    if !repo::edit_planned(&pool, cycle_id, &name, opens_at, closes_at).await? {
        return Err(AppError::Conflict("error-cycle_already_opened".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::cycle(cycle_id)));
    Ok(())
}

/// Takes a pickup window out of a cycle; a point's last one only while no
/// household has chosen the point.
#[server(endpoint = "remove_pickup")]
pub async fn remove_pickup(cycle_id: i64, window_id: i64) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let pool = pool()?;
    repo::get(&pool, cycle_id).await?.ok_or(AppError::NotFound)?;
    match repo::remove_pickup(&pool, cycle_id, window_id).await? {
        repo::PickupRemoved::Removed => {}
        repo::PickupRemoved::NotFound => return Err(AppError::NotFound),
        repo::PickupRemoved::NotEditable => return Err(AppError::Conflict("error-cycle_not_editable".into())),
        repo::PickupRemoved::Chosen => return Err(AppError::Conflict("error-pickup_chosen".into())),
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::cycle(cycle_id)));
    Ok(())
}

/// A coordinator's move: closed early, distributed, archived, or cancelled.
/// None of them can be undone, so the form says what will happen and asks
/// first: a post without `confirmed=yes` (a first click, a forged or stale
/// form) changes nothing.
#[server(endpoint = "move_cycle")]
pub async fn move_cycle(cycle_id: i64, to: String, confirmed: Option<String>) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    if confirmed.as_deref() != Some("yes") {
        return Err(AppError::BadRequest("error-confirm_first".into()));
    }
    let pool = pool()?;
    let c = repo::get(&pool, cycle_id).await?.ok_or(AppError::NotFound)?;
    let to = CycleState::from_code(&to)
        .filter(|t| matches!(t, CycleState::Closed | CycleState::Distributed | CycleState::Archived | CycleState::Cancelled))
        .ok_or_else(|| AppError::BadRequest("error-bad_form".into()))?;
    if !c.state.can_become(to) || !repo::move_by_hand(&pool, cycle_id, c.state, to, now()).await? {
        return Err(AppError::Conflict("error-cycle_state_changed".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::cycle(cycle_id)));
    Ok(())
}

#[server(endpoint = "pickup_points")]
pub async fn pickup_points() -> Result<Vec<super::PickupPoint>, AppError> {
    session::require_role(Role::Coordinator).await?;
    Ok(repo::pickup_points(&pool()?).await?)
}

/// Creates or edits a pickup point: a social centre, a community room.
#[server(endpoint = "save_pickup_point")]
pub async fn save_pickup_point(id: Option<i64>, name: String, address: String, access_notes: String) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let point = super::PickupPoint {
        id: id.unwrap_or(0),
        name: text::required(&name, text::MAX_NAME).map_err(|m| AppError::invalid("field-name", m))?,
        address: text::required(&address, 300).map_err(|m| AppError::invalid("field-address", m))?,
        access_notes: text::optional(&access_notes, text::MAX_TEXT).map_err(|m| AppError::invalid("field-access_notes", m))?,
    };
    if !repo::save_pickup_point(&pool()?, id, &point).await? {
        return Err(AppError::Conflict("error-name_taken".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::PICKUP_POINTS));
    Ok(())
}

#[server(endpoint = "cycle_offer")]
pub async fn cycle_offer(cycle_id: i64) -> Result<Vec<super::OfferLine>, AppError> {
    session::require_role(Role::Coordinator).await?;
    let pool = pool()?;
    repo::get(&pool, cycle_id).await?.ok_or(AppError::NotFound)?;
    Ok(repo::offer_lines(&pool, cycle_id).await?)
}

/// What the cycle offers, and each product's cap for this cycle.
#[server(endpoint = "save_cycle_offer")]
pub async fn save_cycle_offer(cycle_id: i64, lines: Option<Vec<super::OfferInput>>) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let Some(lines) = lines else {
        return Err(AppError::BadRequest("error-bad_form".into()));
    };
    let pool = pool()?;
    let names = repo::offer_lines(&pool, cycle_id).await?;
    let name_of = |id: i64| names.iter().find(|l| l.product_id == id).map(|l| l.name.clone()).unwrap_or_default();
    let mut wanted = Vec::new();
    for l in lines.iter().take(20_000) {
        let cap = match l.cap.trim() {
            "" => None,
            c => match crate::domain::quantity::parse_quantity(c) {
                Ok(0) => return Err(AppError::Line(name_of(l.product), "error-step_positive".into())),
                Ok(v) => Some(v),
                Err(m) => return Err(AppError::Line(name_of(l.product), m.into())),
            },
        };
        wanted.push((l.product, l.offered.is_some(), cap));
    }
    match repo::save_offer(&pool, cycle_id, &wanted).await? {
        repo::OfferSaved::Saved => {}
        repo::OfferSaved::NotEditable => return Err(AppError::Conflict("error-cycle_not_editable".into())),
        repo::OfferSaved::AlreadyOrdered(p) => return Err(AppError::Line(name_of(p), "error-already_ordered".into())),
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::cycle_page(cycle_id, "produits")));
    Ok(())
}
