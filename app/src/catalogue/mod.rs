//! The catalogue: producers, categories and products, shown to each
//! household at its own prices.

use crate::domain::quantity::Unit;
use serde::{Deserialize, Serialize};

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;

/// Products per page of the member catalogue: small enough for a slow phone,
/// big enough that a group's catalogue of 150 fits in three pages.
pub const PAGE_SIZE: i64 = 60;

/// Labels a product may carry; stored as codes.
pub const LABELS: [&str; 4] = ["bio", "local", "vrac", "equitable"];

pub fn label_key(code: &str) -> &'static str {
    match code {
        "bio" => "label.bio",
        "local" => "label.local",
        "vrac" => "label.vrac",
        "equitable" => "label.equitable",
        _ => "label.unknown",
    }
}

/// Stores labels as `,bio,local,` so that one `LIKE '%,bio,%'` filters them
/// the same way on SQLite and PostgreSQL.
pub fn encode_labels(labels: &[&str]) -> String {
    let known: Vec<&str> = LABELS.iter().copied().filter(|l| labels.contains(l)).collect();
    if known.is_empty() {
        String::new()
    } else {
        format!(",{},", known.join(","))
    }
}

pub fn decode_labels(stored: &str) -> Vec<String> {
    stored.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect()
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Category {
    pub id: i64,
    pub name: String,
    pub position: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Producer {
    pub id: i64,
    pub name: String,
    pub place: String,
    pub distance_km: i64,
    pub story: String,
    /// Only ever filled for coordinators.
    pub contact: String,
}

/// A product as a member sees it: the price is already at their tier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProductCard {
    pub id: i64,
    pub name: String,
    pub description: String,
    pub producer: String,
    pub place: String,
    pub distance_km: i64,
    pub category_id: i64,
    pub category: String,
    pub unit: Unit,
    pub step_milli: i64,
    pub min_milli: i64,
    pub price_cents: i64,
    pub full_price_cents: Option<i64>,
    pub labels: Vec<String>,
    pub photo_url: Option<String>,
    /// The commission decision that put it in the catalogue, if any.
    pub decided_by: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CataloguePage {
    pub products: Vec<ProductCard>,
    pub categories: Vec<Category>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProductRow {
    pub id: i64,
    pub name: String,
    pub producer: String,
    pub category: String,
    pub unit: Unit,
    pub price_cents: i64,
    pub active: bool,
}

/// A product as the edit form holds it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct ProductForm {
    pub id: Option<i64>,
    pub name: String,
    pub description: String,
    pub producer_id: i64,
    pub category_id: i64,
    pub unit: String,
    pub step: String,
    pub min: String,
    pub price: String,
    pub labels: Vec<String>,
    pub photo_url: String,
    pub active: bool,
    pub cap_household: String,
    pub cap_cycle: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProductEditor {
    pub product: ProductForm,
    pub producers: Vec<Producer>,
    pub categories: Vec<Category>,
}

/// A product that passed validation, ready to store.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidProduct {
    pub name: String,
    pub description: String,
    pub producer_id: i64,
    pub category_id: i64,
    pub unit: Unit,
    pub step_milli: i64,
    pub min_milli: i64,
    pub price_cents: i64,
    pub labels: String,
    pub photo_url: Option<String>,
    pub active: bool,
    pub cap_household_milli: Option<i64>,
    pub cap_cycle_milli: Option<i64>,
    pub search_text: String,
}

/// Raw fields of the product form, as typed.
pub struct ProductInput<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub producer_id: i64,
    pub category_id: i64,
    pub unit: &'a str,
    pub step: &'a str,
    pub min: &'a str,
    pub price: &'a str,
    pub labels: Vec<&'a str>,
    pub photo_url: &'a str,
    pub active: bool,
    pub cap_household: &'a str,
    pub cap_cycle: &'a str,
}

/// Checks a product form; on error returns (field key, message key).
pub fn validate_product(i: &ProductInput) -> Result<ValidProduct, (&'static str, &'static str)> {
    use crate::domain::{pricing, quantity, text};
    let name = text::required(i.name, text::MAX_NAME).map_err(|m| ("field.name", m))?;
    let description = text::optional(i.description, text::MAX_TEXT).map_err(|m| ("field.description", m))?;
    let unit = Unit::from_code(i.unit.trim()).ok_or(("field.unit", "error.unknown_unit"))?;
    let step_milli = quantity::parse_quantity(i.step).map_err(|m| ("field.step", m))?;
    let min_milli = match i.min.trim() {
        "" => step_milli,
        m => quantity::parse_quantity(m).map_err(|e| ("field.min", e))?,
    };
    quantity::validate_rule(unit, step_milli, min_milli).map_err(|m| ("field.step", m))?;
    let price_cents = pricing::parse_euros(i.price).map_err(|m| ("field.price", m))?;
    let cap = |s: &str, field: &'static str| -> Result<Option<i64>, (&'static str, &'static str)> {
        match s.trim() {
            "" => Ok(None),
            s => {
                let v = quantity::parse_quantity(s).map_err(|m| (field, m))?;
                if v == 0 {
                    return Err((field, "error.step_positive"));
                }
                if v > 1_000_000 * quantity::MILLI {
                    return Err((field, "error.qty_too_big"));
                }
                Ok(Some(v))
            }
        }
    };
    let cap_household_milli = cap(i.cap_household, "field.cap_household")?;
    let cap_cycle_milli = cap(i.cap_cycle, "field.cap_cycle")?;
    for (c, field) in [(cap_household_milli, "field.cap_household"), (cap_cycle_milli, "field.cap_cycle")] {
        if let Some(c) = c {
            quantity::validate_cap(step_milli, min_milli, c).map_err(|m| (field, m))?;
        }
    }
    let photo = text::photo_url(i.photo_url).map_err(|m| ("field.photo_url", m))?;
    for l in &i.labels {
        if !LABELS.contains(l) {
            return Err(("field.labels", "error.unknown_choice"));
        }
    }
    Ok(ValidProduct {
        search_text: text::fold(&format!("{name} {description}")),
        name,
        description,
        producer_id: i.producer_id,
        category_id: i.category_id,
        unit,
        step_milli,
        min_milli,
        price_cents,
        labels: encode_labels(&i.labels),
        photo_url: (!photo.is_empty()).then_some(photo),
        active: i.active,
        cap_household_milli,
        cap_cycle_milli,
    })
}

