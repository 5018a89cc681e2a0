//! Server functions for a household's order in the open cycle.

use super::{LineInput, OrderPage};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::{repo, MyOrder, OrderProduct},
    crate::accounts::{repo as accounts_repo, session},
    crate::cycles::repo as cycles_repo,
    crate::domain::{orders as domain, pricing, quantity},
    crate::state::{now, pool},
};

/// The open cycle as the household sees it, with its current order.
/// `None` when no cycle is open.
#[server(endpoint = "order_page")]
pub async fn load_order_page(household_id: Option<i64>) -> Result<Option<OrderPage>, AppError> {
    let pool = pool()?;
    let (_, household, grace) = acting_for(&pool, household_id).await?;
    let cycle = match grace {
        Some(g) => cycles_repo::open_or_in_grace(&pool, now(), g).await?,
        None => cycles_repo::open_now(&pool, now()).await?,
    };
    let Some(cycle) = cycle else {
        return Ok(None);
    };
    let share = accounts_repo::household_share(&pool, Some(household)).await?;
    let mut conn = pool.acquire().await?;
    let stored = repo::household_order(&mut conn, cycle.id, household).await?;
    drop(conn);
    let offer = repo::offer(&pool, cycle.id).await?;
    let products = offer
        .into_iter()
        .map(|o| {
            let held = stored.as_ref().and_then(|s| s.lines.iter().find(|l| l.0 == o.offered.product_id)).map_or(0, |l| l.1);
            OrderProduct {
                id: o.offered.product_id,
                price_cents: pricing::unit_price_at_tier(o.offered.price_cents, share),
                qty: if held > 0 { quantity::format_quantity(held) } else { String::new() },
                // What is left for this household includes what it holds.
                remaining_milli: domain::remaining(o.cap_milli, o.sold_milli).map(|r| r + held),
                name: o.offered.name,
                producer: o.producer,
                category: o.category,
                unit: o.unit,
                step_milli: o.offered.step_milli,
                min_milli: o.offered.min_milli,
            }
        })
        .collect();
    let order = match stored {
        Some(s) => Some(MyOrder { pickup_point_id: s.pickup_point_id, lines: repo::my_lines(&pool, s.id).await?, total_cents: s.total_cents }),
        None => None,
    };
    Ok(Some(OrderPage {
        cycle_id: cycle.id,
        cycle_name: cycle.name,
        closes: crate::cycles::time::moment(cycle.closes_at),
        pickups: cycles_repo::pickups(&pool, cycle.id).await?,
        products,
        order,
        key: session::new_token().0,
    }))
}

