//! Data access for commissions, elections, proposals and the governance
//! log. Every write takes the log's head row first: governance writes are
//! few, and taking them one at a time is what keeps the hash chain whole
//! and "cast or changed" exact.

use crate::domain::governance::{self as rules, Change, Choice, LogEntry, Majority, ProposalKind, ProposalState, Scope, Tally};
use crate::notifications::{repo as notices, Kind, Raw};
use crate::state::Flag;
use sqlx::{AnyConnection, AnyPool};
use crate::routes;

/// Locks the head of the log; returns its (seq, hash).
pub(crate) async fn lock_head(conn: &mut AnyConnection) -> Result<(i64, String), sqlx::Error> {
    sqlx::query("UPDATE governance_head SET seq = seq WHERE id = 1").execute(&mut *conn).await?;
    sqlx::query_as("SELECT seq, hash FROM governance_head WHERE id = 1").fetch_one(&mut *conn).await
}

/// Appends one entry, chained to the head. The caller holds the head lock
/// (`lock_head`) in the same transaction.
pub(crate) async fn append(conn: &mut AnyConnection, event: &str, subject: &str, data: serde_json::Value, now: i64) -> Result<(), sqlx::Error> {
    let (seq, prev) = {
        let (seq, hash): (i64, String) = sqlx::query_as("SELECT seq, hash FROM governance_head WHERE id = 1").fetch_one(&mut *conn).await?;
        (seq + 1, hash)
    };
    let data = data.to_string();
    let hash = rules::entry_hash(&prev, seq, now, event, subject, &data);
    sqlx::query("INSERT INTO governance_log (seq, at, event, subject, data, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(seq)
        .bind(now)
        .bind(event)
        .bind(subject)
        .bind(&data)
        .bind(&prev)
        .bind(&hash)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE governance_head SET seq = $1, hash = $2 WHERE id = 1").bind(seq).bind(&hash).execute(&mut *conn).await?;
    Ok(())
}

/// A log entry as stored (`LogEntry` is the domain's, without sqlx).
#[derive(sqlx::FromRow)]
struct LogRow {
    seq: i64,
    at: i64,
    event: String,
    subject: String,
    data: String,
    prev_hash: String,
    hash: String,
}

pub async fn log_entries(pool: &AnyPool, subject: Option<&str>) -> Result<Vec<LogEntry>, sqlx::Error> {
    let rows: Vec<LogRow> = match subject {
        Some(s) => sqlx::query_as("SELECT seq, at, event, subject, data, prev_hash, hash FROM governance_log WHERE subject = $1 ORDER BY seq").bind(s).fetch_all(pool).await?,
        None => sqlx::query_as("SELECT seq, at, event, subject, data, prev_hash, hash FROM governance_log ORDER BY seq").fetch_all(pool).await?,
    };
    Ok(rows
        .into_iter()
        .map(|r| LogEntry { seq: r.seq, at: r.at, event: r.event, subject: r.subject, data: r.data, prev_hash: r.prev_hash, hash: r.hash })
        .collect())
}

/// The whole log checked: Ok(number of entries) or the first bad entry.
pub async fn verify(pool: &AnyPool) -> Result<Result<usize, i64>, sqlx::Error> {
    let entries = log_entries(pool, None).await?;
    let (head_seq, head_hash): (i64, String) = sqlx::query_as("SELECT seq, hash FROM governance_head WHERE id = 1").fetch_one(pool).await?;
    Ok(match rules::verify_chain(&entries) {
        Err(seq) => Err(seq),
        // The head must be the last entry: a deleted tail is seen too.
        Ok(()) if head_seq != entries.len() as i64 => Err(entries.len() as i64 + 1),
        Ok(()) if entries.last().map_or(rules::GENESIS.to_string(), |e| e.hash.clone()) != head_hash => {
            Err(entries.len() as i64)
        }
        Ok(()) => Ok(entries.len()),
    })
}

// ---- commissions ------------------------------------------------------------

pub struct NewCommission {
    pub name: String,
    pub scope: Scope,
    pub description: String,
    pub seats: i64,
    pub term_days: i64,
    pub quorum_percent: i64,
    pub majority: Majority,
}

pub async fn create_commission(pool: &AnyPool, c: &NewCommission, by: i64, now: i64) -> Result<Option<i64>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    lock_head(&mut tx).await?;
    let r = sqlx::query_scalar(
        "INSERT INTO commissions (name, scope, description, seats, term_days, quorum_percent, majority, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(&c.name)
    .bind(c.scope)
    .bind(&c.description)
    .bind(c.seats)
    .bind(c.term_days)
    .bind(c.quorum_percent)
    .bind(c.majority)
    .bind(now)
    .fetch_one(&mut *tx)
    .await;
    let id: i64 = match r {
        Ok(id) => id,
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Ok(None),
        Err(e) => return Err(e),
    };
    let data = serde_json::json!({"name": c.name, "scope": c.scope, "seats": c.seats, "term_days": c.term_days,
        "quorum_percent": c.quorum_percent, "majority": c.majority.code(), "by": by});
    append(&mut tx, "commission_created", &format!("commission:{id}"), data, now).await?;
    tx.commit().await?;
    Ok(Some(id))
}

#[derive(sqlx::FromRow)]
pub struct CommissionRow {
    pub id: i64,
    pub name: String,
    pub scope: Scope,
    pub description: String,
    pub seats: i64,
    pub term_days: i64,
    pub quorum_percent: i64,
    pub majority: Majority,
}

const COMMISSION_COLS: &str = "id, name, scope, description, seats, term_days, quorum_percent, majority";

pub async fn commissions(pool: &AnyPool) -> Result<Vec<CommissionRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COMMISSION_COLS} FROM commissions ORDER BY name")).fetch_all(pool).await
}

