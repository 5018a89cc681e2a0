//! Server functions for a household's order in the open cycle.

use crate::i18n::Arg;
use super::{LineInput, OrderPage};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::{repo, MyOrder, OrderProduct},
    crate::accounts::{repo as accounts_repo, session},
    crate::cycles::{repo as cycles_repo, time},
    crate::domain::{orders as domain, pricing, quantity},
    crate::state::{now, pool},
};
#[cfg(feature = "ssr")]
use crate::routes;

/// The open cycle as the household sees it, with its current order.
/// `None` when no cycle is open.
#[server(endpoint = "order_page")]
pub async fn load_order_page(household_id: Option<i64>) -> Result<Option<OrderPage>, AppError> {
    let pool = pool()?;
    let Acting { household, grace, desk_for: for_household, .. } = acting_for(&pool, household_id).await?;
    let cycle = match grace {
        Some(g) => cycles_repo::open_or_in_grace(&pool, now(), g).await?,
        None => cycles_repo::open_now(&pool, now()).await?,
    };
    let Some(cycle) = cycle else {
        return Ok(None);
    };
    let chosen = accounts_repo::chosen_share(&pool, household).await?;
    let share = chosen.unwrap_or(100);
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
        needs_tier: chosen.is_none(),
        for_household,
        cycle_id: cycle.id,
        cycle_name: cycle.name,
        closes: crate::cycles::time::moment(cycle.closes_at),
        pickups: crate::cycles::api::pickups(&pool, cycle.id).await?,
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
    let Acting { user, household, grace, desk_for } = acting_for(&pool()?, household_id).await?;
    let key = key.trim();
    if !(16..=80).contains(&key.len()) || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(AppError::BadRequest("error-bad_form".into()));
    }
    // A form that lost its lines must not read as "cancel everything":
    // cancelling is asked for in so many words.
    if lines.is_none() && cancel.is_none() {
        return Err(AppError::BadRequest("error-bad_form".into()));
    }
    let pool = pool()?;
    let rows = repo::offer(&pool, cycle_id).await?;
    let offer: Vec<_> = rows.iter().map(|o| o.offered.clone()).collect();
    let name_of = |id: i64| offer.iter().find(|o| o.product_id == id).map(|o| o.name.clone()).unwrap_or_default();
    let mut wanted = Vec::new();
    for l in lines.unwrap_or_default().iter().take(domain::MAX_LINES + 1) {
        let qty = match l.qty.trim() {
            "" => 0,
            q => quantity::parse_quantity(q).map_err(|m| AppError::Line(name_of(l.product), m.into()))?,
        };
        wanted.push(domain::WantedLine { product_id: l.product, qty_milli: qty });
    }
    let Some(share) = accounts_repo::chosen_share(&pool, household).await? else {
        return Err(AppError::Conflict(if desk_for.is_some() { "error-household_tier_missing" } else { "error-choose_tier_first" }.into()));
    };
    let priced = domain::price_basket(&wanted, &offer, share).map_err(|e| refusal(e, &rows))?;
    // Only when the association asked for it: by default a lapsed
    // membership is a reminder on the account page, not a closed door.
    let settings = accounts_repo::settings(&pool).await?;
    if !priced.is_empty() && !crate::memberships::repo::may_order(&pool, household, settings.membership_blocks_ordering, now()).await? {
        return Err(AppError::Conflict("error-membership_lapsed".into()));
    }
    if !priced.is_empty() && settings.debt_blocks_ordering {
        let balance = crate::ledger::repo::balance(&mut *pool.acquire().await?, household).await?;
        if !crate::domain::ledger::may_order(balance, true) {
            return Err(AppError::Conflict("error-account_owes".into()));
        }
    }
    if !priced.is_empty() && pickup_point_id.is_none() {
        return Err(AppError::invalid("field-pickup", "error-pickup_required"));
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
        repo::Placed::CycleNotOpen => return Err(AppError::Conflict("error-cycle_not_open".into())),
        repo::Placed::BadPickup => return Err(AppError::invalid("field-pickup", "error-unknown_choice")),
        repo::Placed::SoldOut(product, left) => {
            return Err(AppError::SoldOut(name_of(product), quantity::format_quantity(left)));
        }
    }
    match household_id {
        Some(h) => leptos_axum::redirect(&format!("{}?ok=1", routes::desk_order(h))),
        None => leptos_axum::redirect(&format!("{}?ok=1", routes::ORDER)),
    }
    Ok(())
}