/// Confirms the household's basket: the whole order as it should be. A
/// basket emptied line by line, or `cancel`, cancels the order.
#[server(endpoint = "place_order")]
pub async fn place_order(
    cycle_id: i64,
    pickup_point_id: Option<i64>,
    key: String,
    lines: Option<Vec<LineInput>>,
    cancel: Option<String>,
    household_id: Option<i64>,
) -> Result<(), AppError> {
    let (user, household, grace) = acting_for(&pool()?, household_id).await?;
    let key = key.trim();
    if !(16..=80).contains(&key.len()) || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(AppError::BadRequest("error.bad_form".into()));
    }
    // A form that lost its lines must not read as "cancel everything":
    // cancelling is asked for in so many words.
    if lines.is_none() && cancel.is_none() {
        return Err(AppError::BadRequest("error.bad_form".into()));
    }
    let pool = pool()?;
    let offer: Vec<_> = repo::offer(&pool, cycle_id).await?.into_iter().map(|o| o.offered).collect();
    let name_of = |id: i64| offer.iter().find(|o| o.product_id == id).map(|o| o.name.clone()).unwrap_or_default();
    let mut wanted = Vec::new();
    for l in lines.unwrap_or_default().iter().take(domain::MAX_LINES + 1) {
        let qty = match l.qty.trim() {
            "" => 0,
            q => quantity::parse_quantity(q).map_err(|m| AppError::Line(name_of(l.product), m.into()))?,
        };
        wanted.push(domain::WantedLine { product_id: l.product, qty_milli: qty });
    }
    let share = accounts_repo::household_share(&pool, Some(household)).await?;
    let priced = domain::price_basket(&wanted, &offer, share).map_err(|e| {
        if e.product.is_empty() { AppError::BadRequest(e.message.into()) } else { AppError::Line(e.product, e.message.into()) }
    })?;
    if !priced.is_empty() && pickup_point_id.is_none() {
        return Err(AppError::invalid("field.pickup", "error.pickup_required"));
    }
    let placement = repo::Placement {
        cycle_id,
        household_id: household,
        account_id: user.account_id,
        pickup_point_id: pickup_point_id.unwrap_or(0),
        share_percent: share,
        key,
        lines: &priced,
        now: now(),
        grace_secs: grace,
    };
    match repo::place(&pool, &placement).await? {
        repo::Placed::Saved | repo::Placed::Repeated => {}
        repo::Placed::CycleNotOpen => return Err(AppError::Conflict("error.cycle_not_open".into())),
        repo::Placed::BadPickup => return Err(AppError::invalid("field.pickup", "error.unknown_choice")),
        repo::Placed::SoldOut(product, left) => {
            return Err(AppError::SoldOut(name_of(product), quantity::format_quantity(left)));
        }
    }
    match household_id {
        Some(h) => leptos_axum::redirect(&format!("/coordination/foyers/{h}/commande?ok=1")),
        None => leptos_axum::redirect("/commande?ok=1"),
    }
    Ok(())
}

/// Whose order this is: the asking member's household, or — for a
/// coordinator taking an order by phone or at the desk — the household
/// named, with the grace period after closing that coordinators get.
#[cfg(feature = "ssr")]
async fn acting_for(
    pool: &sqlx::AnyPool,
    household_id: Option<i64>,
) -> Result<(crate::accounts::CurrentUser, i64, Option<i64>), AppError> {
    let user = session::require_user().await?;
    match household_id {
        Some(h) if user.role.coordinates() => {
            if accounts_repo::household_detail(pool, h).await?.is_none() {
                return Err(AppError::NotFound);
            }
            let minutes = accounts_repo::setting(pool, "order_grace_minutes").await?.and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
            Ok((user, h, Some(minutes.clamp(0, 7 * 24 * 60) * 60)))
        }
        Some(h) if Some(h) != user.household_id => Err(AppError::Forbidden),
        _ => {
            let h = user.household_id.ok_or(AppError::Conflict("error.no_household".into()))?;
            Ok((user, h, None))
        }
    }
}

/// Purchase orders, packing lists and summary of a closed cycle.
#[server(endpoint = "cycle_report")]
pub async fn cycle_report(cycle_id: i64) -> Result<super::CycleReport, AppError> {
    session::require_role(crate::accounts::Role::Coordinator).await?;
    report_for(&pool()?, cycle_id).await
}

#[cfg(feature = "ssr")]
pub async fn report_for(pool: &sqlx::AnyPool, cycle_id: i64) -> Result<super::CycleReport, AppError> {
    use crate::domain::cycles::CycleState;
    let c = cycles_repo::get(pool, cycle_id).await?.ok_or(AppError::NotFound)?;
    if !matches!(c.state, CycleState::Closed | CycleState::Distributed | CycleState::Archived) {
        return Err(AppError::Conflict("error.cycle_not_closed".into()));
    }
    let lines = repo::report_lines(pool, cycle_id).await?;
    let windows: Vec<(i64, String)> = cycles_repo::pickups(pool, cycle_id).await?.into_iter().map(|w| (w.point_id, w.window)).collect();
    let tiers = accounts_repo::list_tiers(pool).await?;
    Ok(super::report::build(c.name, &lines, &windows, &tiers))
}

