//! The notices the scheduler sends on its own: a cycle opened, a cycle
//! closing tomorrow, an order to fetch tomorrow (where and when), a shift
//! tomorrow, a vote closing tomorrow (to those who have not voted), an
//! election taking candidacies, then its vote opening. Each is marked on its row by a conditional update in the same
//! transaction as the notices (and each notice carries a dedupe key), so a
//! second pass, a restart or a second server tells nobody twice.

use super::{repo as notices, Kind};
use crate::cycles::time;
use crate::domain::push::{worth_closing_reminder, OPENED_NEWS_SECS, REMINDER_AHEAD_SECS};
use crate::state::get_i64;
use sqlx::{AnyConnection, AnyPool, Row};

/// Sends what is due at `now`; returns how many things were announced.
pub async fn send_due(pool: &AnyPool, now: i64) -> Result<usize, sqlx::Error> {
    Ok(cycles_opened(pool, now).await?
        + cycles_closing(pool, now).await?
        + orders_ready(pool, now).await?
        + shifts_tomorrow(pool, now).await?
        + votes_closing(pool, now).await?
        + elections(pool, now, ElectionNews::Candidacy).await?
        + elections(pool, now, ElectionNews::Voting).await?)
}

/// Marks a row as told, once: true for the one pass that did it.
async fn claim(conn: &mut AnyConnection, sql: &str, now: i64, a: i64, b: Option<i64>) -> Result<bool, sqlx::Error> {
    let mut q = sqlx::query(sql).bind(now).bind(a);
    if let Some(b) = b {
        q = q.bind(b);
    }
    Ok(q.execute(&mut *conn).await?.rows_affected() == 1)
}

async fn cycles_opened(pool: &AnyPool, now: i64) -> Result<usize, sqlx::Error> {
    let due = sqlx::query("SELECT id, name, opens_at, closes_at FROM cycles WHERE state = 'open' AND opened_told_at IS NULL").fetch_all(pool).await?;
    let mut n = 0;
    for c in due {
        let id = get_i64(&c, "id")?;
        let mut tx = pool.begin().await?;
        if !claim(&mut tx, "UPDATE cycles SET opened_told_at = $1 WHERE id = $2 AND opened_told_at IS NULL", now, id, None).await? {
            continue;
        }
        // Old news is marked told without telling.
        if get_i64(&c, "opens_at")? > now - OPENED_NEWS_SECS {
            let params = [("cycle", c.try_get::<String, _>("name")?), ("closes", time::moment(get_i64(&c, "closes_at")?))];
            notices::notify_members(&mut tx, Kind::CycleOpened, &params, "/catalogue", &format!("cycle_opened:{id}"), now).await?;
            n += 1;
        }
        tx.commit().await?;
    }
    Ok(n)
}

/// The day before closing, every member is reminded, those who ordered
/// too (they may want to change their basket).
async fn cycles_closing(pool: &AnyPool, now: i64) -> Result<usize, sqlx::Error> {
    let due = sqlx::query("SELECT id, name, closes_at FROM cycles WHERE state = 'open' AND closing_told_at IS NULL AND closes_at > $1 AND closes_at <= $2")
        .bind(now)
        .bind(now + REMINDER_AHEAD_SECS)
        .fetch_all(pool)
        .await?;
    let mut n = 0;
    for c in due {
        let id = get_i64(&c, "id")?;
        let mut tx = pool.begin().await?;
        if !claim(&mut tx, "UPDATE cycles SET closing_told_at = $1 WHERE id = $2 AND closing_told_at IS NULL", now, id, None).await? {
            continue;
        }
        let params = [("cycle", c.try_get::<String, _>("name")?), ("closes", time::moment(get_i64(&c, "closes_at")?))];
        notices::notify_members(&mut tx, Kind::CycleClosing, &params, "/commande", &format!("cycle_closing:{id}"), now).await?;
        tx.commit().await?;
        n += 1;
    }
    Ok(n)
}

