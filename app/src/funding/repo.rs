//! Data access for funders, grants, money received, and the rows the
//! reports are added up from. Every figure is read from the frozen order
//! lines (what each household owes for a line, `line_cents`, and the cost
//! price it was applied to, `price_cents`) and the tables of shifts,
//! workshops and votes; nothing is stored twice.

use crate::domain::funding::{CycleCost, Earmarks, Grant, MinShare, Part, Source};
use sqlx::{AnyConnection, AnyPool};

/// The states of a cycle whose orders are final.
const CLOSED: &str = "c.state IN ('closed', 'distributed', 'archived')";

/// A line at 100 %: cost price × quantity, rounded once to the cent, half
/// up (quantities and prices are never negative), as
/// `pricing::line_price_at_tier` does. Every SUM is cast back to BIGINT:
/// PostgreSQL sums BIGINTs as NUMERIC.
const COST: &str = "((l.price_cents * l.qty_milli + 500) / 1000)";

#[derive(sqlx::FromRow, Clone, Debug)]
pub struct GrantRow {
    pub id: i64,
    pub funder_id: i64,
    pub funder: String,
    pub name: String,
    pub source: String,
    pub amount_cents: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub priority: i64,
    pub max_share_percent: Option<i64>,
    pub cap_household_cents: Option<i64>,
    pub min_category_id: Option<i64>,
    pub min_percent: Option<i64>,
    pub warned_at: Option<i64>,
    pub ended_notice_at: Option<i64>,
}

impl GrantRow {
    pub fn members(&self) -> bool {
        self.source == "members"
    }

    /// "CAF du Rhône — Fonds fruits et légumes": two names as typed, in
    /// every language, in the lists, the reports and the notices.
    pub fn label(&self) -> String {
        format!("{} — {}", self.funder, self.name)
    }

    /// The grant as the allocation reads it: moments in seconds stand for
    /// days, the period's last moment is the second before its end.
    pub fn domain(&self, categories: &[(i64, i64)]) -> Grant {
        Grant {
            id: self.id,
            source: if self.members() { Source::Members } else { Source::Grant },
            amount_cents: self.amount_cents,
            first_day: self.starts_at,
            last_day: self.ends_at - 1,
            priority: self.priority,
            earmarks: Earmarks {
                max_share_percent: self.max_share_percent,
                categories: categories.iter().filter(|(g, _)| *g == self.id).map(|(_, c)| *c).collect(),
                cap_household_cents: self.cap_household_cents,
                min_share: self.min_category_id.zip(self.min_percent).map(|(category, percent)| MinShare { category, percent }),
            },
        }
    }
}

const GRANT: &str = "g.id, g.funder_id, f.name AS funder, g.name, g.source, g.amount_cents, g.starts_at, g.ends_at, g.priority, \
     g.max_share_percent, g.cap_household_cents, g.min_category_id, g.min_percent, g.warned_at, g.ended_notice_at";

pub async fn grants(pool: &AnyPool) -> Result<Vec<GrantRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {GRANT} FROM grants g JOIN funders f ON f.id = g.funder_id ORDER BY g.priority, g.id")).fetch_all(pool).await
}

pub async fn grant(pool: &AnyPool, id: i64) -> Result<Option<GrantRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {GRANT} FROM grants g JOIN funders f ON f.id = g.funder_id WHERE g.id = $1")).bind(id).fetch_optional(pool).await
}

/// (grant, category) for every earmarked category.
pub async fn grant_categories(pool: &AnyPool) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT grant_id, category_id FROM grant_categories ORDER BY grant_id, category_id").fetch_all(pool).await
}

pub async fn funders(pool: &AnyPool) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, name FROM funders ORDER BY name").fetch_all(pool).await
}

/// A new funder; `None` when the name is taken.
pub async fn insert_funder(pool: &AnyPool, name: &str, now: i64) -> Result<Option<i64>, sqlx::Error> {
    match sqlx::query_scalar("INSERT INTO funders (name, created_at) VALUES ($1, $2) RETURNING id").bind(name).bind(now).fetch_one(pool).await {
        Ok(id) => Ok(Some(id)),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(None),
        Err(e) => Err(e),
    }
}

/// A grant to record, as checked by the domain.
pub struct NewGrant<'a> {
    pub funder_id: i64,
    pub name: &'a str,
    pub members: bool,
    pub amount_cents: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub priority: i64,
    pub max_share_percent: Option<i64>,
    pub cap_household_cents: Option<i64>,
    pub min_share: Option<MinShare>,
    pub categories: &'a [i64],
    pub by: i64,
}

