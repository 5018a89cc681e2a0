//! Workshops: members propose them, a coordinator or the workshops
//! commission approves, members sign up (with children, on a waiting list
//! when full) and the host marks who came.

pub use crate::domain::workshops::WorkshopState;
use serde::{Deserialize, Serialize};

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkshopCard {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub hosts: String,
    pub day: String,
    pub hours: String,
    pub place: String,
    pub places: i64,
    pub places_left: i64,
    pub waiting: i64,
    pub price_note: String,
    pub bring: String,
    pub languages: String,
    pub children_welcome: bool,
    pub photo_url: String,
    /// "confirmed" or "waiting" for the asking member.
    pub my_status: Option<String>,
    pub my_position: Option<i64>,
    pub my_children: i64,
    pub is_host: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposedRow {
    pub id: i64,
    pub title: String,
    pub when: String,
    pub state: WorkshopState,
    pub reason: String,
    pub proposal_id: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PastWorkshop {
    pub id: i64,
    pub title: String,
    pub when: String,
    /// People who came (marked by the host), or who were signed up when
    /// nobody marked.
    pub took_part: i64,
    pub is_host: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkshopsPage {
    pub upcoming: Vec<WorkshopCard>,
    pub mine: Vec<ProposedRow>,
    pub past: Vec<PastWorkshop>,
    pub to_decide: Vec<ProposedRow>,
    pub coordinates: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    pub account_id: i64,
    pub name: String,
    pub children: i64,
    pub status: String,
    pub attended: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HostView {
    pub id: i64,
    pub title: String,
    pub when: String,
    pub started: bool,
    pub coming: i64,
    pub with_children: i64,
    pub people: Vec<Participant>,
    pub coordinates: bool,
}
