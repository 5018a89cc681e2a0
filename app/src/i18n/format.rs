//! Numbers, money, quantities, dates and times as the reader reads them,
//! from CLDR's data compiled into ICU4X: no month name or separator is
//! written here. Times are the association's (Europe/Paris) whatever the
//! reader's language; stored times stay UTC seconds.
//!
//! Rounding is not done here: amounts arrive exact, in cents, and
//! quantities in thousandths.

use super::{current, tr, Arg, Lang};
#[cfg(test)]
use super::in_lang;
use chrono::{DateTime, Datelike, TimeZone, Timelike};
use chrono_tz::Europe::Paris;
use fixed_decimal::Decimal;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{self, enums::DateFieldSet};
use icu_datetime::input::Time;
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::LazyLock;

/// Whether Arabic is written with Arabic-Indic digits (٣٫٥) rather than
/// the Latin ones (3.5) most Maghreb readers use. The association chooses
/// (admin page); Latin is the default.
static ARABIC_DIGITS: AtomicBool = AtomicBool::new(false);

pub fn set_arabic_digits(arabic: bool) {
    ARABIC_DIGITS.store(arabic, Ordering::Relaxed);
}

pub fn arabic_digits() -> bool {
    ARABIC_DIGITS.load(Ordering::Relaxed)
}

/// The formatters of one locale, made once: building one reads CLDR data.
struct Formats {
    decimal: DecimalFormatter,
    day: FixedCalendarDateTimeFormatter<Gregorian, DateFieldSet>,
    date: FixedCalendarDateTimeFormatter<Gregorian, DateFieldSet>,
    time: NoCalendarFormatter<fieldsets::T>,
    month: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YM>,
}

/// French, English, Arabic with Latin digits, Arabic with Arabic digits.
const LOCALES: [&str; 4] = ["fr", "en", "ar-u-nu-latn", "ar-u-nu-arab"];

static FORMATS: LazyLock<Vec<Formats>> = LazyLock::new(|| LOCALES.iter().map(|code| formats(code)).collect());

fn formats(code: &str) -> Formats {
    // The data is compiled in for every locale, so these cannot fail for
    // the four above; French stands in if one ever did.
    let locale: Locale = code.parse().unwrap_or(icu_locale_core::locale!("fr"));
    let fallback = icu_locale_core::locale!("fr");
    let decimal = DecimalFormatter::try_new((&locale).into(), Default::default())
        .or_else(|_| DecimalFormatter::try_new((&fallback).into(), Default::default()))
        .expect("ICU4X compiled data holds French decimals");
    let date_formatter = |set: DateFieldSet| {
        FixedCalendarDateTimeFormatter::try_new((&locale).into(), set)
            .or_else(|_| FixedCalendarDateTimeFormatter::try_new((&fallback).into(), set))
            .expect("ICU4X compiled data holds French dates")
    };
    let time = NoCalendarFormatter::try_new((&locale).into(), fieldsets::T::hm())
        .or_else(|_| NoCalendarFormatter::try_new((&fallback).into(), fieldsets::T::hm()))
        .expect("ICU4X compiled data holds French times");
    let month = FixedCalendarDateTimeFormatter::try_new((&locale).into(), fieldsets::YM::medium())
        .or_else(|_| FixedCalendarDateTimeFormatter::try_new((&fallback).into(), fieldsets::YM::medium()))
        .expect("ICU4X compiled data holds French months");
    Formats {
        month,
        decimal,
        day: date_formatter(DateFieldSet::MDE(fieldsets::MDE::long())),
        date: date_formatter(DateFieldSet::YMD(fieldsets::YMD::long())),
        time,
    }
}

fn formats_of(lang: Lang) -> &'static Formats {
    let i = match lang {
        Lang::Fr => 0,
        Lang::En => 1,
        Lang::Ar if arabic_digits() => 3,
        Lang::Ar => 2,
    };
    &FORMATS[i]
}

/// A whole number: "1 234" in French, "1,234" in English.
pub fn number(n: i64) -> String {
    formats_of(current()).decimal.format(&Decimal::from(n)).to_string()
}

/// `value` × 10^`exponent`, with exactly `places` decimals, or as few as
/// needed when `places` is `None`.
fn decimal(value: i64, exponent: i16, places: Option<i16>) -> String {
    let mut d = Decimal::from(value);
    d.multiply_pow10(exponent);
    match places {
        Some(p) => d.pad_end(-p),
        None => d.trim_end(),
    }
    formats_of(current()).decimal.format(&d).to_string()
}

/// A price: "14,30 €", "€14.30", "14.30 €". Where the sign goes is the
/// translation's (`money`); the digits and separators are CLDR's.
pub fn money(cents: i64) -> String {
    tr("money-amount", &[("amount", Arg::Text(decimal(cents, -2, Some(2))))])
}

