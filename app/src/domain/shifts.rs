//! Volunteer shifts: how many places are left, who may sign up or withdraw
//! and until when, which shifts are short, and the hours a household gave.
//! The database enforces the same rules (a counter that cannot pass the
//! places, one row per person and shift); these functions say them in one
//! place and explain refusals.

/// Default: withdrawing online stops 24 h before the start; after that the
/// member calls the coordination, who can still find someone.
pub const DEFAULT_CUTOFF_HOURS: i64 = 24;
/// A shift still short of people this long before its start is flagged.
pub const SHORT_WARNING_SECS: i64 = 48 * 3600;
/// Longest shift a coordinator may define.
pub const MAX_SHIFT_SECS: i64 = 12 * 3600;
pub const MAX_PEOPLE: i64 = 50;

pub fn places_left(needed: i64, taken: i64) -> i64 {
    (needed - taken).max(0)
}

/// Half-open intervals: a shift ending at 10 h and one starting at 10 h do
/// not overlap (someone may do reception, then preparation).
pub fn overlaps(a_start: i64, a_end: i64, b_start: i64, b_end: i64) -> bool {
    a_start < b_end && b_start < a_end
}

/// Why a sign-up was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    Full,
    Overlap,
    Started,
    AlreadyIn,
}

impl Refusal {
    pub fn message_key(self) -> &'static str {
        match self {
            Refusal::Full => "error-shift_full",
            Refusal::Overlap => "error-shift_overlap",
            Refusal::Started => "error-shift_started",
            Refusal::AlreadyIn => "error-shift_already_in",
        }
    }
}

/// The checks of a sign-up, in the order a person would want to hear them.
/// `held` are the start and end of the shifts the person already holds.
pub fn check_sign_up(now: i64, starts_at: i64, ends_at: i64, needed: i64, taken: i64, already_in: bool, held: &[(i64, i64)]) -> Result<(), Refusal> {
    if already_in {
        return Err(Refusal::AlreadyIn);
    }
    if now >= starts_at {
        return Err(Refusal::Started);
    }
    if held.iter().any(|&(s, e)| overlaps(starts_at, ends_at, s, e)) {
        return Err(Refusal::Overlap);
    }
    if places_left(needed, taken) == 0 {
        return Err(Refusal::Full);
    }
    Ok(())
}

/// A member may withdraw online until the cut-off before the start.
pub fn may_withdraw(now: i64, starts_at: i64, cutoff_hours: i64) -> bool {
    now < starts_at - cutoff_hours.clamp(0, 14 * 24) * 3600
}

/// Flag for the coordination: still short, starting within 48 h.
pub fn is_short_soon(now: i64, starts_at: i64, needed: i64, taken: i64) -> bool {
    taken < needed && now < starts_at && starts_at - now <= SHORT_WARNING_SECS
}

/// Attendance (done or no-show) is marked once the shift has begun.
pub fn may_mark_attendance(now: i64, starts_at: i64) -> bool {
    now >= starts_at
}

/// A volunteer on shift at a pickup point gets its distribution sheet from
/// two hours before their shift to two hours after it, not beyond: the
/// sheet names households and amounts, which are nobody else's business.
pub fn may_hold_the_table(now: i64, starts_at: i64, ends_at: i64) -> bool {
    now >= table_opens(starts_at) && now <= ends_at + 2 * 3600
}

/// Where a shift copied from the last cycle starts in the new one. At a
/// pickup point that has a window in both cycles, at the same time relative
/// to the window (a distribution shift stays on the pickup hours, a set-up
/// shift half an hour before them), else at the time `by_days` gives (the
/// same time of day, moved by whole days).
pub fn copied_start(old_start: i64, by_days: i64, source_window: Option<i64>, target_window: Option<i64>) -> i64 {
    match (source_window, target_window) {
        (Some(s), Some(t)) => old_start + (t - s),
        _ => by_days,
    }
}

/// When the sheet opens for a volunteer whose table shift starts then.
pub fn table_opens(starts_at: i64) -> i64 {
    starts_at - 2 * 3600
}

/// Checks a shift typed by a coordinator.
pub fn validate(starts_at: i64, ends_at: i64, needed: i64, taken: i64) -> Result<(), (&'static str, &'static str)> {
    if ends_at <= starts_at {
        return Err(("field-shift_end", "error-end_before_start"));
    }
    if ends_at - starts_at > MAX_SHIFT_SECS {
        return Err(("field-shift_end", "error-shift_too_long"));
    }
    if !(1..=MAX_PEOPLE).contains(&needed) {
        return Err(("field-needed", "error-needed_range"));
    }
    if needed < taken {
        return Err(("field-needed", "error-needed_below_taken"));
    }
    Ok(())
}

/// Sort key for the coverage page: the shortest of people first (most
/// missing), then the soonest.
pub fn coverage_order(needed: i64, taken: i64, starts_at: i64) -> (i64, i64) {
    (-places_left(needed, taken), starts_at)
}

/// Time given, as the reader reads it ("2 h 30").
pub use crate::i18n::format::duration as format_hours;

#[cfg(test)]
mod tests {
    use super::*;

    const H: i64 = 3600;

    #[test]
    fn places_never_negative() {
        assert_eq!(places_left(3, 1), 2);
        assert_eq!(places_left(3, 3), 0);
        assert_eq!(places_left(2, 5), 0);
    }