/// A line the basket rules refuse, said with the rule's figures: "la
/// quantité doit être un multiple de 0,5 kg".
#[cfg(feature = "ssr")]
fn refusal(e: domain::LineError, rows: &[repo::OfferRow]) -> AppError {
    if e.product.is_empty() {
        return AppError::BadRequest(e.message.into());
    }
    let rule = rows.iter().find(|r| r.offered.name == e.product).and_then(|r| {
        let words = |m: i64| quantity::format_amount(m, r.unit);
        match e.message {
            "error-qty_off_step" => Some(("error-qty_multiple_of", words(r.offered.step_milli))),
            "error-qty_below_min" => Some(("error-qty_at_least", words(r.offered.min_milli))),
            "error-qty_over_household_cap" => r.offered.cap_household_milli.map(|c| ("error-qty_at_most", words(c))),
            _ => None,
        }
    });
    match rule {
        Some((key, qty)) => AppError::LineWith(e.product, key.into(), vec![("qty".into(), qty)]),
        None => AppError::Line(e.product, e.message.into()),
    }
}

// ---- the basket: changed one product at a time, then confirmed ----------

/// The asking member's household in the open cycle `cycle_id` (any other
/// cycle is not open to orders), with its share once it chose its tier.
#[cfg(feature = "ssr")]
async fn member_in_open_cycle(pool: &sqlx::AnyPool, cycle_id: i64) -> Result<(i64, i64), AppError> {
    let user = session::require_user().await?;
    let household = user.household_id.ok_or(AppError::Conflict("error-no_household".into()))?;
    match cycles_repo::open_now(pool, now()).await? {
        Some(c) if c.id == cycle_id => {}
        _ => return Err(AppError::Conflict("error-cycle_not_open".into())),
    }
    let share = accounts_repo::chosen_share(pool, household).await?.ok_or(AppError::Conflict("error-choose_tier_first".into()))?;
    Ok((household, share))
}

/// A product's stepper for a household: the rule, and the most it may
/// hold (its cap, or what is left with what its confirmed order holds).
#[cfg(feature = "ssr")]
fn orderable(cycle_id: i64, row: &repo::OfferRow, held: i64, confirmed: i64, share: i64) -> super::Orderable {
    let left = domain::remaining(row.cap_milli, row.sold_milli).map(|r| r + confirmed);
    let most = match (row.offered.cap_household_milli, left) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    super::Orderable {
        cycle_id,
        qty_milli: held,
        step_milli: row.offered.step_milli,
        min_milli: row.offered.min_milli,
        most_milli: most,
        line_cents: pricing::line_price_at_tier(row.offered.price_cents, held, share),
    }
}

/// The basket priced at `share`: how many products, what they come to.
#[cfg(feature = "ssr")]
fn bar_of(lines: &[(i64, i64)], rows: &[repo::OfferRow], share: i64) -> super::BasketBar {
    let priced: Vec<i64> = lines
        .iter()
        .filter_map(|(id, qty)| rows.iter().find(|r| r.offered.product_id == *id).map(|r| pricing::line_price_at_tier(r.offered.price_cents, *qty, share)))
        .collect();
    super::BasketBar { count: priced.len() as i64, total_cents: priced.iter().sum() }
}

/// "3 produits · 12,30 €".
pub fn bar_words(bar: super::BasketBar) -> String {
    crate::i18n::tr("basket-bar", &[("count", Arg::Num(bar.count)), ("total", Arg::Text(crate::domain::pricing::format_euros(bar.total_cents)))])
}

