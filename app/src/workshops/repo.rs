//! Data access for workshops. A sign-up or a withdrawal is one transaction
//! that first locks the workshop's row, then moves `taken` (never past the
//! places, a CHECK says so too) and the waiting list; whoever moves up is
//! told in the same transaction.

use crate::domain::workshops::{self as rules, Placement};
use crate::notifications::{repo as notices, Kind, Raw};
use sqlx::{AnyConnection, AnyPool};
use crate::routes;

pub struct NewWorkshop {
    pub proposer_id: i64,
    pub title: String,
    pub description: String,
    pub cohosts: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub place: String,
    pub places: i64,
    pub price_note: String,
    pub bring: String,
    pub languages: String,
    pub children_welcome: bool,
    pub photo_url: String,
}

pub async fn create(pool: &AnyPool, w: &NewWorkshop, now: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO workshops (proposer_id, title, description, cohosts, starts_at, ends_at, place, places, price_note, bring, languages, \
         children_welcome, photo_url, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
    )
    .bind(w.proposer_id)
    .bind(&w.title)
    .bind(&w.description)
    .bind(&w.cohosts)
    .bind(w.starts_at)
    .bind(w.ends_at)
    .bind(&w.place)
    .bind(w.places)
    .bind(&w.price_note)
    .bind(&w.bring)
    .bind(&w.languages)
    .bind(i64::from(w.children_welcome))
    .bind(&w.photo_url)
    .bind(now)
    .fetch_one(pool)
    .await
}

/// The workshops commission, when one has members: it decides instead of
/// a coordinator.
pub async fn workshops_commission(pool: &AnyPool, now: i64) -> Result<Option<(i64, i64)>, sqlx::Error> {
    let r: Vec<(i64, Option<i64>)> = sqlx::query_as(
        "SELECT c.id, (SELECT s.account_id FROM commission_seats s WHERE s.commission_id = c.id AND s.from_at <= $1 AND s.until_at > $1 \
         AND s.stepped_down_at IS NULL ORDER BY s.account_id LIMIT 1) AS member FROM commissions c WHERE c.scope = 'workshops' ORDER BY c.id",
    )
    .bind(now)
    .fetch_all(pool)
    .await?;
    Ok(r.into_iter().find_map(|(id, member)| member.map(|m| (id, m))))
}

pub async fn set_in_vote(pool: &AnyPool, workshop_id: i64, proposal_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE workshops SET state = 'in_vote', proposal_id = $1 WHERE id = $2 AND state = 'proposed'").bind(proposal_id).bind(workshop_id).execute(pool).await?;
    Ok(())
}

