//! Data access for shifts. A sign-up is one transaction that first locks
//! the person's account row (so the overlap check cannot race with their
//! other phone), then takes a place with a conditional update that never
//! passes the places needed.

use super::Task;
use crate::domain::shifts::{self as rules, Refusal};
use sqlx::AnyPool;
use crate::routes;

const TASK_COLS: &str = "t.id, t.name, t.description, t.with_children, t.little_french, t.limited_mobility, t.at_table";

pub async fn tasks(pool: &AnyPool) -> Result<Vec<Task>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {TASK_COLS} FROM shift_tasks t ORDER BY t.name")).fetch_all(pool).await
}

/// Creates (id 0) or edits a task; `Ok(false)` when the name is taken or
/// the task is not there.
pub async fn save_task(pool: &AnyPool, t: &Task) -> Result<bool, sqlx::Error> {
    // Same parameters either way; the insert ignores $7 by comparing it.
    let sql = if t.id == 0 {
        "INSERT INTO shift_tasks (name, description, with_children, little_french, limited_mobility, at_table) \
         SELECT $1, $2, $3, $4, $5, $6 WHERE $7 = 0"
    } else {
        "UPDATE shift_tasks SET name = $1, description = $2, with_children = $3, little_french = $4, \
         limited_mobility = $5, at_table = $6 WHERE id = $7"
    };
    let res = sqlx::query(sql)
        .bind(&t.name)
        .bind(&t.description)
        .bind(i64::from(t.with_children))
        .bind(i64::from(t.little_french))
        .bind(i64::from(t.limited_mobility))
        .bind(i64::from(t.at_table))
        .bind(t.id)
        .execute(pool)
        .await;
    crate::state::one_row_or_taken(res)
}

pub struct NewShift {
    pub cycle_id: i64,
    pub task_id: i64,
    pub pickup_point_id: Option<i64>,
    pub starts_at: i64,
    pub ends_at: i64,
    pub needed: i64,
    pub notes: String,
}

pub enum Created {
    Created(i64),
    CycleClosedForShifts,
    UnknownChoice,
}

/// Adds a shift to a cycle that is still running (not archived or cancelled).
pub async fn create_shift(pool: &AnyPool, s: &NewShift) -> Result<Created, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let live = sqlx::query("UPDATE cycles SET state = state WHERE id = $1 AND state IN ('planned', 'open', 'closed')")
        .bind(s.cycle_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
        == 1;
    if !live {
        return Ok(Created::CycleClosedForShifts);
    }
    let task: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM shift_tasks WHERE id = $1").bind(s.task_id).fetch_one(&mut *tx).await?;
    let point_ok = match s.pickup_point_id {
        None => true,
        Some(p) => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) AS n FROM pickup_points WHERE id = $1").bind(p).fetch_one(&mut *tx).await? == 1,
    };
    if task != 1 || !point_ok {
        return Ok(Created::UnknownChoice);
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO shifts (cycle_id, task_id, pickup_point_id, starts_at, ends_at, needed, notes) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(s.cycle_id)
    .bind(s.task_id)
    .bind(s.pickup_point_id)
    .bind(s.starts_at)
    .bind(s.ends_at)
    .bind(s.needed)
    .bind(&s.notes)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Created::Created(id))
}

/// Changes how many people a shift needs; never below those signed up
/// (the CHECK constraint says so too).
pub async fn set_needed(pool: &AnyPool, shift_id: i64, needed: i64) -> Result<bool, sqlx::Error> {
    let res = sqlx::query("UPDATE shifts SET needed = $1 WHERE id = $2 AND taken <= $1").bind(needed).bind(shift_id).execute(pool).await?;
    Ok(res.rows_affected() == 1)
}

#[derive(sqlx::FromRow)]
pub struct ShiftCore {
    pub id: i64,
    pub cycle_id: i64,
    pub task: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub needed: i64,
    pub taken: i64,
    pub pickup_point_id: Option<i64>,
}

pub async fn get(pool: &AnyPool, shift_id: i64) -> Result<Option<ShiftCore>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id, s.cycle_id, t.name AS task, s.starts_at, s.ends_at, s.needed, s.taken, s.pickup_point_id \
         FROM shifts s JOIN shift_tasks t ON t.id = s.task_id WHERE s.id = $1",
    )
    .bind(shift_id)
    .fetch_optional(pool)
    .await
}

