//! Data access for households' accounts, the tills and producers'
//! invoices. Entries are only ever inserted: the database refuses an
//! update or a delete (migration 0017), and a reversal is an entry too.

use super::{EntryKind, PaymentMethod};
use sqlx::{AnyConnection, AnyPool};

/// An entry to append.
#[derive(Clone, Debug, Default)]
pub struct NewEntry<'a> {
    pub household_id: i64,
    pub kind: Option<EntryKind>,
    pub amount_cents: i64,
    pub method: Option<PaymentMethod>,
    pub reference: &'a str,
    pub note: &'a str,
    pub order_id: Option<i64>,
    pub cycle_id: Option<i64>,
    pub pickup_point_id: Option<i64>,
    pub membership_id: Option<i64>,
    /// A one-time form key: the same form posted twice appends once.
    pub idem_key: Option<&'a str>,
    pub by: i64,
    pub at: i64,
}

impl NewEntry<'_> {
    /// An entry of an order's handover at the table, tied to the order, its
    /// cycle and its pickup point (what the till of that table adds up).
    pub fn at_table(household_id: i64, order_id: i64, cycle_id: i64, point_id: i64, by: i64, at: i64) -> Self {
        NewEntry { household_id, order_id: Some(order_id), cycle_id: Some(cycle_id), pickup_point_id: Some(point_id), by, at, ..Default::default() }
    }
}

/// Appends an entry inside the caller's transaction. `None` when its form
/// key was used already (a double tap, a replayed form).
pub async fn append(conn: &mut AnyConnection, e: &NewEntry<'_>) -> Result<Option<i64>, sqlx::Error> {
    let res = sqlx::query_scalar(
        "INSERT INTO ledger_entries (household_id, kind, amount_cents, method, reference, note, order_id, cycle_id, pickup_point_id, \
         membership_id, idem_key, recorded_by, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(e.household_id)
    .bind(e.kind.unwrap_or(EntryKind::Adjustment))
    .bind(e.amount_cents)
    .bind(e.method)
    .bind(e.reference)
    .bind(e.note)
    .bind(e.order_id)
    .bind(e.cycle_id)
    .bind(e.pickup_point_id)
    .bind(e.membership_id)
    .bind(e.idem_key)
    .bind(e.by)
    .bind(e.at)
    .fetch_one(&mut *conn)
    .await;
    match res {
        Ok(id) => Ok(Some(id)),
        Err(sqlx::Error::Database(err)) if err.is_unique_violation() => Ok(None),
        Err(err) => Err(err),
    }
}

/// Appends one entry in its own transaction, after taking the household's
/// row as a lock (so a reversal and its entry, or two forms, queue).
pub async fn record(pool: &AnyPool, e: &NewEntry<'_>) -> Result<Option<i64>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let found = sqlx::query("UPDATE households SET id = id WHERE id = $1").bind(e.household_id).execute(&mut *tx).await?.rows_affected();
    if found != 1 {
        return Ok(None);
    }
    let id = append(&mut tx, e).await?;
    tx.commit().await?;
    Ok(id)
}

/// The household's balance: positive when it owes, negative in credit.
pub async fn balance(conn: &mut AnyConnection, household_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT CAST(COALESCE(SUM(amount_cents), 0) AS BIGINT) AS b FROM ledger_entries WHERE household_id = $1")
        .bind(household_id)
        .fetch_one(conn)
        .await
}

/// Every household's balance, for those whose balance is not zero:
/// (household id, name, balance), those who owe the most first.
pub async fn balances(pool: &AnyPool) -> Result<Vec<(i64, String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT h.id, h.name, CAST(SUM(e.amount_cents) AS BIGINT) AS b FROM ledger_entries e JOIN households h ON h.id = e.household_id \
         GROUP BY h.id, h.name HAVING SUM(e.amount_cents) <> 0 ORDER BY b DESC, h.name",
    )
    .fetch_all(pool)
    .await
}