/// A coordinator's decision on a proposed workshop; the proposer is told
/// in the same transaction.
pub async fn decide(pool: &AnyPool, workshop_id: i64, approve: bool, reason: &str, by: i64, now: i64) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let res = sqlx::query("UPDATE workshops SET state = $1, reason = $2, decided_by = $3 WHERE id = $4 AND state = 'proposed'")
        .bind(if approve { "published" } else { "declined" })
        .bind(reason)
        .bind(by)
        .bind(workshop_id)
        .execute(&mut *tx)
        .await?;
    if res.rows_affected() != 1 {
        return Ok(false);
    }
    let told = if approve { Told::Approved } else { Told::Declined(reason) };
    tell_proposer(&mut tx, workshop_id, told, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// What the proposer of a workshop hears.
pub(crate) enum Told<'a> {
    Approved,
    /// By a coordinator, in their own words.
    Declined(&'a str),
    /// By the commission's vote: the counts, worded when read.
    VotedDown { for_votes: i64, against: i64 },
}

pub(crate) async fn tell_proposer(conn: &mut AnyConnection, workshop_id: i64, told: Told<'_>, now: i64) -> Result<(), sqlx::Error> {
    let (proposer_id, title, starts_at): (i64, String, i64) =
        sqlx::query_as("SELECT proposer_id, title, starts_at FROM workshops WHERE id = $1").bind(workshop_id).fetch_one(&mut *conn).await?;
    let mut params = vec![("workshop", Raw::Text(title)), ("when", Raw::Moment(starts_at))];
    let kind = match told {
        Told::Approved => Kind::WorkshopApproved,
        Told::Declined(reason) => {
            params.push(("reason", Raw::Text(reason.to_string())));
            Kind::WorkshopDeclined
        }
        Told::VotedDown { for_votes, against } => {
            params.extend([("for", Raw::Count(for_votes)), ("against", Raw::Count(against))]);
            Kind::WorkshopVotedDown
        }
    };
    let dedupe = format!("workshop-decided-{workshop_id}");
    notices::notify_account(conn, proposer_id, kind, &params, &format!("{}#mes-propositions", routes::WORKSHOPS), Some(&dedupe), now).await?;
    Ok(())
}

pub enum SignedUp {
    Confirmed,
    Waiting(i64),
    Full,
    Already,
    NotOpen,
    Refused(&'static str),
}

#[derive(sqlx::FromRow)]
struct Locked {
    title: String,
    places: i64,
    taken: i64,
    next_seq: i64,
    #[sqlx(try_from = "crate::state::Flag")]
    children_welcome: bool,
    starts_at: i64,
}

async fn lock(conn: &mut AnyConnection, workshop_id: i64, now: i64) -> Result<Option<Locked>, sqlx::Error> {
    let locked = sqlx::query("UPDATE workshops SET taken = taken WHERE id = $1 AND state = 'published' AND starts_at > $2")
        .bind(workshop_id)
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    if locked != 1 {
        return Ok(None);
    }
    Ok(Some(
        sqlx::query_as("SELECT title, places, taken, next_seq, children_welcome, starts_at FROM workshops WHERE id = $1").bind(workshop_id).fetch_one(&mut *conn).await?,
    ))
}

/// Position on the waiting list (1 = next to get a place).
async fn position(conn: &mut AnyConnection, workshop_id: i64, seq: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) AS n FROM workshop_signups WHERE workshop_id = $1 AND status = 'waiting' AND seq <= $2")
        .bind(workshop_id)
        .bind(seq)
        .fetch_one(&mut *conn)
        .await
}

pub async fn sign_up(pool: &AnyPool, workshop_id: i64, account_id: i64, children: i64, join_waitlist: bool, now: i64) -> Result<SignedUp, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let Some(w) = lock(&mut tx, workshop_id, now).await? else {
        return Ok(SignedUp::NotOpen);
    };
    let seats = match rules::seats_for(children, w.children_welcome) {
        Ok(s) => s,
        Err(m) => return Ok(SignedUp::Refused(m)),
    };
    let already: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM workshop_signups WHERE workshop_id = $1 AND account_id = $2")
        .bind(workshop_id)
        .bind(account_id)
        .fetch_one(&mut *tx)
        .await?;
    if already > 0 {
        return Ok(SignedUp::Already);
    }
    let waiting: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM workshop_signups WHERE workshop_id = $1 AND status = 'waiting'").bind(workshop_id).fetch_one(&mut *tx).await?;
    let placement = rules::place(w.places, w.taken, seats, waiting > 0, join_waitlist);
    let seq = w.next_seq;
    let status = match placement {
        Placement::Full => return Ok(SignedUp::Full),
        Placement::Confirmed => {
            let took = sqlx::query("UPDATE workshops SET taken = taken + $1, next_seq = next_seq + 1 WHERE id = $2 AND taken + $1 <= places")
                .bind(seats)
                .bind(workshop_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if took != 1 {
                return Ok(SignedUp::Full);
            }
            "confirmed"
        }
        Placement::Waiting => {
            sqlx::query("UPDATE workshops SET next_seq = next_seq + 1 WHERE id = $1").bind(workshop_id).execute(&mut *tx).await?;
            "waiting"
        }
    };
    sqlx::query("INSERT INTO workshop_signups (workshop_id, account_id, children, seats, status, seq, signed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(workshop_id)
        .bind(account_id)
        .bind(children)
        .bind(seats)
        .bind(status)
        .bind(seq)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    let out = if status == "confirmed" { SignedUp::Confirmed } else { SignedUp::Waiting(position(&mut tx, workshop_id, seq).await?) };
    tx.commit().await?;
    Ok(out)
}

pub enum Withdrawn {
    Done,
    NotSignedUp,
    Started,
}

/// Withdraws before the start; the first on the waiting list moves up by
/// itself (as far as places allow, in order) and is told.
pub async fn withdraw(pool: &AnyPool, workshop_id: i64, account_id: i64, now: i64) -> Result<Withdrawn, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let Some(w) = lock(&mut tx, workshop_id, now).await? else {
        return Ok(Withdrawn::Started);
    };
    let Some((seats, status)) = sqlx::query_as::<_, (i64, String)>("SELECT seats, status FROM workshop_signups WHERE workshop_id = $1 AND account_id = $2")
        .bind(workshop_id)
        .bind(account_id)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(Withdrawn::NotSignedUp);
    };
    sqlx::query("DELETE FROM workshop_signups WHERE workshop_id = $1 AND account_id = $2").bind(workshop_id).bind(account_id).execute(&mut *tx).await?;
    let mut taken = w.taken;
    if status == "confirmed" {
        taken -= seats;
        sqlx::query("UPDATE workshops SET taken = $1 WHERE id = $2").bind(taken).bind(workshop_id).execute(&mut *tx).await?;
    }
    promote(&mut tx, workshop_id, w.places, taken, &w.title, w.starts_at, now).await?;
    tx.commit().await?;
    Ok(Withdrawn::Done)
}

