//! Units and quantities. A quantity is an integer count of thousandths of its
//! unit (`500` = 0,5 kg), so 0,5 kg of lentils or 1,25 L of oil are exact.


/// Thousandths in one unit.
pub const MILLI: i64 = 1000;
/// No line in a household order is bigger than this (1 000 units).
pub const MAX_QTY_MILLI: i64 = 1_000 * MILLI;

vocabulary! {
    pub enum Unit {
        Kg = "kg" => "unit-kg",
        Litre = "l" => "unit-l",
        Piece = "piece" => "unit-piece",
        Jar = "jar" => "unit-jar",
        Bunch = "bunch" => "unit-bunch",
        Dozen = "dozen" => "unit-dozen",
        Bag = "bag" => "unit-bag",
        Bottle = "bottle" => "unit-bottle",
    }
}

impl Unit {
    /// Only what is weighed or poured may be ordered in fractions; a jar is a jar.
    pub fn is_divisible(self) -> bool {
        matches!(self, Unit::Kg | Unit::Litre)
    }
}

/// Parses a quantity typed by a person (`0,5`, `1.25`, `2`) into thousandths.
pub fn parse_quantity(input: &str) -> Result<i64, &'static str> {
    let s = crate::domain::text::latin_digits(input.trim()).replace(',', ".");
    if s.is_empty() {
        return Err("error-qty_required");
    }
    if s.starts_with('-') {
        return Err("error-qty_negative");
    }
    let (whole, frac) = s.split_once('.').unwrap_or((s.as_str(), ""));
    if (whole.is_empty() && frac.is_empty())
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
        || frac.len() > 3
    {
        return Err("error-qty_invalid");
    }
    if whole.len() > 6 {
        return Err("error-qty_too_big");
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| "error-qty_invalid")? };
    let mut frac_milli: i64 = 0;
    for (i, c) in frac.chars().enumerate() {
        frac_milli += (c as i64 - '0' as i64) * [100, 10, 1][i];
    }
    Ok(whole * MILLI + frac_milli)
}

/// Thousandths as the reader reads them ("1,5", "1.5").
pub use crate::i18n::format::quantity as format_quantity;

/// A quantity with its unit ("1,5 kg"), in the order the reader's language
/// puts them.
#[cfg(feature = "ssr")]
pub use crate::i18n::format::amount as format_amount;

/// In the browser the words come from the server (see `i18n`): this only
/// lets the shared pages compile.
#[cfg(not(feature = "ssr"))]
pub fn format_amount(_milli: i64, _unit: Unit) -> String {
    String::new()
}

/// How a product may be ordered: in steps of `step_milli`, at least
/// `min_milli`, for a unit. Checked when a coordinator saves a product.
pub fn validate_rule(unit: Unit, step_milli: i64, min_milli: i64) -> Result<(), &'static str> {
    if step_milli <= 0 || min_milli <= 0 {
        return Err("error-step_positive");
    }
    if step_milli > MAX_QTY_MILLI || min_milli > MAX_QTY_MILLI {
        return Err("error-qty_too_big");
    }
    if !unit.is_divisible() && (step_milli % MILLI != 0 || min_milli % MILLI != 0) {
        return Err("error-step_whole_unit");
    }
    if min_milli % step_milli != 0 {
        return Err("error-min_multiple_of_step");
    }
    Ok(())
}

/// Checks a cap (per household or per cycle) against the product's rule: a
/// cap below the minimum, or between two steps, can never be reached
/// exactly, and households would be refused quantities the page offers.
pub fn validate_cap(step_milli: i64, min_milli: i64, cap_milli: i64) -> Result<(), &'static str> {
    if cap_milli < min_milli {
        return Err("error-cap_below_min");
    }
    if step_milli > 0 && cap_milli % step_milli != 0 {
        return Err("error-cap_off_step");
    }
    Ok(())
}

