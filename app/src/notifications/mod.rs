//! Notices to members: what changed for them (a shortage shrank their
//! order, a cycle was cancelled, a shift is short of people). Every notice
//! lands in the in-app list first, so a member without push misses nothing;
//! push delivery builds on the same rows.

use serde::{Deserialize, Serialize};

pub mod api;
#[cfg(feature = "ssr")]
pub mod outbound;
#[cfg(feature = "ssr")]
pub mod repo;

crate::domain::vocabulary::vocabulary! {
    /// What a notice is about. Each kind is one sentence with blanks
    /// (`{cycle}`, `{product}`…) in the translation table.
    pub enum Kind {
        CycleCancelled = "cycle_cancelled",
        OrderShrunk = "order_shrunk",
        ProductMissing = "product_missing",
        ShiftShort = "shift_short",
        ShiftChanged = "shift_changed",
        WorkshopPlace = "workshop_place",
        WorkshopCancelled = "workshop_cancelled",
        WorkshopApproved = "workshop_approved",
        WorkshopDeclined = "workshop_declined",
        WorkshopVotedDown = "workshop_voted_down",
        CycleOpened = "cycle_opened",
        CycleClosing = "cycle_closing",
        OrderReady = "order_ready",
        ShiftTomorrow = "shift_tomorrow",
        VoteOpened = "vote_opened",
        VoteClosing = "vote_closing",
        VoteApproved = "vote_approved",
        VoteRejected = "vote_rejected",
        VoteNoQuorum = "vote_no_quorum",
        ElectionCandidacy = "election_candidacy",
        ElectionVoting = "election_voting",
        ShiftNeedsHands = "shift_needs_hands",
        OrderChangedLate = "order_changed_late",
        /// A coordinator made a new login link for the account: whoever uses
        /// it chooses the password, so the member hears of it.
        NewLoginLink = "new_login_link",
        /// The household's membership ends within a month.
        MembershipRenewal = "membership_renewal",
        /// A grant is 80 % used (to those who keep the money).
        GrantNearlyUsed = "grant_nearly_used",
        /// A grant's period ended with money left.
        GrantEndedLeft = "grant_ended_left",
    }
}

impl Kind {
    /// Whether a device that turned notifications on gets this kind until
    /// the member says otherwise.
    pub fn push_by_default(self) -> bool {
        // "A shift needs hands" is asked for, never imposed: it would
        // otherwise reach every member for every short shift.
        self != Kind::ShiftNeedsHands
    }

    /// Kinds told only to the members who turned them on: no in-app notice
    /// for the others either.
    pub fn opt_in(self) -> bool {
        !self.push_by_default()
    }