pub async fn get_commission(pool: &AnyPool, id: i64) -> Result<Option<CommissionRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COMMISSION_COLS} FROM commissions WHERE id = $1")).bind(id).fetch_optional(pool).await
}

/// Who sits on the commission at `now`: account id, name, until when.
pub async fn seated(conn: &mut AnyConnection, commission_id: i64, now: i64) -> Result<Vec<(i64, String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.account_id, a.display_name, s.until_at FROM commission_seats s JOIN accounts a ON a.id = s.account_id \
         WHERE s.commission_id = $1 AND s.from_at <= $2 AND s.until_at > $2 AND s.stepped_down_at IS NULL ORDER BY a.display_name",
    )
    .bind(commission_id)
    .bind(now)
    .fetch_all(&mut *conn)
    .await
}

/// A member leaves their seat before the end of the term.
pub async fn step_down(pool: &AnyPool, commission_id: i64, account_id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    lock_head(&mut tx).await?;
    let n = sqlx::query(
        "UPDATE commission_seats SET stepped_down_at = $1 WHERE commission_id = $2 AND account_id = $3 \
         AND from_at <= $1 AND until_at > $1 AND stepped_down_at IS NULL",
    )
    .bind(now)
    .bind(commission_id)
    .bind(account_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if n != 1 {
        return Ok(false);
    }
    append(&mut tx, "seat_left", &format!("commission:{commission_id}"), serde_json::json!({"account": account_id}), now).await?;
    tx.commit().await?;
    Ok(true)
}

// ---- elections --------------------------------------------------------------

pub async fn create_election(pool: &AnyPool, commission_id: i64, seats: i64, opens_at: i64, voting_at: i64, closes_at: i64, now: i64) -> Result<i64, sqlx::Error> {
    let mut tx = pool.begin().await?;
    lock_head(&mut tx).await?;
    let id: i64 = sqlx::query_scalar("INSERT INTO elections (commission_id, seats, opens_at, voting_at, closes_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(commission_id)
        .bind(seats)
        .bind(opens_at)
        .bind(voting_at)
        .bind(closes_at)
        .fetch_one(&mut *tx)
        .await?;
    let data = serde_json::json!({"commission": commission_id, "seats": seats, "opens_at": opens_at, "voting_at": voting_at, "closes_at": closes_at});
    append(&mut tx, "election_opened", &format!("election:{id}"), data, now).await?;
    tx.commit().await?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
pub struct ElectionRow {
    pub id: i64,
    pub commission_id: i64,
    pub commission: String,
    pub seats: i64,
    pub opens_at: i64,
    pub voting_at: i64,
    pub closes_at: i64,
    #[sqlx(try_from = "Flag")]
    pub closed: bool,
    pub draw_seed: Option<String>,
}

const ELECTION_COLS: &str = "e.id, e.commission_id, c.name AS commission, e.seats, e.opens_at, e.voting_at, e.closes_at, \
    CAST(CASE WHEN e.closed_at IS NULL THEN 0 ELSE 1 END AS BIGINT) AS closed, e.draw_seed";

pub async fn elections(pool: &AnyPool) -> Result<Vec<ElectionRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {ELECTION_COLS} FROM elections e JOIN commissions c ON c.id = e.commission_id ORDER BY e.closes_at DESC LIMIT 50"))
        .fetch_all(pool)
        .await
}

pub async fn get_election(pool: &AnyPool, id: i64) -> Result<Option<ElectionRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {ELECTION_COLS} FROM elections e JOIN commissions c ON c.id = e.commission_id WHERE e.id = $1"))
        .bind(id)
        .fetch_optional(pool)
        .await
}

#[derive(sqlx::FromRow)]
pub struct CandidateRow {
    pub account_id: i64,
    pub name: String,
    pub statement: String,
    pub photo_url: String,
    pub approvals: i64,
    #[sqlx(try_from = "Flag")]
    pub elected: bool,
}

pub async fn candidates(pool: &AnyPool, election_id: i64) -> Result<Vec<CandidateRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.account_id, a.display_name AS name, c.statement, c.photo_url, c.approvals, c.elected FROM candidates c \
         JOIN accounts a ON a.id = c.account_id WHERE c.election_id = $1 ORDER BY a.display_name",
    )
    .bind(election_id)
    .fetch_all(pool)
    .await
}

