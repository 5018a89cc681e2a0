//! Data access for producers, categories and products.

use super::{decode_labels, Category, Producer, ProductForm, ProductRow, ValidProduct};
use crate::domain::{quantity, quantity::Unit};
use crate::state::get_i64;
use sqlx::{any::AnyRow, AnyPool, Row};

/// The catalogue rows of one page; prices are the producer's, per unit.
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
    pub labels: Vec<super::Label>,
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
    let r = sqlx::query(&format!("SELECT COUNT(*) AS n {FILTER}"))
        .bind(f.pattern)
        .bind(f.category_id)
        .bind(f.label)
        .bind(format!("%,{},%", f.label))
        .fetch_one(pool)
        .await?;
    get_i64(&r, "n")
}

pub async fn page_active(pool: &AnyPool, f: &Filter<'_>, limit: i64, offset: i64) -> Result<Vec<CatalogueRow>, sqlx::Error> {
    let sql = format!(
        "SELECT p.id, p.name, p.description, p.unit, p.step_milli, p.min_milli, p.price_cents, p.labels, p.photo_url, p.decided_by, \
         p.category_id, c.name AS category, pr.name AS producer, pr.place, pr.distance_km {FILTER} \
         ORDER BY c.position, c.name, p.name, p.id LIMIT $5 OFFSET $6"
    );
    let rows = sqlx::query(&sql)
        .bind(f.pattern)
        .bind(f.category_id)
        .bind(f.label)
        .bind(format!("%,{},%", f.label))
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(CatalogueRow {
                id: get_i64(r, "id")?,
                name: r.try_get("name")?,
                description: r.try_get("description")?,
                producer: r.try_get("producer")?,
                place: r.try_get("place")?,
                distance_km: get_i64(r, "distance_km")?,
                category_id: get_i64(r, "category_id")?,
                category: r.try_get("category")?,
                unit: Unit::from_code(&r.try_get::<String, _>("unit")?).unwrap_or(Unit::Piece),
                step_milli: get_i64(r, "step_milli")?,
                min_milli: get_i64(r, "min_milli")?,
                price_cents: get_i64(r, "price_cents")?,
                labels: decode_labels(&r.try_get::<String, _>("labels")?),
                photo_url: r.try_get("photo_url")?,
                decided_by: r.try_get("decided_by")?,
            })
        })
        .collect()
}

fn category_row(r: &AnyRow) -> Result<Category, sqlx::Error> {
    Ok(Category { id: get_i64(r, "id")?, name: r.try_get("name")?, position: get_i64(r, "position")? })
}

pub async fn categories(pool: &AnyPool) -> Result<Vec<Category>, sqlx::Error> {
    sqlx::query("SELECT id, name, position FROM categories ORDER BY position, name")
        .fetch_all(pool)
        .await?
        .iter()
        .map(category_row)
        .collect()
}

fn producer_row(r: &AnyRow, with_contact: bool) -> Result<Producer, sqlx::Error> {
    Ok(Producer {
        id: get_i64(r, "id")?,
        name: r.try_get("name")?,
        place: r.try_get("place")?,
        distance_km: get_i64(r, "distance_km")?,
        story: r.try_get("story")?,
        contact: if with_contact { r.try_get("contact")? } else { String::new() },
    })
}

pub async fn producers(pool: &AnyPool, with_contact: bool) -> Result<Vec<Producer>, sqlx::Error> {
    sqlx::query("SELECT id, name, place, distance_km, story, contact FROM producers ORDER BY name")
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| producer_row(r, with_contact))
        .collect()
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
    let total = get_i64(
        &sqlx::query("SELECT COUNT(*) AS n FROM products WHERE search_text LIKE $1").bind(pattern).fetch_one(pool).await?,
        "n",
    )?;
    let rows = sqlx::query(
        "SELECT p.id, p.name, p.unit, p.price_cents, p.active, pr.name AS producer, c.name AS category \
         FROM products p JOIN producers pr ON pr.id = p.producer_id JOIN categories c ON c.id = p.category_id \
         WHERE p.search_text LIKE $1 ORDER BY c.position, c.name, p.name LIMIT $2 OFFSET $3",
    )
    .bind(pattern)
    .bind(limit)
    .bind(offset)
    .fetch_all(pool)
    .await?;
    let rows = rows
        .iter()
        .map(|r| {
            Ok(ProductRow {
                id: get_i64(r, "id")?,
                name: r.try_get("name")?,
                producer: r.try_get("producer")?,
                category: r.try_get("category")?,
                unit: Unit::from_code(&r.try_get::<String, _>("unit")?).unwrap_or(Unit::Piece),
                price_cents: get_i64(r, "price_cents")?,
                active: get_i64(r, "active")? == 1,
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
    Ok((rows, total))
}

pub async fn product_form(pool: &AnyPool, id: i64) -> Result<Option<ProductForm>, sqlx::Error> {
    let Some(r) = sqlx::query(
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
    let price = get_i64(&r, "price_cents")?;
    Ok(Some(ProductForm {
        id: Some(get_i64(&r, "id")?),
        name: r.try_get("name")?,
        description: r.try_get("description")?,
        producer_id: get_i64(&r, "producer_id")?,
        category_id: get_i64(&r, "category_id")?,
        unit: r.try_get("unit")?,
        step: quantity::format_quantity(get_i64(&r, "step_milli")?),
        min: quantity::format_quantity(get_i64(&r, "min_milli")?),
        price: format!("{},{:02}", price / 100, price % 100),
        labels: decode_labels(&r.try_get::<String, _>("labels")?),
        photo_url: r.try_get::<Option<String>, _>("photo_url")?.unwrap_or_default(),
        active: get_i64(&r, "active")? == 1,
        cap_household: opt_qty(r.try_get("cap_household_milli")?),
        cap_cycle: opt_qty(r.try_get("cap_cycle_milli")?),
    }))
}

/// Inserts or updates a product. Returns its id, or `None` when the id is
/// unknown or the producer or category does not exist.
pub async fn save_product(pool: &AnyPool, id: Option<i64>, p: &ValidProduct, now: i64) -> Result<Option<i64>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    // The producer and category are checked in the same transaction, so a
    // form naming one deleted meanwhile stores nothing.
    let refs = sqlx::query(
        "SELECT (SELECT COUNT(*) FROM producers WHERE id = $1) AS p, (SELECT COUNT(*) FROM categories WHERE id = $2) AS c",
    )
    .bind(p.producer_id)
    .bind(p.category_id)
    .fetch_one(&mut *tx)
    .await?;
    if get_i64(&refs, "p")? != 1 || get_i64(&refs, "c")? != 1 {
        return Ok(None);
    }
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
            .bind(p.unit.code())
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
            .execute(&mut *tx)
            .await?;
            if res.rows_affected() != 1 {
                return Ok(None);
            }
            id
        }
        None => {
            let r = sqlx::query(
                "INSERT INTO products (name, description, producer_id, category_id, unit, step_milli, min_milli, price_cents, \
                 labels, photo_url, active, cap_household_milli, cap_cycle_milli, search_text, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
            )
            .bind(&p.name)
            .bind(&p.description)
            .bind(p.producer_id)
            .bind(p.category_id)
            .bind(p.unit.code())
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
            .fetch_one(&mut *tx)
            .await?;
            get_i64(&r, "id")?
        }
    };
    tx.commit().await?;
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
