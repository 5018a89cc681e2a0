//! Server functions for the catalogue.

use super::{CataloguePage, Category, Producer, ProductEditor, ProductRow};
#[cfg(feature = "ssr")]
use super::ProductForm;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::{decode_labels, repo, search_pattern, validate_product, Label, ProductCard, ProductInput, PAGE_SIZE},
    crate::accounts::{repo as accounts_repo, session, Role},
    crate::domain::costs::{cost_price, ForCost},
    crate::domain::{pricing, text},
    crate::state::{now, pool},
};
#[cfg(feature = "ssr")]
use crate::routes;

/// One page of the member catalogue, every price at the asking household's
/// tier. The tier itself never leaves the server.
#[server(endpoint = "catalogue")]
pub async fn catalogue(q: String, category: i64, label: String, page: i64) -> Result<CataloguePage, AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let share = accounts_repo::household_share(&pool, user.household_id).await?;
    let show_full = accounts_repo::settings(&pool).await?.show_full_price;
    let q: String = q.chars().take(200).collect();
    let label = if Label::from_code(&label).is_some() { label } else { String::new() };
    let pattern = search_pattern(&q);
    let filter = repo::Filter { pattern: &pattern, category_id: category.max(0), label: &label };
    let total = repo::count_active(&pool, &filter).await?;
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let rows = repo::page_active(&pool, &filter, PAGE_SIZE, (page - 1) * PAGE_SIZE).await?;
    // While a cycle is open, each product it offers gets its stepper.
    let cycle = match user.household_id {
        Some(h) => crate::cycles::repo::open_now(&pool, now()).await?.map(|c| (h, c)),
        None => None,
    };
    let (mut steppers, ordering) = match cycle {
        Some((h, c)) => {
            let needs_tier = accounts_repo::chosen_share(&pool, h).await?.is_none();
            let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
            let s = crate::orders::api::steppers(&pool, h, c.id, share, Some(&ids)).await?;
            (if needs_tier { Vec::new() } else { s.list }, Some(super::Ordering { cycle_id: c.id, cycle_name: c.name, needs_tier, bar: s.bar }))
        }
        None => (Vec::new(), None),
    };
    // Prices are shares of the cost price: the producer's and the costs
    // in force (those of the open cycle too, while one is open).
    let costs = repo::active_costs(&pool).await?;
    let cycle_id = match &ordering {
        Some(o) => Some(o.cycle_id),
        None => crate::cycles::repo::open_now(&pool, now()).await?.map(|c| c.id),
    };
    let cost_of = |r: &repo::CatalogueRow| {
        cost_price(&ForCost { product_id: r.id, category_id: r.category_id, unit: r.unit, producer_cents: r.price_cents }, &costs, cycle_id)
    };
    let products = rows
        .into_iter()
        .map(|r| ProductCard {
            price_cents: pricing::unit_price_at_tier(cost_of(&r), share),
            full_price_cents: (show_full && share != 100).then(|| cost_of(&r)),
            id: r.id,
            name: r.name,
            description: r.description,
            producer: r.producer,
            place: r.place,
            distance_km: r.distance_km,
            category_id: r.category_id,
            category: r.category,
            unit: r.unit,
            step_milli: r.step_milli,
            min_milli: r.min_milli,
            labels: decode_labels(&r.labels),
            photo_url: r.photo_url,
            decided_by: r.decided_by,
            order: steppers.iter().position(|(id, _)| *id == r.id).map(|i| steppers.swap_remove(i).1),
        })
        .collect();
    Ok(CataloguePage { ordering, products, categories: repo::categories(&pool).await?, total, page, pages })
}

#[server(endpoint = "categories")]
pub async fn categories() -> Result<Vec<Category>, AppError> {
    session::require_user().await?;
    Ok(repo::categories(&pool()?).await?)
}

/// Producers with their contact details: coordinators only.
#[server(endpoint = "producers")]
pub async fn producers() -> Result<Vec<Producer>, AppError> {
    session::require_role(Role::Coordinator).await?;
    Ok(repo::producers(&pool()?, true).await?)
}

