//! Data access for cycles, their products and pickup windows, and the
//! scheduler's transitions.

use super::PickupPoint;
use crate::domain::cycles::CycleState;
use sqlx::{AnyConnection, AnyPool};
use crate::routes;

#[derive(sqlx::FromRow)]
pub struct CycleCore {
    pub id: i64,
    pub name: String,
    pub state: CycleState,
    pub opens_at: i64,
    pub closes_at: i64,
}

/// Creates a planned cycle offering every active product, with the
/// product's own cap per cycle. One transaction.
pub async fn create(pool: &AnyPool, name: &str, opens_at: i64, closes_at: i64, by: i64, now: i64) -> Result<i64, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let id: i64 = sqlx::query_scalar("INSERT INTO cycles (name, opens_at, closes_at, state, created_by, created_at) VALUES ($1, $2, $3, 'planned', $4, $5) RETURNING id")
        .bind(name)
        .bind(opens_at)
        .bind(closes_at)
        .bind(by)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO cycle_products (cycle_id, product_id, cap_milli, sold_milli) SELECT $1, id, cap_cycle_milli, 0 FROM products WHERE active = 1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn get(pool: &AnyPool, id: i64) -> Result<Option<CycleCore>, sqlx::Error> {
    sqlx::query_as("SELECT id, name, state, opens_at, closes_at FROM cycles WHERE id = $1").bind(id).fetch_optional(pool).await
}

/// A cycle and how many orders it has.
#[derive(sqlx::FromRow)]
pub struct ListedRow {
    #[sqlx(flatten)]
    pub core: CycleCore,
    pub orders: i64,
}

pub async fn list(pool: &AnyPool) -> Result<Vec<ListedRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.id, c.name, c.state, c.opens_at, c.closes_at, (SELECT COUNT(*) FROM orders o WHERE o.cycle_id = c.id) AS orders \
         FROM cycles c ORDER BY c.opens_at DESC LIMIT 100",
    )
    .fetch_all(pool)
    .await
}

/// The cycles still to come or running (planned, open, closed): what a
/// cost may name.
pub async fn not_done(pool: &AnyPool) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, name FROM cycles WHERE state IN ('planned', 'open', 'closed') ORDER BY opens_at DESC").fetch_all(pool).await
}

/// The ordering period of every cycle still planned or open: (name, state,
/// opens, closes).
pub async fn spans(pool: &AnyPool, except: i64) -> Result<Vec<(String, CycleState, i64, i64)>, sqlx::Error> {
    let cycles: Vec<CycleCore> = sqlx::query_as("SELECT id, name, state, opens_at, closes_at FROM cycles WHERE state IN ('planned', 'open') AND id <> $1 ORDER BY opens_at")
        .bind(except)
        .fetch_all(pool)
        .await?;
    Ok(cycles.into_iter().map(|c| (c.name, c.state, c.opens_at, c.closes_at)).collect())
}

/// Products offered, orders placed, orders not yet handed over.
pub async fn counts(pool: &AnyPool, id: i64) -> Result<(i64, i64, i64), sqlx::Error> {
    sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM cycle_products WHERE cycle_id = $1) AS products, (SELECT COUNT(*) FROM orders WHERE cycle_id = $1) AS orders, \
         (SELECT COUNT(*) FROM orders WHERE cycle_id = $1 AND picked_up_at IS NULL) AS waiting",
    )
    .bind(id)
    .fetch_one(pool)
    .await
}

pub async fn pickup_points(pool: &AnyPool) -> Result<Vec<PickupPoint>, sqlx::Error> {
    sqlx::query_as("SELECT id, name, address, access_notes FROM pickup_points ORDER BY name").fetch_all(pool).await
}

/// One pickup window of a cycle, with its point.
#[derive(sqlx::FromRow)]
pub struct WindowRow {
    pub window_id: i64,
    pub point_id: i64,
    pub name: String,
    pub address: String,
    pub access_notes: String,
    pub starts_at: i64,
    pub ends_at: i64,
}

/// The cycle's pickup windows with their points, in time order.
pub async fn pickup_windows(pool: &AnyPool, cycle_id: i64) -> Result<Vec<WindowRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT w.id AS window_id, p.id AS point_id, p.name, p.address, p.access_notes, w.starts_at, w.ends_at FROM cycle_pickups w \
         JOIN pickup_points p ON p.id = w.pickup_point_id WHERE w.cycle_id = $1 ORDER BY w.starts_at, p.name",
    )
    .bind(cycle_id)
    .fetch_all(pool)
    .await
}

