//! The timed work: what the server does by the clock, with nobody asking.
//! One file per job, each with `run(db, now)` returning how much it did;
//! the server's scheduler calls `pass` at start (catching up on what was
//! due while it was down), then every few seconds.
//!
//! Two servers may share one database, and a pass may be cut short: every
//! job handles its due rows through `each_due`, which gives each row a
//! transaction of its own, in which the job first claims the row with a
//! conditional update ("… WHERE told_at IS NULL"). The row is handled by
//! the one pass whose claim changed it; a second pass, a restart or another
//! server finds nothing left to do.

mod cycles;
mod decisions;
mod elections;
mod memberships;
mod grants;
mod proposals;
mod reminders;
mod short_shifts;
mod workshop_votes;

use sqlx::any::{AnyArguments, AnyRow};
use sqlx::{Any, AnyConnection, AnyPool};
use std::future::Future;
use std::pin::Pin;

/// What one job did: how many things it moved, closed or told.
pub type Done = Result<usize, sqlx::Error>;

/// One due row's work, done in the transaction `each_due` opened for it:
/// `None` when another pass or server claimed the row first (nothing
/// written is kept), else `Some(n)`, the things done (0 when the row only
/// needed marking, such as news too old to tell).
pub type Step<'c> = Pin<Box<dyn Future<Output = Result<Option<usize>, sqlx::Error>> + Send + 'c>>;

/// The one loop of timed work: selects what is due, then handles each row
/// in its own transaction, committed when `handle` claimed it. A row that
/// fails is logged and skipped, so one bad row does not hold back the
/// others; the job then reports the first failure once its rows are done.
pub async fn each_due<'q, R>(
    db: &AnyPool,
    due: sqlx::query::QueryAs<'q, Any, R, AnyArguments<'q>>,
    now: i64,
    handle: impl for<'c> Fn(&'c mut AnyConnection, R, i64) -> Step<'c>,
) -> Done
where
    R: for<'r> sqlx::FromRow<'r, AnyRow> + Send + Unpin,
{
    let rows = due.fetch_all(db).await?;
    let mut done = 0;
    let mut failed = None;
    for row in rows {
        let outcome = async {
            let mut tx = db.begin().await?;
            let step = handle(&mut *tx, row, now).await?;
            if step.is_some() {
                tx.commit().await?;
            }
            Ok::<_, sqlx::Error>(step.unwrap_or(0))
        };
        match outcome.await {
            Ok(n) => done += n,
            Err(e) => {
                tracing::error!(error = %e, "a due row failed; the job goes on with the next one");
                failed.get_or_insert(e);
            }
        }
    }
    match failed {
        Some(e) => Err(e),
        None => Ok(done),
    }
}

/// A job's claim: a conditional update ("… WHERE told_at IS NULL"), true
/// for the one pass whose update changed the row.
pub(crate) async fn claimed<'q>(conn: &mut AnyConnection, update: sqlx::query::Query<'q, Any, AnyArguments<'q>>) -> Result<bool, sqlx::Error> {
    Ok(update.execute(conn).await?.rows_affected() == 1)
}

/// What one pass did: what each job did, and the jobs that failed (each
/// failure is logged with its job's name; the other jobs still ran).
#[derive(Debug, Default)]
pub struct Pass {
    pub done: Vec<(&'static str, usize)>,
    pub failed: Vec<&'static str>,
}

impl Pass {
    /// What the job named `job` did (0 when it failed).
    pub fn did(&self, job: &str) -> usize {
        self.done.iter().find(|(name, _)| *name == job).map_or(0, |(_, n)| *n)
    }

    async fn run(&mut self, name: &'static str, job: impl Future<Output = Done>) {
        match job.await {
            Ok(n) => {
                if n > 0 {
                    tracing::info!(job = name, done = n, "timed job done");
                }
                self.done.push((name, n));
            }
            Err(e) => {
                tracing::error!(job = name, error = %e, "timed job failed; the others go on, it is tried again at the next pass");
                self.failed.push(name);
            }
        }
    }
}

/// One pass at `now` (seconds since the epoch, UTC): every job in turn,
/// each on its own, so a bad row in one commission does not keep cycles
/// from opening or reminders from going out.
pub async fn pass(db: &AnyPool, now: i64) -> Pass {
    let mut p = Pass::default();
    // Cycles move first; votes close before their decisions are attached
    // to the next cycle that has not opened, and a decision takes effect
    // in the catalogue once its cycle has opened; a workshop put to the
    // vote is settled once the vote closed; then what is news is told.
    p.run("cycles", cycles::run(db, now)).await;
    p.run("elections", elections::run(db, now)).await;
    p.run("proposals", proposals::run(db, now)).await;
    p.run("decisions", decisions::run(db, now)).await;
    p.run("workshop_votes", workshop_votes::run(db, now)).await;
    p.run("reminders", reminders::run(db, now)).await;
    p.run("short_shifts", short_shifts::run(db, now)).await;
    p.run("memberships", memberships::run(db, now)).await;
    p.run("grants", grants::run(db, now)).await;
    p
}