#[server(endpoint = "save_producer")]
pub async fn save_producer(
    id: Option<i64>,
    name: String,
    place: String,
    distance_km: String,
    story: String,
    contact: String,
) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let inv = |f: &'static str| move |m: &str| AppError::invalid(f, m);
    let name = text::required(&name, text::MAX_NAME).map_err(inv("field-name"))?;
    let place = text::required(&place, text::MAX_NAME).map_err(inv("field-place"))?;
    let distance_km = match text::whole_number(&distance_km) {
        Some(d) if (0..=20_000).contains(&d) => d,
        _ => return Err(AppError::invalid("field-distance_km", "error-number_invalid")),
    };
    let story = text::optional(&story, text::MAX_TEXT).map_err(inv("field-story"))?;
    let contact = text::optional(&contact, 500).map_err(inv("field-contact"))?;
    let producer = Producer { id: id.unwrap_or(0), name, place, distance_km, story, contact };
    if !repo::save_producer(&pool()?, id, &producer, &text::fold(&producer.name)).await? {
        return Err(AppError::Conflict("error-name_taken".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::PRODUCERS));
    Ok(())
}

#[server(endpoint = "save_category")]
pub async fn save_category(id: Option<i64>, name: String, position: String) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let name = text::required(&name, 60).map_err(|m| AppError::invalid("field-name", m))?;
    let position = match position.trim() {
        "" => 0,
        p => text::whole_number(p)
            .filter(|p| (0..=10_000).contains(p))
            .ok_or_else(|| AppError::invalid("field-position", "error-number_invalid"))?,
    };
    if !repo::save_category(&pool()?, id, &name, position).await? {
        return Err(AppError::Conflict("error-name_taken".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::CATEGORIES));
    Ok(())
}

/// The coordinators' product list, inactive ones included.
#[server(endpoint = "product_rows")]
pub async fn product_rows(q: String, page: i64) -> Result<(Vec<ProductRow>, i64), AppError> {
    session::require_role(Role::Coordinator).await?;
    let pattern = search_pattern(&q.chars().take(200).collect::<String>());
    // The page comes from the request and can be anything: past the last
    // page the list is empty, and `(page - 1) * 100` must not overflow (in
    // a debug build that panicked into a 500; found by tests/matrix.rs).
    let page = page.clamp(1, 1_000_000);
    Ok(repo::product_rows(&pool()?, &pattern, 100, (page - 1) * 100).await?)
}

/// What the product form needs: the product (or a blank one) and the lists.
#[server(endpoint = "product_editor")]
pub async fn load_product_editor(id: Option<i64>) -> Result<ProductEditor, AppError> {
    session::require_role(Role::Coordinator).await?;
    let pool = pool()?;
    let product = match id {
        Some(id) => repo::product_form(&pool, id).await?.ok_or(AppError::NotFound)?,
        None => ProductForm { active: true, unit: "kg".into(), step: "1".into(), ..Default::default() },
    };
    Ok(ProductEditor { product, producers: repo::producers(&pool, false).await?, categories: repo::categories(&pool).await? })
}

#[allow(clippy::too_many_arguments)]
#[server(endpoint = "save_product")]
pub async fn save_product(
    id: Option<i64>,
    name: String,
    description: String,
    producer_id: i64,
    category_id: i64,
    unit: String,
    step: String,
    min: String,
    price: String,
    label_bio: Option<String>,
    label_local: Option<String>,
    label_vrac: Option<String>,
    label_equitable: Option<String>,
    photo_url: String,
    active: Option<String>,
    cap_household: String,
    cap_cycle: String,
) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let mut labels = Vec::new();
    for (on, code) in [(&label_bio, "bio"), (&label_local, "local"), (&label_vrac, "vrac"), (&label_equitable, "equitable")] {
        if on.is_some() {
            labels.push(code);
        }
    }
    let input = ProductInput {
        name: &name,
        description: &description,
        producer_id,
        category_id,
        unit: &unit,
        step: &step,
        min: &min,
        price: &price,
        labels,
        photo_url: &photo_url,
        active: active.is_some(),
        cap_household: &cap_household,
        cap_cycle: &cap_cycle,
    };
    let valid = validate_product(&input).map_err(|all| AppError::fields(&all))?;
    let Some(_) = repo::save_product(&pool()?, id, &valid, now()).await? else {
        return Err(AppError::Conflict("error-stale_form".into()));
    };
    leptos_axum::redirect(&format!("{}?ok=1", routes::PRODUCTS));
    Ok(())
}