/// Records a grant and its categories in one transaction; `None` when the
/// funder or a category does not exist.
pub async fn insert_grant(pool: &AnyPool, g: &NewGrant<'_>, now: i64) -> Result<Option<i64>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let known: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM funders WHERE id = $1").bind(g.funder_id).fetch_one(&mut *tx).await?;
    let mut wanted: Vec<i64> = g.categories.to_vec();
    wanted.extend(g.min_share.map(|m| m.category));
    wanted.sort_unstable();
    wanted.dedup();
    let mut found = 0;
    for c in &wanted {
        found += sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM categories WHERE id = $1").bind(c).fetch_one(&mut *tx).await?;
    }
    if known == 0 || found != wanted.len() as i64 {
        return Ok(None);
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO grants (funder_id, name, source, amount_cents, starts_at, ends_at, priority, max_share_percent, cap_household_cents, \
         min_category_id, min_percent, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(g.funder_id)
    .bind(g.name)
    .bind(if g.members { "members" } else { "grant" })
    .bind(g.amount_cents)
    .bind(g.starts_at)
    .bind(g.ends_at)
    .bind(g.priority)
    .bind(g.max_share_percent)
    .bind(g.cap_household_cents)
    .bind(g.min_share.map(|m| m.category))
    .bind(g.min_share.map(|m| m.percent))
    .bind(g.by)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    for c in g.categories {
        sqlx::query("INSERT INTO grant_categories (grant_id, category_id) VALUES ($1, $2)").bind(id).bind(c).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(Some(id))
}

/// A grant's place in the order of priority.
pub async fn set_priority(pool: &AnyPool, id: i64, priority: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query("UPDATE grants SET priority = $1 WHERE id = $2").bind(priority).bind(id).execute(pool).await?.rows_affected() == 1)
}

#[derive(sqlx::FromRow, Clone, Debug)]
pub struct ReceiptRow {
    pub id: i64,
    pub grant_id: i64,
    pub received_at: i64,
    pub cents: i64,
    pub reverses_id: Option<i64>,
    pub reversed: i64,
    pub by: String,
}

pub async fn receipts(pool: &AnyPool, grant_id: Option<i64>) -> Result<Vec<ReceiptRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT r.id, r.grant_id, r.received_at, r.cents, r.reverses_id, \
         CASE WHEN EXISTS (SELECT 1 FROM grant_receipts x WHERE x.reverses_id = r.id) THEN 1 ELSE 0 END AS reversed, a.display_name AS by \
         FROM grant_receipts r JOIN accounts a ON a.id = r.recorded_by WHERE ($1 IS NULL OR r.grant_id = $1) ORDER BY r.received_at, r.id",
    )
    .bind(grant_id)
    .fetch_all(pool)
    .await
}

/// Money received for a grant. `Ok(false)` when the grant does not exist.
pub async fn insert_receipt(pool: &AnyPool, grant_id: i64, received_at: i64, cents: i64, by: i64, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO grant_receipts (grant_id, received_at, cents, recorded_by, recorded_at) SELECT id, $2, $3, $4, $5 FROM grants WHERE id = $1",
    )
    .bind(grant_id)
    .bind(received_at)
    .bind(cents)
    .bind(by)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Cancels a receipt by appending its opposite. `Ok(false)` when it does
/// not exist, is itself a reversal, or was reversed already (the unique
/// `reverses_id` keeps two at once from both landing).
pub async fn reverse_receipt(pool: &AnyPool, grant_id: i64, receipt_id: i64, by: i64, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO grant_receipts (grant_id, received_at, cents, reverses_id, recorded_by, recorded_at) \
         SELECT grant_id, $3, -cents, id, $4, $3 FROM grant_receipts WHERE id = $1 AND grant_id = $2 AND reverses_id IS NULL",
    )
    .bind(receipt_id)
    .bind(grant_id)
    .bind(now)
    .bind(by)
    .execute(pool)
    .await;
    match done {
        Ok(d) => Ok(d.rows_affected() == 1),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(false),
        Err(e) => Err(e),
    }
}

/// A closed cycle: id, name, the moment its orders closed.
pub async fn closed_cycles(pool: &AnyPool, from: i64, to: i64) -> Result<Vec<(i64, String, i64)>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT c.id, c.name, c.closes_at FROM cycles c WHERE {CLOSED} AND c.closes_at >= $1 AND c.closes_at < $2 ORDER BY c.closes_at, c.id"))
        .bind(from)
        .bind(to)
        .fetch_all(pool)
        .await
}

