//! Accounts, households, roles, sessions, invitations and price tiers.

use serde::{Deserialize, Serialize};

pub mod api;
pub mod admin_pages;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod session;

crate::domain::vocabulary::vocabulary! {
    /// What a person may do, in rising order.
    #[derive(PartialOrd, Ord)]
    pub enum Role {
        Member = "member",
        /// Keeps the association's money and answers its funders: sees the
        /// accounts, the grants and the reports, never a household's order.
        Treasurer = "treasurer",
        Coordinator = "coordinator",
        Admin = "admin",
    }
}

impl Role {
    /// Coordinators and admins run cycles, the catalogue and households.
    pub fn coordinates(self) -> bool {
        self >= Role::Coordinator
    }

    /// Treasurers, coordinators and admins keep the accounts and read the
    /// funders' reports.
    pub fn keeps_money(self) -> bool {
        self == Role::Treasurer || self.coordinates()
    }
}

crate::domain::vocabulary::vocabulary! {
    /// The keys of the settings table: what the admin sets, and what the
    /// server makes for itself at first start.
    pub enum Setting {
        ShowFullPrice = "show_full_price",
        OrderGraceMinutes = "order_grace_minutes",
        ShiftCutoffHours = "shift_cutoff_hours",
        AssociationName = "association_name",
        AssociationAddress = "association_address",
        /// Arabic written with Arabic-Indic digits ('1') or Latin ('0').
        ArabicDigits = "arabic_digits",
        /// The membership fee in cents, or the least one may give.
        MembershipFeeCents = "membership_fee_cents",
        /// '1': each household chooses its fee, at least the one set.
        MembershipFreeAmount = "membership_free_amount",
        /// The day the association's year starts, `MM-DD`.
        MembershipRenewal = "membership_renewal",
        /// '1': a household whose membership lapsed cannot order.
        MembershipBlocksOrdering = "membership_blocks_ordering",
        /// '1': a household that owes money pays before it orders again.
        DebtBlocksOrdering = "debt_blocks_ordering",
        /// The journal's account codes.
        AccountMembers = "account_members",
        AccountSales = "account_sales",
        AccountMemberships = "account_memberships",
        AccountCash = "account_cash",
        AccountBank = "account_bank",
        AccountProducers = "account_producers",
        AccountPurchases = "account_purchases",
        /// How closed cycles' solidarity cost is shared among grants:
        /// `priority` (the treasurer's order) or `pro_rata`.
        FundingMode = "funding_mode",
        /// "Local" in the funders' reports: producers within this many km.
        ReportLocalKm = "report_local_km",
        /// The categories counted as fruit and vegetables, `1,4`.
        ReportProduceCategories = "report_produce_categories",
        /// The web push key pair (VAPID).
        VapidPublicKey = "vapid_public_key",
        VapidPrivateKey = "vapid_private_key",
        /// Signs the error channel of forms posted without JavaScript.
        ErrorChannelKey = "error_channel_key",
        /// The demo association was loaded once.
        DemoSeeded = "demo_seeded",
    }
}

/// The association's settings, read in one go, each with its default.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Members see the full price beside their tier's price.
    pub show_full_price: bool,
    /// How long after closing a coordinator may still enter an order.
    pub order_grace_minutes: i64,
    /// How long before a shift a volunteer may still withdraw.
    pub shift_cutoff_hours: i64,
    /// The letterhead of the purchase orders.
    pub association_name: String,
    pub association_address: String,
    /// Arabic with Arabic-Indic digits rather than Latin ones.
    pub arabic_digits: bool,
    pub membership_fee: crate::domain::membership::FeeRule,
    /// (month, day) the association's year starts.
    pub membership_renewal: (u32, u32),
    pub membership_blocks_ordering: bool,
    pub debt_blocks_ordering: bool,
    pub account_codes: crate::domain::ledger::AccountCodes,
    pub funding_pro_rata: bool,
    pub report_local_km: i64,
    pub report_produce_categories: Vec<i64>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            show_full_price: false,
            order_grace_minutes: 0,
            shift_cutoff_hours: crate::domain::shifts::DEFAULT_CUTOFF_HOURS,
            association_name: String::new(),
            association_address: String::new(),
            arabic_digits: false,
            membership_fee: crate::domain::membership::FeeRule { fee_cents: 100, free_amount: false },
            membership_renewal: (9, 1),
            membership_blocks_ordering: false,
            debt_blocks_ordering: false,
            account_codes: Default::default(),
            funding_pro_rata: false,
            report_local_km: 100,
            report_produce_categories: Vec::new(),
        }
    }
}