/// The day before a pickup window, each household with an order there is
/// told where and when.
async fn orders_ready(pool: &AnyPool, now: i64) -> Result<usize, sqlx::Error> {
    let due = sqlx::query(
        "SELECT p.cycle_id, p.pickup_point_id, p.starts_at, p.ends_at, c.name, pp.name AS place, pp.address FROM cycle_pickups p \
         JOIN cycles c ON c.id = p.cycle_id JOIN pickup_points pp ON pp.id = p.pickup_point_id \
         WHERE c.state = 'closed' AND p.ready_told_at IS NULL AND p.starts_at > $1 AND p.starts_at <= $2",
    )
    .bind(now)
    .bind(now + REMINDER_AHEAD_SECS)
    .fetch_all(pool)
    .await?;
    let mut n = 0;
    for p in due {
        let (cycle, point) = (get_i64(&p, "cycle_id")?, get_i64(&p, "pickup_point_id")?);
        let mut tx = pool.begin().await?;
        if !claim(&mut tx, "UPDATE cycle_pickups SET ready_told_at = $1 WHERE cycle_id = $2 AND pickup_point_id = $3 AND ready_told_at IS NULL", now, cycle, Some(point)).await? {
            continue;
        }
        let params = [
            ("cycle", p.try_get::<String, _>("name")?),
            ("when", time::window(get_i64(&p, "starts_at")?, get_i64(&p, "ends_at")?)),
            ("place", p.try_get::<String, _>("place")?),
            ("address", p.try_get::<String, _>("address")?),
        ];
        let households = sqlx::query(
            "SELECT o.household_id FROM orders o WHERE o.cycle_id = $1 AND o.pickup_point_id = $2 \
             AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id)",
        )
        .bind(cycle)
        .bind(point)
        .fetch_all(&mut *tx)
        .await?;
        for h in households {
            let household = get_i64(&h, "household_id")?;
            let accounts = sqlx::query("SELECT id FROM accounts WHERE household_id = $1").bind(household).fetch_all(&mut *tx).await?;
            for a in accounts {
                let a = get_i64(&a, "id")?;
                notices::notify_account(&mut tx, a, Kind::OrderReady, &params, "/commande", Some(&format!("order_ready:{cycle}:{a}")), now).await?;
            }
        }
        tx.commit().await?;
        n += 1;
    }
    Ok(n)
}

async fn shifts_tomorrow(pool: &AnyPool, now: i64) -> Result<usize, sqlx::Error> {
    let due = sqlx::query(
        "SELECT s.shift_id, s.account_id, t.name AS task, sh.starts_at, sh.ends_at, COALESCE(pp.name, '') AS place FROM shift_signups s \
         JOIN shifts sh ON sh.id = s.shift_id JOIN shift_tasks t ON t.id = sh.task_id LEFT JOIN pickup_points pp ON pp.id = sh.pickup_point_id \
         JOIN cycles c ON c.id = sh.cycle_id \
         WHERE s.reminded_at IS NULL AND s.status = 'signed' AND c.state <> 'cancelled' AND sh.starts_at > $1 AND sh.starts_at <= $2",
    )
    .bind(now)
    .bind(now + REMINDER_AHEAD_SECS)
    .fetch_all(pool)
    .await?;
    let mut n = 0;
    for r in due {
        let (shift, account) = (get_i64(&r, "shift_id")?, get_i64(&r, "account_id")?);
        let mut tx = pool.begin().await?;
        if !claim(&mut tx, "UPDATE shift_signups SET reminded_at = $1 WHERE shift_id = $2 AND account_id = $3 AND reminded_at IS NULL", now, shift, Some(account)).await? {
            continue;
        }
        let place: String = r.try_get("place")?;
        let params = [
            ("shift", r.try_get::<String, _>("task")?),
            ("when", time::window(get_i64(&r, "starts_at")?, get_i64(&r, "ends_at")?)),
            ("place", if place.is_empty() { crate::i18n::t("shift.warehouse").to_string() } else { place }),
        ];
        notices::notify_account(&mut tx, account, Kind::ShiftTomorrow, &params, "/creneaux", Some(&format!("shift_tomorrow:{shift}:{account}")), now).await?;
        tx.commit().await?;
        n += 1;
    }
    Ok(n)
}