pub async fn has_voted_in_election(pool: &AnyPool, election_id: i64, account_id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM election_voters WHERE election_id = $1 AND account_id = $2")
        .bind(election_id)
        .bind(account_id)
        .fetch_one(pool)
        .await?;
    Ok(n > 0)
}

pub enum Stood {
    Done,
    NotInCandidacy,
    Already,
}

/// A member stands, during the candidacy period.
pub async fn stand(pool: &AnyPool, election_id: i64, account_id: i64, statement: &str, photo_url: &str, now: i64) -> Result<Stood, sqlx::Error> {
    let mut tx = pool.begin().await?;
    lock_head(&mut tx).await?;
    let open: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM elections WHERE id = $1 AND opens_at <= $2 AND voting_at > $2")
        .bind(election_id)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
    if open != 1 {
        return Ok(Stood::NotInCandidacy);
    }
    let res = sqlx::query("INSERT INTO candidates (election_id, account_id, statement, photo_url) VALUES ($1, $2, $3, $4)")
        .bind(election_id)
        .bind(account_id)
        .bind(statement)
        .bind(photo_url)
        .execute(&mut *tx)
        .await;
    match res {
        Ok(_) => {}
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Ok(Stood::Already),
        Err(e) => return Err(e),
    }
    append(&mut tx, "candidacy", &format!("election:{election_id}"), serde_json::json!({"account": account_id, "statement": statement}), now).await?;
    tx.commit().await?;
    Ok(Stood::Done)
}

pub enum Balloted {
    Done,
    NotVoting,
    Already,
    Invalid(&'static str),
}

/// One secret approval ballot: who voted is recorded once (primary key);
/// what they chose only moves the candidates' counters.
pub async fn cast_ballot(pool: &AnyPool, election_id: i64, account_id: i64, choices: &[i64], now: i64) -> Result<Balloted, sqlx::Error> {
    let mut tx = pool.begin().await?;
    lock_head(&mut tx).await?;
    let Some(seats) = sqlx::query_scalar::<_, i64>("SELECT seats FROM elections WHERE id = $1 AND voting_at <= $2 AND closes_at > $2 AND closed_at IS NULL")
        .bind(election_id)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(Balloted::NotVoting);
    };
    let cands: Vec<i64> = sqlx::query_scalar("SELECT account_id FROM candidates WHERE election_id = $1").bind(election_id).fetch_all(&mut *tx).await?;
    if let Err(m) = rules::valid_ballot(choices, &cands, seats) {
        return Ok(Balloted::Invalid(m));
    }
    let res = sqlx::query("INSERT INTO election_voters (election_id, account_id) VALUES ($1, $2)").bind(election_id).bind(account_id).execute(&mut *tx).await;
    match res {
        Ok(_) => {}
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Ok(Balloted::Already),
        Err(e) => return Err(e),
    }
    // Every candidate's row is written, with one more approval or none, in
    // the same order whatever the ballot: rewriting only the approved ones
    // would mark them with this transaction (PostgreSQL's row versions
    // carry its id, like the voter's row), linking voter and choice. The
    // statement is the same for both, so no log of statements tells them
    // apart either.
    let mut all = cands;
    all.sort_unstable();
    for c in all {
        sqlx::query("UPDATE candidates SET approvals = approvals + $3 WHERE election_id = $1 AND account_id = $2")
            .bind(election_id)
            .bind(c)
            .bind(i64::from(choices.contains(&c)))
            .execute(&mut *tx)
            .await?;
    }
    // The log proves who took part, never what they chose.
    append(&mut tx, "ballot_cast", &format!("election:{election_id}"), serde_json::json!({"voter": account_id}), now).await?;
    tx.commit().await?;
    Ok(Balloted::Done)
}


