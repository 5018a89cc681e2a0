//! Solidarity prices. The producer sets the price; a household pays a share of
//! it according to its price tier. Money is integer cents, quantities integer
//! thousandths of their unit, and every rounding happens once, at the end,
//! half away from zero, so that a basket's total is the sum of exact lines.

/// Shares are whole percents. Above 100 is a "supporting" tier that helps
/// pay for the others; 300 % is a sane upper bound against typos.
pub const MIN_SHARE_PERCENT: i64 = 1;
pub const MAX_SHARE_PERCENT: i64 = 300;

/// Largest producer price a coordinator may type: 10 000 € per unit.
pub const MAX_PRICE_CENTS: i64 = 1_000_000;

/// Divides, rounding half away from zero. `den` must be positive.
fn div_round(num: i128, den: i128) -> i128 {
    debug_assert!(den > 0);
    if num >= 0 {
        (num + den / 2) / den
    } else {
        -((-num + den / 2) / den)
    }
}

/// Price of one whole unit at a tier, in cents (what the catalogue shows).
pub fn unit_price_at_tier(price_cents: i64, share_percent: i64) -> i64 {
    div_round(price_cents as i128 * share_percent as i128, 100) as i64
}

/// Price of a line: `qty_milli` thousandths of a unit at `price_cents` per
/// unit, at the tier's share. Computed exactly, rounded once.
pub fn line_price_at_tier(price_cents: i64, qty_milli: i64, share_percent: i64) -> i64 {
    div_round(
        price_cents as i128 * qty_milli as i128 * share_percent as i128,
        1000 * 100,
    ) as i64
}

/// Validates a tier share typed by an admin.
pub fn validate_share(share_percent: i64) -> Result<i64, &'static str> {
    if (MIN_SHARE_PERCENT..=MAX_SHARE_PERCENT).contains(&share_percent) {
        Ok(share_percent)
    } else {
        Err("error-share_range")
    }
}

/// A price as the reader reads it ("12,34 €", "€12.34"): worded by
/// `i18n::format` from CLDR's data; kept here under its old name.
pub use crate::i18n::format::money as format_euros;

/// Parses a price typed in euros by a person: `2,35`, `2.35`, `2`, `2,5 €`.
/// Returns cents. Refuses negatives, more than two decimals, and absurd sizes.
pub fn parse_euros(input: &str) -> Result<i64, &'static str> {
    parse_euros_up_to(input, MAX_PRICE_CENTS)
}

/// As [`parse_euros`], for a sum that may be larger than a price (a
/// grant): at most `max_cents`.
pub fn parse_euros_up_to(input: &str, max_cents: i64) -> Result<i64, &'static str> {
    let s: String = crate::domain::text::latin_digits(input)
        .trim()
        .trim_end_matches('€')
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if s.is_empty() {
        return Err("error-price_required");
    }
    if s.starts_with('-') {
        return Err("error-price_negative");
    }
    let s = s.replace(',', ".");
    let (whole, frac) = match s.split_once('.') {
        Some((w, f)) => (w, f),
        None => (s.as_str(), ""),
    };
    if whole.is_empty() && frac.is_empty() {
        return Err("error-price_invalid");
    }
    if !whole.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) {
        return Err("error-price_invalid");
    }
    if frac.len() > 2 {
        return Err("error-price_invalid");
    }
    if whole.len() > 7 {
        return Err("error-price_too_high");
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| "error-price_invalid")? };
    let frac: i64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<i64>().map_err(|_| "error-price_invalid")? * 10,
        _ => frac.parse().map_err(|_| "error-price_invalid")?,
    };
    let cents = whole * 100 + frac;
    if cents > max_cents {
        return Err("error-price_too_high");
    }
    Ok(cents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_tier_is_the_producer_price() {
        assert_eq!(unit_price_at_tier(235, 100), 235);
        assert_eq!(line_price_at_tier(235, 1000, 100), 235);
    }

    #[test]
    fn half_kilo_of_lentils_at_ten_percent_rounds_half_up() {
        // 2,35 € × 0,5 kg × 10 % = 0,1175 € → 0,12 €
        assert_eq!(line_price_at_tier(235, 500, 10), 12);
        // 2,35 € × 0,5 kg × 50 % = 0,5875 € → 0,59 €
        assert_eq!(line_price_at_tier(235, 500, 50), 59);
    }

    #[test]
    fn unit_price_at_tier_rounds_once() {
        assert_eq!(unit_price_at_tier(235, 50), 118); // 117,5 → 118
        assert_eq!(unit_price_at_tier(235, 10), 24); // 23,5 → 24
        assert_eq!(unit_price_at_tier(1, 10), 0); // 0,1 cent → 0
        assert_eq!(unit_price_at_tier(5, 10), 1); // 0,5 cent → 1
    }

    #[test]
    fn supporting_tier_above_full_price() {
        assert_eq!(unit_price_at_tier(1000, 120), 1200);
        assert_eq!(line_price_at_tier(399, 1250, 120), 599); // 5,985 → 5,99
    }

    #[test]
    fn large_values_do_not_overflow() {
        assert_eq!(
            line_price_at_tier(MAX_PRICE_CENTS, 1_000_000_000, 300),
            MAX_PRICE_CENTS * 1_000_000 * 3
        );
    }

    #[test]
    fn share_bounds() {
        assert!(validate_share(0).is_err());
        assert!(validate_share(301).is_err());
        assert_eq!(validate_share(10), Ok(10));
        assert_eq!(validate_share(300), Ok(300));
    }

    #[test]
    fn formats_french_euros() {
        assert_eq!(format_euros(1234), "12,34\u{a0}€");
        assert_eq!(format_euros(5), "0,05\u{a0}€");
        assert_eq!(format_euros(123456789), "1\u{202f}234\u{202f}567,89\u{a0}€");
        assert_eq!(format_euros(-250), "-2,50\u{a0}€");
    }

    #[test]
    fn parses_prices_as_people_type_them() {
        assert_eq!(parse_euros("2,35"), Ok(235));
        assert_eq!(parse_euros("2.35"), Ok(235));
        assert_eq!(parse_euros(" 2,5 € "), Ok(250));
        assert_eq!(parse_euros("12"), Ok(1200));
        assert_eq!(parse_euros(",5"), Ok(50));
        assert_eq!(parse_euros("-1"), Err("error-price_negative"));
        assert_eq!(parse_euros(""), Err("error-price_required"));
        assert_eq!(parse_euros("abc"), Err("error-price_invalid"));
        assert_eq!(parse_euros("1,234"), Err("error-price_invalid"));
        assert_eq!(parse_euros("99999999"), Err("error-price_too_high"));
        assert_eq!(parse_euros("10000,01"), Err("error-price_too_high"));
    }
}