/// Every closed cycle whose orders closed in `[from, to)`, with its
/// solidarity cost per household, share and category (lines below
/// 100 %), and what supporting households gave above cost.
pub async fn cycle_costs(pool: &AnyPool, from: i64, to: i64) -> Result<Vec<CycleCost>, sqlx::Error> {
    let cycles = closed_cycles(pool, from, to).await?;
    let parts: Vec<(i64, i64, i64, i64, i64)> = sqlx::query_as(&format!(
        "SELECT o.cycle_id, o.household_id, o.share_percent, p.category_id, CAST(SUM({COST} - l.line_cents) AS BIGINT) \
         FROM cycles c JOIN orders o ON o.cycle_id = c.id JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product_id \
         WHERE {CLOSED} AND c.closes_at >= $1 AND c.closes_at < $2 AND o.share_percent < 100 \
         GROUP BY o.cycle_id, o.household_id, o.share_percent, p.category_id"
    ))
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await?;
    let support: Vec<(i64, i64)> = sqlx::query_as(&format!(
        "SELECT o.cycle_id, CAST(SUM(l.line_cents - {COST}) AS BIGINT) FROM cycles c JOIN orders o ON o.cycle_id = c.id JOIN order_lines l ON l.order_id = o.id \
         WHERE {CLOSED} AND c.closes_at >= $1 AND c.closes_at < $2 AND o.share_percent > 100 GROUP BY o.cycle_id"
    ))
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await?;
    let index: std::collections::HashMap<i64, usize> = cycles.iter().enumerate().map(|(i, c)| (c.0, i)).collect();
    let mut out: Vec<CycleCost> = cycles.iter().map(|c| CycleCost { cycle: c.0, day: c.2, parts: Vec::new(), support_cents: 0 }).collect();
    for (cycle, household, share_percent, category, cents) in parts {
        if let Some(&i) = index.get(&cycle) {
            out[i].parts.push(Part { household, share_percent, category, cents });
        }
    }
    for (cycle, cents) in support {
        if let Some(&i) = index.get(&cycle) {
            out[i].support_cents = cents.max(0);
        }
    }
    Ok(out)
}

/// (cycle, household, share) of every order of the period's closed cycles.
pub async fn served(pool: &AnyPool, from: i64, to: i64) -> Result<Vec<(i64, i64, i64)>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT o.cycle_id, o.household_id, o.share_percent FROM cycles c JOIN orders o ON o.cycle_id = c.id \
         WHERE {CLOSED} AND c.closes_at >= $1 AND c.closes_at < $2 AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id)"
    ))
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await
}

/// Households that ordered in a closed cycle before `before`.
pub async fn ordered_before(pool: &AnyPool, before: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT DISTINCT o.household_id FROM cycles c JOIN orders o ON o.cycle_id = c.id WHERE {CLOSED} AND c.closes_at < $1"
    ))
    .bind(before)
    .fetch_all(pool)
    .await
}

/// What was bought, per cycle, category and share: cost, owed, kilograms,
/// organic and local (producers within `local_km`).
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct GoodsRow {
    pub cycle_id: i64,
    pub category_id: i64,
    pub share_percent: i64,
    pub cost_cents: i64,
    pub due_cents: i64,
    pub kg_milli: i64,
    pub organic_cents: i64,
    pub local_cents: i64,
}

pub async fn goods(pool: &AnyPool, from: i64, to: i64, local_km: i64) -> Result<Vec<GoodsRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT o.cycle_id, p.category_id, o.share_percent, CAST(SUM({COST}) AS BIGINT) AS cost_cents, CAST(SUM(l.line_cents) AS BIGINT) AS due_cents, \
         CAST(SUM(CASE WHEN p.unit = 'kg' THEN l.qty_milli ELSE 0 END) AS BIGINT) AS kg_milli, \
         CAST(SUM(CASE WHEN p.labels LIKE '%,bio,%' THEN {COST} ELSE 0 END) AS BIGINT) AS organic_cents, \
         CAST(SUM(CASE WHEN pr.distance_km <= $3 THEN {COST} ELSE 0 END) AS BIGINT) AS local_cents \
         FROM cycles c JOIN orders o ON o.cycle_id = c.id JOIN order_lines l ON l.order_id = o.id \
         JOIN products p ON p.id = l.product_id JOIN producers pr ON pr.id = p.producer_id \
         WHERE {CLOSED} AND c.closes_at >= $1 AND c.closes_at < $2 GROUP BY o.cycle_id, p.category_id, o.share_percent"
    ))
    .bind(from)
    .bind(to)
    .bind(local_km)
    .fetch_all(pool)
    .await
}

