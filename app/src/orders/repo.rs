//! Data access for orders. Placing an order is one transaction that first
//! locks the cycle row (and checks it is open), then moves the cycle's sold
//! counters by conditional updates that never pass a cap.

use super::MyLine;
use crate::domain::orders::{OfferedProduct, PaymentMethod, PricedLine};
use crate::domain::quantity::Unit;
use sqlx::{AnyConnection, AnyPool};
use crate::routes;

pub struct OfferRow {
    pub offered: OfferedProduct,
    pub producer: String,
    pub category: String,
    pub unit: Unit,
    pub cap_milli: Option<i64>,
    pub sold_milli: i64,
}

/// A product of a cycle's offer as read, before it is split into what the
/// domain checks and what the page shows.
#[derive(sqlx::FromRow)]
struct OfferedRow {
    id: i64,
    name: String,
    unit: Unit,
    step_milli: i64,
    min_milli: i64,
    price_cents: i64,
    cap_household_milli: Option<i64>,
    cap_milli: Option<i64>,
    sold_milli: i64,
    producer: String,
    category: String,
    category_id: i64,
}

const OFFER: &str = "SELECT p.id, p.name, p.unit, p.step_milli, p.min_milli, p.price_cents, p.cap_household_milli, cp.cap_milli, cp.sold_milli, \
     pr.name AS producer, c.name AS category, p.category_id FROM cycle_products cp JOIN products p ON p.id = cp.product_id \
     JOIN producers pr ON pr.id = p.producer_id JOIN categories c ON c.id = p.category_id \
     WHERE cp.cycle_id = $1 AND p.active = 1";

/// The products a cycle offers, in catalogue order.
pub async fn offer(pool: &AnyPool, cycle_id: i64) -> Result<Vec<OfferRow>, sqlx::Error> {
    let rows: Vec<OfferedRow> = sqlx::query_as(&format!("{OFFER} ORDER BY c.position, c.name, p.name")).bind(cycle_id).fetch_all(pool).await?;
    let costs = crate::catalogue::repo::active_costs(pool).await?;
    Ok(offer_rows(rows, &costs, cycle_id))
}

/// Those of `products` the cycle offers, in catalogue order: a page of the
/// catalogue or a basket, without reading an offer of thousands.
pub async fn offer_among(pool: &AnyPool, cycle_id: i64, products: &[i64]) -> Result<Vec<OfferRow>, sqlx::Error> {
    if products.is_empty() {
        return Ok(Vec::new());
    }
    let marks: Vec<String> = (0..products.len()).map(|i| format!("${}", i + 2)).collect();
    let sql = format!("{OFFER} AND p.id IN ({}) ORDER BY c.position, c.name, p.name", marks.join(", "));
    let mut query = sqlx::query_as(&sql).bind(cycle_id);
    for id in products {
        query = query.bind(*id);
    }
    let rows: Vec<OfferedRow> = query.fetch_all(pool).await?;
    let costs = crate::catalogue::repo::active_costs(pool).await?;
    Ok(offer_rows(rows, &costs, cycle_id))
}

/// The rows with their cost price: the producer's price and the costs
/// that apply to the product in this cycle.
fn offer_rows(rows: Vec<OfferedRow>, costs: &[crate::domain::costs::Cost], cycle_id: i64) -> Vec<OfferRow> {
    use crate::domain::costs::{cost_price, ForCost};
    rows
        .into_iter()
        .map(|r| OfferRow {
            offered: OfferedProduct {
                product_id: r.id,
                price_cents: cost_price(&ForCost { product_id: r.id, category_id: r.category_id, unit: r.unit, producer_cents: r.price_cents }, costs, Some(cycle_id)),
                name: r.name,
                producer_cents: r.price_cents,
                step_milli: r.step_milli,
                min_milli: r.min_milli,
                cap_household_milli: r.cap_household_milli,
            },
            producer: r.producer,
            category: r.category,
            unit: r.unit,
            cap_milli: r.cap_milli,
            sold_milli: r.sold_milli,
        })
        .collect()
}

pub struct StoredOrder {
    pub id: i64,
    pub pickup_point_id: i64,
    pub total_cents: i64,
    pub lines: Vec<(i64, i64, i64)>, // product, qty, line cents
}