/// An entry as read.
#[derive(sqlx::FromRow)]
pub struct EntryRow {
    pub id: i64,
    pub household_id: i64,
    pub household: String,
    pub kind: EntryKind,
    pub amount_cents: i64,
    pub method: Option<PaymentMethod>,
    pub reference: String,
    pub note: String,
    pub cycle: Option<String>,
    pub membership_starts: Option<i64>,
    pub membership_ends: Option<i64>,
    pub reverses_id: Option<i64>,
    /// The kind of the entry a reversal cancels.
    pub reverses_kind: Option<EntryKind>,
    #[sqlx(try_from = "crate::state::Flag")]
    pub reversed: bool,
    pub by: Option<String>,
    pub at: i64,
}

const ENTRIES: &str = "SELECT e.id, e.household_id, h.name AS household, e.kind, e.amount_cents, e.method, e.reference, e.note, c.name AS cycle, \
     m.starts_at AS membership_starts, m.ends_at AS membership_ends, e.reverses_id, o.kind AS reverses_kind, \
     CAST(CASE WHEN EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id) THEN 1 ELSE 0 END AS BIGINT) AS reversed, \
     a.display_name AS by, e.at FROM ledger_entries e JOIN households h ON h.id = e.household_id \
     LEFT JOIN cycles c ON c.id = e.cycle_id LEFT JOIN memberships m ON m.id = e.membership_id \
     LEFT JOIN ledger_entries o ON o.id = e.reverses_id LEFT JOIN accounts a ON a.id = e.recorded_by";

/// A household's entries, newest first.
pub async fn entries(pool: &AnyPool, household_id: i64) -> Result<Vec<EntryRow>, sqlx::Error> {
    sqlx::query_as(&format!("{ENTRIES} WHERE e.household_id = $1 ORDER BY e.id DESC LIMIT 500")).bind(household_id).fetch_all(pool).await
}

pub async fn entry(pool: &AnyPool, id: i64) -> Result<Option<EntryRow>, sqlx::Error> {
    sqlx::query_as(&format!("{ENTRIES} WHERE e.id = $1")).bind(id).fetch_optional(pool).await
}

/// The entries of a period, oldest first, for the accountant.
pub async fn period(pool: &AnyPool, from: i64, to: i64) -> Result<Vec<EntryRow>, sqlx::Error> {
    sqlx::query_as(&format!("{ENTRIES} WHERE e.at >= $1 AND e.at < $2 ORDER BY e.at, e.id")).bind(from).bind(to).fetch_all(pool).await
}

pub enum Reversed {
    Done(i64),
    NotFound,
    Refused(&'static str),
}

/// Reverses an entry: a new entry of the opposite amount, with the same
/// method, cycle and pickup point, pointing at it. The unique key on
/// `reverses_id` makes a second reversal fail, however close the two.
pub async fn reverse(pool: &AnyPool, entry_id: i64, household_id: i64, note: &str, by: i64, now: i64) -> Result<Reversed, sqlx::Error> {
    let mut tx = pool.begin().await?;
    if sqlx::query("UPDATE households SET id = id WHERE id = $1").bind(household_id).execute(&mut *tx).await?.rows_affected() != 1 {
        return Ok(Reversed::NotFound);
    }
    let found: Option<(EntryKind, i64)> = sqlx::query_as(
        "SELECT e.kind, CAST(CASE WHEN EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id) THEN 1 ELSE 0 END AS BIGINT) AS reversed \
         FROM ledger_entries e WHERE e.id = $1 AND e.household_id = $2",
    )
    .bind(entry_id)
    .bind(household_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((kind, reversed)) = found else {
        return Ok(Reversed::NotFound);
    };
    if let Err(m) = crate::domain::ledger::can_reverse(kind, reversed != 0) {
        return Ok(Reversed::Refused(m));
    }
    let res = sqlx::query_scalar(
        "INSERT INTO ledger_entries (household_id, kind, amount_cents, method, reference, note, order_id, cycle_id, pickup_point_id, \
         membership_id, reverses_id, recorded_by, at) \
         SELECT household_id, 'reversal', -amount_cents, method, reference, $1, order_id, cycle_id, pickup_point_id, membership_id, id, $2, $3 \
         FROM ledger_entries WHERE id = $4 RETURNING id",
    )
    .bind(note)
    .bind(by)
    .bind(now)
    .bind(entry_id)
    .fetch_one(&mut *tx)
    .await;
    let id = match res {
        Ok(id) => id,
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Ok(Reversed::Refused("error-already_reversed")),
        Err(e) => return Err(e),
    };
    tx.commit().await?;
    Ok(Reversed::Done(id))
}

/// The standing payments recorded for an order's handover (not reversed):
/// (entry id, amount paid, method).
pub async fn handover_payments(conn: &mut AnyConnection, order_id: i64) -> Result<Vec<(i64, i64, Option<PaymentMethod>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT e.id, -e.amount_cents AS paid, e.method FROM ledger_entries e WHERE e.order_id = $1 AND e.kind = 'payment' \
         AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id) ORDER BY e.id",
    )
    .bind(order_id)
    .fetch_all(conn)
    .await
}

