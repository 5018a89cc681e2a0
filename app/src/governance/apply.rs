//! Applying approved catalogue decisions. A decision is attached to the
//! next cycle that has not opened (never to an open one): an added product
//! joins that cycle's offer, a withdrawn one leaves it; both, and a change
//! of producer, take effect in the catalogue when that cycle opens. With no
//! planned cycle yet, the decision waits for the next one.

use crate::state::get_i64;
use sqlx::{AnyPool, Row};

fn product_input(v: &serde_json::Value) -> Option<crate::catalogue::ValidProduct> {
    let s = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
    let n = |k: &str| v.get(k).and_then(|x| x.as_i64()).unwrap_or(0);
    let (name, description, unit, step, min, price, photo) = (s("name"), s("description"), s("unit"), s("step"), s("min"), s("price"), s("photo_url"));
    let labels: Vec<String> = v.get("labels").and_then(|l| l.as_array()).map(|l| l.iter().filter_map(|x| x.as_str().map(String::from)).collect()).unwrap_or_default();
    let input = crate::catalogue::ProductInput {
        name: &name,
        description: &description,
        producer_id: n("producer_id"),
        category_id: n("category_id"),
        unit: &unit,
        step: &step,
        min: &min,
        price: &price,
        labels: labels.iter().map(String::as_str).collect(),
        photo_url: &photo,
        active: false,
        cap_household: "",
        cap_cycle: "",
    };
    crate::catalogue::validate_product(&input).ok()
}

/// Attaches an approved catalogue proposal to the next planned cycle.
/// Returns whether it was attached now.
pub async fn attach(pool: &AnyPool, proposal_id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let Some(p) = sqlx::query("SELECT kind, payload FROM proposals WHERE id = $1 AND state = 'approved' AND kind <> 'free' AND applied_cycle_id IS NULL")
        .bind(proposal_id)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(false);
    };
    // The cycle's row lock: its offer is not edited under our feet.
    let Some(cycle) = sqlx::query("SELECT id FROM cycles WHERE state = 'planned' ORDER BY opens_at, id LIMIT 1").fetch_optional(&mut *tx).await? else {
        return Ok(false);
    };
    let cycle = get_i64(&cycle, "id")?;
    if sqlx::query("UPDATE cycles SET state = state WHERE id = $1 AND state = 'planned'").bind(cycle).execute(&mut *tx).await?.rows_affected() != 1 {
        return Ok(false);
    }
    let kind: String = p.try_get("kind")?;
    let payload: serde_json::Value = serde_json::from_str(&p.try_get::<String, _>("payload")?).unwrap_or_default();
    let mut product_id = payload.get("product_id").and_then(|x| x.as_i64());
    match kind.as_str() {
        "add_product" => {
            let Some(v) = product_input(&payload) else { return Ok(false) };
            let r = sqlx::query(
                "INSERT INTO products (name, description, producer_id, category_id, unit, step_milli, min_milli, price_cents, \
                 labels, photo_url, active, cap_household_milli, cap_cycle_milli, search_text, updated_at, decided_by) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $12, $13, FALSE, NULL, NULL, $9, $10, $11) RETURNING id",
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
            .bind(proposal_id)
            .bind(&v.labels)
            .bind(&v.photo_url)
            .fetch_one(&mut *tx)
            .await?;
            let id = get_i64(&r, "id")?;
            sqlx::query("INSERT INTO cycle_products (cycle_id, product_id, cap_milli, sold_milli) VALUES ($1, $2, NULL, 0)").bind(cycle).bind(id).execute(&mut *tx).await?;
            product_id = Some(id);
        }
        "withdraw_product" => {
            sqlx::query("DELETE FROM cycle_products WHERE cycle_id = $1 AND product_id = $2 AND sold_milli = 0")
                .bind(cycle)
                .bind(product_id.unwrap_or(0))
                .execute(&mut *tx)
                .await?;
        }
        _ => {}
    }
    sqlx::query("UPDATE proposals SET applied_cycle_id = $1, product_id = $2 WHERE id = $3").bind(cycle).bind(product_id).bind(proposal_id).execute(&mut *tx).await?;
    super::repo::append_in(&mut tx, "decision_attached", &format!("proposal:{proposal_id}"), serde_json::json!({"cycle": cycle, "product": product_id}), now).await?;
    tx.commit().await?;
    Ok(true)
}

/// Attaches every approved decision still waiting for a cycle.
pub async fn attach_pending(pool: &AnyPool, now: i64) -> Result<usize, sqlx::Error> {
    let ids: Vec<i64> = sqlx::query("SELECT id FROM proposals WHERE state = 'approved' AND kind <> 'free' AND applied_cycle_id IS NULL ORDER BY id")
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| get_i64(r, "id"))
        .collect::<Result<_, _>>()?;
    let mut n = 0;
    for id in ids {
        if attach(pool, id, now).await? {
            n += 1;
        }
    }
    Ok(n)
}

/// The cycle opened: its decisions take effect in the catalogue, once.
pub async fn on_cycle_opened(pool: &AnyPool, cycle_id: i64, now: i64) -> Result<usize, sqlx::Error> {
    let rows = sqlx::query("SELECT id, kind, payload, product_id FROM proposals WHERE applied_cycle_id = $1 AND catalogue_applied_at IS NULL ORDER BY id")
        .bind(cycle_id)
        .fetch_all(pool)
        .await?;
    let mut n = 0;
    for r in rows {
        let id = get_i64(&r, "id")?;
        let product: Option<i64> = r.try_get("product_id")?;
        let payload: serde_json::Value = serde_json::from_str(&r.try_get::<String, _>("payload")?).unwrap_or_default();
        let mut tx = pool.begin().await?;
        if sqlx::query("UPDATE proposals SET catalogue_applied_at = $1 WHERE id = $2 AND catalogue_applied_at IS NULL").bind(now).bind(id).execute(&mut *tx).await?.rows_affected() != 1 {
            continue;
        }
        match r.try_get::<String, _>("kind")?.as_str() {
            "add_product" => {
                sqlx::query("UPDATE products SET active = TRUE, updated_at = $1 WHERE id = $2").bind(now).bind(product).execute(&mut *tx).await?;
            }
            "withdraw_product" => {
                sqlx::query("UPDATE products SET active = FALSE, decided_by = $1, updated_at = $2 WHERE id = $3").bind(id).bind(now).bind(product).execute(&mut *tx).await?;
            }
            "change_producer" => {
                let producer = payload.get("producer_id").and_then(|x| x.as_i64()).unwrap_or(0);
                let price = payload.get("price_cents").and_then(|x| x.as_i64());
                sqlx::query("UPDATE products SET producer_id = $1, price_cents = COALESCE($2, price_cents), decided_by = $3, updated_at = $4 WHERE id = $5")
                    .bind(producer)
                    .bind(price)
                    .bind(id)
                    .bind(now)
                    .bind(product)
                    .execute(&mut *tx)
                    .await?;
            }
            _ => {}
        }
        super::repo::append_in(&mut tx, "decision_applied", &format!("proposal:{id}"), serde_json::json!({"cycle": cycle_id, "product": product}), now).await?;
        tx.commit().await?;
        n += 1;
    }
    Ok(n)
}
