//! Workshops: places counted with the children who come along, a waiting
//! list that keeps its order, and who moves up when someone withdraws.

vocabulary! {
    /// Where a workshop stands: proposed, put to its commission's vote,
    /// published (members sign up), declined or cancelled.
    pub enum WorkshopState {
        Proposed = "proposed" => "workshop-state_proposed",
        InVote = "in_vote" => "workshop-state_in_vote",
        Published = "published" => "workshop-state_published",
        Declined = "declined" => "workshop-state_declined",
        Cancelled = "cancelled" => "workshop-state_cancelled",
    }
}

/// Most children one member may bring.
pub const MAX_CHILDREN: i64 = 2;
pub const MAX_PLACES: i64 = 200;

/// Places one sign-up takes: the member and the children they bring.
pub fn seats_for(children: i64, children_welcome: bool) -> Result<i64, &'static str> {
    if !(0..=MAX_CHILDREN).contains(&children) {
        return Err("error-children_range");
    }
    if children > 0 && !children_welcome {
        return Err("error-children_not_welcome");
    }
    Ok(1 + children)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    Confirmed,
    Waiting,
    /// Full, and the member did not ask for the waiting list.
    Full,
}

/// Where a new sign-up goes. Nobody jumps the queue: while someone waits,
/// newcomers wait behind them even if a small place is free.
pub fn place(places: i64, taken: i64, seats: i64, someone_waiting: bool, join_waitlist: bool) -> Placement {
    if !someone_waiting && taken + seats <= places {
        Placement::Confirmed
    } else if join_waitlist {
        Placement::Waiting
    } else {
        Placement::Full
    }
}

/// Who moves up, in list order, when places free up: the first in line as
/// long as their party fits; if the first does not fit, nobody passes them.
pub fn promote(places: i64, taken: i64, waiting: &[(i64, i64)]) -> Vec<i64> {
    let mut free = places - taken;
    let mut up = Vec::new();
    for &(id, seats) in waiting {
        if seats > free {
            break;
        }
        free -= seats;
        up.push(id);
    }
    up
}

/// Places still free: never below zero (a workshop made smaller after
/// sign-ups keeps them).
pub fn places_left(places: i64, taken: i64) -> i64 {
    (places - taken).max(0)
}

/// How many took part in a past workshop: those marked as come (with
/// their children) once the host marked anyone, else the places taken.
pub fn took_part(marked: i64, came: i64, taken: i64) -> i64 {
    if marked > 0 { came } else { taken }
}

/// The longest a commission's vote on a proposed workshop lasts.
pub const VOTE_DAYS: i64 = 5;
/// The vote closes at least this long before the workshop starts.
pub const VOTE_ENDS_BEFORE_SECS: i64 = 2 * 3600;
/// A vote shorter than this is no vote: a coordinator decides instead.
pub const SHORTEST_VOTE_SECS: i64 = 3600;

/// When the commission's vote on a workshop proposed at `now` closes, or
/// `None` when there is no time left for a vote.
pub fn vote_closes_at(now: i64, starts_at: i64) -> Option<i64> {
    let closes = (now + VOTE_DAYS * 86_400).min(starts_at - VOTE_ENDS_BEFORE_SECS);
    (closes > now + SHORTEST_VOTE_SECS).then_some(closes)
}

/// Checks a workshop typed by a member.
pub fn validate(starts_at: i64, ends_at: i64, places: i64, now: i64) -> Result<(), (&'static str, &'static str)> {
    if starts_at <= now {
        return Err(("field-workshop_day", "error-workshop_in_past"));
    }
    if ends_at <= starts_at {
        return Err(("field-workshop_end", "error-end_before_start"));
    }
    if ends_at - starts_at > 12 * 3600 {
        return Err(("field-workshop_end", "error-workshop_too_long"));
    }
    if !(1..=MAX_PLACES).contains(&places) {
        return Err(("field-places", "error-places_range"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_take_places() {
        assert_eq!(seats_for(0, false), Ok(1));
        assert_eq!(seats_for(2, true), Ok(3));
        assert_eq!(seats_for(1, false), Err("error-children_not_welcome"));
        assert_eq!(seats_for(3, true), Err("error-children_range"));
        assert_eq!(seats_for(-1, true), Err("error-children_range"));
    }

    #[test]
    fn placing_a_sign_up() {
        assert_eq!(place(5, 3, 2, false, false), Placement::Confirmed);
        assert_eq!(place(5, 4, 2, false, false), Placement::Full, "a parent and child need two places");
        assert_eq!(place(5, 4, 2, false, true), Placement::Waiting);
        assert_eq!(place(5, 3, 1, true, true), Placement::Waiting, "nobody jumps the queue");
        assert_eq!(place(5, 3, 1, true, false), Placement::Full);
    }

    #[test]
    fn promotion_keeps_the_order() {
        // 2 places free; the list: a (1), b (2), c (1).
        assert_eq!(promote(5, 3, &[(1, 1), (2, 2), (3, 1)]), vec![1]);
        assert_eq!(promote(5, 2, &[(1, 1), (2, 2), (3, 1)]), vec![1, 2]);
        // The first needs 3, only 2 free: nobody passes them.
        assert_eq!(promote(5, 3, &[(1, 3), (2, 1)]), Vec::<i64>::new());
        assert_eq!(promote(5, 5, &[(1, 1)]), Vec::<i64>::new());
        assert_eq!(promote(5, 0, &[]), Vec::<i64>::new());
    }

    #[test]
    fn workshop_validation() {
        let now = 1_000;
        assert_eq!(validate(2_000, 5_000, 8, now), Ok(()));
        assert_eq!(validate(900, 5_000, 8, now).unwrap_err().1, "error-workshop_in_past");
        assert_eq!(validate(5_000, 2_000, 8, now).unwrap_err().1, "error-end_before_start");
        assert_eq!(validate(2_000, 2_000 + 13 * 3600, 8, now).unwrap_err().1, "error-workshop_too_long");
        assert_eq!(validate(2_000, 5_000, 0, now).unwrap_err().1, "error-places_range");
    }

    #[test]
    fn a_workshop_vote_fits_before_it_starts() {
        let now = 1_000_000;
        assert_eq!(vote_closes_at(now, now + 30 * 86_400), Some(now + 5 * 86_400), "five days when there is time");
        assert_eq!(vote_closes_at(now, now + 2 * 86_400), Some(now + 2 * 86_400 - 2 * 3600), "closes two hours before");
        assert_eq!(vote_closes_at(now, now + 3 * 3600), None, "one hour of vote is none");
        assert_eq!(vote_closes_at(now, now + 3 * 3600 + 1), Some(now + 3600 + 1));
    }

    #[test]
    fn places_and_attendance() {
        assert_eq!(places_left(10, 4), 6);
        assert_eq!(places_left(3, 5), 0);
        assert_eq!(took_part(0, 0, 7), 7, "nobody marked: the places taken");
        assert_eq!(took_part(4, 5, 7), 5, "marked: those who came");
    }
}