/// The standing payments (not reversed) of every handover of a cycle, in
/// one query: (order id, amount paid, method), oldest first. Their sum per
/// order is what was paid at its handover.
pub async fn standing_payments(pool: &AnyPool, cycle_id: i64) -> Result<Vec<(i64, i64, Option<PaymentMethod>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT e.order_id, -e.amount_cents AS paid, e.method FROM ledger_entries e \
         WHERE e.cycle_id = $1 AND e.order_id IS NOT NULL AND e.kind = 'payment' \
         AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id) ORDER BY e.id",
    )
    .bind(cycle_id)
    .fetch_all(pool)
    .await
}

/// The balance of each household that has an order in the cycle, before
/// anything recorded for that order: what it owed (or held) coming to the
/// table. (household id, balance now, this order's own entries' sum).
pub async fn sheet_balances(pool: &AnyPool, cycle_id: i64) -> Result<Vec<(i64, i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT o.household_id, \
         CAST(COALESCE((SELECT SUM(e.amount_cents) FROM ledger_entries e WHERE e.household_id = o.household_id), 0) AS BIGINT) AS balance, \
         CAST(COALESCE((SELECT SUM(e.amount_cents) FROM ledger_entries e WHERE e.order_id = o.id), 0) AS BIGINT) AS own \
         FROM orders o WHERE o.cycle_id = $1",
    )
    .bind(cycle_id)
    .fetch_all(pool)
    .await
}

/// Money received at a cycle's tables, per pickup point and way of paying
/// (net of reversals): (point, method, cents).
pub async fn received(pool: &AnyPool, cycle_id: i64) -> Result<Vec<(i64, PaymentMethod, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT e.pickup_point_id, e.method, CAST(-SUM(e.amount_cents) AS BIGINT) AS cents FROM ledger_entries e \
         LEFT JOIN ledger_entries o ON o.id = e.reverses_id \
         WHERE e.cycle_id = $1 AND e.pickup_point_id IS NOT NULL AND e.method IS NOT NULL \
         AND (e.kind IN ('payment', 'top_up') OR (e.kind = 'reversal' AND o.kind IN ('payment', 'top_up'))) \
         GROUP BY e.pickup_point_id, e.method",
    )
    .bind(cycle_id)
    .fetch_all(pool)
    .await
}

/// A till as counted.
#[derive(sqlx::FromRow)]
pub struct TillRow {
    pub pickup_point_id: i64,
    pub expected_cents: i64,
    pub counted_cents: i64,
    pub by: String,
    pub at: i64,
}

pub async fn till_counts(pool: &AnyPool, cycle_id: i64) -> Result<Vec<TillRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT t.pickup_point_id, t.expected_cents, t.counted_cents, a.display_name AS by, t.at FROM till_counts t \
         JOIN accounts a ON a.id = t.counted_by WHERE t.cycle_id = $1",
    )
    .bind(cycle_id)
    .fetch_all(pool)
    .await
}

