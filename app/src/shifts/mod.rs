//! Volunteer shifts: the hands each distribution needs. Coordinators define
//! shifts per cycle from reusable tasks; members sign up in one tap and see
//! the hours their household gave (recognition, never a quota).

use serde::{Deserialize, Serialize};

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

/// A reusable kind of task, with plain words on what it asks and whom it
/// suits.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct Task {
    pub id: i64,
    pub name: String,
    pub description: String,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::state::Flag"))]
    pub with_children: bool,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::state::Flag"))]
    pub little_french: bool,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::state::Flag"))]
    pub limited_mobility: bool,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::state::Flag"))]
    pub at_table: bool,
}

/// A shift as a member sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShiftCard {
    pub id: i64,
    pub task: Task,
    pub notes: String,
    pub place: String,
    pub address: String,
    pub day: String,
    pub hours: String,
    pub needed: i64,
    pub places_left: i64,
    pub mine: bool,
    pub may_withdraw: bool,
}

/// A shift the member held that is over.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PastShift {
    pub task: String,
    pub day: String,
    pub hours: String,
    /// "signed" (not confirmed yet), "done" or "no_show".
    pub status: String,
}

/// The member's shifts page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Board {
    pub mine: Vec<ShiftCard>,
    /// Coming shifts, by day.
    pub days: Vec<(String, Vec<ShiftCard>)>,
    pub past: Vec<PastShift>,
    /// Hours the household gave, confirmed by the coordination.
    pub household_hours: String,
    pub cutoff_hours: i64,
    /// Whom to call after the cut-off: coordinators with a phone.
    pub contacts: Vec<(String, String)>,
    /// Cycles whose distribution sheet the member holds now (a table shift
    /// around now).
    pub tables: Vec<i64>,
}

/// One person on a shift, for the coordinator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Volunteer {
    pub account_id: i64,
    pub name: String,
    pub phone: Option<String>,
    pub status: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoverageShift {
    pub id: i64,
    pub task: String,
    pub place: String,
    pub when: String,
    pub needed: i64,
    pub taken: i64,
    pub short_soon: bool,
    pub started: bool,
    pub people: Vec<Volunteer>,
}

/// A cycle's shifts at a glance, and what a coordinator needs to edit them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Coverage {
    pub cycle_id: i64,
    pub cycle_name: String,
    pub shifts: Vec<CoverageShift>,
    pub needed: i64,
    pub taken: i64,
    pub tasks: Vec<Task>,
    pub points: Vec<crate::cycles::PickupPoint>,
    /// Members to add by hand: account id and name.
    pub members: Vec<(i64, String)>,
    /// The cycle whose shifts can be copied here, when this one has none.
    pub copy_from: Option<String>,
}

pub fn status_key(status: &str) -> &'static str {
    match status {
        "done" => "shift-status_done",
        "no_show" => "shift-status_no_show",
        _ => "shift-status_signed",
    }
}