/// Distinct households that bought in each category over the period: a
/// category's figures describe them.
pub async fn category_households(pool: &AnyPool, from: i64, to: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT p.category_id, COUNT(DISTINCT o.household_id) FROM cycles c JOIN orders o ON o.cycle_id = c.id \
         JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product_id \
         WHERE {CLOSED} AND c.closes_at >= $1 AND c.closes_at < $2 GROUP BY p.category_id"
    ))
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await
}

/// (household, adults, children) of the households that said.
pub async fn compositions(pool: &AnyPool) -> Result<Vec<(i64, Option<i64>, Option<i64>)>, sqlx::Error> {
    sqlx::query_as("SELECT id, adults, children FROM households WHERE adults IS NOT NULL OR children IS NOT NULL").fetch_all(pool).await
}

pub async fn set_composition(pool: &AnyPool, household_id: i64, adults: Option<i64>, children: Option<i64>) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE households SET adults = $1, children = $2 WHERE id = $3").bind(adults).bind(children).bind(household_id).execute(pool).await?;
    Ok(())
}

pub async fn composition(pool: &AnyPool, household_id: i64) -> Result<(Option<i64>, Option<i64>), sqlx::Error> {
    Ok(sqlx::query_as("SELECT adults, children FROM households WHERE id = $1").bind(household_id).fetch_optional(pool).await?.unwrap_or((None, None)))
}

pub async fn categories(pool: &AnyPool) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, name FROM categories ORDER BY position, name").fetch_all(pool).await
}

/// Volunteer time of the period: shifts over, people who came (or were
/// not marked absent): (minutes, distinct volunteers).
pub async fn volunteering(pool: &AnyPool, from: i64, to: i64) -> Result<(i64, i64), sqlx::Error> {
    let row: (Option<i64>, i64) = sqlx::query_as(
        "SELECT CAST(SUM((s.ends_at - s.starts_at) / 60) AS BIGINT), COUNT(DISTINCT x.account_id) FROM shifts s JOIN shift_signups x ON x.shift_id = s.id \
         WHERE x.status <> 'no_show' AND s.ends_at >= $1 AND s.ends_at < $2",
    )
    .bind(from)
    .bind(to)
    .fetch_one(pool)
    .await?;
    Ok((row.0.unwrap_or(0), row.1))
}

/// Workshops held in the period: (held, places taken, people marked present).
pub async fn workshops(pool: &AnyPool, from: i64, to: i64) -> Result<(i64, i64, i64), sqlx::Error> {
    let row: (i64, Option<i64>, Option<i64>) = sqlx::query_as(
        "SELECT COUNT(DISTINCT w.id), CAST(SUM(CASE WHEN x.status = 'confirmed' THEN x.seats ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN x.status = 'confirmed' AND x.attended = 1 THEN x.seats ELSE 0 END) AS BIGINT) \
         FROM workshops w LEFT JOIN workshop_signups x ON x.workshop_id = w.id \
         WHERE w.state = 'published' AND w.ends_at >= $1 AND w.ends_at < $2",
    )
    .bind(from)
    .bind(to)
    .fetch_one(pool)
    .await?;
    Ok((row.0, row.1.unwrap_or(0), row.2.unwrap_or(0)))
}

/// Commission votes closed in the period: (votes, ballots cast, voters who could).
pub async fn participation(pool: &AnyPool, from: i64, to: i64) -> Result<(i64, i64, i64), sqlx::Error> {
    let row: (i64, Option<i64>, Option<i64>) = sqlx::query_as(
        "SELECT COUNT(*), CAST(SUM(for_count + against_count + abstain_count) AS BIGINT), CAST(SUM(eligible) AS BIGINT) FROM proposals \
         WHERE state <> 'open' AND closes_at >= $1 AND closes_at < $2",
    )
    .bind(from)
    .bind(to)
    .fetch_one(pool)
    .await?;
    Ok((row.0, row.1.unwrap_or(0), row.2.unwrap_or(0)))
}

/// Claims a grant's notice: true for the one pass that set it.
pub async fn claim(conn: &mut AnyConnection, grant_id: i64, column: Notice, now: i64) -> Result<bool, sqlx::Error> {
    let sql = match column {
        Notice::Warned => "UPDATE grants SET warned_at = $1 WHERE id = $2 AND warned_at IS NULL",
        Notice::Ended => "UPDATE grants SET ended_notice_at = $1 WHERE id = $2 AND ended_notice_at IS NULL",
    };
    Ok(sqlx::query(sql).bind(now).bind(grant_id).execute(conn).await?.rows_affected() == 1)
}

#[derive(Clone, Copy, Debug)]
pub enum Notice {
    Warned,
    Ended,
}