    /// The words for this kind in the member's notification choices.
    pub fn choice_key(self) -> &'static str {
        match self {
            Kind::CycleCancelled => "push-kind_cycle_cancelled",
            Kind::OrderShrunk | Kind::ProductMissing => "push-kind_order_changed",
            Kind::ShiftShort => "push-kind_shift_short",
            Kind::ShiftChanged => "push-kind_shift_changed",
            Kind::WorkshopPlace => "push-kind_workshop_place",
            Kind::WorkshopCancelled => "push-kind_workshop_cancelled",
            Kind::WorkshopApproved | Kind::WorkshopDeclined | Kind::WorkshopVotedDown => "push-kind_workshop_decided",
            Kind::CycleOpened => "push-kind_cycle_opened",
            Kind::CycleClosing => "push-kind_cycle_closing",
            Kind::OrderReady => "push-kind_order_ready",
            Kind::ShiftTomorrow => "push-kind_shift_tomorrow",
            Kind::VoteOpened => "push-kind_vote_opened",
            Kind::VoteClosing => "push-kind_vote_closing",
            Kind::VoteApproved | Kind::VoteRejected | Kind::VoteNoQuorum => "push-kind_vote_result",
            Kind::ElectionCandidacy | Kind::ElectionVoting => "push-kind_election",
            Kind::ShiftNeedsHands => "push-kind_shift_needs_hands",
            Kind::OrderChangedLate => "push-kind_order_changed_late",
            Kind::NewLoginLink => "push-kind_account",
            Kind::MembershipRenewal => "push-kind_membership",
            Kind::GrantNearlyUsed | Kind::GrantEndedLeft => "push-kind_grants",
        }
    }

    pub fn sentence_key(self) -> &'static str {
        match self {
            Kind::CycleCancelled => "notif-cycle_cancelled",
            Kind::OrderShrunk => "notif-order_shrunk",
            Kind::ProductMissing => "notif-product_missing",
            Kind::ShiftShort => "notif-shift_short",
            Kind::ShiftChanged => "notif-shift_changed",
            Kind::WorkshopPlace => "notif-workshop_place",
            Kind::WorkshopCancelled => "notif-workshop_cancelled",
            Kind::WorkshopApproved => "notif-workshop_approved",
            Kind::WorkshopDeclined => "notif-workshop_declined",
            Kind::WorkshopVotedDown => "notif-workshop_voted_down",
            Kind::CycleOpened => "notif-cycle_opened",
            Kind::CycleClosing => "notif-cycle_closing",
            Kind::OrderReady => "notif-order_ready",
            Kind::ShiftTomorrow => "notif-shift_tomorrow",
            Kind::VoteOpened => "notif-vote_opened",
            Kind::VoteClosing => "notif-vote_closing",
            Kind::VoteApproved => "notif-vote_approved",
            Kind::VoteRejected => "notif-vote_rejected",
            Kind::VoteNoQuorum => "notif-vote_no_quorum",
            Kind::ElectionCandidacy => "notif-election_candidacy",
            Kind::ElectionVoting => "notif-election_voting",
            Kind::ShiftNeedsHands => "notif-shift_needs_hands",
            Kind::OrderChangedLate => "notif-order_changed_late",
            Kind::NewLoginLink => "notif-new_login_link",
            Kind::MembershipRenewal => "notif-membership_renewal",
            Kind::GrantNearlyUsed => "notif-grant_nearly_used",
            Kind::GrantEndedLeft => "notif-grant_ended_left",
        }
    }
}

/// A blank of a notice as it is stored: what happened, in raw values.
/// It is worded when read (or pushed), in the reader's language at that
/// moment, so a notice written while its reader read French reads in
/// Arabic after they switch.
#[derive(Clone, Debug, PartialEq)]
pub enum Raw {
    /// As a person typed it (a product's or a cycle's name): never translated.
    Text(String),
    Count(i64),
    /// A moment (UTC seconds): "jeudi 3 décembre à 20:00".
    Moment(i64),
    /// From one moment to another the same day.
    Window(i64, i64),
    /// The calendar day of a moment: "mardi 31 août".
    Day(i64),
    /// Cents.
    Money(i64),
    /// Thousandths of a unit: "1,5 kg".
    Amount(i64, crate::domain::quantity::Unit),
    /// A sentence of the translation files, by key.
    Word(&'static str),
}

impl From<String> for Raw {
    fn from(s: String) -> Self {
        Raw::Text(s)
    }
}

#[cfg(feature = "ssr")]
impl Raw {
    fn to_json(&self) -> serde_json::Value {
        use serde_json::json;
        match self {
            Raw::Text(s) => json!(s),
            Raw::Count(n) => json!(n),
            Raw::Moment(t) => json!({ "moment": t }),
            Raw::Window(a, b) => json!({ "window": [a, b] }),
            Raw::Day(t) => json!({ "day": t }),
            Raw::Money(c) => json!({ "money": c }),
            Raw::Amount(m, u) => json!({ "amount": m, "unit": u.code() }),
            Raw::Word(k) => json!({ "word": k }),
        }
    }

