//! Data access for a household's basket in the open cycle: the draft the
//! catalogue's steppers change one product at a time, kept apart from the
//! confirmed order until the household confirms (see 0015_baskets.sql).
//! With no draft, the basket is the confirmed order.

use sqlx::{AnyConnection, AnyPool};

/// The basket's lines (product, quantity in thousandths), and whether they
/// are a draft not yet confirmed.
pub struct Basket {
    pub lines: Vec<(i64, i64)>,
    pub draft: bool,
}

pub async fn read(conn: &mut AnyConnection, household_id: i64, cycle_id: i64) -> Result<Basket, sqlx::Error> {
    let draft: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM baskets WHERE household_id = $1 AND cycle_id = $2")
        .bind(household_id)
        .bind(cycle_id)
        .fetch_one(&mut *conn)
        .await?;
    let sql = if draft > 0 {
        "SELECT product_id, qty_milli FROM basket_lines WHERE household_id = $1 AND cycle_id = $2"
    } else {
        "SELECT l.product_id, l.qty_milli FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.household_id = $1 AND o.cycle_id = $2"
    };
    let lines = sqlx::query_as(sql).bind(household_id).bind(cycle_id).fetch_all(&mut *conn).await?;
    Ok(Basket { lines, draft: draft > 0 })
}

/// The confirmed order's lines (product, quantity).
pub async fn confirmed(conn: &mut AnyConnection, household_id: i64, cycle_id: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT l.product_id, l.qty_milli FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.household_id = $1 AND o.cycle_id = $2")
        .bind(household_id)
        .bind(cycle_id)
        .fetch_all(&mut *conn)
        .await
}

/// Starts a draft from the confirmed order if there is none yet. Two
/// first changes at once: one inserts the draft and copies the order, the
/// other waits for it (the primary key) and finds the draft made.
async fn start(tx: &mut AnyConnection, household_id: i64, cycle_id: i64, now: i64) -> Result<(), sqlx::Error> {
    let made = sqlx::query("INSERT INTO baskets (household_id, cycle_id, updated_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(household_id)
        .bind(cycle_id)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if made == 1 {
        sqlx::query(
            "INSERT INTO basket_lines (household_id, cycle_id, product_id, qty_milli) \
             SELECT o.household_id, o.cycle_id, l.product_id, l.qty_milli FROM order_lines l JOIN orders o ON o.id = l.order_id \
             WHERE o.household_id = $1 AND o.cycle_id = $2",
        )
        .bind(household_id)
        .bind(cycle_id)
        .execute(&mut *tx)
        .await?;
    } else {
        sqlx::query("UPDATE baskets SET updated_at = $3 WHERE household_id = $1 AND cycle_id = $2")
            .bind(household_id)
            .bind(cycle_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

/// Sets one product's quantity in the draft (0 takes it out), in one
/// transaction, and returns the draft's lines as they are after it.
pub async fn set_line(pool: &AnyPool, household_id: i64, cycle_id: i64, product_id: i64, qty_milli: i64, now: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    start(&mut tx, household_id, cycle_id, now).await?;
    if qty_milli > 0 {
        sqlx::query(
            "INSERT INTO basket_lines (household_id, cycle_id, product_id, qty_milli) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (household_id, cycle_id, product_id) DO UPDATE SET qty_milli = excluded.qty_milli",
        )
        .bind(household_id)
        .bind(cycle_id)
        .bind(product_id)
        .bind(qty_milli)
        .execute(&mut *tx)
        .await?;
    } else {
        sqlx::query("DELETE FROM basket_lines WHERE household_id = $1 AND cycle_id = $2 AND product_id = $3")
            .bind(household_id)
            .bind(cycle_id)
            .bind(product_id)
            .execute(&mut *tx)
            .await?;
    }
    let lines = sqlx::query_as("SELECT product_id, qty_milli FROM basket_lines WHERE household_id = $1 AND cycle_id = $2")
        .bind(household_id)
        .bind(cycle_id)
        .fetch_all(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(lines)
}

/// Replaces the whole draft by `lines` ("same as last time").
pub async fn replace(pool: &AnyPool, household_id: i64, cycle_id: i64, lines: &[(i64, i64)], now: i64) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    clear(&mut tx, household_id, cycle_id).await?;
    sqlx::query("INSERT INTO baskets (household_id, cycle_id, updated_at) VALUES ($1, $2, $3)")
        .bind(household_id)
        .bind(cycle_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    for (product, qty) in lines {
        sqlx::query("INSERT INTO basket_lines (household_id, cycle_id, product_id, qty_milli) VALUES ($1, $2, $3, $4)")
            .bind(household_id)
            .bind(cycle_id)
            .bind(product)
            .bind(qty)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

/// Removes the draft: the confirmed order is the basket again.
pub async fn clear(tx: &mut AnyConnection, household_id: i64, cycle_id: i64) -> Result<(), sqlx::Error> {
    for sql in [
        "DELETE FROM basket_lines WHERE household_id = $1 AND cycle_id = $2",
        "DELETE FROM baskets WHERE household_id = $1 AND cycle_id = $2",
    ] {
        sqlx::query(sql).bind(household_id).bind(cycle_id).execute(&mut *tx).await?;
    }
    Ok(())
}

/// The lines of the household's latest order in another cycle, for "same
/// as last time": (product, quantity).
pub async fn last_order(pool: &AnyPool, household_id: i64, cycle_id: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let last: Option<i64> = sqlx::query_scalar(
        "SELECT o.id FROM orders o JOIN cycles c ON c.id = o.cycle_id WHERE o.household_id = $1 AND o.cycle_id <> $2 \
         AND c.state IN ('closed', 'distributed', 'archived') ORDER BY c.closes_at DESC, o.id DESC LIMIT 1",
    )
    .bind(household_id)
    .bind(cycle_id)
    .fetch_optional(pool)
    .await?;
    match last {
        Some(id) => sqlx::query_as("SELECT product_id, qty_milli FROM order_lines WHERE order_id = $1").bind(id).fetch_all(pool).await,
        None => Ok(Vec::new()),
    }
}
