//! Households' orders in the open cycle: one order per household and cycle,
//! changed or cancelled until closing.

use crate::cycles::PickupWindow;
use crate::domain::quantity::Unit;
pub use crate::domain::orders::PaymentMethod;
use serde::{Deserialize, Serialize};

pub mod api;
#[cfg(feature = "ssr")]
pub mod basket;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod report;
#[cfg(feature = "ssr")]
pub mod repo;

/// One line of the order form, as typed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LineInput {
    pub product: i64,
    pub qty: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrderProduct {
    pub id: i64,
    pub name: String,
    pub producer: String,
    pub category: String,
    pub unit: Unit,
    pub step_milli: i64,
    pub min_milli: i64,
    /// Per unit, at the household's share.
    pub price_cents: i64,
    /// What the household's order holds now, as typed ("0,5"), or "".
    pub qty: String,
    /// Still free in the cycle, when the product is capped.
    pub remaining_milli: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct MyLine {
    pub name: String,
    pub qty_milli: i64,
    pub unit: Unit,
    pub line_cents: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyOrder {
    pub pickup_point_id: i64,
    pub lines: Vec<MyLine>,
    pub total_cents: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrderPage {
    /// The household's name when the coordination takes the order for it
    /// (the desk page): the page names it and never speaks as "me".
    pub for_household: Option<String>,
    /// The household has not chosen its tier: it does so before ordering.
    pub needs_tier: bool,
    pub cycle_id: i64,
    pub cycle_name: String,
    /// "jeudi 3 décembre à 20 h".
    pub closes: String,
    pub pickups: Vec<PickupWindow>,
    pub products: Vec<OrderProduct>,
    pub order: Option<MyOrder>,
    /// A fresh key for this form: a double tap sends it twice, and the
    /// second time changes nothing.
    pub key: String,
}

/// A product's stepper in the open cycle: what the basket holds of it and
/// the product's rule, so the page (and its script) step as the server will.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Orderable {
    pub cycle_id: i64,
    pub qty_milli: i64,
    pub step_milli: i64,
    pub min_milli: i64,
    /// The most the household may hold: its cap, or what is left in the
    /// cycle (with what its confirmed order already holds).
    pub most_milli: Option<i64>,
    /// The line at the household's tier.
    pub line_cents: i64,
}

/// The basket in a few words: how many products, what they come to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BasketBar {
    pub count: i64,
    pub total_cents: i64,
}

/// What a stepper's change answers, already in words, for the page's script.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BasketAnswer {
    /// The quantity as the box shows it ("1,5"), or "".
    pub qty: String,
    /// The line's price ("7,05 €"), or "".
    pub line: String,
    /// "3 produits · 12,30 €".
    pub bar: String,
    /// The basket's total ("12,30 €").
    pub total: String,
}

/// One line of the basket page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BasketLine {
    pub id: i64,
    pub name: String,
    pub producer: String,
    pub unit: Unit,
    /// Per unit, at the household's share.
    pub price_cents: i64,
    pub order: Orderable,
}

/// The basket page: what is in the basket, where to pick it up, confirm.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BasketPage {
    pub needs_tier: bool,
    pub cycle_id: i64,
    pub cycle_name: String,
    /// "jeudi 3 décembre à 20 h".
    pub closes: String,
    pub pickups: Vec<PickupWindow>,
    /// The pickup point of the confirmed order.
    pub chosen: Option<i64>,
    pub lines: Vec<BasketLine>,
    pub bar: BasketBar,
    /// The basket has changes not yet confirmed.
    pub draft: bool,
    /// The order the server holds (what the distribution will hand over).
    pub confirmed: Option<MyOrder>,
    /// The household ordered in an earlier cycle: "same as last time".
    pub can_repeat: bool,
    /// A fresh key for the confirm form (see `OrderPage::key`).
    pub key: String,
    /// The household's account: owed from before (positive), or credit
    /// that will pay this order (negative).
    pub balance_cents: i64,
}

/// A producer's purchase order for a closed cycle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PurchaseOrder {
    /// "C12-P3": the cycle and the producer, so both sides can refer to it.
    pub number: String,
    pub producer_id: i64,
    pub producer: String,
    pub place: String,
    pub contact: String,
    pub lines: Vec<PurchaseLine>,
    pub total_cents: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PurchaseLine {
    pub product: String,
    pub unit: Unit,
    pub qty_milli: i64,
    pub price_cents: i64,
    pub total_cents: i64,
}