    /// The blank in the reader's words. A stored value this version does
    /// not know (a newer kind, a damaged row) reads as nothing rather than
    /// failing the whole list.
    fn word(value: &serde_json::Value) -> crate::i18n::Arg {
        use crate::i18n::{format, Arg};
        let int = |v: &serde_json::Value| v.as_i64().unwrap_or_default();
        match value {
            serde_json::Value::String(s) => Arg::Text(s.clone()),
            serde_json::Value::Number(n) => Arg::Num(n.as_i64().unwrap_or_default()),
            serde_json::Value::Object(o) => {
                if let Some(t) = o.get("moment") {
                    Arg::Text(format::moment(int(t)))
                } else if let Some(t) = o.get("day") {
                    Arg::Text(format::date(int(t)))
                } else if let Some(w) = o.get("window") {
                    Arg::Text(format::window(int(&w[0]), int(&w[1])))
                } else if let Some(c) = o.get("money") {
                    Arg::Text(format::money(int(c)))
                } else if let Some(m) = o.get("amount") {
                    let unit = o.get("unit").and_then(|u| u.as_str()).and_then(crate::domain::quantity::Unit::from_code);
                    Arg::Text(unit.map(|u| format::amount(int(m), u)).unwrap_or_default())
                } else if let Some(k) = o.get("word").and_then(|k| k.as_str()) {
                    Arg::Text(if crate::i18n::has(k) { crate::i18n::t(k).to_string() } else { String::new() })
                } else {
                    Arg::Text(String::new())
                }
            }
            _ => Arg::Text(String::new()),
        }
    }
}

/// The blanks of a notice as stored (JSON, an object of raw values).
#[cfg(feature = "ssr")]
pub fn encode(params: &[(&str, Raw)]) -> String {
    let map: serde_json::Map<String, serde_json::Value> = params.iter().map(|(k, v)| ((*k).to_string(), v.to_json())).collect();
    serde_json::Value::Object(map).to_string()
}

/// A stored notice in the words of whoever reads it now.
#[cfg(feature = "ssr")]
pub fn words(kind: Kind, params: &str) -> String {
    let map = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(params).unwrap_or_default();
    let args: Vec<(&str, crate::i18n::Arg)> = map.iter().map(|(k, v)| (k.as_str(), Raw::word(v))).collect();
    crate::i18n::tr(kind.sentence_key(), &args)
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
        if matches!(k, Kind::ShiftShort | Kind::OrderChangedLate | Kind::GrantNearlyUsed | Kind::GrantEndedLeft) && !coordinates {
            continue;
        }
        if !keys.contains(&k.choice_key()) {
            keys.push(k.choice_key());
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_code_words_and_choice() {
        for k in Kind::ALL {
            assert_eq!(Kind::from_code(k.code()), Some(k), "{k:?}");
            assert!(crate::i18n::has(k.sentence_key()), "{k:?}");
            assert!(crate::i18n::has(k.choice_key()), "{k:?}");
            assert!(push_choices(true).contains(&k.choice_key()), "a coordinator can choose {k:?}");
        }
        let mut codes: Vec<_> = Kind::ALL.iter().map(|k| k.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Kind::ALL.len());
    }

    #[test]
    fn members_choose_their_kinds_coordinators_also_the_coordination_ones() {
        let member = push_choices(false);
        assert!(!member.contains(&Kind::ShiftShort.choice_key()));
        assert!(!member.contains(&Kind::OrderChangedLate.choice_key()));
        assert!(member.contains(&Kind::ShiftNeedsHands.choice_key()));
        assert!(member.contains(&Kind::VoteOpened.choice_key()));
        assert!(member.contains(&Kind::ElectionVoting.choice_key()));
        // Only "a shift needs hands" waits to be asked for.
        let opt_in: Vec<_> = Kind::ALL.into_iter().filter(|k| k.opt_in()).collect();
        assert_eq!(opt_in, vec![Kind::ShiftNeedsHands]);
    }
}
