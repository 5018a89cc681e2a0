//! Accounts, households, roles, sessions, invitations and price tiers.

use serde::{Deserialize, Serialize};

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod session;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    Member,
    Coordinator,
    Admin,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Coordinator => "coordinator",
            Role::Admin => "admin",
        }
    }
    pub fn from_code(s: &str) -> Option<Role> {
        match s {
            "member" => Some(Role::Member),
            "coordinator" => Some(Role::Coordinator),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
    /// Coordinators and admins run cycles, the catalogue and households.
    pub fn coordinates(self) -> bool {
        self >= Role::Coordinator
    }
}

/// Who is asking, as the UI needs it. Never carries the tier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub account_id: i64,
    pub display_name: String,
    pub role: Role,
    pub household_id: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tier {
    pub id: i64,
    pub name: String,
    pub share_percent: i64,
    pub description: String,
}

/// A member's own profile: the only place a member sees their tier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub display_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub household_name: Option<String>,
    pub tier_id: Option<i64>,
    pub tiers: Vec<Tier>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HouseholdRow {
    pub id: i64,
    pub name: String,
    pub tier_name: String,
    pub members: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemberRow {
    pub account_id: i64,
    pub display_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub role: Role,
    /// Has set a password (used their invitation).
    pub active: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HouseholdDetail {
    pub id: i64,
    pub name: String,
    pub tier_id: Option<i64>,
    pub members: Vec<MemberRow>,
    pub tiers: Vec<Tier>,
}

/// A fresh one-time link to show, copy or print as a QR code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InvitationCard {
    pub display_name: String,
    pub url: String,
    pub qr_svg: String,
    pub expires_days: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AdminOverview {
    pub tiers: Vec<Tier>,
    pub staff: Vec<MemberRow>,
    pub show_full_price: bool,
    /// Minutes after closing during which coordinators may still enter or
    /// change an order taken by phone.
    pub order_grace_minutes: i64,
    pub shift_cutoff_hours: i64,
    /// Printed at the head of purchase orders.
    pub association_name: String,
    pub association_address: String,
}