/// The day before a vote closes, the commission members who have not voted
/// yet are reminded (a changed mind is still possible for the others, but
/// they need no nudge).
async fn votes_closing(pool: &AnyPool, now: i64) -> Result<usize, sqlx::Error> {
    let due = sqlx::query("SELECT id, title, opens_at, closes_at FROM proposals WHERE state = 'open' AND closing_told_at IS NULL AND closes_at > $1 AND closes_at <= $2")
        .bind(now)
        .bind(now + REMINDER_AHEAD_SECS)
        .fetch_all(pool)
        .await?;
    let mut n = 0;
    for p in due {
        let id = get_i64(&p, "id")?;
        let mut tx = pool.begin().await?;
        if !claim(&mut tx, "UPDATE proposals SET closing_told_at = $1 WHERE id = $2 AND closing_told_at IS NULL", now, id, None).await? {
            continue;
        }
        if worth_closing_reminder(get_i64(&p, "opens_at")?, get_i64(&p, "closes_at")?) {
            let params = [("title", p.try_get::<String, _>("title")?), ("closes", time::moment(get_i64(&p, "closes_at")?))];
            let silent = sqlx::query(
                "SELECT v.account_id FROM proposal_voters v WHERE v.proposal_id = $1 \
                 AND NOT EXISTS (SELECT 1 FROM proposal_votes b WHERE b.proposal_id = v.proposal_id AND b.account_id = v.account_id) \
                 AND NOT EXISTS (SELECT 1 FROM secret_voters s WHERE s.proposal_id = v.proposal_id AND s.account_id = v.account_id)",
            )
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            for v in silent {
                let a = get_i64(&v, "account_id")?;
                notices::notify_account(&mut tx, a, Kind::VoteClosing, &params, &format!("/propositions/{id}"), Some(&format!("vote_closing:{id}:{a}")), now).await?;
            }
            n += 1;
        }
        tx.commit().await?;
    }
    Ok(n)
}

/// The two moments an election is news to every member: candidacies open
/// (any of them may stand), then the vote opens (they all vote). An
/// election whose candidacies closed before a pass saw it gets only the
/// second notice.
#[derive(Clone, Copy)]
enum ElectionNews {
    Candidacy,
    Voting,
}

impl ElectionNews {
    /// (column marking it told, window in which it is news, kind).
    fn rule(self) -> (&'static str, &'static str, Kind) {
        match self {
            ElectionNews::Candidacy => ("candidacy_told_at", "e.opens_at <= $1 AND e.voting_at > $1", Kind::ElectionCandidacy),
            ElectionNews::Voting => ("voting_told_at", "e.voting_at <= $1 AND e.closes_at > $1", Kind::ElectionVoting),
        }
    }
}

async fn elections(pool: &AnyPool, now: i64, news: ElectionNews) -> Result<usize, sqlx::Error> {
    let (told, window, kind) = news.rule();
    let due = sqlx::query(&format!(
        "SELECT e.id, e.seats, e.voting_at, e.closes_at, c.name FROM elections e JOIN commissions c ON c.id = e.commission_id \
         WHERE e.closed_at IS NULL AND e.{told} IS NULL AND {window}"
    ))
    .bind(now)
    .fetch_all(pool)
    .await?;
    let mut n = 0;
    for e in due {
        let id = get_i64(&e, "id")?;
        let mut tx = pool.begin().await?;
        if !claim(&mut tx, &format!("UPDATE elections SET {told} = $1 WHERE id = $2 AND {told} IS NULL"), now, id, None).await? {
            continue;
        }
        // The "vote open" sentence leaves the seats and the candidacy
        // deadline out; both read from the same words.
        let params = [
            ("commission", e.try_get::<String, _>("name")?),
            ("seats", get_i64(&e, "seats")?.to_string()),
            ("voting", time::moment(get_i64(&e, "voting_at")?)),
            ("closes", time::moment(get_i64(&e, "closes_at")?)),
        ];
        notices::notify_members(&mut tx, kind, &params, &format!("/elections/{id}"), &format!("{}:{id}", kind.code()), now).await?;
        tx.commit().await?;
        n += 1;
    }
    Ok(n)
}