/// Locks the cycle's row for the rest of the transaction if its offer and
/// windows may still change (planned or open). Placing an order takes the
/// same lock, so the two never interleave.
async fn lock_if_editable(conn: &mut sqlx::AnyConnection, cycle_id: i64) -> Result<bool, sqlx::Error> {
    let res = sqlx::query("UPDATE cycles SET state = state WHERE id = $1 AND state IN ('planned', 'open')")
        .bind(cycle_id)
        .execute(&mut *conn)
        .await?;
    Ok(res.rows_affected() == 1)
}

/// Sets (or moves) a pickup point's window; only while orders are not closed.
pub async fn set_pickup(pool: &AnyPool, cycle_id: i64, point_id: i64, starts_at: i64, ends_at: i64) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let ok = lock_if_editable(&mut tx, cycle_id).await?;
    let points: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM pickup_points WHERE id = $1").bind(point_id).fetch_one(&mut *tx).await?;
    if !ok || points != 1 {
        return Ok(false);
    }
    // Another window at the point; the same start again changes its end.
    sqlx::query("DELETE FROM cycle_pickups WHERE cycle_id = $1 AND pickup_point_id = $2 AND starts_at = $3")
        .bind(cycle_id)
        .bind(point_id)
        .bind(starts_at)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO cycle_pickups (cycle_id, pickup_point_id, starts_at, ends_at) VALUES ($1, $2, $3, $4)")
        .bind(cycle_id)
        .bind(point_id)
        .bind(starts_at)
        .bind(ends_at)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

pub enum PickupRemoved {
    Removed,
    NotEditable,
    NotFound,
    /// Households chose this point: they would be left with nowhere to go.
    Chosen,
}

/// Takes a pickup window out of a cycle that has not closed. A point's last
/// window goes only if no household's order names the point (they would be
/// left with nowhere to go). Under the cycle's row lock, as placing an
/// order is, so the two never cross.
pub async fn remove_pickup(pool: &AnyPool, cycle_id: i64, window_id: i64) -> Result<PickupRemoved, sqlx::Error> {
    let mut tx = pool.begin().await?;
    if !lock_if_editable(&mut tx, cycle_id).await? {
        return Ok(PickupRemoved::NotEditable);
    }
    let Some(point) = sqlx::query_scalar::<_, i64>("SELECT pickup_point_id FROM cycle_pickups WHERE id = $1 AND cycle_id = $2")
        .bind(window_id)
        .bind(cycle_id)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(PickupRemoved::NotFound);
    };
    let (windows, chosen): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM cycle_pickups WHERE cycle_id = $1 AND pickup_point_id = $2) AS windows, \
         (SELECT COUNT(*) FROM orders WHERE cycle_id = $1 AND pickup_point_id = $2) AS chosen",
    )
    .bind(cycle_id)
    .bind(point)
    .fetch_one(&mut *tx)
    .await?;
    if windows == 1 && chosen > 0 {
        return Ok(PickupRemoved::Chosen);
    }
    sqlx::query("DELETE FROM cycle_pickups WHERE id = $1").bind(window_id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(PickupRemoved::Removed)
}

/// Renames or moves the dates of a cycle that has not opened yet (the
/// conditional update is the guard: the scheduler may open it meanwhile).
pub async fn edit_planned(pool: &AnyPool, id: i64, name: &str, opens_at: i64, closes_at: i64) -> Result<bool, sqlx::Error> {
    let res = sqlx::query("UPDATE cycles SET name = $1, opens_at = $2, closes_at = $3 WHERE id = $4 AND state = 'planned'")
        .bind(name)
        .bind(opens_at)
        .bind(closes_at)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(res.rows_affected() == 1)
}

/// Moves a cycle from `from` to `to` only if it is still in `from`: two
/// servers, or a double click, make the move once.
pub async fn transition(conn: &mut AnyConnection, id: i64, from: CycleState, to: CycleState) -> Result<bool, sqlx::Error> {
    let res = sqlx::query("UPDATE cycles SET state = $1 WHERE id = $2 AND state = $3")
        .bind(to)
        .bind(id)
        .bind(from)
        .execute(conn)
        .await?;
    Ok(res.rows_affected() == 1)
}