impl Settings {
    /// From the stored (key, value) pairs; a value that does not read keeps
    /// the default.
    pub fn read(stored: impl IntoIterator<Item = (Setting, String)>) -> Settings {
        let mut s = Settings::default();
        for (key, value) in stored {
            match key {
                Setting::ShowFullPrice => s.show_full_price = value == "1",
                Setting::OrderGraceMinutes => s.order_grace_minutes = value.parse().unwrap_or(s.order_grace_minutes),
                Setting::ShiftCutoffHours => s.shift_cutoff_hours = value.parse().unwrap_or(s.shift_cutoff_hours),
                Setting::AssociationName => s.association_name = value,
                Setting::AssociationAddress => s.association_address = value,
                Setting::ArabicDigits => s.arabic_digits = value == "1",
                Setting::MembershipFeeCents => s.membership_fee.fee_cents = value.parse().unwrap_or(s.membership_fee.fee_cents),
                Setting::MembershipFreeAmount => s.membership_fee.free_amount = value == "1",
                Setting::MembershipRenewal => s.membership_renewal = crate::domain::membership::parse_renewal(&value).unwrap_or(s.membership_renewal),
                Setting::MembershipBlocksOrdering => s.membership_blocks_ordering = value == "1",
                Setting::DebtBlocksOrdering => s.debt_blocks_ordering = value == "1",
                Setting::AccountMembers => s.account_codes.members = value,
                Setting::AccountSales => s.account_codes.sales = value,
                Setting::AccountMemberships => s.account_codes.memberships = value,
                Setting::AccountCash => s.account_codes.cash = value,
                Setting::AccountBank => s.account_codes.bank = value,
                Setting::AccountProducers => s.account_codes.producers = value,
                Setting::AccountPurchases => s.account_codes.purchases = value,
                Setting::FundingMode => s.funding_pro_rata = value == "pro_rata",
                Setting::ReportLocalKm => s.report_local_km = value.parse().unwrap_or(s.report_local_km),
                Setting::ReportProduceCategories => s.report_produce_categories = value.split(',').filter_map(|c| c.trim().parse().ok()).collect(),
                Setting::VapidPublicKey | Setting::VapidPrivateKey | Setting::ErrorChannelKey | Setting::DemoSeeded => {}
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_read_with_their_defaults() {
        assert_eq!(Settings::read([]), Settings::default());
        let s = Settings::read([
            (Setting::ShowFullPrice, "1".to_string()),
            (Setting::OrderGraceMinutes, "90".to_string()),
            (Setting::ShiftCutoffHours, "not a number".to_string()),
            (Setting::AssociationName, "Pot Commun".to_string()),
        ]);
        assert!(s.show_full_price);
        assert_eq!(s.order_grace_minutes, 90);
        assert_eq!(s.shift_cutoff_hours, crate::domain::shifts::DEFAULT_CUTOFF_HOURS, "a bad value keeps the default");
        assert_eq!(s.association_name, "Pot Commun");
        assert!(!Settings::read([(Setting::ShowFullPrice, "0".to_string())]).show_full_price);
    }
}

/// Who is asking, as the UI needs it. Never carries the tier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct CurrentUser {
    pub account_id: i64,
    pub display_name: String,
    pub role: Role,
    pub household_id: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
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
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct HouseholdRow {
    pub id: i64,
    pub name: String,
    pub tier_name: String,
    pub members: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct MemberRow {
    pub account_id: i64,
    pub display_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub role: Role,
    /// Has set a password (used their invitation).
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::state::Flag"))]
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
    pub arabic_digits: bool,
}
