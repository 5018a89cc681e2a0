//! Data access for producers, categories and products.

use super::{decode_labels, Category, Producer, ProductForm, ProductRow, ValidProduct};
use crate::domain::{quantity, quantity::Unit};
use sqlx::AnyPool;

/// The catalogue rows of one page; prices are the producer's, per unit.
#[derive(sqlx::FromRow)]
pub struct CatalogueRow {
    pub id: i64,
    pub name: String,
    pub description: String,
    pub producer: String,
    pub place: String,
    pub distance_km: i64,
    pub category_id: i64,
    pub category: String,
    pub unit: Unit,
    pub step_milli: i64,
    pub min_milli: i64,
    pub price_cents: i64,
    /// As stored (`,bio,local,`): `decode_labels` reads it.
    pub labels: String,
    pub photo_url: Option<String>,
    /// The commission decision that put it in the catalogue, if any.
    pub decided_by: Option<i64>,
}

pub struct Filter<'a> {
    pub pattern: &'a str,
    pub category_id: i64,
    pub label: &'a str,
}

const FILTER: &str = "FROM products p JOIN categories c ON c.id = p.category_id JOIN producers pr ON pr.id = p.producer_id \
     WHERE p.active = 1 AND (p.search_text LIKE $1 OR pr.search_name LIKE $1) \
     AND ($2 = 0 OR p.category_id = $2) AND ($3 = '' OR p.labels LIKE $4)";

pub async fn count_active(pool: &AnyPool, f: &Filter<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(&format!("SELECT COUNT(*) AS n {FILTER}"))
        .bind(f.pattern)
        .bind(f.category_id)
        .bind(f.label)
        .bind(format!("%,{},%", f.label))
        .fetch_one(pool)
        .await
}

pub async fn page_active(pool: &AnyPool, f: &Filter<'_>, limit: i64, offset: i64) -> Result<Vec<CatalogueRow>, sqlx::Error> {
    let sql = format!(
        "SELECT p.id, p.name, p.description, p.unit, p.step_milli, p.min_milli, p.price_cents, p.labels, p.photo_url, p.decided_by, \
         p.category_id, c.name AS category, pr.name AS producer, pr.place, pr.distance_km {FILTER} \
         ORDER BY c.position, c.name, p.name, p.id LIMIT $5 OFFSET $6"
    );
    sqlx::query_as(&sql)
        .bind(f.pattern)
        .bind(f.category_id)
        .bind(f.label)
        .bind(format!("%,{},%", f.label))
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await
}

pub async fn categories(pool: &AnyPool) -> Result<Vec<Category>, sqlx::Error> {
    sqlx::query_as("SELECT id, name, position FROM categories ORDER BY position, name").fetch_all(pool).await
}

pub async fn producers(pool: &AnyPool, with_contact: bool) -> Result<Vec<Producer>, sqlx::Error> {
    let mut producers: Vec<Producer> = sqlx::query_as("SELECT id, name, place, distance_km, story, contact FROM producers ORDER BY name").fetch_all(pool).await?;
    if !with_contact {
        producers.iter_mut().for_each(|p| p.contact.clear());
    }
    Ok(producers)
}