pub async fn household_order(conn: &mut sqlx::AnyConnection, cycle_id: i64, household_id: i64) -> Result<Option<StoredOrder>, sqlx::Error> {
    let Some((id, pickup_point_id, total_cents)) =
        sqlx::query_as::<_, (i64, i64, i64)>("SELECT id, pickup_point_id, total_cents FROM orders WHERE cycle_id = $1 AND household_id = $2")
            .bind(cycle_id)
            .bind(household_id)
            .fetch_optional(&mut *conn)
            .await?
    else {
        return Ok(None);
    };
    let lines = sqlx::query_as::<_, (i64, i64, i64)>("SELECT product_id, qty_milli, line_cents FROM order_lines WHERE order_id = $1")
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
    Ok(Some(StoredOrder { id, pickup_point_id, total_cents, lines }))
}

pub async fn my_lines(pool: &AnyPool, order_id: i64) -> Result<Vec<MyLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.name, p.unit, l.qty_milli, l.line_cents FROM order_lines l JOIN products p ON p.id = l.product_id \
         JOIN categories c ON c.id = p.category_id WHERE l.order_id = $1 ORDER BY c.position, p.name",
    )
    .bind(order_id)
    .fetch_all(pool)
    .await
}

/// What placing an order came to.
pub enum Placed {
    Saved,
    /// The same submission was already applied: nothing changed.
    Repeated,
    CycleNotOpen,
    BadPickup,
    /// Not enough left: product id and what is still free.
    SoldOut(i64, i64),
}

pub struct Placement<'a> {
    pub cycle_id: i64,
    pub household_id: i64,
    pub account_id: i64,
    pub pickup_point_id: i64,
    pub share_percent: i64,
    pub key: &'a str,
    pub lines: &'a [PricedLine],
    pub now: i64,
    /// For a coordinator entering an order taken by phone or at the desk:
    /// seconds after closing during which the order may still change.
    pub grace_secs: Option<i64>,
}

