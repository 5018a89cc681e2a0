//! Households' orders in the open cycle: one order per household and cycle,
//! changed or cancelled until closing.

use crate::cycles::PickupWindow;
use crate::domain::quantity::Unit;
use serde::{Deserialize, Serialize};

pub mod api;
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