/// A coordinator's move. Closing by hand closes now (the moment orders
/// stop is the moment members read); cancelling tells every household that
/// had ordered, in the same transaction.
pub async fn move_by_hand(pool: &AnyPool, id: i64, from: CycleState, to: CycleState, now: i64) -> Result<bool, sqlx::Error> {
    use crate::notifications::{repo as notices, Kind, Raw};
    let mut tx = pool.begin().await?;
    let res = sqlx::query(
        "UPDATE cycles SET state = $1, closes_at = CASE WHEN $1 = 'closed' AND closes_at > $4 AND opens_at < $4 THEN $4 ELSE closes_at END \
         WHERE id = $2 AND state = $3",
    )
    .bind(to)
    .bind(id)
    .bind(from)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if res.rows_affected() != 1 {
        return Ok(false);
    }
    if to == CycleState::Cancelled {
        let name: String = sqlx::query_scalar("SELECT name FROM cycles WHERE id = $1").bind(id).fetch_one(&mut *tx).await?;
        let households: Vec<i64> = sqlx::query_scalar("SELECT household_id FROM orders WHERE cycle_id = $1").bind(id).fetch_all(&mut *tx).await?;
        for h in households {
            notices::notify_household(&mut *tx, h, Kind::CycleCancelled, &[("cycle", Raw::Text(name.clone()))], routes::ORDER, now)
                .await?;
        }
    }
    tx.commit().await?;
    Ok(true)
}

/// The cycle a coordinator may still enter orders in: open, or closed less
/// than `grace_secs` ago.
pub async fn open_or_in_grace(pool: &AnyPool, now: i64, grace_secs: i64) -> Result<Option<CycleCore>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name, state, opens_at, closes_at FROM cycles WHERE (state = 'open' AND closes_at > $1) \
         OR (state IN ('open', 'closed') AND closes_at + $2 > $1) ORDER BY closes_at LIMIT 1",
    )
    .bind(now)
    .bind(grace_secs)
    .fetch_optional(pool)
    .await
}

/// The cycle open for orders now, the one closing first if several are.
pub async fn open_now(pool: &AnyPool, now: i64) -> Result<Option<CycleCore>, sqlx::Error> {
    sqlx::query_as("SELECT id, name, state, opens_at, closes_at FROM cycles WHERE state = 'open' AND closes_at > $1 ORDER BY closes_at LIMIT 1")
        .bind(now)
        .fetch_optional(pool)
        .await
}

/// Creates or updates a pickup point; `Ok(false)` when the name is taken or
/// the id unknown.
pub async fn save_pickup_point(pool: &AnyPool, id: Option<i64>, p: &PickupPoint) -> Result<bool, sqlx::Error> {
    let res = match id {
        Some(id) => sqlx::query("UPDATE pickup_points SET name = $1, address = $2, access_notes = $3 WHERE id = $4")
            .bind(&p.name)
            .bind(&p.address)
            .bind(&p.access_notes)
            .bind(id)
            .execute(pool)
            .await,
        None => sqlx::query("INSERT INTO pickup_points (name, address, access_notes) VALUES ($1, $2, $3)")
            .bind(&p.name)
            .bind(&p.address)
            .bind(&p.access_notes)
            .execute(pool)
            .await,
    };
    crate::state::one_row_or_taken(res)
}

/// An active or offered product, with its cap for the cycle in thousandths.
#[derive(sqlx::FromRow)]
struct OfferRow {
    product_id: i64,
    name: String,
    category: String,
    producer: String,
    unit: crate::domain::quantity::Unit,
    #[sqlx(try_from = "crate::state::Flag")]
    offered: bool,
    cap_milli: Option<i64>,
    sold_milli: i64,
}

pub async fn offer_lines(pool: &AnyPool, cycle_id: i64) -> Result<Vec<super::OfferLine>, sqlx::Error> {
    use crate::domain::quantity::format_quantity;
    let rows = sqlx::query_as::<_, OfferRow>(
        "SELECT p.id AS product_id, p.name, p.unit, c.name AS category, pr.name AS producer, \
         CAST(CASE WHEN cp.cycle_id IS NOT NULL THEN 1 ELSE 0 END AS BIGINT) AS offered, cp.cap_milli, COALESCE(cp.sold_milli, 0) AS sold_milli \
         FROM products p JOIN categories c ON c.id = p.category_id JOIN producers pr ON pr.id = p.producer_id \
         LEFT JOIN cycle_products cp ON cp.product_id = p.id AND cp.cycle_id = $1 \
         WHERE p.active = 1 OR cp.cycle_id IS NOT NULL ORDER BY c.position, c.name, p.name",
    )
    .bind(cycle_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| super::OfferLine {
            product_id: r.product_id,
            name: r.name,
            category: r.category,
            producer: r.producer,
            unit: r.unit,
            offered: r.offered,
            cap: r.cap_milli.map(format_quantity).unwrap_or_default(),
            sold_milli: r.sold_milli,
        })
        .collect())
}