/// Replaces the household's order in the cycle by `lines` (no lines
/// cancels it). One transaction; see the module comment.
pub async fn place(pool: &AnyPool, p: &Placement<'_>) -> Result<Placed, sqlx::Error> {
    let mut tx = pool.begin().await?;
    // Lock the cycle row: orders of one cycle are written one at a time,
    // and the scheduler cannot close it under a half-written order.
    let open = sqlx::query(
        "UPDATE cycles SET state = state WHERE id = $1 AND ((state = 'open' AND closes_at > $2) \
         OR ($3 = 1 AND state IN ('open', 'closed') AND closes_at + $4 > $2))",
    )
    .bind(p.cycle_id)
    .bind(p.now)
    .bind(i64::from(p.grace_secs.is_some()))
    .bind(p.grace_secs.unwrap_or(0))
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !open {
        return Ok(Placed::CycleNotOpen);
    }
    let seen: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM order_submissions WHERE idem_key = $1").bind(p.key).fetch_one(&mut *tx).await?;
    if seen > 0 {
        return Ok(Placed::Repeated);
    }
    if !p.lines.is_empty() {
        let pickup: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM cycle_pickups WHERE cycle_id = $1 AND pickup_point_id = $2")
            .bind(p.cycle_id)
            .bind(p.pickup_point_id)
            .fetch_one(&mut *tx)
            .await?;
        if pickup == 0 {
            return Ok(Placed::BadPickup);
        }
    }
    let old = household_order(&mut *tx, p.cycle_id, p.household_id).await?;
    let old_lines = old.as_ref().map(|o| o.lines.clone()).unwrap_or_default();

    // Every product whose quantity changes moves the cycle's counter.
    let mut products: Vec<i64> = p.lines.iter().map(|l| l.product_id).chain(old_lines.iter().map(|l| l.0)).collect();
    products.sort_unstable();
    products.dedup();
    for product in products {
        let new_qty = p.lines.iter().find(|l| l.product_id == product).map_or(0, |l| l.qty_milli);
        let old_qty = old_lines.iter().find(|l| l.0 == product).map_or(0, |l| l.1);
        let delta = new_qty - old_qty;
        if delta == 0 {
            continue;
        }
        let moved = sqlx::query(
            "UPDATE cycle_products SET sold_milli = sold_milli + $1 \
             WHERE cycle_id = $2 AND product_id = $3 AND (cap_milli IS NULL OR sold_milli + $1 <= cap_milli)",
        )
        .bind(delta)
        .bind(p.cycle_id)
        .bind(product)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if moved != 1 {
            let r = sqlx::query_as::<_, (Option<i64>, i64)>("SELECT cap_milli, sold_milli FROM cycle_products WHERE cycle_id = $1 AND product_id = $2")
                .bind(p.cycle_id)
                .bind(product)
                .fetch_optional(&mut *tx)
                .await?;
            let left = match r {
                Some((cap, sold)) => cap.unwrap_or(0) - sold,
                None => 0,
            };
            // What the household already holds is theirs to keep.
            return Ok(Placed::SoldOut(product, (left + old_qty).max(0)));
        }
    }

    let total: i64 = p.lines.iter().map(|l| l.line_cents).sum();
    let order_id = match (&old, p.lines.is_empty()) {
        (Some(o), true) => {
            sqlx::query("DELETE FROM orders WHERE id = $1").bind(o.id).execute(&mut *tx).await?;
            None
        }
        (None, true) => None,
        (Some(o), false) => {
            sqlx::query("UPDATE orders SET pickup_point_id = $1, share_percent = $2, total_cents = $3, updated_at = $4 WHERE id = $5")
                .bind(p.pickup_point_id)
                .bind(p.share_percent)
                .bind(total)
                .bind(p.now)
                .bind(o.id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM order_lines WHERE order_id = $1").bind(o.id).execute(&mut *tx).await?;
            Some(o.id)
        }
        (None, false) => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO orders (cycle_id, household_id, pickup_point_id, share_percent, total_cents, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
            )
            .bind(p.cycle_id)
            .bind(p.household_id)
            .bind(p.pickup_point_id)
            .bind(p.share_percent)
            .bind(total)
            .bind(p.now)
            .fetch_one(&mut *tx)
            .await?;
            Some(id)
        }
    };
    if let Some(order_id) = order_id {
        for l in p.lines {
            sqlx::query("INSERT INTO order_lines (order_id, product_id, qty_milli, price_cents, line_cents, producer_cents) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(order_id)
                .bind(l.product_id)
                .bind(l.qty_milli)
                .bind(l.price_cents)
                .bind(l.line_cents)
                .bind(l.producer_cents)
                .execute(&mut *tx)
                .await?;
        }
    }
    sqlx::query("INSERT INTO order_submissions (idem_key, household_id, at) VALUES ($1, $2, $3)")
        .bind(p.key)
        .bind(p.household_id)
        .bind(p.now)
        .execute(&mut *tx)
        .await?;
    let action = match (&old, order_id) {
        (_, None) => "cancelled",
        (None, Some(_)) => "created",
        (Some(_), Some(_)) => "changed",
    };
    sqlx::query(
        "INSERT INTO order_changes (order_id, cycle_id, household_id, account_id, action, total_cents, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(order_id)
    .bind(p.cycle_id)
    .bind(p.household_id)
    .bind(p.account_id)
    .bind(action)
    .bind(total)
    .bind(p.now)
    .execute(&mut *tx)
    .await?;
    if p.grace_secs.is_some() {
        tell_late_change(&mut tx, p).await?;
    }
    // The confirmed order is the basket now: the household's draft goes,
    // whoever confirmed (a coordinator's order is newer than the draft).
    super::basket::clear(&mut tx, p.household_id, p.cycle_id).await?;
    tx.commit().await?;
    Ok(Placed::Saved)
}

#[derive(sqlx::FromRow)]
struct LateChange {
    cycle: String,
    closes_at: i64,
    household: String,
    by_name: String,
}

/// An order changed after the cycle closed (a coordinator's grace period)
/// changes the purchase orders and packing lists: the other coordinators
/// are told, in the same transaction.
async fn tell_late_change(tx: &mut AnyConnection, p: &Placement<'_>) -> Result<(), sqlx::Error> {
    use crate::notifications::{repo as notices, Kind, Raw};
    let r: LateChange = sqlx::query_as(
        "SELECT c.name AS cycle, c.closes_at, h.name AS household, a.display_name AS by_name FROM cycles c, households h, accounts a \
         WHERE c.id = $1 AND h.id = $2 AND a.id = $3",
    )
    .bind(p.cycle_id)
    .bind(p.household_id)
    .bind(p.account_id)
    .fetch_one(&mut *tx)
    .await?;
    if r.closes_at > p.now {
        return Ok(());
    }
    let params = [("household", Raw::Text(r.household)), ("cycle", Raw::Text(r.cycle)), ("by", Raw::Text(r.by_name))];
    let url = routes::cycle(p.cycle_id);
    notices::notify_coordinators(tx, Kind::OrderChangedLate, &params, &url, None, Some(p.account_id), p.now).await
}

/// Every line of every order of a cycle, for the reports: one query, sorted
/// by pickup point, household, category and product.
#[derive(sqlx::FromRow)]
pub struct ReportLine {
    pub order_id: i64,
    pub household: String,
    pub point: String,
    pub point_id: i64,
    pub share_percent: i64,
    pub total_cents: i64,
    pub producer_id: i64,
    pub producer: String,
    pub producer_place: String,
    pub producer_contact: String,
    pub category: String,
    pub product: String,
    pub unit: Unit,
    pub qty_milli: i64,
    /// The cost price of a unit, frozen with the line.
    pub price_cents: i64,
    /// The producer's price of a unit, frozen with the line.
    pub producer_cents: i64,
    /// What the household had ordered, when a shortage reduced the line.
    pub ordered_milli: Option<i64>,
}

pub async fn report_lines(pool: &AnyPool, cycle_id: i64) -> Result<Vec<ReportLine>, sqlx::Error> {
    let mut lines: Vec<ReportLine> = sqlx::query_as(
        "SELECT o.id AS order_id, h.name AS household, pp.name AS point, pp.id AS point_id, o.share_percent, o.total_cents, \
         pr.id AS producer_id, pr.name AS producer, pr.place AS producer_place, pr.contact AS producer_contact, c.name AS category, p.name AS product, \
         p.unit, l.qty_milli, l.price_cents, COALESCE(l.producer_cents, l.price_cents) AS producer_cents, orig.ordered_milli \
         FROM orders o JOIN households h ON h.id = o.household_id JOIN pickup_points pp ON pp.id = o.pickup_point_id \
         JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product_id \
         LEFT JOIN order_line_originals orig ON orig.order_id = l.order_id AND orig.product_id = l.product_id \
         JOIN producers pr ON pr.id = p.producer_id JOIN categories c ON c.id = p.category_id \
         WHERE o.cycle_id = $1 ORDER BY pp.name, h.name, o.id, c.position, c.name, p.name",
    )
    .bind(cycle_id)
    .fetch_all(pool)
    .await?;
    // An original the shortage left whole is nothing to show.
    for l in &mut lines {
        l.ordered_milli = l.ordered_milli.filter(|o| *o != l.qty_milli);
    }
    Ok(lines)
}

/// A household's order at the distribution table, as read.
#[derive(sqlx::FromRow)]
struct SheetOrder {
    id: i64,
    household_id: i64,
    pickup_point_id: i64,
    household: String,
    total_cents: i64,
    picked_up_at: Option<i64>,
}

/// The cycle's orders at the table, each with what its household's account
/// says: what to collect before the handover (the order, what is owed
/// from before, less credit), what was paid at it after.
pub async fn sheet_rows(pool: &AnyPool, cycle_id: i64) -> Result<Vec<(i64, super::SheetRow)>, sqlx::Error> {
    let rows: Vec<SheetOrder> = sqlx::query_as(
        "SELECT o.id, o.household_id, o.pickup_point_id, h.name AS household, o.total_cents, o.picked_up_at \
         FROM orders o JOIN households h ON h.id = o.household_id WHERE o.cycle_id = $1 ORDER BY h.name",
    )
    .bind(cycle_id)
    .fetch_all(pool)
    .await?;
    let balances = crate::ledger::repo::sheet_balances(pool, cycle_id).await?;
    let payments = crate::ledger::repo::standing_payments(pool, cycle_id).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let (balance, own) = balances.iter().find(|b| b.0 == r.household_id).map_or((0, 0), |b| (b.1, b.2));
        let payments: Vec<_> = payments.iter().filter(|p| p.0 == r.id).collect();
        let before = balance - own;
        out.push((
            r.pickup_point_id,
            super::SheetRow {
                order_id: r.id,
                household: r.household,
                due_cents: r.total_cents,
                before_cents: before,
                to_collect_cents: crate::domain::ledger::to_collect(r.total_cents, before),
                balance_cents: balance,
                picked_up: r.picked_up_at.is_some(),
                paid_cents: r.picked_up_at.map(|_| payments.iter().map(|p| p.1).sum()),
                method: payments.first().and_then(|p| p.2),
                corrections: Vec::new(),
                lines: Vec::new(),
            },
        ));
    }
    Ok(out)
}

/// Records a handover at the table, only while the cycle is closed (before
/// it is marked distributed), and only once: a second volunteer's stale
/// form, or anyone posting again, does not rewrite what was recorded. In
/// the same transaction the household's account takes the order (at its
/// amount after shortages) and the payment, if any.
pub async fn record_pickup(pool: &AnyPool, order_id: i64, paid_cents: i64, method: PaymentMethod, by: i64, now: i64) -> Result<Recorded, sqlx::Error> {
    use crate::ledger::{repo as ledger, EntryKind};
    let mut tx = pool.begin().await?;
    let res = sqlx::query(
        "UPDATE orders SET picked_up_at = $1, recorded_by = $2 \
         WHERE id = $3 AND picked_up_at IS NULL AND cycle_id IN (SELECT id FROM cycles WHERE state = 'closed')",
    )
    .bind(now)
    .bind(by)
    .bind(order_id)
    .execute(&mut *tx)
    .await?;
    if res.rows_affected() != 1 {
        drop(tx);
        let already = sqlx::query("SELECT 1 AS one FROM orders WHERE id = $1 AND picked_up_at IS NOT NULL").bind(order_id).fetch_optional(pool).await?;
        return Ok(if already.is_some() { Recorded::AlreadyRecorded } else { Recorded::NotAtDistribution });
    }
    let (household_id, cycle_id, point_id, total): (i64, i64, i64, i64) =
        sqlx::query_as("SELECT household_id, cycle_id, pickup_point_id, total_cents FROM orders WHERE id = $1").bind(order_id).fetch_one(&mut *tx).await?;
    let here = ledger::NewEntry::at_table(household_id, order_id, cycle_id, point_id, by, now);
    ledger::append(&mut tx, &ledger::NewEntry { kind: Some(EntryKind::Order), amount_cents: total, ..here.clone() }).await?;
    if paid_cents > 0 {
        ledger::append(&mut tx, &ledger::NewEntry { kind: Some(EntryKind::Payment), amount_cents: -paid_cents, method: Some(method), ..here }).await?;
    }
    tx.commit().await?;
    Ok(Recorded::Done)
}

#[derive(Debug, PartialEq, Eq)]
pub enum Recorded {
    Done,
    AlreadyRecorded,
    NotAtDistribution,
}

/// A coordinator's correction of a recorded handover: the payments
/// recorded for it are reversed and the right one recorded, and the
/// correction is kept with what it was, in one transaction. The order's
/// row is the lock, so two corrections at once do not both reverse.
pub async fn correct_pickup(pool: &AnyPool, order_id: i64, paid_cents: i64, method: PaymentMethod, reason: &str, by: i64, now: i64) -> Result<bool, sqlx::Error> {
    use crate::ledger::{repo as ledger, EntryKind};
    let mut tx = pool.begin().await?;
    let held = sqlx::query(
        "UPDATE orders SET recorded_by = recorded_by WHERE id = $1 AND picked_up_at IS NOT NULL \
         AND cycle_id IN (SELECT id FROM cycles WHERE state = 'closed')",
    )
    .bind(order_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if held != 1 {
        return Ok(false);
    }
    let (household_id, cycle_id, point_id): (i64, i64, i64) =
        sqlx::query_as("SELECT household_id, cycle_id, pickup_point_id FROM orders WHERE id = $1").bind(order_id).fetch_one(&mut *tx).await?;
    let before = ledger::handover_payments(&mut tx, order_id).await?;
    let before_paid: i64 = before.iter().map(|p| p.1).sum();
    let before_method = before.first().and_then(|p| p.2);
    if before_paid == paid_cents && (paid_cents == 0 || before.iter().all(|p| p.2 == Some(method))) {
        return Ok(true);
    }
    for (id, _, _) in &before {
        sqlx::query(
            "INSERT INTO ledger_entries (household_id, kind, amount_cents, method, reference, note, order_id, cycle_id, pickup_point_id, \
             reverses_id, recorded_by, at) SELECT household_id, 'reversal', -amount_cents, method, reference, $1, order_id, cycle_id, \
             pickup_point_id, id, $2, $3 FROM ledger_entries WHERE id = $4",
        )
        .bind(reason)
        .bind(by)
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    }
    if paid_cents > 0 {
        let here = ledger::NewEntry::at_table(household_id, order_id, cycle_id, point_id, by, now);
        ledger::append(&mut tx, &ledger::NewEntry { kind: Some(EntryKind::Payment), amount_cents: -paid_cents, method: Some(method), note: reason, ..here }).await?;
    }
    sqlx::query(
        "INSERT INTO pickup_corrections (order_id, before_paid_cents, before_method, paid_cents, method, reason, by_account, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(order_id)
    .bind(before_paid)
    .bind(before_method)
    .bind(paid_cents)
    .bind(method)
    .bind(reason)
    .bind(by)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// A correction of a handover, as stored.
#[derive(sqlx::FromRow)]
pub struct CorrectionRow {
    pub order_id: i64,
    pub before_paid_cents: Option<i64>,
    pub before_method: Option<PaymentMethod>,
    pub paid_cents: i64,
    pub method: PaymentMethod,
    pub reason: String,
    pub display_name: String,
    pub at: i64,
}

/// The corrections of a cycle's handovers, oldest first, for the
/// coordination's sheet: (order, what it was, what it became, reason, who, when).
pub async fn pickup_corrections(pool: &AnyPool, cycle_id: i64) -> Result<Vec<CorrectionRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.order_id, c.before_paid_cents, c.before_method, c.paid_cents, c.method, c.reason, a.display_name, c.at \
         FROM pickup_corrections c JOIN orders o ON o.id = c.order_id JOIN accounts a ON a.id = c.by_account \
         WHERE o.cycle_id = $1 ORDER BY c.id",
    )
    .bind(cycle_id)
    .fetch_all(pool)
    .await
}

/// The order's cycle and pickup point.
pub async fn order_place(pool: &AnyPool, order_id: i64) -> Result<Option<(i64, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT cycle_id, pickup_point_id FROM orders WHERE id = $1").bind(order_id).fetch_optional(pool).await
}

/// One of the household's past orders.
#[derive(sqlx::FromRow)]
pub struct PastRow {
    pub id: i64,
    pub cycle_id: i64,
    pub pickup_point_id: i64,
    pub total_cents: i64,
    pub picked_up_at: Option<i64>,
    pub name: String,
    pub state: crate::domain::cycles::CycleState,
}

/// The household's orders in cycles that are closed or later, newest first.
pub async fn past_orders(pool: &AnyPool, household_id: i64) -> Result<Vec<PastRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT o.id, o.cycle_id, o.pickup_point_id, o.total_cents, o.picked_up_at, c.name, c.state \
         FROM orders o JOIN cycles c ON c.id = o.cycle_id \
         WHERE o.household_id = $1 AND c.state IN ('closed', 'distributed', 'archived') ORDER BY c.closes_at DESC LIMIT 24",
    )
    .bind(household_id)
    .fetch_all(pool)
    .await
}