/// A household's basket in the open cycle, priced: the steppers of the
/// products shown, the bar, whether the basket is a draft, and the offer's
/// rows read for it.
#[cfg(feature = "ssr")]
pub struct Steppers {
    pub list: Vec<(i64, super::Orderable)>,
    pub bar: super::BasketBar,
    pub draft: bool,
    pub rows: Vec<repo::OfferRow>,
}

/// The steppers of the products `shown` (those the open cycle offers; the
/// basket's own lines when `None`) and the basket's bar, for the household
/// at `share`. One read of the basket, one of the offer.
#[cfg(feature = "ssr")]
pub async fn steppers(pool: &sqlx::AnyPool, household: i64, cycle_id: i64, share: i64, shown: Option<&[i64]>) -> Result<Steppers, AppError> {
    let mut conn = pool.acquire().await?;
    let basket = super::basket::read(&mut conn, household, cycle_id).await?;
    let confirmed = if basket.draft { super::basket::confirmed(&mut conn, household, cycle_id).await? } else { basket.lines.clone() };
    drop(conn);
    let in_basket: Vec<i64> = basket.lines.iter().map(|l| l.0).collect();
    let shown = shown.unwrap_or(&in_basket);
    let mut ids: Vec<i64> = shown.iter().chain(in_basket.iter()).copied().collect();
    ids.sort_unstable();
    ids.dedup();
    let rows = repo::offer_among(pool, cycle_id, &ids).await?;
    let qty_in = |lines: &[(i64, i64)], id: i64| lines.iter().find(|l| l.0 == id).map_or(0, |l| l.1);
    let list = rows
        .iter()
        .filter(|r| shown.contains(&r.offered.product_id))
        .map(|r| {
            let id = r.offered.product_id;
            (id, orderable(cycle_id, r, qty_in(&basket.lines, id), qty_in(&confirmed, id), share))
        })
        .collect();
    Ok(Steppers { list, bar: bar_of(&basket.lines, &rows, share), draft: basket.draft, rows })
}

/// One tap on a product's stepper (`step` +1 or -1), or a quantity typed
/// (`qty`), saved in the household's basket at once. Without JavaScript the
/// form comes back to the page it was on, at the product (`#p-12`); with
/// it, the page's script reads the answer.
#[server(endpoint = "basket_line")]
pub async fn basket_line(cycle_id: i64, product_id: i64, qty: Option<String>, step: Option<i64>) -> Result<super::BasketAnswer, AppError> {
    let pool = pool()?;
    let (household, share) = member_in_open_cycle(&pool, cycle_id).await?;
    let rows = repo::offer_among(&pool, cycle_id, &[product_id]).await?;
    let Some(row) = rows.first() else {
        return Err(AppError::BadRequest("error-product_not_in_cycle".into()));
    };
    let mut conn = pool.acquire().await?;
    let basket = super::basket::read(&mut conn, household, cycle_id).await?;
    let confirmed = if basket.draft { super::basket::confirmed(&mut conn, household, cycle_id).await? } else { basket.lines.clone() };
    drop(conn);
    let qty_in = |lines: &[(i64, i64)]| lines.iter().find(|l| l.0 == product_id).map_or(0, |l| l.1);
    let held = qty_in(&basket.lines);
    let rule = orderable(cycle_id, row, held, qty_in(&confirmed), share);
    let typed = match qty.as_deref().map(str::trim) {
        None | Some("") => 0,
        Some(q) => quantity::parse_quantity(q).map_err(|m| AppError::Line(row.offered.name.clone(), m.into()))?,
    };
    let wanted = match step {
        Some(s) if s != 0 => domain::stepped(typed, s, rule.step_milli, rule.min_milli, rule.most_milli),
        _ => typed,
    };
    domain::price_basket(&[domain::WantedLine { product_id, qty_milli: wanted }], &[row.offered.clone()], share).map_err(|e| refusal(e, &rows))?;
    if let Some(left) = domain::remaining(row.cap_milli, row.sold_milli).map(|r| r + qty_in(&confirmed)) {
        if wanted > left {
            return Err(AppError::SoldOut(row.offered.name.clone(), quantity::format_quantity(left)));
        }
    }
    let lines = super::basket::set_line(&pool, household, cycle_id, product_id, wanted, now()).await?;
    let mut ids: Vec<i64> = lines.iter().map(|l| l.0).collect();
    ids.sort_unstable();
    let priced = repo::offer_among(&pool, cycle_id, &ids).await?;
    // Without JavaScript, back to the page the form was on, at the product
    // (a page a login may lead to; any other address is the catalogue).
    // A script's request gets the answer instead (see leptos_axum::redirect).
    let from = use_context::<http::request::Parts>().and_then(|p| p.headers.get(http::header::REFERER)?.to_str().ok().map(str::to_string));
    let back = crate::domain::security::safe_next(from.as_deref().map(crate::domain::security::path_of));
    leptos_axum::redirect(&format!("{back}#p-{product_id}"));
    let line_cents = pricing::line_price_at_tier(row.offered.price_cents, wanted, share);
    let bar = bar_of(&lines, &priced, share);
    Ok(super::BasketAnswer {
        qty: if wanted > 0 { quantity::format_quantity(wanted) } else { String::new() },
        line: if wanted > 0 { pricing::format_euros(line_cents) } else { String::new() },
        bar: bar_words(bar),
        total: pricing::format_euros(bar.total_cents),
    })
}