/// Removes a shift; the people signed up are told, in the same transaction.
pub async fn delete_shift(pool: &AnyPool, shift_id: i64, now: i64) -> Result<bool, sqlx::Error> {
    use crate::notifications::{repo as notices, Kind, Raw};
    let Some(s) = get(pool, shift_id).await? else {
        return Ok(false);
    };
    let mut tx = pool.begin().await?;
    // The row's lock first: on SQLite a read before the transaction's first
    // write is refused outright (SQLITE_BUSY, a 500) if another request
    // wrote in between.
    sqlx::query("UPDATE shifts SET taken = taken WHERE id = $1").bind(shift_id).execute(&mut *tx).await?;
    let people: Vec<i64> = sqlx::query_scalar("SELECT account_id FROM shift_signups WHERE shift_id = $1 AND status = 'signed'")
        .bind(shift_id)
        .fetch_all(&mut *tx)
        .await?;
    let deleted = sqlx::query("DELETE FROM shifts WHERE id = $1").bind(shift_id).execute(&mut *tx).await?.rows_affected() == 1;
    if deleted && s.ends_at > now {
        for p in people {
            let params = [("shift", Raw::Text(s.task.clone())), ("when", Raw::Window(s.starts_at, s.ends_at))];
            notices::notify_account(&mut *tx, p, Kind::ShiftChanged, &params, routes::SHIFTS, None, now).await?;
        }
    }
    tx.commit().await?;
    Ok(deleted)
}

#[derive(sqlx::FromRow)]
struct Slot {
    starts_at: i64,
    ends_at: i64,
    needed: i64,
    taken: i64,
}

pub enum SignUp {
    Done,
    Refused(Refusal),
    NotFound,
}