/// Checks a quantity a household asks for against a product's rule and cap.
pub fn validate_order_quantity(
    qty_milli: i64,
    step_milli: i64,
    min_milli: i64,
    cap_household_milli: Option<i64>,
) -> Result<(), &'static str> {
    if qty_milli < 0 {
        return Err("error-qty_negative");
    }
    if qty_milli > MAX_QTY_MILLI {
        return Err("error-qty_too_big");
    }
    if qty_milli == 0 {
        return Ok(()); // zero removes the line
    }
    if qty_milli < min_milli {
        return Err("error-qty_below_min");
    }
    if qty_milli % step_milli != 0 {
        return Err("error-qty_off_step");
    }
    if let Some(cap) = cap_household_milli {
        if qty_milli > cap {
            return Err("error-qty_over_household_cap");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_codes_round_trip() {
        for u in Unit::ALL {
            assert_eq!(Unit::from_code(u.code()), Some(u));
        }
        assert_eq!(Unit::from_code("furlong"), None);
    }

    #[test]
    fn parses_quantities() {
        assert_eq!(parse_quantity("0,5"), Ok(500));
        assert_eq!(parse_quantity("1.25"), Ok(1250));
        assert_eq!(parse_quantity("2"), Ok(2000));
        assert_eq!(parse_quantity("0,125"), Ok(125));
        assert_eq!(parse_quantity("-1"), Err("error-qty_negative"));
        assert_eq!(parse_quantity("1,2345"), Err("error-qty_invalid"));
        assert_eq!(parse_quantity("deux"), Err("error-qty_invalid"));
        assert_eq!(parse_quantity("9999999"), Err("error-qty_too_big"));
    }

    #[test]
    fn formats_quantities() {
        assert_eq!(format_quantity(500), "0,5");
        assert_eq!(format_quantity(1250), "1,25");
        assert_eq!(format_quantity(3000), "3");
        assert_eq!(format_quantity(125), "0,125");
    }

    #[test]
    fn rules_for_units() {
        assert!(validate_rule(Unit::Kg, 500, 500).is_ok());
        assert!(validate_rule(Unit::Kg, 500, 1000).is_ok());
        assert_eq!(validate_rule(Unit::Jar, 500, 500), Err("error-step_whole_unit"));
        assert_eq!(validate_rule(Unit::Kg, 0, 500), Err("error-step_positive"));
        assert_eq!(validate_rule(Unit::Kg, 500, 750), Err("error-min_multiple_of_step"));
        assert_eq!(validate_rule(Unit::Kg, -500, 500), Err("error-step_positive"));
    }

    #[test]
    fn order_quantities_follow_step_min_and_cap() {
        assert!(validate_order_quantity(1500, 500, 500, None).is_ok());
        assert!(validate_order_quantity(0, 500, 500, None).is_ok());
        assert_eq!(validate_order_quantity(750, 500, 500, None), Err("error-qty_off_step"));
        assert_eq!(validate_order_quantity(500, 500, 1000, None), Err("error-qty_below_min"));
        assert_eq!(validate_order_quantity(-500, 500, 500, None), Err("error-qty_negative"));
        assert_eq!(validate_order_quantity(3000, 1000, 1000, Some(2000)), Err("error-qty_over_household_cap"));
        assert_eq!(validate_order_quantity(MAX_QTY_MILLI + 1, 1, 1, None), Err("error-qty_too_big"));
    }

    #[test]
    fn a_cap_no_step_reaches_is_refused() {
        assert_eq!(validate_cap(500, 1000, 10_000), Ok(()));
        assert_eq!(validate_cap(500, 1000, 1000), Ok(()));
        assert_eq!(validate_cap(500, 1000, 750), Err("error-cap_below_min"));
        assert_eq!(validate_cap(500, 500, 2_300), Err("error-cap_off_step"));
        assert_eq!(validate_cap(1000, 1000, 2_000), Ok(()));
    }
}
