//! Membership and the charter: one membership per household and period,
//! with the fee (booked on the household's account) and the version of the
//! charter accepted, when, and by whom.

use crate::domain::membership::{FeeRule, MembershipState};
use serde::{Deserialize, Serialize};

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

/// The charter in force.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct Charter {
    pub id: i64,
    pub version: i64,
    pub body: String,
}

/// A household's membership as the member sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyMembershipView {
    pub state: MembershipState,
    /// The current period's end, in words.
    pub ends: String,
    /// The period a membership taken now would cover, in words.
    pub next_from: String,
    pub next_to: String,
    pub fee: FeeRule,
    pub charter: Charter,
    /// Whether the household has a membership at all (a household never
    /// joined reads "join", not "renew").
    pub ever: bool,
}

/// A line of the register.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegisterLine {
    pub household_id: i64,
    pub household: String,
    pub state: MembershipState,
    /// The latest period, in words (empty if never).
    pub period: String,
    pub fee_cents: Option<i64>,
    pub charter_version: Option<i64>,
    /// Who recorded it and how: the member online, or a coordinator at the desk.
    pub by: String,
    pub at_desk: bool,
    pub accepted: String,
}

/// The register, what renewing in bulk would book, and the settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Register {
    pub lines: Vec<RegisterLine>,
    pub charter: Charter,
    pub fee: FeeRule,
    /// `MM-DD`.
    pub renewal: String,
    pub blocks_ordering: bool,
    /// The period a renewal books, in words.
    pub next_from: String,
    pub next_to: String,
    /// Households to renew (ending within a month, or lapsed): (id, name).
    pub to_renew: Vec<(i64, String)>,
    pub admin: bool,
}
