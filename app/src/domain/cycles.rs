//! The order cycle's life: planned → open → closed → distributed → archived,
//! or cancelled from planned or open. The server moves cycles on time; a
//! coordinator moves them by hand after closing.


vocabulary! {
    pub enum CycleState {
        Planned = "planned" => "cycle-state_planned",
        Open = "open" => "cycle-state_open",
        Closed = "closed" => "cycle-state_closed",
        Distributed = "distributed" => "cycle-state_distributed",
        Archived = "archived" => "cycle-state_archived",
        Cancelled = "cancelled" => "cycle-state_cancelled",
    }
}

impl CycleState {
    /// Whether a cycle may go from `self` to `to`. Nothing goes backwards,
    /// and a cycle whose goods were bought can no longer be cancelled.
    pub fn can_become(self, to: CycleState) -> bool {
        use CycleState::*;
        matches!(
            (self, to),
            (Planned, Open) | (Open, Closed) | (Closed, Distributed) | (Distributed, Archived) | (Planned, Cancelled) | (Open, Cancelled)
        )
    }
}

/// Checks the dates a coordinator typed for a cycle.
pub fn validate_dates(opens_at: i64, closes_at: i64, now: i64) -> Result<(), &'static str> {
    if closes_at <= opens_at {
        return Err("error-closes_before_opens");
    }
    if closes_at <= now {
        return Err("error-closes_in_past");
    }
    if closes_at - opens_at > 90 * 86_400 {
        return Err("error-cycle_too_long");
    }
    Ok(())
}

/// The cycles, planned or open, whose ordering period shares a moment with
/// `[opens_at, closes_at)`: two cycles taking orders at once split the
/// households' baskets and the producers' stock, so the coordinator is
/// told before planning one.
pub fn overlapping<'a>(opens_at: i64, closes_at: i64, others: &'a [(String, CycleState, i64, i64)]) -> Vec<&'a str> {
    others
        .iter()
        .filter(|(_, state, o, c)| matches!(state, CycleState::Planned | CycleState::Open) && opens_at < *c && *o < closes_at)
        .map(|(name, ..)| name.as_str())
        .collect()
}

/// Checks a pickup window against the cycle: after closing, start before end.
pub fn validate_pickup(closes_at: i64, starts_at: i64, ends_at: i64) -> Result<(), &'static str> {
    if ends_at <= starts_at {
        return Err("error-window_ends_before_start");
    }
    if starts_at < closes_at {
        return Err("error-pickup_before_close");
    }
    Ok(())
}

/// What the scheduler must do to a cycle at `now`, if anything. Applied as
/// conditional updates, so running it twice (or on two servers) is harmless.
pub fn due_transition(state: CycleState, opens_at: i64, closes_at: i64, now: i64) -> Option<CycleState> {
    match state {
        // A cycle whose closing passed while the server was down goes
        // straight to closed: it never opens late for a moment.
        CycleState::Planned if now >= closes_at => Some(CycleState::Closed),
        CycleState::Planned if now >= opens_at => Some(CycleState::Open),
        CycleState::Open if now >= closes_at => Some(CycleState::Closed),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::CycleState::*;
    use super::*;

    #[test]
    fn every_allowed_and_refused_transition() {
        let allowed = [
            (Planned, Open),
            (Open, Closed),
            (Closed, Distributed),
            (Distributed, Archived),
            (Planned, Cancelled),
            (Open, Cancelled),
        ];
        for from in CycleState::ALL {
            for to in CycleState::ALL {
                assert_eq!(from.can_become(to), allowed.contains(&(from, to)), "{from:?} → {to:?}");
            }
        }
    }

    #[test]
    fn codes_round_trip() {
        for s in CycleState::ALL {
            assert_eq!(CycleState::from_code(s.code()), Some(s));
        }
        assert_eq!(CycleState::from_code("paused"), None);
    }

    #[test]
    fn scheduler_opens_and_closes_on_time() {
        assert_eq!(due_transition(Planned, 100, 200, 99), None);
        assert_eq!(due_transition(Planned, 100, 200, 100), Some(Open));
        assert_eq!(due_transition(Open, 100, 200, 199), None);
        assert_eq!(due_transition(Open, 100, 200, 200), Some(Closed));
        // Caught up after downtime: straight to closed.
        assert_eq!(due_transition(Planned, 100, 200, 500), Some(Closed));
        for s in [Closed, Distributed, Archived, Cancelled] {
            assert_eq!(due_transition(s, 100, 200, 10_000), None);
        }
    }

    #[test]
    fn dates_are_checked() {
        assert_eq!(validate_dates(200, 100, 0), Err("error-closes_before_opens"));
        assert_eq!(validate_dates(100, 200, 300), Err("error-closes_in_past"));
        assert_eq!(validate_dates(0, 91 * 86_400, 0), Err("error-cycle_too_long"));
        assert!(validate_dates(100, 200, 150).is_ok());
        assert_eq!(validate_pickup(200, 150, 300), Err("error-pickup_before_close"));
        assert_eq!(validate_pickup(200, 300, 300), Err("error-window_ends_before_start"));
        assert!(validate_pickup(200, 300, 400).is_ok());
    }

    #[test]
    fn overlapping_cycles_are_named() {
        let others = vec![
            ("Novembre".to_string(), CycleState::Open, 100, 200),
            ("Décembre".to_string(), CycleState::Planned, 300, 400),
            ("Octobre".to_string(), CycleState::Closed, 0, 150),
            ("Annulé".to_string(), CycleState::Cancelled, 100, 500),
        ];
        assert_eq!(overlapping(150, 250, &others), vec!["Novembre"]);
        assert_eq!(overlapping(150, 350, &others), vec!["Novembre", "Décembre"]);
        // Touching ends do not overlap: one closes as the next opens.
        assert_eq!(overlapping(200, 300, &others), Vec::<&str>::new());
        assert_eq!(overlapping(399, 500, &others), vec!["Décembre"]);
        // Closed and cancelled cycles take no more orders.
        assert_eq!(overlapping(0, 90, &others), Vec::<&str>::new());
    }
}