/// Records the cash counted at a point's till, once: the expected cash is
/// read in the same transaction, so the difference kept is the one the
/// counters saw. `false` when it was counted already.
pub async fn count_till(pool: &AnyPool, cycle_id: i64, point_id: i64, counted_cents: i64, by: i64, now: i64) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    // The cycle's row as the lock: payments recorded at the table take it
    // too (see `orders::repo::record_pickup`).
    sqlx::query("UPDATE cycles SET state = state WHERE id = $1").bind(cycle_id).execute(&mut *tx).await?;
    let res = sqlx::query(
        "INSERT INTO till_counts (cycle_id, pickup_point_id, expected_cents, counted_cents, counted_by, at) \
         SELECT $1, $2, CAST(COALESCE((SELECT -SUM(e.amount_cents) FROM ledger_entries e LEFT JOIN ledger_entries o ON o.id = e.reverses_id \
            WHERE e.cycle_id = $1 AND e.pickup_point_id = $2 AND e.method = 'cash' \
            AND (e.kind IN ('payment', 'top_up') OR (e.kind = 'reversal' AND o.kind IN ('payment', 'top_up')))), 0) AS BIGINT), $3, $4, $5",
    )
    .bind(cycle_id)
    .bind(point_id)
    .bind(counted_cents)
    .bind(by)
    .bind(now)
    .execute(&mut *tx)
    .await;
    if !crate::state::one_row_or_taken(res)? {
        return Ok(false);
    }
    tx.commit().await?;
    Ok(true)
}

/// A producer's invoice for a cycle, as recorded.
#[derive(sqlx::FromRow)]
pub struct InvoiceRow {
    pub producer_id: i64,
    pub amount_cents: i64,
    pub reference: String,
    pub paid_at: Option<i64>,
}

pub async fn invoices(pool: &AnyPool, cycle_id: i64) -> Result<Vec<InvoiceRow>, sqlx::Error> {
    sqlx::query_as("SELECT producer_id, amount_cents, reference, paid_at FROM producer_invoices WHERE cycle_id = $1").bind(cycle_id).fetch_all(pool).await
}

/// Records (or corrects, until it is paid) what a producer invoiced.
/// `false` once the invoice is paid.
pub async fn save_invoice(pool: &AnyPool, cycle_id: i64, producer_id: i64, amount_cents: i64, reference: &str, by: i64, now: i64) -> Result<bool, sqlx::Error> {
    let res = sqlx::query(
        "INSERT INTO producer_invoices (cycle_id, producer_id, amount_cents, reference, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (cycle_id, producer_id) DO UPDATE SET amount_cents = excluded.amount_cents, reference = excluded.reference, \
         recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at WHERE producer_invoices.paid_at IS NULL",
    )
    .bind(cycle_id)
    .bind(producer_id)
    .bind(amount_cents)
    .bind(reference)
    .bind(by)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(res.rows_affected() == 1)
}

/// Marks an invoice paid, once.
pub async fn pay_invoice(pool: &AnyPool, cycle_id: i64, producer_id: i64, by: i64, now: i64) -> Result<bool, sqlx::Error> {
    let res = sqlx::query("UPDATE producer_invoices SET paid_at = $1, paid_by = $2 WHERE cycle_id = $3 AND producer_id = $4 AND paid_at IS NULL")
        .bind(now)
        .bind(by)
        .bind(cycle_id)
        .bind(producer_id)
        .execute(pool)
        .await?;
    Ok(res.rows_affected() == 1)
}

/// Producers' invoices of a period, for the journal: (cycle, producer id,
/// amount, reference, recorded at, paid at).
#[derive(sqlx::FromRow)]
pub struct InvoiceJournalRow {
    pub cycle_id: i64,
    pub producer_id: i64,
    pub producer: String,
    pub amount_cents: i64,
    pub reference: String,
    pub recorded_at: i64,
    pub paid_at: Option<i64>,
}

pub async fn invoices_in(pool: &AnyPool, from: i64, to: i64) -> Result<Vec<InvoiceJournalRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT i.cycle_id, i.producer_id, p.name AS producer, i.amount_cents, i.reference, i.recorded_at, i.paid_at \
         FROM producer_invoices i JOIN producers p ON p.id = i.producer_id \
         WHERE (i.recorded_at >= $1 AND i.recorded_at < $2) OR (i.paid_at >= $1 AND i.paid_at < $2) ORDER BY i.recorded_at",
    )
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await
}
