//! Notices to members: what changed for them (a shortage shrank their
//! order, a cycle was cancelled, a shift is short of people). Every notice
//! lands in the in-app list first, so a member without push misses nothing;
//! push delivery builds on the same rows.

use serde::{Deserialize, Serialize};

pub mod api;
#[cfg(feature = "ssr")]
pub mod reminders;
#[cfg(feature = "ssr")]
pub mod repo;

/// What a notice is about. Each kind is one sentence with blanks
/// (`{cycle}`, `{product}`…) in the translation table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    CycleCancelled,
    OrderShrunk,
    ProductMissing,
    ShiftShort,
    ShiftChanged,
    WorkshopPlace,
    WorkshopCancelled,
    WorkshopApproved,
    WorkshopDeclined,
    CycleOpened,
    CycleClosing,
    OrderReady,
    ShiftTomorrow,
}

impl Kind {
    pub const ALL: [Kind; 13] = [
        Kind::CycleCancelled,
        Kind::OrderShrunk,
        Kind::ProductMissing,
        Kind::ShiftShort,
        Kind::ShiftChanged,
        Kind::WorkshopPlace,
        Kind::WorkshopCancelled,
        Kind::WorkshopApproved,
        Kind::WorkshopDeclined,
        Kind::CycleOpened,
        Kind::CycleClosing,
        Kind::OrderReady,
        Kind::ShiftTomorrow,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Kind::CycleCancelled => "cycle_cancelled",
            Kind::OrderShrunk => "order_shrunk",
            Kind::ProductMissing => "product_missing",
            Kind::ShiftShort => "shift_short",
            Kind::ShiftChanged => "shift_changed",
            Kind::WorkshopPlace => "workshop_place",
            Kind::WorkshopCancelled => "workshop_cancelled",
            Kind::WorkshopApproved => "workshop_approved",
            Kind::WorkshopDeclined => "workshop_declined",
            Kind::CycleOpened => "cycle_opened",
            Kind::CycleClosing => "cycle_closing",
            Kind::OrderReady => "order_ready",
            Kind::ShiftTomorrow => "shift_tomorrow",
        }
    }

    pub fn from_code(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == s)
    }

    /// Whether a device that turned notifications on gets this kind until
    /// the member says otherwise.
    pub fn push_by_default(self) -> bool {
        true
    }

    /// The words for this kind in the member's notification choices.
    pub fn choice_key(self) -> &'static str {
        match self {
            Kind::CycleCancelled => "push.kind_cycle_cancelled",
            Kind::OrderShrunk | Kind::ProductMissing => "push.kind_order_changed",
            Kind::ShiftShort => "push.kind_shift_short",
            Kind::ShiftChanged => "push.kind_shift_changed",
            Kind::WorkshopPlace => "push.kind_workshop_place",
            Kind::WorkshopCancelled => "push.kind_workshop_cancelled",
            Kind::WorkshopApproved | Kind::WorkshopDeclined => "push.kind_workshop_decided",
            Kind::CycleOpened => "push.kind_cycle_opened",
            Kind::CycleClosing => "push.kind_cycle_closing",
            Kind::OrderReady => "push.kind_order_ready",
            Kind::ShiftTomorrow => "push.kind_shift_tomorrow",
        }
    }

    pub fn sentence_key(self) -> &'static str {
        match self {
            Kind::CycleCancelled => "notif.cycle_cancelled",
            Kind::OrderShrunk => "notif.order_shrunk",
            Kind::ProductMissing => "notif.product_missing",
            Kind::ShiftShort => "notif.shift_short",
            Kind::ShiftChanged => "notif.shift_changed",
            Kind::WorkshopPlace => "notif.workshop_place",
            Kind::WorkshopCancelled => "notif.workshop_cancelled",
            Kind::WorkshopApproved => "notif.workshop_approved",
            Kind::WorkshopDeclined => "notif.workshop_declined",
            Kind::CycleOpened => "notif.cycle_opened",
            Kind::CycleClosing => "notif.cycle_closing",
            Kind::OrderReady => "notif.order_ready",
            Kind::ShiftTomorrow => "notif.shift_tomorrow",
        }
    }
}

/// One notice as its reader sees it: already in words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    pub id: i64,
    pub text: String,
    pub url: String,
    pub when: String,
    pub unread: bool,
}

/// A member's push settings: the server's public key for the browser, the
/// devices that receive notifications, and the kinds they want.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PushSettings {
    pub public_key: String,
    pub devices: Vec<Device>,
    pub choices: Vec<PushChoice>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Device {
    pub id: i64,
    pub name: String,
    pub since: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PushChoice {
    /// The translation key naming the choice; also what the form sends.
    pub key: String,
    pub wanted: bool,
}

/// The choices a member has, each covering one or more kinds, in the order
/// shown. Coordinators also choose the coordination's kinds.
pub fn push_choices(coordinates: bool) -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = Vec::new();
    for k in Kind::ALL {
        if k == Kind::ShiftShort && !coordinates {
            continue;
        }
        if !keys.contains(&k.choice_key()) {
            keys.push(k.choice_key());
        }
    }
    keys
}