/// "Same as last time": the household's latest order of an earlier cycle
/// becomes the basket, with what is still offered, to adjust and confirm.
#[server(endpoint = "repeat_last_order")]
pub async fn repeat_last_order(cycle_id: i64) -> Result<(), AppError> {
    let pool = pool()?;
    let (household, _) = member_in_open_cycle(&pool, cycle_id).await?;
    let last = super::basket::last_order(&pool, household, cycle_id).await?;
    if last.is_empty() {
        return Err(AppError::Conflict("error-no_last_order".into()));
    }
    let ids: Vec<i64> = last.iter().map(|l| l.0).collect();
    let rows = repo::offer_among(&pool, cycle_id, &ids).await?;
    // A product no longer offered, or whose rule changed so that the old
    // quantity no longer fits, is left out and counted.
    let kept: Vec<(i64, i64)> = last
        .iter()
        .filter(|(id, qty)| {
            rows.iter().any(|r| {
                r.offered.product_id == *id
                    && quantity::validate_order_quantity(*qty, r.offered.step_milli, r.offered.min_milli, r.offered.cap_household_milli).is_ok()
                    && domain::remaining(r.cap_milli, r.sold_milli).is_none_or(|left| *qty <= left)
            })
        })
        .copied()
        .collect();
    super::basket::replace(&pool, household, cycle_id, &kept, now()).await?;
    leptos_axum::redirect(&format!("{}?repris={}&manque={}", routes::ORDER, kept.len(), last.len() - kept.len()));
    Ok(())
}