/// Whose distribution sheet the person may hold in a cycle: every pickup
/// point for the coordination (`None`), or the points where they hold a
/// table shift around now. Anyone else is refused.
#[cfg(feature = "ssr")]
async fn table_scope(pool: &sqlx::AnyPool, user: &crate::accounts::CurrentUser, cycle_id: i64) -> Result<Option<Vec<i64>>, AppError> {
    if user.role.coordinates() {
        return Ok(None);
    }
    let points = crate::shifts::repo::table_points(pool, user.account_id, cycle_id, now()).await?;
    if points.is_empty() {
        return Err(AppError::Forbidden);
    }
    Ok(Some(points))
}

/// The distribution sheet of a closed cycle: per pickup point, each
/// household with the amount due. For the coordination, and for a
/// volunteer on a table shift at that point around their shift.
#[server(endpoint = "distribution_sheet")]
pub async fn distribution_sheet(cycle_id: i64) -> Result<super::DistributionSheet, AppError> {
    use crate::domain::cycles::CycleState;
    let user = session::require_user().await?;
    let pool = pool()?;
    let c = cycles_repo::get(&pool, cycle_id).await?.ok_or(AppError::NotFound)?;
    let scope = table_scope(&pool, &user, cycle_id).await?;
    if !matches!(c.state, CycleState::Closed | CycleState::Distributed | CycleState::Archived) {
        return Err(AppError::Conflict("error.cycle_not_closed".into()));
    }
    let mut rows = repo::sheet_rows(&pool, cycle_id).await?;
    // Corrections are the coordination's record: a volunteer at the table
    // sees the figures, not the history.
    if scope.is_none() {
        for (order, c) in repo::pickup_corrections(&pool, cycle_id).await? {
            if let Some((_, row)) = rows.iter_mut().find(|(_, r)| r.order_id == order) {
                row.corrections.push(c);
            }
        }
    }
    let points = cycles_repo::pickups(&pool, cycle_id)
        .await?
        .into_iter()
        .filter(|w| scope.as_ref().is_none_or(|s| s.contains(&w.point_id)))
        .map(|w| super::SheetPoint {
            rows: rows.iter().filter(|(p, _)| *p == w.point_id).map(|(_, r)| r.clone()).collect(),
            point: w.name,
            window: w.window,
        })
        .collect();
    Ok(super::DistributionSheet { cycle_id, cycle_name: c.name, points, coordination: scope.is_none() })
}

/// "Handed over, paid this much, this way."
#[server(endpoint = "record_pickup")]
pub async fn record_pickup(order_id: i64, paid: String, method: String) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let paid_cents = pricing::parse_euros(&paid).map_err(|m| AppError::invalid("field.paid", m))?;
    if !super::PAYMENT_METHODS.contains(&method.as_str()) {
        return Err(AppError::invalid("field.payment_method", "error.unknown_choice"));
    }
    let pool = pool()?;
    let (cycle, point) = repo::order_place(&pool, order_id).await?.ok_or(AppError::NotFound)?;
    let scope = table_scope(&pool, &user, cycle).await?;
    if scope.as_ref().is_some_and(|s| !s.contains(&point)) {
        return Err(AppError::Forbidden);
    }
    match repo::record_pickup(&pool, order_id, paid_cents, &method, user.account_id, now()).await? {
        repo::Recorded::Done => {}
        repo::Recorded::AlreadyRecorded => return Err(AppError::Conflict("error.pickup_already_recorded".into())),
        repo::Recorded::NotAtDistribution => return Err(AppError::Conflict("error.cycle_not_at_distribution".into())),
    }
    let page = if scope.is_none() { format!("/coordination/cycles/{cycle}/distribution") } else { format!("/distribution/{cycle}") };
    leptos_axum::redirect(&format!("{page}?ok=1#commande-{order_id}"));
    Ok(())
}