// ---- proposals ----------------------------------------------------------------

pub struct NewProposal {
    pub commission_id: i64,
    pub author_id: i64,
    pub idea_id: Option<i64>,
    pub title: String,
    pub reasons: String,
    pub change: Change,
    pub secret: bool,
    pub closes_at: i64,
}

pub enum Opened {
    Opened(i64),
    NotAMember,
    /// The idea it takes up was sent to another commission (or does not
    /// exist).
    IdeaElsewhere,
}

/// Opens a proposal: the commission's members at this moment are its
/// voters, and its rules are copied onto it.
pub async fn open_proposal(pool: &AnyPool, p: &NewProposal, now: i64) -> Result<Opened, sqlx::Error> {
    open(pool, p, true, now).await
}

/// A member's workshop put to the workshops commission's vote: opened on
/// the proposer's behalf, who need not sit on it.
pub async fn open_proposal_for_workshop(pool: &AnyPool, p: &NewProposal, now: i64) -> Result<Opened, sqlx::Error> {
    open(pool, p, false, now).await
}

async fn open(pool: &AnyPool, p: &NewProposal, author_must_sit: bool, now: i64) -> Result<Opened, sqlx::Error> {
    let mut tx = pool.begin().await?;
    lock_head(&mut tx).await?;
    let members = seated(&mut tx, p.commission_id, now).await?;
    if members.is_empty() || (author_must_sit && !members.iter().any(|m| m.0 == p.author_id)) {
        return Ok(Opened::NotAMember);
    }
    // An idea was sent to one commission: another one's proposal does not
    // take it over (and an unknown id never reaches the foreign key).
    if let Some(idea) = p.idea_id {
        let mine: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM ideas WHERE id = $1 AND commission_id = $2").bind(idea).bind(p.commission_id).fetch_one(&mut *tx).await?;
        if mine != 1 {
            return Ok(Opened::IdeaElsewhere);
        }
    }
    let (quorum_percent, majority): (i64, Majority) = sqlx::query_as("SELECT quorum_percent, majority FROM commissions WHERE id = $1").bind(p.commission_id).fetch_one(&mut *tx).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO proposals (commission_id, author_id, idea_id, title, reasons, kind, payload, secret, quorum_percent, majority, eligible, opens_at, closes_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(p.commission_id)
    .bind(p.author_id)
    .bind(p.idea_id)
    .bind(&p.title)
    .bind(&p.reasons)
    .bind(p.change.kind())
    .bind(p.change.to_json().to_string())
    .bind(i64::from(p.secret))
    .bind(quorum_percent)
    .bind(majority)
    .bind(members.len() as i64)
    .bind(now)
    .bind(p.closes_at)
    .fetch_one(&mut *tx)
    .await?;
    for (account, _, _) in &members {
        sqlx::query("INSERT INTO proposal_voters (proposal_id, account_id) VALUES ($1, $2)").bind(id).bind(account).execute(&mut *tx).await?;
    }
    if let Some(idea) = p.idea_id {
        sqlx::query("UPDATE ideas SET proposal_id = $1 WHERE id = $2 AND commission_id = $3").bind(id).bind(idea).bind(p.commission_id).execute(&mut *tx).await?;
    }
    let voters: Vec<i64> = members.iter().map(|m| m.0).collect();
    let data = serde_json::json!({"commission": p.commission_id, "author": p.author_id, "title": p.title, "reasons": p.reasons,
        "kind": p.change.kind(), "payload": p.change.to_json(), "secret": p.secret, "quorum_percent": quorum_percent,
        "majority": majority.code(), "voters": voters, "closes_at": p.closes_at, "idea": p.idea_id});
    append(&mut tx, "proposal_opened", &format!("proposal:{id}"), data, now).await?;
    let name: String = sqlx::query_scalar("SELECT name FROM commissions WHERE id = $1").bind(p.commission_id).fetch_one(&mut *tx).await?;
    let params = [
        ("commission", Raw::Text(name)),
        ("title", Raw::Text(p.title.clone())),
        ("closes", Raw::Moment(p.closes_at)),
    ];
    for a in voters.iter().filter(|a| **a != p.author_id) {
        notices::notify_account(&mut tx, *a, Kind::VoteOpened, &params, &routes::proposal(id), Some(&format!("vote_opened:{id}:{a}")), now).await?;
    }
    tx.commit().await?;
    Ok(Opened::Opened(id))
}

pub enum Voted {
    /// A first vote; for a secret one, the nonce of its receipt, for the
    /// voter's device only.
    Cast(Option<String>),
    /// A changed vote, with the new receipt's nonce when secret.
    Changed(Option<String>),
    NotAVoter,
    Closed,
    /// The proposal's row no longer says what its opening entry in the log
    /// says: nobody votes on a text changed after opening.
    Altered,
    /// A secret vote already cast, and no valid receipt came with this
    /// one: only the device that voted can change it.
    NoReceipt,
}

/// What a proposal says, as stored. The kind stays the stored text: it is
/// compared as written with what the log recorded, and a row changed
/// behind the server's back must read as altered, not fail to decode.
#[derive(sqlx::FromRow)]
struct StoredText {
    title: String,
    reasons: String,
    kind: String,
    payload: String,
}

/// Whether a proposal's stored text (title, reasons, kind, content) still
/// matches what the log recorded when it opened.
pub async fn altered(conn: &mut AnyConnection, proposal_id: i64) -> Result<bool, sqlx::Error> {
    let Some(p) = sqlx::query_as::<_, StoredText>("SELECT title, reasons, kind, payload FROM proposals WHERE id = $1").bind(proposal_id).fetch_optional(&mut *conn).await? else {
        return Ok(false);
    };
    let Some(entry) = sqlx::query_scalar::<_, String>("SELECT data FROM governance_log WHERE subject = $1 AND event = 'proposal_opened'")
        .bind(format!("proposal:{proposal_id}"))
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(true);
    };
    let opened: serde_json::Value = serde_json::from_str(&entry).unwrap_or_default();
    let payload: serde_json::Value = serde_json::from_str(&p.payload).unwrap_or_default();
    Ok(opened["title"].as_str() != Some(p.title.as_str())
        || opened["reasons"].as_str() != Some(p.reasons.as_str())
        || opened["kind"].as_str() != Some(p.kind.as_str())
        || opened["payload"] != payload)
}