/// The basket page of the asking member: `None` when no cycle is open.
#[server(endpoint = "basket_page")]
pub async fn load_basket() -> Result<Option<super::BasketPage>, AppError> {
    let pool = pool()?;
    let user = session::require_user().await?;
    let household = user.household_id.ok_or(AppError::Conflict("error-no_household".into()))?;
    let Some(cycle) = cycles_repo::open_now(&pool, now()).await? else {
        return Ok(None);
    };
    let chosen = accounts_repo::chosen_share(&pool, household).await?;
    let share = chosen.unwrap_or(100);
    let mut conn = pool.acquire().await?;
    let stored = repo::household_order(&mut conn, cycle.id, household).await?;
    drop(conn);
    let Steppers { list: steps, bar, draft, rows } = steppers(&pool, household, cycle.id, share, None).await?;
    let lines = rows
        .into_iter()
        .filter_map(|r| {
            let order = steps.iter().find(|(id, _)| *id == r.offered.product_id)?.1.clone();
            Some(super::BasketLine {
                id: r.offered.product_id,
                price_cents: pricing::unit_price_at_tier(r.offered.price_cents, share),
                name: r.offered.name,
                producer: r.producer,
                unit: r.unit,
                order,
            })
        })
        .collect();
    let confirmed = match &stored {
        Some(s) => Some(MyOrder { pickup_point_id: s.pickup_point_id, lines: repo::my_lines(&pool, s.id).await?, total_cents: s.total_cents }),
        None => None,
    };
    Ok(Some(super::BasketPage {
        needs_tier: chosen.is_none(),
        cycle_id: cycle.id,
        cycle_name: cycle.name,
        closes: time::moment(cycle.closes_at),
        pickups: crate::cycles::api::pickups(&pool, cycle.id).await?,
        chosen: stored.as_ref().map(|s| s.pickup_point_id),
        lines,
        bar,
        draft,
        confirmed,
        can_repeat: !super::basket::last_order(&pool, household, cycle.id).await?.is_empty(),
        key: session::new_token().0,
        balance_cents: crate::ledger::repo::balance(&mut *pool.acquire().await?, household).await?,
    }))
}

/// Whose order this is: the asking member's household, or — for a
/// coordinator taking an order by phone or at the desk — the household
/// named, with the grace period after closing that coordinators get.
#[cfg(feature = "ssr")]
async fn acting_for(
    pool: &sqlx::AnyPool,
    household_id: Option<i64>,
) -> Result<Acting, AppError> {
    let user = session::require_user().await?;
    match household_id {
        Some(h) if user.role.coordinates() => {
            let Some(detail) = accounts_repo::household_detail(pool, h).await? else {
                return Err(AppError::NotFound);
            };
            let minutes = accounts_repo::settings(pool).await?.order_grace_minutes;
            Ok(Acting { user, household: h, grace: Some(minutes.clamp(0, 7 * 24 * 60) * 60), desk_for: Some(detail.name) })
        }
        Some(h) if Some(h) != user.household_id => Err(AppError::Forbidden),
        _ => {
            let h = user.household_id.ok_or(AppError::Conflict("error-no_household".into()))?;
            Ok(Acting { user, household: h, grace: None, desk_for: None })
        }
    }
}

/// Who places an order, for which household; at the desk, the household's
/// name and the grace period after closing.
#[cfg(feature = "ssr")]
struct Acting {
    user: crate::accounts::CurrentUser,
    household: i64,
    grace: Option<i64>,
    desk_for: Option<String>,
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
        return Err(AppError::Conflict("error-cycle_not_closed".into()));
    }
    let lines = repo::report_lines(pool, cycle_id).await?;
    let pickups = crate::cycles::api::pickups(pool, cycle_id).await?;
    let windows: Vec<(i64, String)> = pickups.iter().map(|w| (w.point_id, w.window.clone())).collect();
    let tiers = accounts_repo::list_tiers(pool).await?;
    let paid: Vec<(i64, i64)> = crate::ledger::repo::standing_payments(pool, cycle_id).await?.into_iter().map(|(order, cents, _)| (order, cents)).collect();
    let mut report = super::report::build(cycle_id, c.name, &lines, &windows, &tiers, &paid);
    let settings = accounts_repo::settings(pool).await?;
    report.association_name = settings.association_name;
    report.association_address = settings.association_address;
    report.delivery = pickups
        .first()
        .map(|w| crate::i18n::tr("report-delivery_at", &[("window".into(), w.window.clone()), ("place".into(), w.name.clone()), ("address".into(), w.address.clone())]))
        .unwrap_or_default();
    report.issued = crate::cycles::time::date(now());
    Ok(report)
}