/// Thousandths without trailing zeros: 1 500 → "1,5" (French), "1.5".
pub fn quantity(milli: i64) -> String {
    decimal(milli, -3, None)
}

/// A quantity with its unit, the unit agreeing with the number: "1,5 kg",
/// "1 bocal", "3 bocaux"; Arabic's dual, "علبتان زجاجيتان". The unit's
/// code chooses the words, the count their plural form; a fraction (only
/// weights and volumes have one) takes the form of many.
pub fn amount(milli: i64, unit: crate::domain::quantity::Unit) -> String {
    use crate::domain::quantity::MILLI;
    let count = if milli % MILLI == 0 { milli / MILLI } else { 100 };
    tr("unit-amount", &[("qty", Arg::Text(quantity(milli))), ("count", Arg::Num(count)), ("unit", Arg::Text(unit.code().to_string()))])
}

/// A moment out of chrono's range (a number typed into a form, say) reads
/// as the epoch rather than stopping the server.
fn local(ts: i64) -> DateTime<chrono_tz::Tz> {
    Paris.timestamp_opt(ts, 0).single().unwrap_or_else(|| DateTime::<chrono::Utc>::UNIX_EPOCH.with_timezone(&Paris))
}

fn icu_date(ts: i64) -> Date<Gregorian> {
    let d = local(ts);
    Date::try_new_gregorian(d.year(), d.month() as u8, d.day() as u8).unwrap_or_else(|_| Date::try_new_gregorian(1970, 1, 1).expect("1 January 1970 is a date"))
}

/// "20:00", "8:00 PM".
pub fn hour(ts: i64) -> String {
    let d = local(ts);
    let time = Time::try_new(d.hour() as u8, d.minute() as u8, 0, 0).unwrap_or(Time::start_of_day());
    formats_of(current()).time.format(&time).to_string()
}

/// "jeudi 3 décembre", "Thursday, December 3".
pub fn day(ts: i64) -> String {
    formats_of(current()).day.format(&icu_date(ts)).to_string()
}

/// "déc. 2026", "Dec 2026": a month of a report.
pub fn month(ts: i64) -> String {
    formats_of(current()).month.format(&icu_date(ts)).to_string()
}

/// "3 décembre 2026": a document's date.
pub fn date(ts: i64) -> String {
    formats_of(current()).date.format(&icu_date(ts)).to_string()
}

/// "jeudi 3 décembre à 20:00".
pub fn moment(ts: i64) -> String {
    tr("time-moment", &[("day", day(ts)), ("time", hour(ts))])
}

/// "samedi 5 décembre, de 10:00 à 12:00".
pub fn window(start: i64, end: i64) -> String {
    tr("time-window", &[("day", day(start)), ("start", hour(start)), ("end", hour(end))])
}

/// "de 10:00 à 12:00".
pub fn hours(start: i64, end: i64) -> String {
    tr("time-hours", &[("start", hour(start)), ("end", hour(end))])
}

/// A length of time given: "3 h", "2 h 30", "45 min".
pub fn duration(secs: i64) -> String {
    let minutes = secs.max(0) / 60;
    match (minutes / 60, minutes % 60) {
        (h, 0) => tr("time-duration_hours", &[("hours", Arg::Num(h))]),
        (0, m) => tr("time-duration_minutes", &[("minutes", Arg::Num(m))]),
        (h, m) => tr("time-duration_hours_minutes", &[("hours", Arg::Num(h)), ("minutes", Arg::Num(m))]),
    }
}