/// Casts or changes a vote, before closing, by one of the proposal's
/// voters. A named vote is kept with its voter; a secret one only moves the
/// counts (see `vote_secret`). `receipt` is the nonce the voter's device
/// sent, if any.
pub async fn vote(pool: &AnyPool, proposal_id: i64, account_id: i64, choice: &str, receipt: Option<&str>, now: i64) -> Result<Voted, sqlx::Error> {
    let mut tx = pool.begin().await?;
    lock_head(&mut tx).await?;
    let Some(secret) = sqlx::query_scalar::<_, Flag>("SELECT secret FROM proposals WHERE id = $1 AND state = 'open' AND opens_at <= $2 AND closes_at > $2")
        .bind(proposal_id)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(Voted::Closed);
    };
    let voter: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM proposal_voters WHERE proposal_id = $1 AND account_id = $2")
        .bind(proposal_id)
        .bind(account_id)
        .fetch_one(&mut *tx)
        .await?;
    if voter != 1 {
        return Ok(Voted::NotAVoter);
    }
    if altered(&mut tx, proposal_id).await? {
        return Ok(Voted::Altered);
    }
    if bool::from(secret) {
        let voted = vote_secret(&mut tx, proposal_id, account_id, choice, receipt).await?;
        let event = match voted {
            Voted::Cast(_) => "vote_cast",
            Voted::Changed(_) => "vote_changed",
            refused => return Ok(refused),
        };
        // A secret vote's log entry says who took part, not how.
        append(&mut tx, event, &format!("proposal:{proposal_id}"), serde_json::json!({"voter": account_id}), now).await?;
        tx.commit().await?;
        return Ok(voted);
    }
    let before = sqlx::query_scalar::<_, Choice>("SELECT choice FROM proposal_votes WHERE proposal_id = $1 AND account_id = $2")
        .bind(proposal_id)
        .bind(account_id)
        .fetch_optional(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO proposal_votes (proposal_id, account_id, choice, cast_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (proposal_id, account_id) DO UPDATE SET choice = excluded.choice, cast_at = excluded.cast_at",
    )
    .bind(proposal_id)
    .bind(account_id)
    .bind(choice)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let event = if before.is_some() { "vote_changed" } else { "vote_cast" };
    append(&mut tx, event, &format!("proposal:{proposal_id}"), serde_json::json!({"voter": account_id, "choice": choice}), now).await?;
    tx.commit().await?;
    Ok(if before.is_some() { Voted::Changed(None) } else { Voted::Cast(None) })
}

