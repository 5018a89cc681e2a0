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
            Kind::VoteOpened => "push.kind_vote_opened",
            Kind::VoteClosing => "push.kind_vote_closing",
            Kind::VoteApproved | Kind::VoteRejected | Kind::VoteNoQuorum => "push.kind_vote_result",
            Kind::ElectionCandidacy | Kind::ElectionVoting => "push.kind_election",
            Kind::ShiftNeedsHands => "push.kind_shift_needs_hands",
            Kind::OrderChangedLate => "push.kind_order_changed_late",
            Kind::NewLoginLink => "push.kind_account",
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
            Kind::VoteOpened => "notif.vote_opened",
            Kind::VoteClosing => "notif.vote_closing",
            Kind::VoteApproved => "notif.vote_approved",
            Kind::VoteRejected => "notif.vote_rejected",
            Kind::VoteNoQuorum => "notif.vote_no_quorum",
            Kind::ElectionCandidacy => "notif.election_candidacy",
            Kind::ElectionVoting => "notif.election_voting",
            Kind::ShiftNeedsHands => "notif.shift_needs_hands",
            Kind::OrderChangedLate => "notif.order_changed_late",
            Kind::NewLoginLink => "notif.new_login_link",
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
        if matches!(k, Kind::ShiftShort | Kind::OrderChangedLate) && !coordinates {
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