/// How Fluent shows a number in a sentence ("{ $n } foyers"): the
/// language's digits and grouping, not Rust's.
/// The count itself rides in the number's options (see `i18n::count`).
pub fn fluent_number<M>(value: &fluent_bundle::FluentValue, _memoizer: &M) -> Option<String> {
    match value {
        fluent_bundle::FluentValue::Number(n) => match n.options.currency.as_deref().and_then(|c| c.parse::<i64>().ok()) {
            Some(count) => Some(number(count)),
            None if n.value.fract() == 0.0 && n.value.abs() < 1e15 => Some(number(n.value as i64)),
            None => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cycles::time::{parse_day_time, parse_local};

    fn all<R>(f: impl Fn() -> R) -> [R; 3] {
        Lang::ALL.map(|l| in_lang(l, &f))
    }

    #[test]
    fn prices_in_each_language() {
        let [fr, en, ar] = all(|| money(1430));
        assert_eq!(fr, "14,30\u{a0}€");
        assert_eq!(en, "€14.30");
        assert!(ar.contains("14.30") && ar.contains('€'), "{ar}");
        let [fr, en, _] = all(|| money(123_456_789));
        assert_eq!(fr, "1\u{202f}234\u{202f}567,89\u{a0}€");
        assert_eq!(en, "€1,234,567.89");
        assert_eq!(in_lang(Lang::Fr, || money(5)), "0,05\u{a0}€");
        assert_eq!(in_lang(Lang::Fr, || money(500)), "5,00\u{a0}€");
        assert_eq!(in_lang(Lang::En, || money(-250)), "€-2.50");
    }

    #[test]
    fn arabic_digits_are_the_associations_choice() {
        // One test touches the switch, so others never see it on.
        assert_eq!(in_lang(Lang::Ar, || quantity(1500)), "1.5");
        set_arabic_digits(true);
        let arab = in_lang(Lang::Ar, || (quantity(1500), money(1430), number(1234)));
        let latin_fr = in_lang(Lang::Fr, || quantity(1500));
        set_arabic_digits(false);
        assert_eq!(arab.0, "١٫٥");
        assert!(arab.1.contains("١٤٫٣٠"), "{}", arab.1);
        assert_eq!(arab.2, "١٬٢٣٤");
        assert_eq!(latin_fr, "1,5", "French keeps its digits");
        assert_eq!(in_lang(Lang::Ar, || number(1234)), "1,234");
    }

    #[test]
    fn quantities_lose_their_trailing_zeros() {
        let [fr, en, ar] = all(|| quantity(1500));
        assert_eq!((fr.as_str(), en.as_str(), ar.as_str()), ("1,5", "1.5", "1.5"));
        assert_eq!(in_lang(Lang::Fr, || quantity(2000)), "2");
        assert_eq!(in_lang(Lang::Fr, || quantity(250)), "0,25");
        assert_eq!(in_lang(Lang::En, || quantity(1)), "0.001");
    }

    #[test]
    fn dates_and_times_in_each_language() {
        // 3 December 2026, 20:00 in Paris.
        let ts = parse_local("2026-12-03T20:00").unwrap();
        let [fr, en, ar] = all(|| moment(ts));
        assert_eq!(fr, "jeudi 3 décembre à 20:00");
        assert!(en.contains("Thursday") && en.contains("December 3") && en.contains("8:00"), "{en}");
        assert!(ar.contains("الخميس") && ar.contains("ديسمبر") && ar.contains('3'), "{ar}");
        let [fr, en, _] = all(|| date(ts));
        assert_eq!(fr, "3 décembre 2026");
        assert_eq!(en, "December 3, 2026");
        // Summer time: 1 July 2026, 18:30 stays 18:30 in Paris.
        let summer = parse_day_time("2026-07-01", "18:30").unwrap();
        assert_eq!(in_lang(Lang::Fr, || hour(summer)), "18:30");
        let start = parse_day_time("2026-12-05", "10:00").unwrap();
        let end = parse_day_time("2026-12-05", "12:00").unwrap();
        assert_eq!(in_lang(Lang::Fr, || window(start, end)), "samedi 5 décembre, de 10:00 à 12:00");
        assert_eq!(in_lang(Lang::Fr, || hours(start, end)), "de 10:00 à 12:00");
        // Out of range reads as the epoch, never a panic.
        assert_eq!(in_lang(Lang::Fr, || moment(i64::MAX)), in_lang(Lang::Fr, || moment(0)));
    }

    #[test]
    fn units_agree_with_their_number() {
        use crate::domain::quantity::Unit;
        assert_eq!(in_lang(Lang::Fr, || amount(1000, Unit::Jar)), "1 bocal");
        assert_eq!(in_lang(Lang::Fr, || amount(3000, Unit::Jar)), "3 bocaux");
        assert_eq!(in_lang(Lang::Fr, || amount(1500, Unit::Kg)), "1,5 kg");
        assert_eq!(in_lang(Lang::En, || amount(2000, Unit::Bottle)), "2 bottles");
        assert_eq!(in_lang(Lang::En, || amount(1000, Unit::Piece)), "1 piece");
        let ar = |m| in_lang(Lang::Ar, || amount(m, Unit::Bag));
        assert_eq!(ar(2000), "كيسان", "Arabic says two bags with the dual");
        assert!(ar(3000).contains("أكياس") && ar(11_000).contains("كيسًا") && ar(100_000).ends_with("كيس"), "few, many, other");
        // Every unit has its words in every language.
        for lang in Lang::ALL {
            for unit in Unit::ALL {
                assert!(!in_lang(lang, || amount(2000, unit)).contains('…'), "{lang:?} {unit:?}");
            }
        }
    }

    #[test]
    fn durations_given() {
        assert_eq!(in_lang(Lang::Fr, || duration(3 * 3600)), "3 h");
        assert_eq!(in_lang(Lang::Fr, || duration(2 * 3600 + 1800)), "2 h 30");
        assert_eq!(in_lang(Lang::Fr, || duration(45 * 60)), "45 min");
        assert_eq!(in_lang(Lang::Fr, || duration(-5)), "0 h");
        assert_eq!(in_lang(Lang::En, || duration(2 * 3600 + 1800)), "2 h 30 min");
    }
}