/// Whose distribution sheet the person may hold in a cycle: every pickup
/// point for the coordination (`None`), or the points where they hold a
/// table shift around now. Anyone else is refused.
#[cfg(feature = "ssr")]
async fn table_scope(pool: &sqlx::AnyPool, user: &crate::accounts::CurrentUser, cycle_id: i64) -> Result<Option<Vec<i64>>, AppError> {
    if user.role.coordinates() {
        return Ok(None);
    }
    let access = crate::shifts::repo::table_points(pool, user.account_id, cycle_id, now()).await?;
    if access.points.is_empty() {
        // A volunteer early for their shift is told when, not turned away.
        return Err(access.next.map_or(AppError::Forbidden, |at| AppError::NotYet(crate::cycles::time::moment(at))));
    }
    Ok(Some(access.points))
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
        return Err(AppError::Conflict("error-cycle_not_closed".into()));
    }
    let mut rows = repo::sheet_rows(&pool, cycle_id).await?;
    // Corrections are the coordination's record: a volunteer at the table
    // sees the figures, not the history.
    if scope.is_none() {
        for c in repo::pickup_corrections(&pool, cycle_id).await? {
            let (order, c) = (
                c.order_id,
                super::PickupCorrection {
                    before_paid_cents: c.before_paid_cents,
                    before_method: c.before_method,
                    paid_cents: c.paid_cents,
                    method: c.method,
                    reason: c.reason,
                    by: c.display_name,
                    when: time::moment(c.at),
                },
            );
            if let Some((_, row)) = rows.iter_mut().find(|(_, r)| r.order_id == order) {
                row.corrections.push(c);
            }
        }
    }
    // Each bag's contents, one tap away at the table.
    for l in repo::report_lines(&pool, cycle_id).await? {
        if let Some((_, row)) = rows.iter_mut().find(|(_, r)| r.order_id == l.order_id) {
            row.lines.push(super::PackingLine { category: l.category, product: l.product, qty_milli: l.qty_milli, unit: l.unit, ordered_milli: l.ordered_milli });
        }
    }
    // The till: what the ledger holds as received at each table.
    let received = crate::ledger::repo::received(&pool, cycle_id).await?;
    let counts = crate::ledger::repo::till_counts(&pool, cycle_id).await?;
    let points = crate::cycles::api::pickups(&pool, cycle_id)
        .await?
        .into_iter()
        .filter(|w| scope.as_ref().is_none_or(|s| s.contains(&w.point_id)))
        .map(|w| {
            let rows: Vec<super::SheetRow> = rows.iter().filter(|(p, _)| *p == w.point_id).map(|(_, r)| r.clone()).collect();
            let here: Vec<(super::PaymentMethod, i64)> = received.iter().filter(|r| r.0 == w.point_id).map(|r| (r.1, r.2)).collect();
            let till = crate::domain::reports::till_totals(&here);
            let counted = counts.iter().find(|c| c.pickup_point_id == w.point_id).map(|c| super::TillCount {
                expected_cents: c.expected_cents,
                counted_cents: c.counted_cents,
                by: c.by.clone(),
                when: time::moment(c.at),
            });
            super::SheetPoint { till, rows, point_id: w.point_id, counted, point: w.name, window: w.window }
        })
        .collect();
    Ok(super::DistributionSheet { cycle_id, cycle_name: c.name, points, coordination: scope.is_none() })
}

