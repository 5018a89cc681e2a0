//! The notices the scheduler sends on its own: a cycle opened, a cycle
//! closing tomorrow, an order to fetch tomorrow (where and when), a shift
//! tomorrow, a vote closing tomorrow (to those who have not voted), an
//! election taking candidacies, then its vote opening. Each is marked on
//! its row by a conditional update in the same transaction as the notices
//! (and each notice carries a dedupe key), so a second pass, a restart or
//! a second server tells nobody twice.

use super::{claimed, each_due, Done};
use crate::domain::push::{worth_closing_reminder, OPENED_NEWS_SECS, REMINDER_AHEAD_SECS};
use crate::notifications::{repo as notices, Kind, Raw};
use sqlx::{AnyConnection, AnyPool};
use crate::routes;

/// Sends what is due at `now`; returns how many things were announced.
pub async fn run(db: &AnyPool, now: i64) -> Done {
    let ahead = now + REMINDER_AHEAD_SECS;
    let opened = each_due(
        db,
        sqlx::query_as("SELECT id, name, opens_at, closes_at FROM cycles WHERE state = 'open' AND opened_told_at IS NULL"),
        now,
        |tx, c, now| Box::pin(cycle_opened(tx, c, now)),
    );
    let opened = opened.await;
    let closing = each_due(
        db,
        sqlx::query_as("SELECT id, name, opens_at, closes_at FROM cycles WHERE state = 'open' AND closing_told_at IS NULL AND closes_at > $1 AND closes_at <= $2")
            .bind(now)
            .bind(ahead),
        now,
        |tx, c, now| Box::pin(cycle_closing(tx, c, now)),
    )
    .await;
    let ready = each_due(
        db,
        sqlx::query_as(
            "SELECT p.id, p.cycle_id, p.pickup_point_id, p.starts_at, p.ends_at, c.name, pp.name AS place, pp.address FROM cycle_pickups p \
             JOIN cycles c ON c.id = p.cycle_id JOIN pickup_points pp ON pp.id = p.pickup_point_id \
             WHERE c.state = 'closed' AND p.ready_told_at IS NULL AND p.starts_at > $1 AND p.starts_at <= $2",
        )
        .bind(now)
        .bind(ahead),
        now,
        |tx, p, now| Box::pin(order_ready(tx, p, now)),
    )
    .await;
    let shifts = each_due(
        db,
        sqlx::query_as(
            "SELECT s.shift_id, s.account_id, t.name AS task, sh.starts_at, sh.ends_at, COALESCE(pp.name, '') AS place FROM shift_signups s \
             JOIN shifts sh ON sh.id = s.shift_id JOIN shift_tasks t ON t.id = sh.task_id LEFT JOIN pickup_points pp ON pp.id = sh.pickup_point_id \
             JOIN cycles c ON c.id = sh.cycle_id \
             WHERE s.reminded_at IS NULL AND s.status = 'signed' AND c.state <> 'cancelled' AND sh.starts_at > $1 AND sh.starts_at <= $2",
        )
        .bind(now)
        .bind(ahead),
        now,
        |tx, s, now| Box::pin(shift_tomorrow(tx, s, now)),
    )
    .await;
    let votes = each_due(
        db,
        sqlx::query_as("SELECT id, title, opens_at, closes_at FROM proposals WHERE state = 'open' AND closing_told_at IS NULL AND closes_at > $1 AND closes_at <= $2")
            .bind(now)
            .bind(ahead),
        now,
        |tx, p, now| Box::pin(vote_closing(tx, p, now)),
    )
    .await;
    let mut elections = Vec::new();
    for news in [ElectionNews::Candidacy, ElectionNews::Voting] {
        let (told, window, _) = news.rule();
        let sql = format!(
            "SELECT e.id, e.seats, e.voting_at, e.closes_at, c.name FROM elections e JOIN commissions c ON c.id = e.commission_id \
             WHERE e.closed_at IS NULL AND e.{told} IS NULL AND {window}"
        );
        elections.push(each_due(db, sqlx::query_as(&sql).bind(now), now, |tx, e, now| Box::pin(election(tx, e, news, now))).await);
    }
    // Every kind of news goes out even when another failed; the first
    // failure is reported once all have run.
    let mut told = 0;
    for done in [opened, closing, ready, shifts, votes].into_iter().chain(elections) {
        told += done?;
    }
    Ok(told)
}

