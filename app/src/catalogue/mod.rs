//! The catalogue: producers, categories and products, shown to each
//! household at its own prices.

use crate::domain::quantity::Unit;
use serde::{Deserialize, Serialize};

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

/// Products per page of the member catalogue. Each carries its stepper
/// form (about 1,2 KB of HTML): 30 keep a page under the 60 KB a cheap
/// phone parses quickly (end2end/tests/budget.test.mjs), and a member finds
/// things by search and category rather than by scrolling.
pub const PAGE_SIZE: i64 = 30;

crate::domain::vocabulary::vocabulary! {
    /// Labels a product may carry; stored as codes.
    pub enum Label {
        Bio = "bio" => "label-bio",
        Local = "local" => "label-local",
        Bulk = "vrac" => "label-vrac",
        FairTrade = "equitable" => "label-equitable",
    }
}

/// Stores labels as `,bio,local,` so that one `LIKE '%,bio,%'` filters them
/// the same way on SQLite and PostgreSQL.
pub fn encode_labels(labels: &[&str]) -> String {
    let known: Vec<&str> = Label::ALL.into_iter().map(Label::code).filter(|l| labels.contains(l)).collect();
    if known.is_empty() {
        String::new()
    } else {
        format!(",{},", known.join(","))
    }
}

pub fn decode_labels(stored: &str) -> Vec<Label> {
    stored.split(',').filter_map(Label::from_code).collect()
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct Category {
    pub id: i64,
    pub name: String,
    pub position: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
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
    pub labels: Vec<Label>,
    pub photo_url: Option<String>,
    /// The commission decision that put it in the catalogue, if any.
    pub decided_by: Option<i64>,
    /// Its stepper, when the open cycle offers it to the household.
    pub order: Option<crate::orders::Orderable>,
}

/// Ordering from the catalogue while a cycle is open.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ordering {
    pub cycle_id: i64,
    pub cycle_name: String,
    /// The household chooses its tier before ordering: no steppers yet.
    pub needs_tier: bool,
    pub bar: crate::orders::BasketBar,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CataloguePage {
    /// `None` when no cycle is open (or the person has no household).
    pub ordering: Option<Ordering>,
    pub products: Vec<ProductCard>,
    pub categories: Vec<Category>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct ProductRow {
    pub id: i64,
    pub name: String,
    pub producer: String,
    pub category: String,
    pub unit: Unit,
    pub price_cents: i64,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::state::Flag"))]
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
    pub labels: Vec<Label>,
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

/// Checks a product form, saying every problem at once: (field, message)
/// for each, in the form's order.
pub fn validate_product(i: &ProductInput) -> Result<ValidProduct, Vec<(&'static str, &'static str)>> {
    use crate::domain::{pricing, quantity, text};
    type Problems = Vec<(&'static str, &'static str)>;
    fn note<T>(problems: &mut Problems, field: &'static str, r: Result<T, &'static str>) -> Option<T> {
        r.map_err(|m| problems.push((field, m))).ok()
    }
    let mut problems: Problems = Vec::new();
    let p = &mut problems;
    let name = note(p, "field-name", text::required(i.name, text::MAX_NAME));
    let description = note(p, "field-description", text::optional(i.description, text::MAX_TEXT));
    let unit = note(p, "field-unit", Unit::from_code(i.unit.trim()).ok_or("error-unknown_unit"));
    let step_milli = note(p, "field-step", quantity::parse_quantity(i.step));
    let min_milli = match i.min.trim() {
        "" => step_milli,
        m => note(p, "field-min", quantity::parse_quantity(m)),
    };
    let rule = match (unit, step_milli, min_milli) {
        (Some(u), Some(s), Some(m)) => note(p, "field-step", quantity::validate_rule(u, s, m).map(|_| (s, m))),
        _ => None,
    };
    let price_cents = note(p, "field-price", pricing::parse_euros(i.price));
    let cap = |s: &str| -> Result<Option<i64>, &'static str> {
        match s.trim() {
            "" => Ok(None),
            s => {
                let v = quantity::parse_quantity(s)?;
                if v == 0 {
                    return Err("error-step_positive");
                }
                if v > 1_000_000 * quantity::MILLI {
                    return Err("error-qty_too_big");
                }
                // A cap no quantity can reach exactly is refused.
                if let Some((step, min)) = rule {
                    quantity::validate_cap(step, min, v)?;
                }
                Ok(Some(v))
            }
        }
    };
    let cap_household_milli = note(p, "field-cap_household", cap(i.cap_household));
    let cap_cycle_milli = note(p, "field-cap_cycle", cap(i.cap_cycle));
    let photo = note(p, "field-photo_url", text::photo_url(i.photo_url));
    let labels_known = note(p, "field-labels", if i.labels.iter().all(|l| Label::from_code(l).is_some()) { Ok(()) } else { Err("error-unknown_choice") });
    match (name, description, unit, rule, price_cents, cap_household_milli, cap_cycle_milli, photo, labels_known) {
        (Some(name), Some(description), Some(unit), Some((step_milli, min_milli)), Some(price_cents), Some(cap_household_milli), Some(cap_cycle_milli), Some(photo), Some(())) => {
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
        _ => Err(problems),
    }
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
            (Box::new(|i| i.name = "  "), ("field-name", "error-required")),
            (Box::new(|i| i.name = Box::leak(long.clone().into_boxed_str())), ("field-name", "error-too_long")),
            (Box::new(|i| i.price = "-2"), ("field-price", "error-price_negative")),
            (Box::new(|i| i.unit = "furlong"), ("field-unit", "error-unknown_unit")),
            (Box::new(|i| i.unit = "jar"), ("field-step", "error-step_whole_unit")),
            (Box::new(|i| i.labels = vec!["magic"]), ("field-labels", "error-unknown_choice")),
            (Box::new(|i| i.photo_url = "javascript:alert(1)"), ("field-photo_url", "error-photo_url")),
            (Box::new(|i| i.cap_cycle = "0"), ("field-cap_cycle", "error-step_positive")),
        ];
        for (change, expected) in cases {
            let mut i = input();
            change(&mut i);
            assert_eq!(validate_product(&i).unwrap_err(), vec![expected]);
        }
    }

    #[test]
    fn every_problem_of_a_product_is_said_at_once() {
        let mut i = input();
        i.name = " ";
        i.price = "-2";
        i.cap_household = "0,7";
        assert_eq!(
            validate_product(&i).unwrap_err(),
            vec![("field-name", "error-required"), ("field-price", "error-price_negative"), ("field-cap_household", "error-cap_off_step")]
        );
    }

    #[test]
    fn labels_round_trip_in_a_fixed_order() {
        assert_eq!(encode_labels(&["local", "bio", "nope"]), ",bio,local,");
        assert_eq!(decode_labels(",bio,local,"), vec![Label::Bio, Label::Local]);
        assert_eq!(decode_labels(",bio,gone,"), vec![Label::Bio], "a label no longer known is left out");
        assert_eq!(encode_labels(&[]), "");
    }

    #[test]
    fn search_patterns() {
        assert_eq!(search_pattern("Pâtes  compl"), "%pates%compl%");
        assert_eq!(search_pattern(""), "%");
        assert_eq!(search_pattern("100%_"), "%100%");
    }
}

/// A cost the coordination adds to producers' prices, as listed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct CostRow {
    pub id: i64,
    pub name: String,
    pub kind: crate::domain::costs::CostKind,
    pub amount_cents: Option<i64>,
    /// A decimal as stored (`7.5`), for `Percent`.
    pub percent: Option<String>,
    pub scope: crate::domain::costs::CostScope,
    pub category_id: Option<i64>,
    pub product_id: Option<i64>,
    pub cycle_id: Option<i64>,
    /// The category, product or cycle's name (empty for every product).
    pub target: String,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::state::Flag"))]
    pub active: bool,
}

/// The costs page: the costs, and what a new one may apply to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CostsPage {
    pub costs: Vec<CostRow>,
    pub categories: Vec<Category>,
    pub products: Vec<(i64, String)>,
    pub cycles: Vec<(i64, String)>,
}

/// "Why this price": what the producer asks, each cost, the cost price,
/// and the asking household's price. Only ever sent to that household.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PriceExplained {
    pub product: String,
    pub producer: String,
    pub unit: Unit,
    pub producer_cents: i64,
    pub costs: Vec<(String, i64)>,
    pub cost_cents: i64,
    pub share_percent: i64,
    pub my_cents: i64,
}