/// "Handed over, paid this much, this way."
#[server(endpoint = "record_pickup")]
pub async fn record_pickup(order_id: i64, paid: String, method: String) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let paid_cents = pricing::parse_euros(&paid).map_err(|m| AppError::invalid("field-paid", m))?;
    let Some(method) = super::PaymentMethod::from_code(&method) else {
        return Err(AppError::invalid("field-payment_method", "error-unknown_choice"));
    };
    let pool = pool()?;
    let (cycle, point) = repo::order_place(&pool, order_id).await?.ok_or(AppError::NotFound)?;
    let scope = table_scope(&pool, &user, cycle).await?;
    if scope.as_ref().is_some_and(|s| !s.contains(&point)) {
        return Err(AppError::Forbidden);
    }
    match repo::record_pickup(&pool, order_id, paid_cents, method, user.account_id, now()).await? {
        repo::Recorded::Done => {}
        repo::Recorded::AlreadyRecorded => return Err(AppError::Conflict("error-pickup_already_recorded".into())),
        repo::Recorded::NotAtDistribution => return Err(AppError::Conflict("error-cycle_not_at_distribution".into())),
    }
    let page = if scope.is_none() { routes::cycle_page(cycle, "distribution") } else { routes::distribution(cycle) };
    leptos_axum::redirect(&format!("{page}?ok=1#commande-{order_id}"));
    Ok(())
}

