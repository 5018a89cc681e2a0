//! The association's money: each household's account (an append-only
//! ledger of orders, payments, fees, top-ups, refunds, corrections and
//! reversals), the till of each table, producers' invoices, a cycle's
//! accounts and the journal for the accountant.

pub use crate::domain::ledger::{EntryKind, Standing};
pub use crate::domain::orders::PaymentMethod;
use serde::{Deserialize, Serialize};

pub mod api;
#[cfg(feature = "ssr")]
pub mod journal;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

/// One entry of an account, as a person reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: i64,
    pub kind: EntryKind,
    pub amount_cents: i64,
    pub method: Option<PaymentMethod>,
    pub reference: String,
    pub note: String,
    /// The cycle of an order, or the membership's period, in words.
    pub about: String,
    /// The kind of the entry a reversal cancels.
    pub reverses: Option<EntryKind>,
    pub reversed: bool,
    pub by: String,
    /// The day, in words.
    pub when: String,
    /// Money received (a payment, a top-up, a fee paid): a receipt exists.
    pub receipt: bool,
}

/// A household's account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Account {
    pub household_id: i64,
    pub household: String,
    /// Positive when the household owes, negative in credit.
    pub balance_cents: i64,
    pub entries: Vec<Entry>,
    /// A one-time key for the forms that record an entry.
    pub key: String,
}

/// A receipt for money received, printable, for a social worker or a
/// works council.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReceiptView {
    pub number: i64,
    pub association_name: String,
    pub association_address: String,
    pub household: String,
    pub kind: EntryKind,
    pub amount_cents: i64,
    pub method: Option<PaymentMethod>,
    pub reference: String,
    pub about: String,
    pub when: String,
    pub by: String,
    /// Cancelled since: the receipt says so.
    pub reversed: bool,
}

/// The cycle's accounts for the coordination and the treasurer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CycleMoneyView {
    pub cycle_id: i64,
    pub cycle_name: String,
    pub summary: Vec<crate::orders::SummaryRow>,
    pub total: crate::orders::SummaryRow,
    /// Received at the tables, per way of paying.
    pub collected: Vec<(PaymentMethod, i64)>,
    pub tills: Vec<TillLine>,
    pub invoices: Vec<InvoiceLine>,
    /// Across the association, today: owed by households, credit they hold.
    pub owed_cents: i64,
    pub credit_cents: i64,
}

/// A pickup point's till in the cycle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TillLine {
    pub point: String,
    pub received: Vec<(PaymentMethod, i64)>,
    pub counted: Option<crate::orders::TillCount>,
}

/// A producer's purchase order beside their invoice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InvoiceLine {
    pub producer_id: i64,
    pub producer: String,
    /// The purchase order's total after shortages.
    pub expected_cents: i64,
    pub invoiced_cents: Option<i64>,
    pub reference: String,
    pub paid: bool,
}

/// The treasury's overview: who owes, who holds credit, the settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TreasuryView {
    /// (household id, name, balance), those who owe first.
    pub balances: Vec<(i64, String, i64)>,
    pub codes: crate::domain::ledger::AccountCodes,
    /// What is owed is paid before the next order.
    pub debt_blocks_ordering: bool,
    /// Only the admin changes the codes.
    pub admin: bool,
}
