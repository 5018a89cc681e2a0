//! Funders and impact: who pays for the solidarity prices, and what it
//! changed. Funders give grants (a sum, a period, what it may pay for);
//! every closed cycle's solidarity cost is shared among the grants it is
//! eligible for (`domain::funding`), and the reports add up, for a
//! period, a funder or a grant, the households served, what they bought
//! and what the association did (`domain::indicators`). Every figure is
//! worked out again from the frozen order lines on each reading: nothing
//! is stored twice, so nothing drifts.
//!
//! The treasurer, coordinators and admins see it; members never do, and no
//! report names a household.

use crate::domain::indicators::Shown;
use serde::{Deserialize, Serialize};

pub mod api;
#[cfg(feature = "ssr")]
pub mod export;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod report;
#[cfg(feature = "ssr")]
pub mod repo;

/// A grant as the list and its page show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GrantLine {
    pub id: i64,
    pub funder: String,
    pub name: String,
    /// Members paying above cost, not a funder's sum.
    pub members: bool,
    pub amount_cents: i64,
    pub received_cents: i64,
    pub used_cents: i64,
    /// The period, in words.
    pub from: String,
    pub to: String,
    pub priority: i64,
    /// What it may pay for, each a sentence.
    pub earmarks: Vec<String>,
}

/// The funders' page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FundersView {
    pub funders: Vec<(i64, String)>,
    pub grants: Vec<GrantLine>,
    pub categories: Vec<(i64, String)>,
    pub pro_rata: bool,
    pub local_km: i64,
    pub produce: Vec<i64>,
    /// The solidarity cost of every closed cycle no grant paid, to date.
    pub unfunded_cents: i64,
}

/// Money received for a grant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReceiptLine {
    pub id: i64,
    pub when: String,
    pub cents: i64,
    pub by: String,
    pub reversal: bool,
    pub reversed: bool,
}

/// What a grant paid in one cycle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CycleUse {
    pub cycle: String,
    pub when: String,
    pub cents: i64,
}

/// A grant's page: used, left, the pace, where the money went.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GrantView {
    pub grant: GrantLine,
    pub left_cents: i64,
    pub used_percent: i64,
    /// Used by the end of the period at the pace so far.
    pub forecast_cents: Option<i64>,
    pub ended: bool,
    pub receipts: Vec<ReceiptLine>,
    pub cycles: Vec<CycleUse>,
    /// The report of this grant for its period, as the report page's link.
    pub report_link: String,
}

/// A row of a report's table: a label, a figure per month, the period's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub label: String,
    pub months: Vec<Shown>,
    pub total: Shown,
}

/// What was bought in one category over the period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CategoryLine {
    pub name: String,
    pub cost: Shown,
    pub kg_milli: Shown,
    pub solidarity: Shown,
}

/// How one cycle's solidarity cost was paid: the trace from a report's
/// figures back to the cycles, and from there to their order lines.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CycleTrace {
    pub cycle_id: i64,
    pub cycle: String,
    pub when: String,
    pub solidarity_cents: i64,
    /// (grant, cents).
    pub paid: Vec<(String, i64)>,
    pub unfunded_cents: i64,
}

/// Who the report is about.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Scope {
    Association,
    Funder(String),
    Grant(String),
}

/// A report for a period, a funder or a grant: every figure anonymous.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportView {
    pub association: String,
    pub scope: Scope,
    pub funder_id: Option<i64>,
    pub grant_id: Option<i64>,
    pub from: String,
    pub to: String,
    pub from_input: String,
    pub to_input: String,
    pub months: Vec<String>,
    /// Households served by tier (a row per tier), per month.
    pub households: Vec<Row>,
    pub households_total: Shown,
    pub new_households: Shown,
    pub returning_households: Shown,
    /// (households that said, adults, children).
    pub composition: Option<(Shown, Shown, Shown)>,
    pub categories: Vec<CategoryLine>,
    pub goods_cents: i64,
    pub kg_milli: i64,
    pub produce_percent: Option<i64>,
    pub organic_percent: Option<i64>,
    pub local_percent: Option<i64>,
    pub local_km: i64,
    pub produce_by_month: Vec<Option<i64>>,
    /// Solidarity cost by tier.
    pub solidarity_by_tier: Vec<Row>,
    /// Solidarity cost paid by each funder, and what none paid, per month.
    pub solidarity_by_funder: Vec<Row>,
    pub solidarity_cents: i64,
    pub unfunded_cents: i64,
    pub volunteer_minutes: i64,
    pub volunteers: Shown,
    pub workshops: i64,
    pub workshop_places: i64,
    pub workshop_present: i64,
    pub votes: i64,
    pub ballots: i64,
    pub eligible: i64,
    pub cycles: Vec<CycleTrace>,
    pub funders: Vec<(i64, String)>,
    pub grants: Vec<(i64, String)>,
}