/// A secret ballot: the voter is recorded once (primary key) with neither
/// choice nor time; the choice only moves the proposal's counts, and a
/// receipt hash replaces the ballot. Changing needs the nonce of the
/// receipt in force: its hash is traded for the new one in the same
/// transaction as the counts move. Nothing written names both the voter
/// and the choice, and the statements are the same whatever the choice.
async fn vote_secret(conn: &mut AnyConnection, proposal_id: i64, account_id: i64, choice: &str, receipt: Option<&str>) -> Result<Voted, sqlx::Error> {
    let first = sqlx::query("INSERT INTO secret_voters (proposal_id, account_id) VALUES ($1, $2) ON CONFLICT (proposal_id, account_id) DO NOTHING")
        .bind(proposal_id)
        .bind(account_id)
        .execute(&mut *conn)
        .await?
        .rows_affected()
        == 1;
    let replaced = if first {
        None
    } else {
        let Some(nonce) = receipt else {
            return Ok(Voted::NoReceipt);
        };
        let Some(old) = receipt_choice(conn, proposal_id, account_id, nonce).await? else {
            return Ok(Voted::NoReceipt);
        };
        let gone = sqlx::query("DELETE FROM secret_receipts WHERE proposal_id = $1 AND receipt = $2")
            .bind(proposal_id)
            .bind(rules::receipt_hash(proposal_id, account_id, nonce, old))
            .execute(&mut *conn)
            .await?
            .rows_affected();
        if gone != 1 {
            return Ok(Voted::NoReceipt);
        }
        Some(old)
    };
    let Some(d) = Tally::delta(replaced, choice) else {
        return Err(sqlx::Error::Protocol(format!("unknown choice {choice:?}")));
    };
    // The counts never go below zero: a receipt is only traded once.
    let moved = sqlx::query(
        "UPDATE proposals SET for_count = for_count + $2, against_count = against_count + $3, abstain_count = abstain_count + $4 \
         WHERE id = $1 AND state = 'open' AND for_count + $2 >= 0 AND against_count + $3 >= 0 AND abstain_count + $4 >= 0",
    )
    .bind(proposal_id)
    .bind(d.for_votes)
    .bind(d.against)
    .bind(d.abstain)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if moved != 1 {
        return Err(sqlx::Error::Protocol(format!("the counts of proposal {proposal_id} do not hold its receipts")));
    }
    let nonce = new_nonce();
    sqlx::query("INSERT INTO secret_receipts (proposal_id, receipt) VALUES ($1, $2)")
        .bind(proposal_id)
        .bind(rules::receipt_hash(proposal_id, account_id, &nonce, choice))
        .execute(&mut *conn)
        .await?;
    Ok(if first { Voted::Cast(Some(nonce)) } else { Voted::Changed(Some(nonce)) })
}

fn new_nonce() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The choice a receipt nonce proves for this voter, if its hash is the
/// receipt in force.
pub async fn receipt_choice(conn: &mut AnyConnection, proposal_id: i64, account_id: i64, nonce: &str) -> Result<Option<&'static str>, sqlx::Error> {
    if !rules::valid_nonce(nonce) {
        return Ok(None);
    }
    let [a, b, c] = Choice::ALL.map(|choice| rules::receipt_hash(proposal_id, account_id, nonce, choice.code()));
    let stored: Vec<String> = sqlx::query_scalar("SELECT receipt FROM secret_receipts WHERE proposal_id = $1 AND receipt IN ($2, $3, $4)")
        .bind(proposal_id)
        .bind(a)
        .bind(b)
        .bind(c)
        .fetch_all(&mut *conn)
        .await?;
    Ok(rules::receipt_choice(proposal_id, account_id, nonce, &stored))
}

