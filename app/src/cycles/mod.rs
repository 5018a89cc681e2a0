//! Order cycles: planned by a coordinator, opened and closed on time by the
//! server, with a pickup window at each pickup point taking part.

use crate::domain::cycles::CycleState;
use serde::{Deserialize, Serialize};

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod time;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct PickupPoint {
    pub id: i64,
    pub name: String,
    pub address: String,
    pub access_notes: String,
}

/// A pickup point in a cycle, with its windows already in words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PickupWindow {
    pub point_id: i64,
    pub name: String,
    pub address: String,
    pub access_notes: String,
    /// All the point's windows in words ("samedi …, ou mardi …").
    pub window: String,
    /// Each window: (id, in words), for the coordinator to remove one.
    pub windows: Vec<(i64, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CycleRow {
    pub id: i64,
    pub name: String,
    pub state: CycleState,
    pub opens: String,
    pub closes: String,
    pub orders: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CycleDetail {
    pub id: i64,
    pub name: String,
    pub state: CycleState,
    pub opens: String,
    pub closes: String,
    /// The same moments as a `datetime-local` field wants them.
    pub opens_input: String,
    pub closes_input: String,
    pub pickups: Vec<PickupWindow>,
    pub points: Vec<PickupPoint>,
    pub products: i64,
    pub orders: i64,
    /// Orders not yet handed over at the table.
    pub waiting: i64,
    /// The moves a coordinator may make by hand from here.
    pub next: Vec<CycleState>,
}

/// One active product on the page where a coordinator chooses what a cycle
/// offers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferLine {
    pub product_id: i64,
    pub name: String,
    pub category: String,
    pub producer: String,
    pub unit: crate::domain::quantity::Unit,
    pub offered: bool,
    /// The cap for this cycle as typed ("40"), or "" for none.
    pub cap: String,
    pub sold_milli: i64,
}

/// One line of that form, as posted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferInput {
    pub product: i64,
    pub offered: Option<String>,
    pub cap: String,
}

/// Something the coordination should see to now, with what it concerns.
/// Worded on the page; `kind` picks the sentence and the link.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Todo {
    pub kind: TodoKind,
    pub cycle_id: i64,
    pub cycle: String,
    /// How many (orders, shifts, products, households), per kind.
    pub count: i64,
    /// A moment in words, where the kind has one.
    pub when: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TodoKind {
    /// A planned cycle with no pickup window yet.
    Prepare,
    /// Taking orders now; closes then.
    Open,
    /// Shifts still short of volunteers.
    ShiftsShort,
    /// Closed: products whose delivery is not recorded.
    Receive,
    /// Closed: orders not yet handed over.
    Distribute,
    /// Handed over to households that still owe money.
    Owed,
}

impl TodoKind {
    pub fn sentence_key(self) -> &'static str {
        match self {
            TodoKind::Prepare => "coord-todo_prepare",
            TodoKind::Open => "coord-todo_open",
            TodoKind::ShiftsShort => "coord-todo_shifts",
            TodoKind::Receive => "coord-todo_receive",
            TodoKind::Distribute => "coord-todo_distribute",
            TodoKind::Owed => "coord-todo_owed",
        }
    }

    /// Where to go about it, under `/coordination/cycles/:id`.
    pub fn page(self) -> &'static str {
        match self {
            TodoKind::Prepare | TodoKind::Open => "",
            TodoKind::ShiftsShort => "/creneaux",
            TodoKind::Receive => "/reception",
            TodoKind::Distribute | TodoKind::Owed => "/distribution",
        }
    }
}