/// Signs a person up. `by` is the coordinator adding them, if it is not
/// themselves; a coordinator may add someone to a shift that has begun
/// (they came to help on the day).
pub async fn sign_up(pool: &AnyPool, shift_id: i64, account_id: i64, by: Option<i64>, now: i64) -> Result<SignUp, sqlx::Error> {
    let mut tx = pool.begin().await?;
    // The person's own lock: two phones signing them up for overlapping
    // shifts at once are served one after the other.
    let person = sqlx::query("UPDATE accounts SET id = id WHERE id = $1").bind(account_id).execute(&mut *tx).await?.rows_affected();
    if person != 1 {
        return Ok(SignUp::NotFound);
    }
    let Some(s) = sqlx::query_as::<_, Slot>(
        "SELECT s.starts_at, s.ends_at, s.needed, s.taken FROM shifts s JOIN cycles c ON c.id = s.cycle_id \
         WHERE s.id = $1 AND c.state IN ('planned', 'open', 'closed')",
    )
    .bind(shift_id)
    .fetch_optional(&mut *tx)
    .await?
    else {
        return Ok(SignUp::NotFound);
    };
    let (starts_at, ends_at) = (s.starts_at, s.ends_at);
    let held: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT s.id, s.starts_at, s.ends_at FROM shift_signups u JOIN shifts s ON s.id = u.shift_id \
         WHERE u.account_id = $1 AND u.status <> 'no_show' AND s.ends_at > $2",
    )
    .bind(account_id)
    .bind(now.min(starts_at))
    .fetch_all(&mut *tx)
    .await?;
    let already_in = held.iter().any(|&(id, _, _)| id == shift_id);
    let others: Vec<(i64, i64)> = held.iter().filter(|&&(id, _, _)| id != shift_id).map(|&(_, s, e)| (s, e)).collect();
    // A coordinator adding someone on the day is not refused for "started".
    let check_now = if by.is_some() { now.min(starts_at - 1) } else { now };
    if let Err(r) = rules::check_sign_up(check_now, starts_at, ends_at, s.needed, s.taken, already_in, &others) {
        return Ok(SignUp::Refused(r));
    }
    let took = sqlx::query("UPDATE shifts SET taken = taken + 1 WHERE id = $1 AND taken < needed")
        .bind(shift_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if took != 1 {
        return Ok(SignUp::Refused(Refusal::Full));
    }
    sqlx::query(
        "INSERT INTO shift_signups (shift_id, account_id, household_id, signed_at, added_by) \
         SELECT $1, id, household_id, $2, $3 FROM accounts WHERE id = $4",
    )
    .bind(shift_id)
    .bind(now)
    .bind(by)
    .bind(account_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(SignUp::Done)
}

pub enum Withdrawn {
    Done,
    NotSignedUp,
    TooLate,
}

/// Takes a person off a shift. `cutoff_hours` applies to members; a
/// coordinator (None) may take someone off at any time before it is marked.
pub async fn withdraw(pool: &AnyPool, shift_id: i64, account_id: i64, cutoff_hours: Option<i64>, now: i64) -> Result<Withdrawn, sqlx::Error> {
    let mut tx = pool.begin().await?;
    // The shift's lock first, as `sign_up` takes the person's: a read
    // before the first write let SQLite refuse the later write outright
    // (SQLITE_BUSY, a 500) when another request wrote in between — found by
    // tests/matrix.rs with a few withdrawals at once.
    if sqlx::query("UPDATE shifts SET taken = taken WHERE id = $1").bind(shift_id).execute(&mut *tx).await?.rows_affected() != 1 {
        return Ok(Withdrawn::NotSignedUp);
    }
    let Some(starts_at) = sqlx::query_scalar::<_, i64>("SELECT starts_at FROM shifts WHERE id = $1").bind(shift_id).fetch_optional(&mut *tx).await? else {
        return Ok(Withdrawn::NotSignedUp);
    };
    if let Some(h) = cutoff_hours {
        if !rules::may_withdraw(now, starts_at, h) {
            return Ok(Withdrawn::TooLate);
        }
    }
    let gone = sqlx::query("DELETE FROM shift_signups WHERE shift_id = $1 AND account_id = $2 AND status = 'signed'")
        .bind(shift_id)
        .bind(account_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if gone != 1 {
        return Ok(Withdrawn::NotSignedUp);
    }
    sqlx::query("UPDATE shifts SET taken = taken - 1 WHERE id = $1").bind(shift_id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(Withdrawn::Done)
}

/// Done or no-show, once the shift has begun. A no-show frees nothing: the
/// shift is over, and the count says who was expected.
pub async fn mark(pool: &AnyPool, shift_id: i64, account_id: i64, status: &str, now: i64) -> Result<bool, sqlx::Error> {
    let res = sqlx::query(
        "UPDATE shift_signups SET status = $1 WHERE shift_id = $2 AND account_id = $3 \
         AND shift_id IN (SELECT id FROM shifts WHERE starts_at <= $4)",
    )
    .bind(status)
    .bind(shift_id)
    .bind(account_id)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(res.rows_affected() == 1)
}

/// A shift as a member's board shows it, with whether they hold it.
#[derive(sqlx::FromRow)]
pub struct CardRow {
    pub shift_id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub needed: i64,
    pub taken: i64,
    pub notes: String,
    pub place: Option<String>,
    pub address: Option<String>,
    #[sqlx(try_from = "crate::state::Flag")]
    pub mine: bool,
    #[sqlx(flatten)]
    pub task: Task,
}

/// Every shift of a live cycle that has not ended (and starts within 90
/// days), soonest first, with whether `account_id` holds it.
pub async fn board(pool: &AnyPool, account_id: i64, now: i64) -> Result<Vec<CardRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT s.id AS shift_id, s.starts_at, s.ends_at, s.needed, s.taken, s.notes, pp.name AS place, pp.address, \
         CAST(CASE WHEN u.account_id IS NULL THEN 0 ELSE 1 END AS BIGINT) AS mine, {TASK_COLS} \
         FROM shifts s JOIN shift_tasks t ON t.id = s.task_id JOIN cycles c ON c.id = s.cycle_id \
         LEFT JOIN pickup_points pp ON pp.id = s.pickup_point_id \
         LEFT JOIN shift_signups u ON u.shift_id = s.id AND u.account_id = $1 \
         WHERE c.state IN ('planned', 'open', 'closed') AND s.ends_at > $2 AND s.starts_at < $3 \
         ORDER BY s.starts_at, t.name, s.id LIMIT 300"
    ))
    .bind(account_id)
    .bind(now)
    .bind(now + 90 * 86_400)
    .fetch_all(pool)
    .await
}

#[derive(sqlx::FromRow)]
pub struct PastRow {
    pub name: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub status: String,
}

/// The person's shifts that are over, newest first.
pub async fn past(pool: &AnyPool, account_id: i64, now: i64) -> Result<Vec<PastRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT t.name, s.starts_at, s.ends_at, u.status FROM shift_signups u JOIN shifts s ON s.id = u.shift_id \
         JOIN shift_tasks t ON t.id = s.task_id WHERE u.account_id = $1 AND s.ends_at <= $2 ORDER BY s.starts_at DESC LIMIT 50",
    )
    .bind(account_id)
    .bind(now)
    .fetch_all(pool)
    .await
}