/// A product of a closed cycle at reception: what was ordered, and what
/// arrived when a shortage was recorded.
pub async fn reception_lines(pool: &AnyPool, cycle_id: i64) -> Result<Vec<super::ReceptionLine>, sqlx::Error> {
    // Ordered = the first recorded quantities where a shortage was
    // recorded, else what the lines hold.
    let lines: Vec<super::ReceptionLine> = sqlx::query_as(
        "SELECT p.id AS product_id, p.name AS product, p.unit, pr.name AS producer, cp.received_milli, \
         CAST(COALESCE((SELECT SUM(x.q) FROM ( \
            SELECT COALESCE(orig.ordered_milli, l.qty_milli) AS q FROM order_lines l JOIN orders o ON o.id = l.order_id \
            LEFT JOIN order_line_originals orig ON orig.order_id = l.order_id AND orig.product_id = l.product_id \
            WHERE o.cycle_id = cp.cycle_id AND l.product_id = cp.product_id \
            UNION ALL \
            SELECT orig.ordered_milli AS q FROM order_line_originals orig JOIN orders o ON o.id = orig.order_id \
            WHERE o.cycle_id = cp.cycle_id AND orig.product_id = cp.product_id AND NOT EXISTS \
              (SELECT 1 FROM order_lines l WHERE l.order_id = orig.order_id AND l.product_id = orig.product_id) \
         ) x), 0) AS BIGINT) AS ordered_milli \
         FROM cycle_products cp JOIN products p ON p.id = cp.product_id JOIN producers pr ON pr.id = p.producer_id \
         WHERE cp.cycle_id = $1 ORDER BY pr.name, p.name",
    )
    .bind(cycle_id)
    .fetch_all(pool)
    .await?;
    Ok(lines.into_iter().filter(|l| l.ordered_milli != 0).collect())
}