/// Whether the member took part in the proposal's vote, named or secret.
pub async fn has_voted(conn: &mut AnyConnection, proposal_id: i64, account_id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM proposal_votes WHERE proposal_id = $1 AND account_id = $2) \
         + (SELECT COUNT(*) FROM secret_voters WHERE proposal_id = $1 AND account_id = $2) AS n",
    )
    .bind(proposal_id)
    .bind(account_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(n > 0)
}


pub async fn comment(pool: &AnyPool, proposal_id: i64, account_id: i64, body: &str, now: i64) -> Result<bool, sqlx::Error> {
    let res = sqlx::query(
        "INSERT INTO proposal_comments (proposal_id, account_id, body, created_at) SELECT id, $2, $3, $4 FROM proposals WHERE id = $1",
    )
    .bind(proposal_id)
    .bind(account_id)
    .bind(body)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(res.rows_affected() == 1)
}

pub async fn send_idea(pool: &AnyPool, commission_id: i64, account_id: i64, body: &str, now: i64) -> Result<bool, sqlx::Error> {
    let res = sqlx::query("INSERT INTO ideas (commission_id, account_id, body, created_at) SELECT id, $2, $3, $4 FROM commissions WHERE id = $1")
        .bind(commission_id)
        .bind(account_id)
        .bind(body)
        .bind(now)
        .execute(pool)
        .await?;
    Ok(res.rows_affected() == 1)
}

pub async fn append_in(conn: &mut AnyConnection, event: &str, subject: &str, data: serde_json::Value, now: i64) -> Result<(), sqlx::Error> {
    lock_head(conn).await?;
    append(conn, event, subject, data, now).await
}

/// The export of a subject ("proposal:3", "election:1") or of the whole log
/// (None): every entry with its hashes, so anyone can recompute the outcome
/// from the entries and check each hash (`domain::governance::entry_hash`).
/// Whether the whole chain holds up to its current head, checked once per
/// head: any member may download the exports, and re-hashing the whole log
/// for each download would let anyone make the server work without end.
/// A row changed behind the server's back shows at the next entry, and
/// `server verify-log` always reads everything.
async fn verified_head(pool: &AnyPool) -> Result<bool, sqlx::Error> {
    use std::sync::Mutex;
    static VERIFIED: Mutex<Vec<(String, i64, String, bool)>> = Mutex::new(Vec::new());
    let db = pool.connect_options().database_url.to_string();
    let (seq, hash): (i64, String) = sqlx::query_as("SELECT seq, hash FROM governance_head WHERE id = 1").fetch_one(pool).await?;
    let known = VERIFIED.lock().ok().and_then(|v| v.iter().find(|(d, s, h, _)| *d == db && *s == seq && *h == hash).map(|e| e.3));
    if let Some(ok) = known {
        return Ok(ok);
    }
    let ok = verify(pool).await?.is_ok();
    if let Ok(mut v) = VERIFIED.lock() {
        v.retain(|(d, ..)| *d != db);
        v.push((db, seq, hash, ok));
    }
    Ok(ok)
}

pub async fn export(pool: &AnyPool, subject: Option<&str>) -> Result<serde_json::Value, sqlx::Error> {
    let entries = log_entries(pool, subject).await?;
    let whole_log_verified = verified_head(pool).await?;
    let list: Vec<serde_json::Value> = entries
        .iter()
        .map(|e| {
            serde_json::json!({"seq": e.seq, "at": e.at, "event": e.event, "subject": e.subject,
                "data": serde_json::from_str::<serde_json::Value>(&e.data).unwrap_or(serde_json::Value::Null),
                "data_text": e.data, "prev_hash": e.prev_hash, "hash": e.hash})
        })
        .collect();
    Ok(serde_json::json!({
        "subject": subject,
        "hash_rule": "hash = SHA-256 over [prev_hash, seq, at, event, subject, data_text], each preceded by its length in bytes as a big-endian u64; the first entry's prev_hash is 64 zeros",
        "whole_log_verified": whole_log_verified,
        "entries": list,
    }))
}

// ---- reading, for the pages ------------------------------------------------------

/// A proposal in its commission's list.
#[derive(sqlx::FromRow)]
pub struct Listed {
    pub id: i64,
    pub title: String,
    pub kind: ProposalKind,
    pub state: ProposalState,
    pub closes_at: i64,
}