/// Creates or updates a producer; `Ok(false)` if the name is taken or the id unknown.
pub async fn save_producer(pool: &AnyPool, id: Option<i64>, p: &Producer, search_name: &str) -> Result<bool, sqlx::Error> {
    let res = match id {
        Some(id) => sqlx::query(
            "UPDATE producers SET name = $1, place = $2, distance_km = $3, story = $4, contact = $5, search_name = $6 WHERE id = $7",
        )
        .bind(&p.name)
        .bind(&p.place)
        .bind(p.distance_km)
        .bind(&p.story)
        .bind(&p.contact)
        .bind(search_name)
        .bind(id)
        .execute(pool)
        .await,
        None => sqlx::query(
            "INSERT INTO producers (name, place, distance_km, story, contact, search_name) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&p.name)
        .bind(&p.place)
        .bind(p.distance_km)
        .bind(&p.story)
        .bind(&p.contact)
        .bind(search_name)
        .execute(pool)
        .await,
    };
    crate::state::one_row_or_taken(res)
}

pub async fn save_category(pool: &AnyPool, id: Option<i64>, name: &str, position: i64) -> Result<bool, sqlx::Error> {
    let res = match id {
        Some(id) => sqlx::query("UPDATE categories SET name = $1, position = $2 WHERE id = $3")
            .bind(name)
            .bind(position)
            .bind(id)
            .execute(pool)
            .await,
        None => sqlx::query("INSERT INTO categories (name, position) VALUES ($1, $2)")
            .bind(name)
            .bind(position)
            .execute(pool)
            .await,
    };
    crate::state::one_row_or_taken(res)
}

pub async fn product_rows(pool: &AnyPool, pattern: &str, limit: i64, offset: i64) -> Result<(Vec<ProductRow>, i64), sqlx::Error> {
    let total = sqlx::query_scalar("SELECT COUNT(*) AS n FROM products WHERE search_text LIKE $1").bind(pattern).fetch_one(pool).await?;
    let rows = sqlx::query_as(
        "SELECT p.id, p.name, p.unit, p.price_cents, p.active, pr.name AS producer, c.name AS category \
         FROM products p JOIN producers pr ON pr.id = p.producer_id JOIN categories c ON c.id = p.category_id \
         WHERE p.search_text LIKE $1 ORDER BY c.position, c.name, p.name LIMIT $2 OFFSET $3",
    )
    .bind(pattern)
    .bind(limit)
    .bind(offset)
    .fetch_all(pool)
    .await?;
    Ok((rows, total))
}

/// A product as stored, before the form spells its numbers out.
#[derive(sqlx::FromRow)]
struct ProductFormRow {
    id: i64,
    name: String,
    description: String,
    producer_id: i64,
    category_id: i64,
    unit: String,
    step_milli: i64,
    min_milli: i64,
    price_cents: i64,
    labels: String,
    photo_url: Option<String>,
    #[sqlx(try_from = "crate::state::Flag")]
    active: bool,
    cap_household_milli: Option<i64>,
    cap_cycle_milli: Option<i64>,
}

pub async fn product_form(pool: &AnyPool, id: i64) -> Result<Option<ProductForm>, sqlx::Error> {
    let Some(r) = sqlx::query_as::<_, ProductFormRow>(
        "SELECT id, name, description, producer_id, category_id, unit, step_milli, min_milli, price_cents, labels, \
         photo_url, active, cap_household_milli, cap_cycle_milli FROM products WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?
    else {
        return Ok(None);
    };
    let opt_qty = |v: Option<i64>| v.map(quantity::format_quantity).unwrap_or_default();
    let price = r.price_cents;
    Ok(Some(ProductForm {
        id: Some(r.id),
        name: r.name,
        description: r.description,
        producer_id: r.producer_id,
        category_id: r.category_id,
        unit: r.unit,
        step: quantity::format_quantity(r.step_milli),
        min: quantity::format_quantity(r.min_milli),
        price: format!("{},{:02}", price / 100, price % 100),
        labels: decode_labels(&r.labels),
        photo_url: r.photo_url.unwrap_or_default(),
        active: r.active,
        cap_household: opt_qty(r.cap_household_milli),
        cap_cycle: opt_qty(r.cap_cycle_milli),
    }))
}

/// Inserts or updates a product. Returns its id, or `None` when the id is
/// unknown or the producer or category does not exist.
pub async fn save_product(pool: &AnyPool, id: Option<i64>, p: &ValidProduct, now: i64) -> Result<Option<i64>, sqlx::Error> {
    // One statement, and the foreign keys say whether the producer and the
    // category exist: a form naming one deleted meanwhile stores nothing.
    // (Reading them first, then writing, made SQLite refuse the write when
    // another request wrote in between.)
    let saved = save_product_row(pool, id, p, now).await;
    match saved {
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(None),
        other => other,
    }
}

async fn save_product_row(pool: &AnyPool, id: Option<i64>, p: &ValidProduct, now: i64) -> Result<Option<i64>, sqlx::Error> {
    let id = match id {
        Some(id) => {
            let res = sqlx::query(
                "UPDATE products SET name = $1, description = $2, producer_id = $3, category_id = $4, unit = $5, step_milli = $6, \
                 min_milli = $7, price_cents = $8, labels = $9, photo_url = $10, active = $11, cap_household_milli = $12, \
                 cap_cycle_milli = $13, search_text = $14, updated_at = $15 WHERE id = $16",
            )
            .bind(&p.name)
            .bind(&p.description)
            .bind(p.producer_id)
            .bind(p.category_id)
            .bind(p.unit)
            .bind(p.step_milli)
            .bind(p.min_milli)
            .bind(p.price_cents)
            .bind(&p.labels)
            .bind(&p.photo_url)
            .bind(i64::from(p.active))
            .bind(p.cap_household_milli)
            .bind(p.cap_cycle_milli)
            .bind(&p.search_text)
            .bind(now)
            .bind(id)
            .execute(pool)
            .await?;
            if res.rows_affected() != 1 {
                return Ok(None);
            }
            id
        }
        None => {
            sqlx::query_scalar(
                "INSERT INTO products (name, description, producer_id, category_id, unit, step_milli, min_milli, price_cents, \
                 labels, photo_url, active, cap_household_milli, cap_cycle_milli, search_text, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
            )
            .bind(&p.name)
            .bind(&p.description)
            .bind(p.producer_id)
            .bind(p.category_id)
            .bind(p.unit)
            .bind(p.step_milli)
            .bind(p.min_milli)
            .bind(p.price_cents)
            .bind(&p.labels)
            .bind(&p.photo_url)
            .bind(i64::from(p.active))
            .bind(p.cap_household_milli)
            .bind(p.cap_cycle_milli)
            .bind(&p.search_text)
            .bind(now)
            .fetch_one(pool)
            .await?
        }
    };
    Ok(Some(id))
}

/// An id and a name, for a list to choose from.
#[derive(sqlx::FromRow)]
pub struct Named {
    pub id: i64,
    pub name: String,
}

/// The products on sale, the producers and the categories, by name (the
/// choices of a catalogue proposal).
pub async fn active_product_names(pool: &AnyPool) -> Result<Vec<Named>, sqlx::Error> {
    sqlx::query_as("SELECT id, name FROM products WHERE active = 1 ORDER BY name").fetch_all(pool).await
}

pub async fn producer_names(pool: &AnyPool) -> Result<Vec<Named>, sqlx::Error> {
    sqlx::query_as("SELECT id, name FROM producers ORDER BY name").fetch_all(pool).await
}

pub async fn category_names(pool: &AnyPool) -> Result<Vec<Named>, sqlx::Error> {
    sqlx::query_as("SELECT id, name FROM categories ORDER BY position, name").fetch_all(pool).await
}

/// What a catalogue proposal may name.
#[derive(Clone, Copy)]
pub enum Catalogued {
    Product,
    Producer,
    Category,
}

/// The name of a product, a producer or a category, if the id is one.
pub async fn name_of(pool: &AnyPool, what: Catalogued, id: i64) -> Result<Option<String>, sqlx::Error> {
    let sql = match what {
        Catalogued::Product => "SELECT name FROM products WHERE id = $1",
        Catalogued::Producer => "SELECT name FROM producers WHERE id = $1",
        Catalogued::Category => "SELECT name FROM categories WHERE id = $1",
    };
    sqlx::query_scalar(sql).bind(id).fetch_optional(pool).await
}

const COSTS: &str = "SELECT k.id, k.name, k.kind, k.amount_cents, k.percent, k.scope, k.category_id, k.product_id, k.cycle_id, \
     COALESCE(c.name, p.name, y.name, '') AS target, k.active FROM price_costs k \
     LEFT JOIN categories c ON c.id = k.category_id LEFT JOIN products p ON p.id = k.product_id LEFT JOIN cycles y ON y.id = k.cycle_id";

/// Every cost, the active ones first, newest first.
pub async fn cost_rows(pool: &AnyPool) -> Result<Vec<super::CostRow>, sqlx::Error> {
    sqlx::query_as(&format!("{COSTS} ORDER BY k.active DESC, k.id DESC")).fetch_all(pool).await
}

/// The costs in force, as the price rules take them.
pub async fn active_costs(pool: &AnyPool) -> Result<Vec<crate::domain::costs::Cost>, sqlx::Error> {
    use crate::domain::costs::{Cost, CostScope};
    let rows: Vec<super::CostRow> = sqlx::query_as(&format!("{COSTS} WHERE k.active = 1 ORDER BY k.id")).fetch_all(pool).await?;
    Ok(rows
        .into_iter()
        .map(|r| Cost {
            target: match r.scope {
                CostScope::All => None,
                CostScope::Category => r.category_id,
                CostScope::Product => r.product_id,
                CostScope::Cycle => r.cycle_id,
            },
            name: r.name,
            kind: r.kind,
            amount_cents: r.amount_cents.unwrap_or(0),
            // Stored by `add_cost` from a parsed decimal: reads back.
            percent: r.percent.and_then(|p| p.parse().ok()).unwrap_or_default(),
            scope: r.scope,
        })
        .collect())
}

/// A new cost. `Ok(false)` when what it applies to does not exist.
pub async fn add_cost(pool: &AnyPool, c: &crate::domain::costs::Cost, by: i64, now: i64) -> Result<bool, sqlx::Error> {
    use crate::domain::costs::{CostKind, CostScope};
    let target = |s: CostScope| if c.scope == s { c.target } else { None };
    let res = sqlx::query(
        "INSERT INTO price_costs (name, kind, amount_cents, percent, scope, category_id, product_id, cycle_id, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(&c.name)
    .bind(c.kind)
    .bind((c.kind != CostKind::Percent).then_some(c.amount_cents))
    .bind((c.kind == CostKind::Percent).then(|| c.percent.to_string()))
    .bind(c.scope)
    .bind(target(CostScope::Category))
    .bind(target(CostScope::Product))
    .bind(target(CostScope::Cycle))
    .bind(by)
    .bind(now)
    .execute(pool)
    .await;
    match res {
        Ok(r) => Ok(r.rows_affected() == 1),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Ok(false),
        Err(e) => Err(e),
    }
}

/// Withdraws a cost: prices no longer carry it; lines it priced keep it.
pub async fn withdraw_cost(pool: &AnyPool, id: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query("UPDATE price_costs SET active = 0 WHERE id = $1 AND active = 1").bind(id).execute(pool).await?.rows_affected() == 1)
}

/// What the price of a product is made of, for "why this price".
#[derive(sqlx::FromRow)]
pub struct PricedProduct {
    pub name: String,
    pub producer: String,
    pub unit: Unit,
    pub category_id: i64,
    pub price_cents: i64,
}

pub async fn priced_product(pool: &AnyPool, id: i64) -> Result<Option<PricedProduct>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.name, pr.name AS producer, p.unit, p.category_id, p.price_cents FROM products p JOIN producers pr ON pr.id = p.producer_id \
         WHERE p.id = $1 AND p.active = 1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await
}
