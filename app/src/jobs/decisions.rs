//! Approved catalogue decisions take effect. A decision is attached to the
//! next cycle that has not opened (never to an open one): an added product
//! joins that cycle's offer, a withdrawn one leaves it; both, and a change
//! of producer, take effect in the catalogue once that cycle has opened
//! (by the clock or by a coordinator). With no planned cycle yet, the
//! decision waits for the next one.

use super::{claimed, each_due, Done};
use crate::domain::governance::{Change, NewProduct, ProposalKind};
use crate::governance::repo as log;
use sqlx::{AnyConnection, AnyPool};

pub async fn run(db: &AnyPool, now: i64) -> Done {
    let attached = each_due(
        db,
        sqlx::query_as("SELECT id, kind, payload FROM proposals WHERE state = 'approved' AND kind <> 'free' AND applied_cycle_id IS NULL ORDER BY id"),
        now,
        |tx, p, now| Box::pin(attach(tx, p, now)),
    )
    .await;
    // Applying does not wait for attaching to succeed: one decision that
    // cannot be attached must not hold back those of a cycle that opened.
    let applied = each_due(
        db,
        sqlx::query_as(
            "SELECT p.id, p.kind, p.payload, p.product_id, p.applied_cycle_id FROM proposals p JOIN cycles c ON c.id = p.applied_cycle_id \
             WHERE p.catalogue_applied_at IS NULL AND c.state IN ('open', 'closed', 'distributed', 'archived') ORDER BY p.id",
        ),
        now,
        |tx, p, now| Box::pin(apply(tx, p, now)),
    )
    .await;
    Ok(attached? + applied?)
}

#[derive(sqlx::FromRow)]
struct Approved {
    id: i64,
    kind: ProposalKind,
    payload: String,
}

/// The product an approved proposal adds, checked again by the
/// catalogue's rules (they may have changed since the vote opened).
fn valid_product(n: &NewProduct) -> Option<crate::catalogue::ValidProduct> {
    let input = crate::catalogue::ProductInput {
        name: &n.name,
        description: &n.description,
        producer_id: n.producer_id,
        category_id: n.category_id,
        unit: &n.unit,
        step: &n.step,
        min: &n.min,
        price: &n.price,
        labels: n.labels.iter().map(String::as_str).collect(),
        photo_url: n.photo_url.as_deref().unwrap_or(""),
        active: false,
        cap_household: "",
        cap_cycle: "",
    };
    crate::catalogue::validate_product(&input).ok()
}