/// The coordination corrects a handover recorded at the table (a wrong
/// amount, the wrong way of paying): said explicitly, with a reason, and
/// kept beside the order with who and when.
#[server(endpoint = "correct_pickup")]
pub async fn correct_pickup(order_id: i64, paid: String, method: String, reason: String) -> Result<(), AppError> {
    let user = session::require_role(crate::accounts::Role::Coordinator).await?;
    let paid_cents = pricing::parse_euros(&paid).map_err(|m| AppError::invalid("field-paid", m))?;
    let Some(method) = super::PaymentMethod::from_code(&method) else {
        return Err(AppError::invalid("field-payment_method", "error-unknown_choice"));
    };
    let reason = crate::domain::text::required(&reason, 300).map_err(|m| AppError::invalid("field-correction_reason", m))?;
    let pool = pool()?;
    let (cycle, _) = repo::order_place(&pool, order_id).await?.ok_or(AppError::NotFound)?;
    if !repo::correct_pickup(&pool, order_id, paid_cents, method, &reason, user.account_id, now()).await? {
        return Err(AppError::Conflict("error-pickup_not_correctable".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1#commande-{order_id}", routes::cycle_page(cycle, "distribution")));
    Ok(())
}

/// The cash counted at a point's till at the end of the distribution,
/// entered once by someone holding that table (or the coordination).
#[server(endpoint = "count_till")]
pub async fn count_till(cycle_id: i64, point_id: i64, counted: String) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let counted_cents = pricing::parse_euros(&counted).map_err(|m| AppError::invalid("field-counted", m))?;
    let pool = pool()?;
    let scope = table_scope(&pool, &user, cycle_id).await?;
    if scope.as_ref().is_some_and(|s| !s.contains(&point_id)) {
        return Err(AppError::Forbidden);
    }
    let c = cycles_repo::get(&pool, cycle_id).await?.ok_or(AppError::NotFound)?;
    if !matches!(c.state, crate::domain::cycles::CycleState::Closed | crate::domain::cycles::CycleState::Distributed) {
        return Err(AppError::Conflict("error-cycle_not_at_distribution".into()));
    }
    let served = crate::cycles::api::pickups(&pool, cycle_id).await?.iter().any(|w| w.point_id == point_id);
    if !served {
        return Err(AppError::NotFound);
    }
    if !crate::ledger::repo::count_till(&pool, cycle_id, point_id, counted_cents, user.account_id, now()).await? {
        return Err(AppError::Conflict("error-till_counted".into()));
    }
    let page = if scope.is_none() { routes::cycle_page(cycle_id, "distribution") } else { routes::distribution(cycle_id) };
    leptos_axum::redirect(&format!("{page}?ok=1#caisse-{point_id}"));
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
    let pool = pool()?;
    let mut out = Vec::new();
    for r in repo::past_orders(&pool, household).await? {
        let waiting = r.state == crate::domain::cycles::CycleState::Closed && r.picked_up_at.is_none();
        // Where and when, all the point's windows, while it waits.
        let pickup = if waiting {
            crate::cycles::api::pickups(&pool, r.cycle_id).await?.into_iter().find(|w| w.point_id == r.pickup_point_id)
        } else {
            None
        };
        out.push(super::PastOrder {
            cycle_name: r.name,
            state: r.state,
            total_cents: r.total_cents,
            lines: if pickup.is_some() { repo::my_lines(&pool, r.id).await? } else { Vec::new() },
            pickup,
        });
    }
    Ok(out)
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
        return Err(AppError::Conflict("error-cycle_not_closed".into()));
    }
    Ok(super::Reception {
        cycle_id,
        cycle_name: c.name,
        editable: c.state == CycleState::Closed,
        lines: repo::reception_lines(&pool, cycle_id).await?,
    })
}

/// What arrived, for the whole delivery at once (the reception page is one
/// form): every line is checked first and every problem is said together;
/// then all of it is saved in one transaction, or nothing is. A line left
/// empty is not recorded. More than ordered needs a choice (keep it, or the
/// producer takes it back). The households whose order shrank are told.
#[server(endpoint = "record_delivery")]
pub async fn record_delivery(cycle_id: i64, lines: Option<Vec<super::DeliveryInput>>) -> Result<(), AppError> {
    use crate::domain::reception::{to_record, Surplus};
    use crate::error::Problems;
    let user = session::require_role(crate::accounts::Role::Coordinator).await?;
    let pool = pool()?;
    cycles_repo::get(&pool, cycle_id).await?.ok_or(AppError::NotFound)?;
    let known = repo::reception_lines(&pool, cycle_id).await?;
    let mut problems = Problems::default();
    let mut wanted = Vec::new();
    let mut typed = 0;
    for l in lines.unwrap_or_default().iter().take(5_000) {
        if l.received.trim().is_empty() {
            continue;
        }
        typed += 1;
        let Some(line) = known.iter().find(|k| k.product_id == l.product) else {
            problems.push(AppError::invalid("field-received", "error-product_not_ordered"));
            continue;
        };
        let Some(received) = problems.check(quantity::parse_quantity(&l.received).map_err(|m| AppError::Line(line.product.clone(), m.into()))) else {
            continue;
        };
        // Shown again as recorded (a kept surplus included): no question
        // to answer; the repo leaves it alone if it is still so.
        if line.received_milli == Some(received) {
            wanted.push(repo::DeliveredLine { product_id: line.product_id, typed_milli: received, record_milli: received });
            continue;
        }
        let surplus = l.surplus.as_deref().and_then(Surplus::from_code);
        match to_record(line.ordered_milli, received, surplus) {
            Ok(q) => wanted.push(repo::DeliveredLine { product_id: line.product_id, typed_milli: received, record_milli: q }),
            Err(m) => problems.push(AppError::Line(line.product.clone(), m.into())),
        }
    }
    problems.done()?;
    if typed == 0 {
        return Err(AppError::BadRequest("reception-nothing_typed".into()));
    }
    let saved = match repo::record_delivery(&pool, cycle_id, &wanted, user.account_id, now()).await? {
        repo::Delivered::Saved(n) => n,
        repo::Delivered::CycleNotClosed => return Err(AppError::Conflict("error-cycle_not_closed".into())),
        repo::Delivered::NotOrdered => return Err(AppError::invalid("field-received", "error-product_not_ordered")),
    };
    leptos_axum::redirect(&format!("{}?ok={saved}", routes::cycle_page(cycle_id, "reception")));
    Ok(())
}

/// Who changed a household's order in a cycle, for the coordinator.
#[server(endpoint = "order_changes")]
pub async fn order_changes(cycle_id: i64, household_id: i64) -> Result<Vec<super::OrderChange>, AppError> {
    session::require_role(crate::accounts::Role::Coordinator).await?;
    Ok(repo::changes(&pool()?, cycle_id, household_id)
        .await?
        .into_iter()
        .map(|r| super::OrderChange { who: r.display_name, when: time::moment(r.at), action: r.action, total_cents: r.total_cents })
        .collect())
}