/// Seconds the household gave, counting shifts the coordination confirmed.
pub async fn household_seconds(pool: &AnyPool, household_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(s.ends_at - s.starts_at), 0) AS BIGINT) AS secs FROM shift_signups u \
         JOIN shifts s ON s.id = u.shift_id WHERE u.household_id = $1 AND u.status = 'done'",
    )
    .bind(household_id)
    .fetch_one(pool)
    .await
}

/// Coordinators a member may call, with their phone.
pub async fn contacts(pool: &AnyPool) -> Result<Vec<(String, String)>, sqlx::Error> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT display_name, phone FROM accounts WHERE role = 'coordinator' AND phone IS NOT NULL ORDER BY display_name").fetch_all(pool).await?;
    Ok(rows.into_iter().map(|(name, phone)| (name, crate::domain::text::display_phone(&phone))).collect())
}

#[derive(sqlx::FromRow)]
pub struct CoverageRow {
    pub id: i64,
    pub task: String,
    pub place: Option<String>,
    pub starts_at: i64,
    pub ends_at: i64,
    pub needed: i64,
    pub taken: i64,
}

#[derive(sqlx::FromRow)]
pub struct VolunteerRow {
    pub shift_id: i64,
    pub id: i64,
    pub display_name: String,
    pub phone: Option<String>,
    pub status: String,
}

/// A cycle's shifts, and who signed up to each (by name).
pub async fn coverage(pool: &AnyPool, cycle_id: i64) -> Result<(Vec<CoverageRow>, Vec<VolunteerRow>), sqlx::Error> {
    let shifts: Vec<CoverageRow> = sqlx::query_as(
        "SELECT s.id, t.name AS task, pp.name AS place, s.starts_at, s.ends_at, s.needed, s.taken \
         FROM shifts s JOIN shift_tasks t ON t.id = s.task_id LEFT JOIN pickup_points pp ON pp.id = s.pickup_point_id \
         WHERE s.cycle_id = $1",
    )
    .bind(cycle_id)
    .fetch_all(pool)
    .await?;
    let people: Vec<VolunteerRow> = sqlx::query_as(
        "SELECT u.shift_id, a.id, a.display_name, a.phone, u.status FROM shift_signups u JOIN accounts a ON a.id = u.account_id \
         JOIN shifts s ON s.id = u.shift_id WHERE s.cycle_id = $1 ORDER BY a.display_name",
    )
    .bind(cycle_id)
    .fetch_all(pool)
    .await?;
    Ok((shifts, people))
}

/// Member accounts a coordinator may add to a shift.
pub async fn members(pool: &AnyPool) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, display_name FROM accounts WHERE household_id IS NOT NULL ORDER BY display_name LIMIT 5000").fetch_all(pool).await
}

/// The most recent other cycle with shifts, when `cycle_id` has none yet.
pub async fn copy_source(pool: &AnyPool, cycle_id: i64) -> Result<Option<(i64, String, i64)>, sqlx::Error> {
    let has: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM shifts WHERE cycle_id = $1").bind(cycle_id).fetch_one(pool).await?;
    if has > 0 {
        return Ok(None);
    }
    sqlx::query_as(
        "SELECT c.id, c.name, c.closes_at FROM cycles c WHERE c.id <> $1 AND EXISTS (SELECT 1 FROM shifts s WHERE s.cycle_id = c.id) \
         ORDER BY c.closes_at DESC LIMIT 1",
    )
    .bind(cycle_id)
    .fetch_optional(pool)
    .await
}

#[derive(sqlx::FromRow)]
struct Template {
    task_id: i64,
    pickup_point_id: Option<i64>,
    starts_at: i64,
    ends_at: i64,
    needed: i64,
    notes: String,
}