/// What saving a delivery did.
pub enum Delivered {
    /// Every changed line recorded, orders shared, households told; how
    /// many lines changed.
    Saved(usize),
    CycleNotClosed,
    /// A product of the form has no order in the cycle: a stale form.
    NotOrdered,
}

/// What a shortage did to one household's line, for its notice.
pub struct Shrunk {
    pub household_id: i64,
    pub ordered_milli: i64,
    pub now_milli: i64,
    pub total_cents: i64,
}

/// One line of a delivery: what the form showed typed, and what to record
/// (what arrived, or what was ordered when the surplus goes back).
pub struct DeliveredLine {
    pub product_id: i64,
    pub typed_milli: i64,
    pub record_milli: i64,
}

/// Records what arrived of each product of a delivery and shares it among
/// the households that ordered it (see `domain::reception`). One
/// transaction under the cycle-row lock: the whole delivery is saved, or
/// nothing is. Households whose line shrank are told.
pub async fn record_delivery(pool: &AnyPool, cycle_id: i64, lines: &[DeliveredLine], by: i64, now: i64) -> Result<Delivered, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let closed = sqlx::query("UPDATE cycles SET state = state WHERE id = $1 AND state = 'closed'")
        .bind(cycle_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
        == 1;
    if !closed {
        return Ok(Delivered::CycleNotClosed);
    }
    let mut changed = 0;
    for l in lines {
        // A line shown again as it is recorded now is left alone (no second
        // notice). Read under the cycle's lock: another save may have come
        // in since the form was checked.
        let recorded: Option<i64> = sqlx::query_scalar("SELECT received_milli FROM cycle_products WHERE cycle_id = $1 AND product_id = $2")
            .bind(cycle_id)
            .bind(l.product_id)
            .fetch_optional(&mut *tx)
            .await?
            .flatten();
        if recorded == Some(l.typed_milli) || recorded == Some(l.record_milli) {
            continue;
        }
        if !share_received(&mut tx, cycle_id, l.product_id, l.record_milli, by, now).await? {
            // Dropping the transaction rolls back the lines already shared.
            return Ok(Delivered::NotOrdered);
        }
        changed += 1;
    }
    tx.commit().await?;
    Ok(Delivered::Saved(changed))
}