/// Turns a search box into a LIKE pattern over folded text: every word must
/// appear, in order ("pates compl" finds "Pâtes complètes").
pub fn search_pattern(q: &str) -> String {
    let folded = crate::domain::text::fold(q);
    let words: Vec<String> = folded
        .split_whitespace()
        .take(8)
        .map(|w| w.chars().filter(|c| *c != '%' && *c != '_').take(40).collect())
        .filter(|w: &String| !w.is_empty())
        .collect();
    if words.is_empty() {
        "%".into()
    } else {
        format!("%{}%", words.join("%"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>() -> ProductInput<'a> {
        ProductInput {
            name: "Lentilles vertes",
            description: "Du Berry",
            producer_id: 1,
            category_id: 1,
            unit: "kg",
            step: "0,5",
            min: "",
            price: "2,35",
            labels: vec!["bio", "vrac"],
            photo_url: "",
            active: true,
            cap_household: "",
            cap_cycle: "40",
        }
    }

    #[test]
    fn a_good_product_passes() {
        let p = validate_product(&input()).unwrap();
        assert_eq!(p.step_milli, 500);
        assert_eq!(p.min_milli, 500);
        assert_eq!(p.price_cents, 235);
        assert_eq!(p.labels, ",bio,vrac,");
        assert_eq!(p.cap_cycle_milli, Some(40_000));
        assert_eq!(p.search_text, "lentilles vertes du berry");
    }

    #[test]
    fn bad_products_name_the_field() {
        let long = "x".repeat(10_000);
        let cases: Vec<(Box<dyn Fn(&mut ProductInput)>, (&str, &str))> = vec![
            (Box::new(|i| i.name = "  "), ("field.name", "error.required")),
            (Box::new(|i| i.name = Box::leak(long.clone().into_boxed_str())), ("field.name", "error.too_long")),
            (Box::new(|i| i.price = "-2"), ("field.price", "error.price_negative")),
            (Box::new(|i| i.unit = "furlong"), ("field.unit", "error.unknown_unit")),
            (Box::new(|i| i.unit = "jar"), ("field.step", "error.step_whole_unit")),
            (Box::new(|i| i.labels = vec!["magic"]), ("field.labels", "error.unknown_choice")),
            (Box::new(|i| i.photo_url = "javascript:alert(1)"), ("field.photo_url", "error.photo_url")),
            (Box::new(|i| i.cap_cycle = "0"), ("field.cap_cycle", "error.step_positive")),
        ];
        for (change, expected) in cases {
            let mut i = input();
            change(&mut i);
            assert_eq!(validate_product(&i).unwrap_err(), expected);
        }
    }

    #[test]
    fn labels_round_trip_in_a_fixed_order() {
        assert_eq!(encode_labels(&["local", "bio", "nope"]), ",bio,local,");
        assert_eq!(decode_labels(",bio,local,"), vec!["bio", "local"]);
        assert_eq!(encode_labels(&[]), "");
    }

    #[test]
    fn search_patterns() {
        assert_eq!(search_pattern("Pâtes  compl"), "%pates%compl%");
        assert_eq!(search_pattern(""), "%");
        assert_eq!(search_pattern("100%_"), "%100%");
    }
}