pub enum OfferSaved {
    Saved,
    NotEditable,
    /// A product households already ordered cannot leave the cycle, nor get
    /// a cap below what they ordered: its id.
    AlreadyOrdered(i64),
}

/// Sets what a cycle offers and the caps. One transaction that first locks
/// the cycle row, as placing an order does, so no order slips in between.
pub async fn save_offer(pool: &AnyPool, cycle_id: i64, wanted: &[(i64, bool, Option<i64>)]) -> Result<OfferSaved, sqlx::Error> {
    let mut tx = pool.begin().await?;
    if !lock_if_editable(&mut tx, cycle_id).await? {
        return Ok(OfferSaved::NotEditable);
    }
    for (product, offered, cap) in wanted {
        let sold: Option<i64> = sqlx::query_scalar("SELECT sold_milli FROM cycle_products WHERE cycle_id = $1 AND product_id = $2")
            .bind(cycle_id)
            .bind(product)
            .fetch_optional(&mut *tx)
            .await?;
        match (offered, sold) {
            (false, None) => {}
            (false, Some(0)) => {
                sqlx::query("DELETE FROM cycle_products WHERE cycle_id = $1 AND product_id = $2")
                    .bind(cycle_id)
                    .bind(product)
                    .execute(&mut *tx)
                    .await?;
            }
            (false, Some(_)) => return Ok(OfferSaved::AlreadyOrdered(*product)),
            (true, Some(sold)) => {
                if cap.is_some_and(|c| c < sold) {
                    return Ok(OfferSaved::AlreadyOrdered(*product));
                }
                sqlx::query("UPDATE cycle_products SET cap_milli = $1 WHERE cycle_id = $2 AND product_id = $3")
                    .bind(*cap)
                    .bind(cycle_id)
                    .bind(product)
                    .execute(&mut *tx)
                    .await?;
            }
            (true, None) => {
                sqlx::query(
                    "INSERT INTO cycle_products (cycle_id, product_id, cap_milli, sold_milli) \
                     SELECT $1, id, $2, 0 FROM products WHERE id = $3 AND active = 1",
                )
                .bind(cycle_id)
                .bind(*cap)
                .bind(product)
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(OfferSaved::Saved)
}

/// A cycle still running, and what is left to do in it.
#[derive(sqlx::FromRow)]
pub struct TodoRow {
    #[sqlx(flatten)]
    pub core: CycleCore,
    pub windows: i64,
    pub orders: i64,
    pub waiting: i64,
    pub owed: i64,
    pub short_shifts: i64,
    pub unreceived: i64,
}

/// The cycles still running, with what is left to do in each: a few small
/// counts, each by index.
pub async fn todo_rows(pool: &AnyPool, now: i64) -> Result<Vec<TodoRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.id, c.name, c.state, c.opens_at, c.closes_at, \
         (SELECT COUNT(*) FROM cycle_pickups w WHERE w.cycle_id = c.id) AS windows, \
         (SELECT COUNT(*) FROM orders o WHERE o.cycle_id = c.id) AS orders, \
         (SELECT COUNT(*) FROM orders o WHERE o.cycle_id = c.id AND o.picked_up_at IS NULL) AS waiting, \
         (SELECT COUNT(*) FROM orders o WHERE o.cycle_id = c.id AND o.picked_up_at IS NOT NULL \
            AND (SELECT SUM(e.amount_cents) FROM ledger_entries e WHERE e.household_id = o.household_id) > 0) AS owed, \
         (SELECT COUNT(*) FROM shifts s WHERE s.cycle_id = c.id AND s.taken < s.needed AND s.starts_at > $1) AS short_shifts, \
         (SELECT COUNT(*) FROM cycle_products cp WHERE cp.cycle_id = c.id AND cp.received_milli IS NULL \
            AND EXISTS (SELECT 1 FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.cycle_id = c.id AND l.product_id = cp.product_id)) AS unreceived \
         FROM cycles c WHERE c.state IN ('planned', 'open', 'closed', 'distributed') ORDER BY c.opens_at",
    )
    .bind(now)
    .fetch_all(pool)
    .await
}