/// A household's line of a product at a delivery: what it ordered before
/// the first sharing, at which price and share, and what it holds now.
#[derive(sqlx::FromRow)]
struct Held {
    order_id: i64,
    ordered_milli: i64,
    price_cents: i64,
    producer_cents: i64,
    share_percent: i64,
    household_id: i64,
    current_milli: i64,
}

/// One product of a delivery, inside the caller's transaction (which holds
/// the cycle row). `false` when nobody ordered it.
async fn share_received(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    cycle_id: i64,
    product_id: i64,
    received_milli: i64,
    by: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    // Keep what was ordered before the first sharing.
    sqlx::query(
        "INSERT INTO order_line_originals (order_id, product_id, ordered_milli, price_cents, producer_cents) \
         SELECT l.order_id, l.product_id, l.qty_milli, l.price_cents, l.producer_cents FROM order_lines l JOIN orders o ON o.id = l.order_id \
         WHERE o.cycle_id = $1 AND l.product_id = $2 ON CONFLICT DO NOTHING",
    )
    .bind(cycle_id)
    .bind(product_id)
    .execute(&mut **tx)
    .await?;
    let held: Vec<Held> = sqlx::query_as(
        "SELECT orig.order_id, orig.ordered_milli, orig.price_cents, COALESCE(orig.producer_cents, orig.price_cents) AS producer_cents, o.share_percent, o.household_id, COALESCE(l.qty_milli, 0) AS current_milli \
         FROM order_line_originals orig JOIN orders o ON o.id = orig.order_id \
         LEFT JOIN order_lines l ON l.order_id = orig.order_id AND l.product_id = orig.product_id \
         WHERE o.cycle_id = $1 AND orig.product_id = $2 ORDER BY o.created_at, o.id",
    )
    .bind(cycle_id)
    .bind(product_id)
    .fetch_all(&mut **tx)
    .await?;
    if held.is_empty() {
        return Ok(false);
    }
    let step: i64 = sqlx::query_scalar("SELECT step_milli FROM products WHERE id = $1").bind(product_id).fetch_one(&mut **tx).await?;
    let ordered: Vec<i64> = held.iter().map(|r| r.ordered_milli).collect();
    let shares = crate::domain::reception::share_shortage(received_milli, &ordered, step);
    let mut shrunk = Vec::new();
    for ((r, ordered), share) in held.iter().zip(&ordered).zip(&shares) {
        let (order_id, current, price) = (r.order_id, r.current_milli, r.price_cents);
        if current == *share {
            continue;
        }
        let line = crate::domain::pricing::line_price_at_tier(price, *share, r.share_percent);
        sqlx::query("DELETE FROM order_lines WHERE order_id = $1 AND product_id = $2")
            .bind(order_id)
            .bind(product_id)
            .execute(&mut **tx)
            .await?;
        if *share > 0 {
            sqlx::query("INSERT INTO order_lines (order_id, product_id, qty_milli, price_cents, line_cents, producer_cents) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(order_id)
                .bind(product_id)
                .bind(*share)
                .bind(price)
                .bind(line)
                .bind(r.producer_cents)
                .execute(&mut **tx)
                .await?;
        }
        let total: i64 = sqlx::query_scalar("SELECT CAST(COALESCE(SUM(line_cents), 0) AS BIGINT) AS t FROM order_lines WHERE order_id = $1")
            .bind(order_id)
            .fetch_one(&mut **tx)
            .await?;
        sqlx::query("UPDATE orders SET total_cents = $1, updated_at = $2 WHERE id = $3")
            .bind(total)
            .bind(now)
            .bind(order_id)
            .execute(&mut **tx)
            .await?;
        let household_id = r.household_id;
        sqlx::query(
            "INSERT INTO order_changes (order_id, cycle_id, household_id, account_id, action, total_cents, at) VALUES ($1, $2, $3, $4, 'shortage', $5, $6)",
        )
        .bind(order_id)
        .bind(cycle_id)
        .bind(household_id)
        .bind(by)
        .bind(total)
        .bind(now)
        .execute(&mut **tx)
        .await?;
        if *share < current {
            shrunk.push(Shrunk { household_id, ordered_milli: *ordered, now_milli: *share, total_cents: total });
        }
    }
    let sold: i64 = shares.iter().sum();
    sqlx::query("UPDATE cycle_products SET received_milli = $1, sold_milli = $2 WHERE cycle_id = $3 AND product_id = $4")
        .bind(received_milli)
        .bind(sold)
        .bind(cycle_id)
        .bind(product_id)
        .execute(&mut **tx)
        .await?;
    notify_shrunk(tx, cycle_id, product_id, &shrunk, now).await?;
    Ok(true)
}

/// Tells each household whose line shrank, in the same transaction.
async fn notify_shrunk(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    cycle_id: i64,
    product_id: i64,
    shrunk: &[Shrunk],
    now: i64,
) -> Result<(), sqlx::Error> {
    use crate::notifications::{repo as notices, Kind, Raw};
    if shrunk.is_empty() {
        return Ok(());
    }
    let (product, unit, cycle) = sqlx::query_as::<_, (String, Unit, String)>("SELECT p.name, p.unit, c.name AS cycle FROM products p, cycles c WHERE p.id = $1 AND c.id = $2")
        .bind(product_id)
        .bind(cycle_id)
        .fetch_one(&mut **tx)
        .await?;
    for s in shrunk {
        let (kind, params) = if s.now_milli == 0 {
            (Kind::ProductMissing, vec![("product", Raw::Text(product.clone())), ("cycle", Raw::Text(cycle.clone())), ("total", Raw::Money(s.total_cents))])
        } else {
            (
                Kind::OrderShrunk,
                vec![
                    ("product", Raw::Text(product.clone())),
                    ("cycle", Raw::Text(cycle.clone())),
                    ("qty", Raw::Amount(s.now_milli, unit)),
                    ("ordered", Raw::Amount(s.ordered_milli, unit)),
                    ("total", Raw::Money(s.total_cents)),
                ],
            )
        };
        notices::notify_household(&mut **tx, s.household_id, kind, &params, routes::ORDER, now).await?;
    }
    Ok(())
}

/// An order change, as stored.
#[derive(sqlx::FromRow)]
pub struct ChangeRow {
    pub display_name: String,
    pub at: i64,
    pub action: String,
    pub total_cents: i64,
}

/// The household's order changes in a cycle, newest first.
pub async fn changes(pool: &AnyPool, cycle_id: i64, household_id: i64) -> Result<Vec<ChangeRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.display_name, ch.at, ch.action, ch.total_cents FROM order_changes ch JOIN accounts a ON a.id = ch.account_id \
         WHERE ch.cycle_id = $1 AND ch.household_id = $2 ORDER BY ch.id DESC LIMIT 50",
    )
    .bind(cycle_id)
    .bind(household_id)
    .fetch_all(pool)
    .await
}