/// The coordination corrects a handover recorded at the table (a wrong
/// amount, the wrong way of paying): said explicitly, with a reason, and
/// kept beside the order with who and when.
#[server(endpoint = "correct_pickup")]
pub async fn correct_pickup(order_id: i64, paid: String, method: String, reason: String) -> Result<(), AppError> {
    let user = session::require_role(crate::accounts::Role::Coordinator).await?;
    let paid_cents = pricing::parse_euros(&paid).map_err(|m| AppError::invalid("field.paid", m))?;
    if !super::PAYMENT_METHODS.contains(&method.as_str()) {
        return Err(AppError::invalid("field.payment_method", "error.unknown_choice"));
    }
    let reason = crate::domain::text::required(&reason, 300).map_err(|m| AppError::invalid("field.correction_reason", m))?;
    let pool = pool()?;
    let (cycle, _) = repo::order_place(&pool, order_id).await?.ok_or(AppError::NotFound)?;
    if !repo::correct_pickup(&pool, order_id, paid_cents, &method, &reason, user.account_id, now()).await? {
        return Err(AppError::Conflict("error.pickup_not_correctable".into()));
    }
    leptos_axum::redirect(&format!("/coordination/cycles/{cycle}/distribution?ok=1#commande-{order_id}"));
    Ok(())
}

/// The household's past orders: the one waiting to be picked up (with where
/// and when), then the history with totals.
#[server(endpoint = "past_orders")]
pub async fn past_orders() -> Result<Vec<super::PastOrder>, AppError> {
    let user = session::require_user().await?;
    let Some(household) = user.household_id else {
        return Ok(Vec::new());
    };
    Ok(repo::past_orders(&pool()?, household).await?)
}

/// Reception of a closed cycle's deliveries: each product ordered, and what
/// arrived where a shortage was recorded.
#[server(endpoint = "reception")]
pub async fn reception(cycle_id: i64) -> Result<super::Reception, AppError> {
    use crate::domain::cycles::CycleState;
    session::require_role(crate::accounts::Role::Coordinator).await?;
    let pool = pool()?;
    let c = cycles_repo::get(&pool, cycle_id).await?.ok_or(AppError::NotFound)?;
    if !matches!(c.state, CycleState::Closed | CycleState::Distributed | CycleState::Archived) {
        return Err(AppError::Conflict("error.cycle_not_closed".into()));
    }
    Ok(super::Reception {
        cycle_id,
        cycle_name: c.name,
        editable: c.state == CycleState::Closed,
        lines: repo::reception_lines(&pool, cycle_id).await?,
    })
}

/// "The producer brought only this much": the orders of the product shrink
/// to share it, and the households concerned are told.
#[server(endpoint = "record_reception")]
pub async fn record_reception(cycle_id: i64, product_id: i64, received: String) -> Result<(), AppError> {
    let user = session::require_role(crate::accounts::Role::Coordinator).await?;
    let received_milli = quantity::parse_quantity(&received).map_err(|m| AppError::invalid("field.received", m))?;
    let pool = pool()?;
    cycles_repo::get(&pool, cycle_id).await?.ok_or(AppError::NotFound)?;
    match repo::record_received(&pool, cycle_id, product_id, received_milli, user.account_id, now()).await?.0 {
        repo::Received::Shared => {}
        repo::Received::CycleNotClosed => return Err(AppError::Conflict("error.cycle_not_closed".into())),
        repo::Received::NotOrdered => return Err(AppError::invalid("field.received", "error.product_not_ordered")),
    }
    leptos_axum::redirect(&format!("/coordination/cycles/{cycle_id}/reception?ok=1#produit-{product_id}"));
    Ok(())
}

/// Who changed a household's order in a cycle, for the coordinator.
#[server(endpoint = "order_changes")]
pub async fn order_changes(cycle_id: i64, household_id: i64) -> Result<Vec<super::OrderChange>, AppError> {
    session::require_role(crate::accounts::Role::Coordinator).await?;
    Ok(repo::changes(&pool()?, cycle_id, household_id).await?)
}
