//! Times as people read and type them, in the association's time zone
//! (Europe/Paris). Stored times stay UTC seconds.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use chrono_tz::Europe::Paris;

/// `2026-12-03T20:00` from an `<input type="datetime-local">`, Paris time.
pub fn parse_local(input: &str) -> Option<i64> {
    let naive = NaiveDateTime::parse_from_str(input.trim(), "%Y-%m-%dT%H:%M").ok()?;
    // In the autumn hour that happens twice, take the first; in the spring
    // hour that never happens, refuse.
    Paris.from_local_datetime(&naive).earliest().map(|d| d.timestamp())
}

/// A day (`2026-12-05`) and a time (`10:00`), Paris time.
pub fn parse_day_time(day: &str, time: &str) -> Option<i64> {
    let d = NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d").ok()?;
    let t = NaiveTime::parse_from_str(time.trim(), "%H:%M").ok()?;
    Paris.from_local_datetime(&d.and_time(t)).earliest().map(|x| x.timestamp())
}

fn local(ts: i64) -> DateTime<chrono_tz::Tz> {
    Paris.timestamp_opt(ts, 0).single().unwrap_or_else(|| DateTime::<chrono::Utc>::UNIX_EPOCH.with_timezone(&Paris))
}

// How a time reads is the reader's language's (CLDR's data, through
// `i18n::format`); these keep the names the pages already use.
pub use crate::i18n::format::{date, day, hour, hours, moment, window};

/// The same time of day `days` later, in Paris: a shift at 9 h stays at
/// 9 h across a change to or from summer time.
pub fn add_days(ts: i64, days: i64) -> i64 {
    let d = local(ts).naive_local() + chrono::Duration::days(days);
    Paris.from_local_datetime(&d).earliest().map(|x| x.timestamp()).unwrap_or(ts + days * 86_400)
}

/// Midnight in Paris at the start of a calendar day.
pub fn day_start(day: crate::domain::membership::Day) -> Option<i64> {
    let d = NaiveDate::from_ymd_opt(day.0, day.1, day.2)?;
    Paris.from_local_datetime(&d.and_time(NaiveTime::MIN)).earliest().map(|x| x.timestamp())
}

/// The calendar day in Paris at `ts`.
pub fn calendar_day(ts: i64) -> crate::domain::membership::Day {
    use chrono::Datelike;
    let d = local(ts).date_naive();
    (d.year(), d.month(), d.day())
}

/// A day from an `<input type="date">` (`2026-12-05`): midnight in Paris.
pub fn parse_day(input: &str) -> Option<i64> {
    use chrono::Datelike;
    let d = NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d").ok()?;
    day_start((d.year(), d.month(), d.day()))
}

/// The value an `<input type="date">` shows for a stored time.
pub fn to_day_input(ts: i64) -> String {
    local(ts).format("%Y-%m-%d").to_string()
}

/// The value an `<input type="datetime-local">` shows for a stored time.
pub fn to_input(ts: i64) -> String {
    local(ts).format("%Y-%m-%dT%H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paris_time_both_ways() {
        // 3 December 2026, 20:00 in Paris is 19:00 UTC (winter time).
        let ts = parse_local("2026-12-03T20:00").unwrap();
        assert_eq!(ts, 1_796_324_400);
        assert_eq!(to_input(ts), "2026-12-03T20:00");
        // Summer time: 1 July 2026, 18:30 is 16:30 UTC.
        let summer = parse_day_time("2026-07-01", "18:30").unwrap();
        assert_eq!(summer, 1_782_923_400);
        assert_eq!(to_input(summer), "2026-07-01T18:30");
    }

    #[test]
    fn calendar_days_in_paris() {
        // 1 September 2026 starts at 22:00 UTC the day before (summer time).
        let start = day_start((2026, 9, 1)).unwrap();
        assert_eq!(start, 1_788_213_600);
        assert_eq!(calendar_day(start), (2026, 9, 1));
        assert_eq!(calendar_day(start - 1), (2026, 8, 31));
        assert_eq!(parse_day("2026-09-01"), Some(start));
        assert_eq!(to_day_input(start), "2026-09-01");
        assert_eq!(parse_day("2026-02-30"), None);
        assert_eq!(day_start((2026, 2, 30)), None);
    }

    #[test]
    fn days_later_keep_the_time_of_day() {
        // 24 October 2026 at 9 h (summer time) + 7 days = 31 October at 9 h
        // (winter time): 7 days and one hour later in UTC.
        let before = parse_day_time("2026-10-24", "09:00").unwrap();
        let after = add_days(before, 7);
        assert_eq!(after, parse_day_time("2026-10-31", "09:00").unwrap());
        assert_eq!(after - before, 7 * 86_400 + 3600);
        assert_eq!(to_input(after), "2026-10-31T09:00");
    }

    #[test]
    fn bad_or_impossible_times() {
        assert_eq!(parse_local("demain"), None);
        assert_eq!(parse_local("2026-13-01T10:00"), None);
        // 29 March 2026, 02:30 never happens in Paris.
        assert_eq!(parse_local("2026-03-29T02:30"), None);
        assert_eq!(parse_day_time("2026-12-05", "25:00"), None);
    }
}