async fn promote(conn: &mut AnyConnection, workshop_id: i64, places: i64, taken: i64, title: &str, starts_at: i64, now: i64) -> Result<(), sqlx::Error> {
    let waiting: Vec<(i64, i64)> = sqlx::query_as("SELECT account_id, seats FROM workshop_signups WHERE workshop_id = $1 AND status = 'waiting' ORDER BY seq")
        .bind(workshop_id)
        .fetch_all(&mut *conn)
        .await?;
    let up = rules::promote(places, taken, &waiting);
    let mut taken = taken;
    for account in up {
        let seats = waiting.iter().find(|w| w.0 == account).map_or(1, |w| w.1);
        taken += seats;
        sqlx::query("UPDATE workshop_signups SET status = 'confirmed' WHERE workshop_id = $1 AND account_id = $2").bind(workshop_id).bind(account).execute(&mut *conn).await?;
        let params = [("workshop", Raw::Text(title.to_string())), ("when", Raw::Moment(starts_at))];
        notices::notify_account(conn, account, Kind::WorkshopPlace, &params, &format!("{}#atelier-{workshop_id}", routes::WORKSHOPS), None, now).await?;
    }
    sqlx::query("UPDATE workshops SET taken = $1 WHERE id = $2").bind(taken).bind(workshop_id).execute(&mut *conn).await?;
    Ok(())
}