/// Attaches one approved decision to the next planned cycle. The claim
/// comes first, a conditional update that takes that cycle (SQLite refuses
/// a write after a read once another request wrote); then the cycle's row
/// lock, so its offer is not edited under our feet and it has not opened
/// meanwhile.
async fn attach(tx: &mut AnyConnection, p: Approved, now: i64) -> Result<Option<usize>, sqlx::Error> {
    let claim = sqlx::query(
        "UPDATE proposals SET applied_cycle_id = (SELECT id FROM cycles WHERE state = 'planned' ORDER BY opens_at, id LIMIT 1) \
         WHERE id = $1 AND applied_cycle_id IS NULL AND EXISTS (SELECT 1 FROM cycles WHERE state = 'planned')",
    )
    .bind(p.id);
    if !claimed(&mut *tx, claim).await? {
        return Ok(None);
    }
    let cycle: i64 = sqlx::query_scalar("SELECT applied_cycle_id FROM proposals WHERE id = $1").bind(p.id).fetch_one(&mut *tx).await?;
    if !claimed(&mut *tx, sqlx::query("UPDATE cycles SET state = state WHERE id = $1 AND state = 'planned'").bind(cycle)).await? {
        return Ok(None);
    }
    // The kind decides; the payload only says with what (a payload that no
    // longer reads attaches a withdrawal all the same, as before it was
    // typed, and holds back only the product it cannot create).
    let change = Change::read(p.kind, &p.payload);
    let mut product_id = change.as_ref().and_then(Change::product_id);
    match p.kind {
        ProposalKind::AddProduct => {
            let Some(Change::AddProduct(n)) = &change else { return Ok(None) };
            let Some(v) = valid_product(n) else { return Ok(None) };
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO products (name, description, producer_id, category_id, unit, step_milli, min_milli, price_cents, \
                 labels, photo_url, active, cap_household_milli, cap_cycle_milli, search_text, updated_at, decided_by) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $12, $13, 0, NULL, NULL, $9, $10, $11) RETURNING id",
            )
            .bind(&v.name)
            .bind(&v.description)
            .bind(v.producer_id)
            .bind(v.category_id)
            .bind(v.unit.code())
            .bind(v.step_milli)
            .bind(v.min_milli)
            .bind(v.price_cents)
            .bind(&v.search_text)
            .bind(now)
            .bind(p.id)
            .bind(&v.labels)
            .bind(&v.photo_url)
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query("INSERT INTO cycle_products (cycle_id, product_id, cap_milli, sold_milli) VALUES ($1, $2, NULL, 0)").bind(cycle).bind(id).execute(&mut *tx).await?;
            product_id = Some(id);
        }
        ProposalKind::WithdrawProduct => {
            sqlx::query("DELETE FROM cycle_products WHERE cycle_id = $1 AND product_id = $2 AND sold_milli = 0")
                .bind(cycle)
                .bind(product_id.unwrap_or(0))
                .execute(&mut *tx)
                .await?;
        }
        ProposalKind::ChangeProducer | ProposalKind::Free => {}
    }
    sqlx::query("UPDATE proposals SET product_id = $1 WHERE id = $2").bind(product_id).bind(p.id).execute(&mut *tx).await?;
    log::append_in(tx, "decision_attached", &format!("proposal:{}", p.id), serde_json::json!({"cycle": cycle, "product": product_id}), now).await?;
    Ok(Some(1))
}

#[derive(sqlx::FromRow)]
struct Attached {
    id: i64,
    kind: ProposalKind,
    payload: String,
    product_id: Option<i64>,
    applied_cycle_id: i64,
}

/// The decision's cycle has opened: it takes effect in the catalogue, once.
async fn apply(tx: &mut AnyConnection, p: Attached, now: i64) -> Result<Option<usize>, sqlx::Error> {
    if !claimed(&mut *tx, sqlx::query("UPDATE proposals SET catalogue_applied_at = $1 WHERE id = $2 AND catalogue_applied_at IS NULL").bind(now).bind(p.id)).await? {
        return Ok(None);
    }
    match p.kind {
        ProposalKind::AddProduct => {
            sqlx::query("UPDATE products SET active = 1, updated_at = $1 WHERE id = $2").bind(now).bind(p.product_id).execute(&mut *tx).await?;
        }
        ProposalKind::WithdrawProduct => {
            sqlx::query("UPDATE products SET active = 0, decided_by = $1, updated_at = $2 WHERE id = $3").bind(p.id).bind(now).bind(p.product_id).execute(&mut *tx).await?;
        }
        ProposalKind::ChangeProducer => {
            let Some(Change::ChangeProducer { producer_id, price_cents, .. }) = Change::read(p.kind, &p.payload) else {
                return Ok(None);
            };
            sqlx::query("UPDATE products SET producer_id = $1, price_cents = COALESCE($2, price_cents), decided_by = $3, updated_at = $4 WHERE id = $5")
                .bind(producer_id)
                .bind(price_cents)
                .bind(p.id)
                .bind(now)
                .bind(p.product_id)
                .execute(&mut *tx)
                .await?;
        }
        ProposalKind::Free => {}
    }
    log::append_in(tx, "decision_applied", &format!("proposal:{}", p.id), serde_json::json!({"cycle": p.applied_cycle_id, "product": p.product_id}), now).await?;
    Ok(Some(1))
}