    #[test]
    fn overlap_is_half_open() {
        assert!(overlaps(10 * H, 12 * H, 11 * H, 13 * H));
        assert!(overlaps(10 * H, 12 * H, 9 * H, 13 * H));
        assert!(!overlaps(10 * H, 12 * H, 12 * H, 14 * H), "back to back is fine");
        assert!(!overlaps(10 * H, 12 * H, 8 * H, 10 * H));
    }

    #[test]
    fn sign_up_rules_in_order() {
        let now = 0;
        let (s, e) = (48 * H, 50 * H);
        assert_eq!(check_sign_up(now, s, e, 3, 2, false, &[]), Ok(()));
        assert_eq!(check_sign_up(now, s, e, 3, 3, false, &[]), Err(Refusal::Full));
        assert_eq!(check_sign_up(now, s, e, 3, 0, true, &[]), Err(Refusal::AlreadyIn));
        assert_eq!(check_sign_up(s, s, e, 3, 0, false, &[]), Err(Refusal::Started));
        assert_eq!(check_sign_up(now, s, e, 3, 0, false, &[(49 * H, 51 * H)]), Err(Refusal::Overlap));
        assert_eq!(check_sign_up(now, s, e, 3, 0, false, &[(50 * H, 51 * H)]), Ok(()));
        // Full and overlapping: the overlap is what the person can act on.
        assert_eq!(check_sign_up(now, s, e, 1, 1, false, &[(s, e + H)]), Err(Refusal::Overlap));
    }

    #[test]
    fn withdrawal_cut_off() {
        let start = 100 * H;
        assert!(may_withdraw(start - 25 * H, start, 24));
        assert!(!may_withdraw(start - 24 * H, start, 24), "exactly at the cut-off is too late");
        assert!(!may_withdraw(start - H, start, 24));
        assert!(may_withdraw(start - H, start, 0), "no cut-off: until the start");
        assert!(!may_withdraw(start, start, 0));
        assert!(may_withdraw(start - 2 * H, start, -5), "a negative setting counts as none");
    }

    #[test]
    fn short_soon_only_within_48_hours_before_start() {
        let start = 100 * H;
        assert!(is_short_soon(start - 48 * H, start, 3, 2));
        assert!(!is_short_soon(start - 49 * H, start, 3, 2), "too early to worry");
        assert!(!is_short_soon(start - H, start, 3, 3), "full");
        assert!(!is_short_soon(start, start, 3, 0), "already started");
    }

    #[test]
    fn attendance_and_table_windows() {
        let (s, e) = (100 * H, 103 * H);
        assert!(!may_mark_attendance(s - 1, s));
        assert!(may_mark_attendance(s, s));
        assert!(may_hold_the_table(s - 2 * H, s, e));
        assert!(!may_hold_the_table(s - 2 * H - 1, s, e));
        assert!(may_hold_the_table(e + 2 * H, s, e));
        assert!(!may_hold_the_table(e + 2 * H + 1, s, e));
    }

    #[test]
    fn shift_validation() {
        assert_eq!(validate(10 * H, 12 * H, 3, 0), Ok(()));
        assert_eq!(validate(12 * H, 10 * H, 3, 0).unwrap_err().1, "error-end_before_start");
        assert_eq!(validate(0, 13 * H, 3, 0).unwrap_err().1, "error-shift_too_long");
        assert_eq!(validate(0, H, 0, 0).unwrap_err().1, "error-needed_range");
        assert_eq!(validate(0, H, 51, 0).unwrap_err().1, "error-needed_range");
        assert_eq!(validate(0, H, 2, 3).unwrap_err().1, "error-needed_below_taken");
    }

    #[test]
    fn coverage_puts_the_shortest_first() {
        let mut shifts = vec![(1, 3, 3, 10 * H), (2, 3, 1, 20 * H), (3, 2, 0, 30 * H), (4, 3, 1, 5 * H)];
        shifts.sort_by_key(|&(_, needed, taken, start)| coverage_order(needed, taken, start));
        assert_eq!(shifts.iter().map(|s| s.0).collect::<Vec<_>>(), vec![4, 2, 3, 1]);
    }

    #[test]
    fn hours_in_words() {
        assert_eq!(format_hours(3 * H), "3 h");
        assert_eq!(format_hours(2 * H + 30 * 60), "2 h 30");
        assert_eq!(format_hours(45 * 60), "45 min");
        assert_eq!(format_hours(-5), "0 h");
    }

    #[test]
    fn a_copied_shift_follows_the_pickup_hours() {
        let h = 3600;
        // Last cycle: pickup 10–12 h, distribution 10–12 h, set-up 9 h 30.
        // New cycle: pickup moved to 14 h, a week and two days later.
        let (old_window, new_window) = (10 * h, 9 * 86_400 + 14 * h);
        assert_eq!(copied_start(10 * h, 9 * 86_400 + 10 * h, Some(old_window), Some(new_window)), new_window);
        assert_eq!(copied_start(9 * h + 1800, 9 * 86_400 + 9 * h + 1800, Some(old_window), Some(new_window)), new_window - 1800);
        // No window at that point in one of the cycles: moved by days.
        assert_eq!(copied_start(10 * h, 9 * 86_400 + 10 * h, Some(old_window), None), 9 * 86_400 + 10 * h);
        assert_eq!(copied_start(10 * h, 9 * 86_400 + 10 * h, None, None), 9 * 86_400 + 10 * h);
    }
}