/// What to put in one household's bag, sorted for the person packing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackingBag {
    pub household: String,
    pub lines: Vec<PackingLine>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackingLine {
    pub category: String,
    pub product: String,
    pub qty_milli: i64,
    pub unit: Unit,
    /// What was ordered, when a shortage reduced this line: the packer and
    /// the household see why the bag holds less.
    pub ordered_milli: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackingPoint {
    pub point: String,
    pub window: String,
    pub bags: Vec<PackingBag>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SummaryRow {
    /// The tier's name, or its share when no tier has it any more.
    pub tier: String,
    pub households: i64,
    /// The goods at the producers' prices.
    pub producer_cents: i64,
    /// The association's costs on them.
    pub costs_cents: i64,
    /// The goods at cost.
    pub cost_cents: i64,
    /// What households owe for their orders (after shortages).
    pub due_cents: i64,
    /// What the ledger holds as paid towards those orders.
    pub paid_cents: i64,
    /// The goods at cost minus what households owe.
    pub solidarity_cents: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CycleReport {
    pub cycle_name: String,
    /// The association's name and address, as set by the admin (empty
    /// until then), at the head of each purchase order.
    pub association_name: String,
    pub association_address: String,
    /// Where and when the goods are expected: the first pickup window.
    pub delivery: String,
    /// The day the purchase orders are printed.
    pub issued: String,
    pub purchase_orders: Vec<PurchaseOrder>,
    pub packing: Vec<PackingPoint>,
    pub summary: Vec<SummaryRow>,
    pub total: SummaryRow,
}

/// One household at the distribution table: what it owes, never its tier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SheetRow {
    pub order_id: i64,
    pub household: String,
    /// The order's amount.
    pub due_cents: i64,
    /// What the household owed (positive) or held in credit (negative)
    /// before this handover.
    pub before_cents: i64,
    /// What to ask for now: the order, plus what is owed, less credit.
    pub to_collect_cents: i64,
    /// The household's balance now.
    pub balance_cents: i64,
    pub picked_up: bool,
    /// Paid at this handover (after it), net of corrections.
    pub paid_cents: Option<i64>,
    pub method: Option<PaymentMethod>,
    /// Corrections of the recorded handover (shown to the coordination only).
    pub corrections: Vec<PickupCorrection>,
    /// What goes in the bag, for the person handing it over.
    pub lines: Vec<PackingLine>,
}

/// A recorded handover corrected by the coordination: what it was, what it
/// became, who, when and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PickupCorrection {
    pub before_paid_cents: Option<i64>,
    pub before_method: Option<PaymentMethod>,
    pub paid_cents: i64,
    pub method: PaymentMethod,
    pub reason: String,
    pub by: String,
    /// When, in words (worded on the server, like notices).
    pub when: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SheetPoint {
    pub point: String,
    pub window: String,
    pub point_id: i64,
    pub rows: Vec<SheetRow>,
    /// Received at this table, per way of paying.
    pub till: Vec<(PaymentMethod, i64)>,
    /// The cash counted at the end, once: (expected, counted, who, when).
    pub counted: Option<TillCount>,
}

/// A till counted at the end of a distribution.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TillCount {
    pub expected_cents: i64,
    pub counted_cents: i64,
    pub by: String,
    pub when: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistributionSheet {
    pub cycle_id: i64,
    pub cycle_name: String,
    pub points: Vec<SheetPoint>,
    /// False for a volunteer at the table: no coordination menu.
    pub coordination: bool,
}

/// One of the household's orders in a cycle that is no longer open.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PastOrder {
    pub cycle_name: String,
    pub state: crate::domain::cycles::CycleState,
    pub total_cents: i64,
    /// Where and when to fetch it, while it waits to be picked up.
    pub pickup: Option<crate::cycles::PickupWindow>,
    pub lines: Vec<MyLine>,
}

/// A product of a closed cycle at reception.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct ReceptionLine {
    pub product_id: i64,
    pub product: String,
    pub producer: String,
    pub unit: crate::domain::quantity::Unit,
    pub ordered_milli: i64,
    /// What arrived, once a shortage was recorded.
    pub received_milli: Option<i64>,
}

/// One line of the delivery form, as posted: an empty `received` is not
/// recorded; `surplus` ("keep" or "give_back") answers "more than ordered".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeliveryInput {
    pub product: i64,
    pub received: String,
    pub surplus: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reception {
    pub cycle_id: i64,
    pub cycle_name: String,
    pub editable: bool,
    pub lines: Vec<ReceptionLine>,
}

/// One change to a household's order: who, when, what it came to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrderChange {
    pub who: String,
    pub when: String,
    /// "created", "changed", "cancelled" or "shortage".
    pub action: String,
    pub total_cents: i64,
}

pub fn change_key(action: &str) -> &'static str {
    match action {
        "created" => "order-change_created",
        "changed" => "order-change_changed",
        "cancelled" => "order-change_cancelled",
        "shortage" => "order-change_shortage",
        _ => "order-change_other",
    }
}