/// Copies the shifts of the most recent cycle that has some, moved by the
/// whole days between the two cycles' closings (same weekday rhythm, same
/// times of day). Nothing happens if the cycle already has shifts, so a
/// double tap copies once. Returns how many were copied.
pub async fn copy_previous(pool: &AnyPool, cycle_id: i64) -> Result<usize, sqlx::Error> {
    let Some((source, _, source_closes)) = copy_source(pool, cycle_id).await? else {
        return Ok(0);
    };
    let mut tx = pool.begin().await?;
    let target: Option<i64> = sqlx::query_scalar("UPDATE cycles SET state = state WHERE id = $1 AND state IN ('planned', 'open', 'closed') RETURNING closes_at")
        .bind(cycle_id)
        .fetch_optional(&mut *tx)
        .await?;
    let Some(target_closes) = target else {
        return Ok(0);
    };
    let has: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM shifts WHERE cycle_id = $1").bind(cycle_id).fetch_one(&mut *tx).await?;
    if has > 0 {
        return Ok(0);
    }
    let days = (target_closes - source_closes).div_euclid(86_400) + i64::from((target_closes - source_closes).rem_euclid(86_400) >= 43_200);
    let rows: Vec<Template> = sqlx::query_as("SELECT task_id, pickup_point_id, starts_at, ends_at, needed, notes FROM shifts WHERE cycle_id = $1 ORDER BY starts_at")
        .bind(source)
        .fetch_all(&mut *tx)
        .await?;
    // Each cycle's pickup windows: shifts at a point follow its hours.
    let mut windows = Vec::new();
    for cycle in [source, cycle_id] {
        let rows: Vec<(i64, i64)> = sqlx::query_as("SELECT pickup_point_id, starts_at FROM cycle_pickups WHERE cycle_id = $1 ORDER BY starts_at").bind(cycle).fetch_all(&mut *tx).await?;
        windows.push(rows);
    }
    let (before, after) = (&windows[0], &windows[1]);
    let window_of = |list: &[(i64, i64)], point: Option<i64>| point.and_then(|p| list.iter().find(|(id, _)| *id == p).map(|(_, s)| *s));
    for r in &rows {
        let duration = r.ends_at - r.starts_at;
        let point = r.pickup_point_id;
        let by_days = crate::cycles::time::add_days(r.starts_at, days);
        let starts = rules::copied_start(r.starts_at, by_days, window_of(before, point), window_of(after, point));
        sqlx::query("INSERT INTO shifts (cycle_id, task_id, pickup_point_id, starts_at, ends_at, needed, notes) VALUES ($1, $2, $3, $4, $5, $6, $7)")
            .bind(cycle_id)
            .bind(r.task_id)
            .bind(point)
            .bind(starts)
            .bind(starts + duration)
            .bind(r.needed)
            .bind(&r.notes)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(rows.len())
}

/// The pickup points whose distribution sheet `account_id` may hold now in
/// `cycle_id`: where they have a table shift starting within two hours or
/// ended less than two hours ago.
pub async fn table_points(pool: &AnyPool, account_id: i64, cycle_id: i64, now: i64) -> Result<TableAccess, sqlx::Error> {
    let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT s.pickup_point_id, s.starts_at, s.ends_at FROM shift_signups u JOIN shifts s ON s.id = u.shift_id \
         JOIN shift_tasks t ON t.id = s.task_id WHERE u.account_id = $1 AND s.cycle_id = $2 AND t.at_table = 1 \
         AND s.pickup_point_id IS NOT NULL AND u.status <> 'no_show'",
    )
    .bind(account_id)
    .bind(cycle_id)
    .fetch_all(pool)
    .await?;
    let mut points = Vec::new();
    let mut next = None::<i64>;
    for (point, starts, ends) in rows {
        if rules::may_hold_the_table(now, starts, ends) {
            points.push(point);
        } else if rules::table_opens(starts) > now {
            next = Some(next.map_or(rules::table_opens(starts), |n| n.min(rules::table_opens(starts))));
        }
    }
    Ok(TableAccess { points, next })
}

/// Where a volunteer may hold the sheet now, and when it next opens for
/// them (a table shift later in the cycle).
pub struct TableAccess {
    pub points: Vec<i64>,
    pub next: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct TableShift {
    id: i64,
    cycle_id: i64,
    starts_at: i64,
    ends_at: i64,
}

/// Every table shift the person holds now or soon, with its cycle: the
/// links "open the distribution sheet" on their shifts page.
pub async fn my_tables(pool: &AnyPool, account_id: i64, now: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let rows: Vec<TableShift> = sqlx::query_as(
        "SELECT s.id, s.cycle_id, s.starts_at, s.ends_at FROM shift_signups u JOIN shifts s ON s.id = u.shift_id \
         JOIN shift_tasks t ON t.id = s.task_id WHERE u.account_id = $1 AND t.at_table = 1 AND s.pickup_point_id IS NOT NULL \
         AND s.ends_at > $2",
    )
    .bind(account_id)
    .bind(now - 3 * 3600)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().filter(|r| rules::may_hold_the_table(now, r.starts_at, r.ends_at)).map(|r| (r.id, r.cycle_id)).collect())
}