#[derive(sqlx::FromRow)]
struct Cycle {
    id: i64,
    name: String,
    opens_at: i64,
    closes_at: i64,
}

async fn cycle_opened(tx: &mut AnyConnection, c: Cycle, now: i64) -> Result<Option<usize>, sqlx::Error> {
    if !claimed(tx, sqlx::query("UPDATE cycles SET opened_told_at = $1 WHERE id = $2 AND opened_told_at IS NULL").bind(now).bind(c.id)).await? {
        return Ok(None);
    }
    // Old news is marked told without telling.
    if c.opens_at <= now - OPENED_NEWS_SECS {
        return Ok(Some(0));
    }
    let params = [("cycle", Raw::Text(c.name)), ("closes", Raw::Moment(c.closes_at))];
    notices::notify_members(tx, Kind::CycleOpened, &params, routes::CATALOGUE, &format!("cycle_opened:{}", c.id), now).await?;
    Ok(Some(1))
}

/// The day before closing, every member is reminded, those who ordered
/// too (they may want to change their basket).
async fn cycle_closing(tx: &mut AnyConnection, c: Cycle, now: i64) -> Result<Option<usize>, sqlx::Error> {
    if !claimed(tx, sqlx::query("UPDATE cycles SET closing_told_at = $1 WHERE id = $2 AND closing_told_at IS NULL").bind(now).bind(c.id)).await? {
        return Ok(None);
    }
    let params = [("cycle", Raw::Text(c.name)), ("closes", Raw::Moment(c.closes_at))];
    notices::notify_members(tx, Kind::CycleClosing, &params, routes::ORDER, &format!("cycle_closing:{}", c.id), now).await?;
    Ok(Some(1))
}

#[derive(sqlx::FromRow)]
struct Pickup {
    id: i64,
    cycle_id: i64,
    pickup_point_id: i64,
    starts_at: i64,
    ends_at: i64,
    name: String,
    place: String,
    address: String,
}

/// The day before a pickup window, each household with an order there is
/// told where and when. Each window is claimed on its own; a household
/// with a second window at the same point is not told twice, by the
/// notice's key (`order_ready:{cycle}:{account}`).
async fn order_ready(tx: &mut AnyConnection, p: Pickup, now: i64) -> Result<Option<usize>, sqlx::Error> {
    if !claimed(tx, sqlx::query("UPDATE cycle_pickups SET ready_told_at = $1 WHERE id = $2 AND ready_told_at IS NULL").bind(now).bind(p.id)).await? {
        return Ok(None);
    }
    let cycle = p.cycle_id;
    let params = [("cycle", Raw::Text(p.name)), ("when", Raw::Window(p.starts_at, p.ends_at)), ("place", Raw::Text(p.place)), ("address", Raw::Text(p.address))];
    let households: Vec<i64> = sqlx::query_scalar(
        "SELECT o.household_id FROM orders o WHERE o.cycle_id = $1 AND o.pickup_point_id = $2 \
         AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id)",
    )
    .bind(cycle)
    .bind(p.pickup_point_id)
    .fetch_all(&mut *tx)
    .await?;
    for household in households {
        let accounts: Vec<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE household_id = $1").bind(household).fetch_all(&mut *tx).await?;
        for a in accounts {
            notices::notify_account(&mut *tx, a, Kind::OrderReady, &params, routes::ORDER, Some(&format!("order_ready:{cycle}:{a}")), now).await?;
        }
    }
    Ok(Some(1))
}