/// A coordinator cancels: everyone signed up or waiting is told, with the
/// coordinator's message.
pub async fn cancel(pool: &AnyPool, workshop_id: i64, message: &str, now: i64) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    // The row's lock first: on SQLite a read before the transaction's first
    // write is refused outright (SQLITE_BUSY, a 500) if another request
    // wrote in between.
    sqlx::query("UPDATE workshops SET state = state WHERE id = $1").bind(workshop_id).execute(&mut *tx).await?;
    let Some((title, starts_at)) = sqlx::query_as::<_, (String, i64)>("SELECT title, starts_at FROM workshops WHERE id = $1 AND state IN ('proposed', 'in_vote', 'published')")
        .bind(workshop_id)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(false);
    };
    sqlx::query("UPDATE workshops SET state = 'cancelled', reason = $1 WHERE id = $2").bind(message).bind(workshop_id).execute(&mut *tx).await?;
    let people: Vec<i64> = sqlx::query_scalar("SELECT account_id FROM workshop_signups WHERE workshop_id = $1").bind(workshop_id).fetch_all(&mut *tx).await?;
    let params = [
        ("workshop", Raw::Text(title)),
        ("when", Raw::Moment(starts_at)),
        ("message", Raw::Text(message.to_string())),
    ];
    for p in people {
        notices::notify_account(&mut tx, p, Kind::WorkshopCancelled, &params, routes::WORKSHOPS, None, now).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// The host marks who came, once the workshop has begun.
pub async fn mark_attendance(pool: &AnyPool, workshop_id: i64, account_id: i64, attended: bool, now: i64) -> Result<bool, sqlx::Error> {
    let res = sqlx::query(
        "UPDATE workshop_signups SET attended = $1 WHERE workshop_id = $2 AND account_id = $3 AND status = 'confirmed' \
         AND workshop_id IN (SELECT id FROM workshops WHERE starts_at <= $4)",
    )
    .bind(i64::from(attended))
    .bind(workshop_id)
    .bind(account_id)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(res.rows_affected() == 1)
}

// ---- reading, for the pages ------------------------------------------------------

/// A published workshop still to come, with the asking member's sign-up
/// (status, position on the waiting list, children) when they have one.
#[derive(sqlx::FromRow)]
pub struct Upcoming {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub proposer_id: i64,
    pub proposer: String,
    pub cohosts: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub place: String,
    pub places: i64,
    pub taken: i64,
    pub waiting: i64,
    pub price_note: String,
    pub bring: String,
    pub languages: String,
    #[sqlx(try_from = "crate::state::Flag")]
    pub children_welcome: bool,
    pub photo_url: String,
    pub my_status: Option<String>,
    pub my_position: Option<i64>,
    pub my_children: Option<i64>,
}

/// The published workshops not yet over, by date; the member's place on a
/// waiting list is counted in the same query.
pub async fn upcoming(pool: &AnyPool, account_id: i64, now: i64) -> Result<Vec<Upcoming>, sqlx::Error> {
    sqlx::query_as(
        "SELECT w.id, w.title, w.description, w.proposer_id, a.display_name AS proposer, w.cohosts, w.starts_at, w.ends_at, w.place, \
         w.places, w.taken, w.price_note, w.bring, w.languages, w.children_welcome, w.photo_url, \
         s.status AS my_status, s.children AS my_children, \
         (SELECT COUNT(*) FROM workshop_signups x WHERE x.workshop_id = w.id AND x.status = 'waiting') AS waiting, \
         CASE WHEN s.status = 'waiting' THEN \
           (SELECT COUNT(*) FROM workshop_signups x WHERE x.workshop_id = w.id AND x.status = 'waiting' AND x.seq <= s.seq) END AS my_position \
         FROM workshops w JOIN accounts a ON a.id = w.proposer_id \
         LEFT JOIN workshop_signups s ON s.workshop_id = w.id AND s.account_id = $1 \
         WHERE w.state = 'published' AND w.ends_at > $2 ORDER BY w.starts_at, w.id LIMIT 200",
    )
    .bind(account_id)
    .bind(now)
    .fetch_all(pool)
    .await
}

/// A proposed workshop as its proposer or a coordinator follows it.
#[derive(sqlx::FromRow)]
pub struct Proposed {
    pub id: i64,
    pub title: String,
    pub starts_at: i64,
    pub state: super::WorkshopState,
    pub reason: String,
    pub proposal_id: Option<i64>,
    /// The commission's vote, when it declined the workshop: its counts
    /// are the reason, worded when read.
    pub votes_for: Option<i64>,
    pub votes_against: Option<i64>,
}

const PROPOSED: &str = "SELECT w.id, w.title, w.starts_at, w.state, w.reason, w.proposal_id, \
     CASE WHEN w.state = 'declined' THEN p.for_count END AS votes_for, CASE WHEN w.state = 'declined' THEN p.against_count END AS votes_against \
     FROM workshops w LEFT JOIN proposals p ON p.id = w.proposal_id";

/// What a member proposed, newest first.
pub async fn proposed_by(pool: &AnyPool, account_id: i64) -> Result<Vec<Proposed>, sqlx::Error> {
    sqlx::query_as(&format!("{PROPOSED} WHERE w.proposer_id = $1 ORDER BY w.id DESC LIMIT 30"))
        .bind(account_id)
        .fetch_all(pool)
        .await
}

/// The proposals a coordinator has to decide (still to come), soonest first.
pub async fn to_decide(pool: &AnyPool, now: i64) -> Result<Vec<Proposed>, sqlx::Error> {
    sqlx::query_as(&format!("{PROPOSED} WHERE w.state = 'proposed' AND w.starts_at > $1 ORDER BY w.starts_at"))
        .bind(now)
        .fetch_all(pool)
        .await
}

/// A workshop that took place: the people marked as come (with their
/// children), how many were marked, and the places taken.
#[derive(sqlx::FromRow)]
pub struct Past {
    pub id: i64,
    pub title: String,
    pub starts_at: i64,
    pub proposer_id: i64,
    pub came: i64,
    pub marked: i64,
    pub taken: i64,
}

pub async fn past(pool: &AnyPool, now: i64) -> Result<Vec<Past>, sqlx::Error> {
    sqlx::query_as(
        "SELECT w.id, w.title, w.starts_at, w.proposer_id, \
         CAST(COALESCE((SELECT SUM(CASE WHEN s.attended = 1 THEN s.seats ELSE 0 END) FROM workshop_signups s WHERE s.workshop_id = w.id), 0) AS BIGINT) AS came, \
         (SELECT COUNT(*) FROM workshop_signups s WHERE s.workshop_id = w.id AND s.attended IS NOT NULL) AS marked, w.taken \
         FROM workshops w WHERE w.state = 'published' AND w.ends_at <= $1 ORDER BY w.starts_at DESC LIMIT 30",
    )
    .bind(now)
    .fetch_all(pool)
    .await
}

/// What the host's page needs of the workshop itself.
#[derive(sqlx::FromRow)]
pub struct Hosted {
    pub title: String,
    pub starts_at: i64,
    pub proposer_id: i64,
}

pub async fn hosted(pool: &AnyPool, workshop_id: i64) -> Result<Option<Hosted>, sqlx::Error> {
    sqlx::query_as("SELECT title, starts_at, proposer_id FROM workshops WHERE id = $1").bind(workshop_id).fetch_optional(pool).await
}

/// One sign-up as its host sees it: confirmed first, then the waiting
/// list in its order.
#[derive(sqlx::FromRow)]
pub struct SignUpRow {
    pub account_id: i64,
    pub display_name: String,
    pub children: i64,
    pub status: String,
    pub attended: Option<i64>,
}

pub async fn participants(pool: &AnyPool, workshop_id: i64) -> Result<Vec<SignUpRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.account_id, a.display_name, s.children, s.status, s.attended FROM workshop_signups s JOIN accounts a ON a.id = s.account_id \
         WHERE s.workshop_id = $1 ORDER BY s.status, s.seq",
    )
    .bind(workshop_id)
    .fetch_all(pool)
    .await
}