/// "Why this price": the producer's price, each cost, the cost price and
/// the asking household's own price. Its share shows to it alone.
#[server(endpoint = "price_explained")]
pub async fn price_explained(product_id: i64) -> Result<super::PriceExplained, AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let p = repo::priced_product(&pool, product_id).await?.ok_or(AppError::NotFound)?;
    let share = accounts_repo::household_share(&pool, user.household_id).await?;
    let cycle_id = crate::cycles::repo::open_now(&pool, now()).await?.map(|c| c.id);
    let costs = repo::active_costs(&pool).await?;
    let b = crate::domain::costs::breakdown(&ForCost { product_id, category_id: p.category_id, unit: p.unit, producer_cents: p.price_cents }, &costs, cycle_id);
    Ok(super::PriceExplained {
        product: p.name,
        producer: p.producer,
        unit: p.unit,
        producer_cents: b.producer_cents,
        my_cents: pricing::unit_price_at_tier(b.cost_cents, share),
        costs: b.costs,
        cost_cents: b.cost_cents,
        share_percent: share,
    })
}

/// The costs added to producers' prices, and what a new one may name.
#[server(endpoint = "costs")]
pub async fn costs() -> Result<super::CostsPage, AppError> {
    session::require_role(Role::Coordinator).await?;
    let pool = pool()?;
    Ok(super::CostsPage {
        costs: repo::cost_rows(&pool).await?,
        categories: repo::categories(&pool).await?,
        products: repo::active_product_names(&pool).await?.into_iter().map(|p| (p.id, p.name)).collect(),
        cycles: crate::cycles::repo::not_done(&pool).await?,
    })
}

/// Adds a cost. To change one, withdraw it and add the new one: the prices
/// already ordered keep what they were.
#[server(endpoint = "add_cost")]
pub async fn add_cost(name: String, kind: String, amount: String, scope: String, category_id: Option<String>, product_id: Option<String>, cycle_id: Option<String>) -> Result<(), AppError> {
    use crate::domain::costs::{parse_cost_amount, parse_percent, Cost, CostKind, CostScope};
    let user = session::require_role(Role::Coordinator).await?;
    let mut problems = crate::error::Problems::default();
    let name = problems.field("field-name", text::required(&name, text::MAX_NAME));
    let kind = problems.field("field-cost_kind", CostKind::from_code(&kind).ok_or("error-unknown_choice"));
    let scope = problems.field("field-cost_scope", CostScope::from_code(&scope).ok_or("error-unknown_choice"));
    let (amount_cents, percent) = match kind {
        Some(CostKind::Percent) => (Some(0), problems.field("field-cost_amount", parse_percent(&amount))),
        Some(_) => (problems.field("field-cost_amount", parse_cost_amount(&amount)), Some(Default::default())),
        None => (None, None),
    };
    // The lists send an empty value for "none".
    let chosen = |id: Option<String>| id.as_deref().and_then(text::whole_number).filter(|i| *i > 0).map(Some).ok_or("error-required");
    let target = match scope {
        Some(CostScope::All) => Some(None),
        Some(CostScope::Category) => problems.field("field-category", chosen(category_id)),
        Some(CostScope::Product) => problems.field("field-product", chosen(product_id)),
        Some(CostScope::Cycle) => problems.field("field-cycle", chosen(cycle_id)),
        None => None,
    };
    problems.done()?;
    let (Some(name), Some(kind), Some(scope), Some(amount_cents), Some(percent), Some(target)) = (name, kind, scope, amount_cents, percent, target) else {
        return Err(AppError::Internal);
    };
    let cost = Cost { name, kind, amount_cents, percent, scope, target };
    if !repo::add_cost(&pool()?, &cost, user.account_id, now()).await? {
        return Err(AppError::invalid("field-cost_scope", "error-unknown_choice"));
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::COSTS));
    Ok(())
}

/// Withdraws a cost from the prices to come.
#[server(endpoint = "withdraw_cost")]
pub async fn withdraw_cost(id: i64) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    if !repo::withdraw_cost(&pool()?, id).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::COSTS));
    Ok(())
}