/// A commission's latest proposals, newest first.
pub async fn proposals_of(pool: &AnyPool, commission_id: i64) -> Result<Vec<Listed>, sqlx::Error> {
    sqlx::query_as("SELECT id, title, kind, state, closes_at FROM proposals WHERE commission_id = $1 ORDER BY id DESC LIMIT 50").bind(commission_id).fetch_all(pool).await
}

/// An idea sent to a commission, with who sent it and the proposal that
/// took it up, if any.
#[derive(sqlx::FromRow)]
pub struct IdeaRow {
    pub id: i64,
    pub display_name: String,
    pub body: String,
    pub proposal_id: Option<i64>,
}

pub async fn ideas_of(pool: &AnyPool, commission_id: i64) -> Result<Vec<IdeaRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT i.id, a.display_name, i.body, i.proposal_id FROM ideas i JOIN accounts a ON a.id = i.account_id \
         WHERE i.commission_id = $1 ORDER BY i.id DESC LIMIT 30",
    )
    .bind(commission_id)
    .fetch_all(pool)
    .await
}

/// A proposal with its commission, author, the member whose idea it was
/// and the cycle its decision went to.
#[derive(sqlx::FromRow)]
pub struct Detail {
    pub commission_id: i64,
    pub commission: String,
    pub author: String,
    pub idea_by: Option<String>,
    pub title: String,
    pub reasons: String,
    pub kind: ProposalKind,
    pub payload: String,
    pub state: ProposalState,
    #[sqlx(try_from = "Flag")]
    pub secret: bool,
    pub quorum_percent: i64,
    pub majority: Majority,
    pub closes_at: i64,
    pub eligible: i64,
    pub for_count: i64,
    pub against_count: i64,
    pub abstain_count: i64,
    pub cycle_name: Option<String>,
}

pub async fn detail(pool: &AnyPool, id: i64) -> Result<Option<Detail>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.commission_id, c.name AS commission, a.display_name AS author, ia.display_name AS idea_by, p.title, p.reasons, p.kind, \
         p.payload, p.state, p.secret, p.quorum_percent, p.majority, p.closes_at, p.eligible, p.for_count, p.against_count, p.abstain_count, \
         cy.name AS cycle_name \
         FROM proposals p JOIN commissions c ON c.id = p.commission_id JOIN accounts a ON a.id = p.author_id \
         LEFT JOIN ideas i ON i.id = p.idea_id LEFT JOIN accounts ia ON ia.id = i.account_id \
         LEFT JOIN cycles cy ON cy.id = p.applied_cycle_id WHERE p.id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await
}

/// A named vote's ballot, with its voter.
#[derive(sqlx::FromRow)]
pub struct NamedVote {
    pub account_id: i64,
    pub display_name: String,
    pub choice: Choice,
}

pub async fn named_votes(pool: &AnyPool, proposal_id: i64) -> Result<Vec<NamedVote>, sqlx::Error> {
    sqlx::query_as(
        "SELECT v.account_id, a.display_name, v.choice FROM proposal_votes v JOIN accounts a ON a.id = v.account_id WHERE v.proposal_id = $1 ORDER BY a.display_name",
    )
    .bind(proposal_id)
    .fetch_all(pool)
    .await
}

/// How many took part in a secret vote (who chose what is nowhere).
pub async fn secret_turnout(conn: &mut AnyConnection, proposal_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) AS n FROM secret_voters WHERE proposal_id = $1").bind(proposal_id).fetch_one(&mut *conn).await
}

/// Whether the account is on the proposal's list of voters (the
/// commission's members when it opened).
pub async fn is_voter(pool: &AnyPool, proposal_id: i64, account_id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) AS n FROM proposal_voters WHERE proposal_id = $1 AND account_id = $2").bind(proposal_id).bind(account_id).fetch_one(pool).await?;
    Ok(n == 1)
}

#[derive(sqlx::FromRow)]
pub struct CommentRow {
    pub display_name: String,
    pub body: String,
    pub created_at: i64,
}

pub async fn comments(pool: &AnyPool, proposal_id: i64) -> Result<Vec<CommentRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.display_name, c.body, c.created_at FROM proposal_comments c JOIN accounts a ON a.id = c.account_id WHERE c.proposal_id = $1 ORDER BY c.id",
    )
    .bind(proposal_id)
    .fetch_all(pool)
    .await
}