#[derive(sqlx::FromRow)]
struct Signup {
    shift_id: i64,
    account_id: i64,
    task: String,
    starts_at: i64,
    ends_at: i64,
    place: String,
}

async fn shift_tomorrow(tx: &mut AnyConnection, s: Signup, now: i64) -> Result<Option<usize>, sqlx::Error> {
    let (shift, account) = (s.shift_id, s.account_id);
    let claim = sqlx::query("UPDATE shift_signups SET reminded_at = $1 WHERE shift_id = $2 AND account_id = $3 AND reminded_at IS NULL")
        .bind(now)
        .bind(shift)
        .bind(account);
    if !claimed(&mut *tx, claim).await? {
        return Ok(None);
    }
    let params = [
        ("shift", Raw::Text(s.task)),
        ("when", Raw::Window(s.starts_at, s.ends_at)),
        ("place", if s.place.is_empty() { Raw::Word("shift-warehouse") } else { Raw::Text(s.place) }),
    ];
    notices::notify_account(tx, account, Kind::ShiftTomorrow, &params, routes::SHIFTS, Some(&format!("shift_tomorrow:{shift}:{account}")), now).await?;
    Ok(Some(1))
}

#[derive(sqlx::FromRow)]
struct Proposal {
    id: i64,
    title: String,
    opens_at: i64,
    closes_at: i64,
}

/// The day before a vote closes, the commission members who have not voted
/// yet are reminded (a changed mind is still possible for the others, but
/// they need no nudge).
async fn vote_closing(tx: &mut AnyConnection, p: Proposal, now: i64) -> Result<Option<usize>, sqlx::Error> {
    let id = p.id;
    if !claimed(tx, sqlx::query("UPDATE proposals SET closing_told_at = $1 WHERE id = $2 AND closing_told_at IS NULL").bind(now).bind(id)).await? {
        return Ok(None);
    }
    if !worth_closing_reminder(p.opens_at, p.closes_at) {
        return Ok(Some(0));
    }
    let params = [("title", Raw::Text(p.title)), ("closes", Raw::Moment(p.closes_at))];
    let silent: Vec<i64> = sqlx::query_scalar(
        "SELECT v.account_id FROM proposal_voters v WHERE v.proposal_id = $1 \
         AND NOT EXISTS (SELECT 1 FROM proposal_votes b WHERE b.proposal_id = v.proposal_id AND b.account_id = v.account_id) \
         AND NOT EXISTS (SELECT 1 FROM secret_voters s WHERE s.proposal_id = v.proposal_id AND s.account_id = v.account_id)",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    for a in silent {
        notices::notify_account(&mut *tx, a, Kind::VoteClosing, &params, &routes::proposal(id), Some(&format!("vote_closing:{id}:{a}")), now).await?;
    }
    Ok(Some(1))
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

#[derive(sqlx::FromRow)]
struct Election {
    id: i64,
    seats: i64,
    voting_at: i64,
    closes_at: i64,
    name: String,
}

async fn election(tx: &mut AnyConnection, e: Election, news: ElectionNews, now: i64) -> Result<Option<usize>, sqlx::Error> {
    let (told, _, kind) = news.rule();
    if !claimed(tx, sqlx::query(&format!("UPDATE elections SET {told} = $1 WHERE id = $2 AND {told} IS NULL")).bind(now).bind(e.id)).await? {
        return Ok(None);
    }
    // The "vote open" sentence leaves the seats and the candidacy
    // deadline out; both read from the same words.
    let params = [("commission", Raw::Text(e.name)), ("seats", Raw::Count(e.seats)), ("voting", Raw::Moment(e.voting_at)), ("closes", Raw::Moment(e.closes_at))];
    notices::notify_members(tx, kind, &params, &routes::election(e.id), &format!("{}:{}", kind.code(), e.id), now).await?;
    Ok(Some(1))
}
