//! The member catalogue: phone-first, grouped by category, searched and
//! filtered on the server, every price at the household's tier.

use crate::ui::widgets::{marked, query_param, strong, urlencode, loaded, FormError, Wait};
use crate::catalogue::{api::catalogue, Label, ProductCard};
use crate::domain::{pricing::format_euros, quantity::format_amount};
use crate::i18n::{t, tr, Arg};
use leptos::prelude::*;
use leptos_router::components::{Form, A};
use crate::routes;

#[component]
pub fn CataloguePage() -> impl IntoView {
    let q = query_param("q");
    let category = query_param("categorie");
    let label = query_param("label");
    let page = query_param("page");
    let welcome = query_param("bienvenue");
    let data = Resource::new(
        move || (q.get(), category.get(), label.get(), page.get()),
        |(q, c, l, p)| catalogue(q, c.parse().unwrap_or(0), l, p.parse().unwrap_or(1)),
    );
    // A stepper refused without JavaScript comes back here with the reason.
    let step = ServerAction::<crate::orders::api::BasketLine>::new();
    let step_error = Signal::derive(move || step.value().get().and_then(|r| r.err()).map(|e| e.message()));
    view! {
        <h1 class="visually-hidden">{t("catalogue-title")}</h1>
        <FormError error=step_error/>
        {move || (!welcome.get().is_empty()).then(|| view! { <p class="ok" role="status">{t("catalogue-welcome")}</p> })}
        {loaded(data, Wait::Said, move |page_data| {
            let current_cat = category.get_untracked();
            let current_label = label.get_untracked();
            let cats = page_data.categories.clone();
            let pager_view = pager(page_data.page, page_data.pages, q.get_untracked(), current_cat.clone(), current_label.clone());
            let ordering = page_data.ordering.clone();
            let open = ordering.as_ref().is_some_and(|o| !o.needs_tier);
            view! {
                <Form method="GET" action="/catalogue" attr:class="search" attr:role="search">
                    <label for="q" class="visually-hidden">{t("catalogue-search")}</label>
                    <input id="q" type="search" name="q" value=q.get_untracked() placeholder=t("catalogue-search_placeholder") maxlength="100"/>
                    <div class="filters">
                        <label for="categorie" class="visually-hidden">{t("catalogue-category")}</label>
                        <select id="categorie" name="categorie">
                            <option value="">{t("catalogue-all_categories")}</option>
                            {cats.into_iter().map(|c| {
                                let selected = c.id.to_string() == current_cat;
                                view! { <option value=c.id.to_string() selected=selected>{c.name}</option> }
                            }).collect_view()}
                        </select>
                        <label for="label" class="visually-hidden">{t("catalogue-label")}</label>
                        <select id="label" name="label">
                            <option value="">{t("catalogue-all_labels")}</option>
                            {Label::ALL.into_iter().map(|l| {
                                let selected = l.code() == current_label;
                                view! { <option value=l.code() selected=selected>{t(l.label_key())}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="primary">{t("catalogue-search_submit")}</button>
                </Form>
                {ordering.as_ref().filter(|o| o.needs_tier).map(|_| view! {
                    <p class="card">{t("error-choose_tier_first")} " " <a href=routes::CHOOSE_TIER>{t("order-choose_tier")}</a></p>
                })}
                <p class="hint" aria-live="polite">{tr("catalogue-products_found", &[("count", page_data.total)])}</p>
                {product_groups(page_data.products, open)}
                {pager_view}
                {ordering.filter(|o| !o.needs_tier).map(|o| view! {
                    // The basket in sight at the bottom of the screen, a tap
                    // away; public/basket.js keeps it up to date.
                    <a class="basket-bar" href=routes::ORDER>
                        <span data-bar="">{crate::orders::api::bar_words(o.bar)}</span>
                        <strong>{t("basket-see")}</strong>
                    </a>
                })}
            }.into_any()
        })}
    }
}

/// Consecutive products of one category go under one heading.
fn product_groups(products: Vec<ProductCard>, open: bool) -> impl IntoView {
    let mut groups: Vec<(String, Vec<ProductCard>)> = Vec::new();
    for p in products {
        match groups.last_mut() {
            Some((name, list)) if *name == p.category => list.push(p),
            _ => groups.push((p.category.clone(), vec![p])),
        }
    }
    groups
        .into_iter()
        .map(move |(name, list)| {
            view! {
                <section class="category">
                    <h2>{name}</h2>
                    <ul class="products">{list.into_iter().map(|p| product_card(p, open)).collect_view()}</ul>
                </section>
            }
        })
        .collect_view()
}

fn product_card(p: ProductCard, open: bool) -> impl IntoView {
    let unit = t(p.unit.label_key());
    let step = (p.step_milli != 1000 || p.min_milli != p.step_milli).then(|| {
        let mut s = tr("catalogue-by", &[("amount", format_amount(p.step_milli, p.unit))]);
        if p.min_milli != p.step_milli {
            s.push_str(" · ");
            s.push_str(&tr("catalogue-min", &[("amount", format_amount(p.min_milli, p.unit))]));
        }
        s
    });
    // With a cycle open: its stepper, or why there is none.
    let order = match &p.order {
        Some(o) => Some(crate::orders::pages::stepper(p.id, &p.name, p.unit, o).into_any()),
        None if open => Some(view! { <p class="hint not-offered">{t("basket-not_offered")}</p> }.into_any()),
        None => None,
    };
    view! {
        <li class="product" id=format!("p-{}", p.id)>
            {p.photo_url.map(|src| view! { <img src=src alt="" width="72" height="72" loading="lazy" decoding="async"/> })}
            <div class="info">
                <h3>{p.name}</h3>
                <p class="producer">{p.producer} " · " {tr("catalogue-place_distance", &[("place", Arg::Text(p.place)), ("km", Arg::Num(p.distance_km))])}</p>
                {(!p.description.is_empty()).then(|| view! { <p class="desc">{p.description}</p> })}
                <p class="labels">
                    {p.labels.iter().map(|l| view! { <span class=format!("badge badge-{}", l.code())>{t(l.label_key())}</span> }).collect_view()}
                </p>
                {p.decided_by.map(|d| view! { <p class="desc"><a href=routes::proposal(d)>{t("catalogue-decided_by")}</a></p> })}
            </div>
            <div class="price">
                {marked("unit-price_per", &[("price", Arg::Text(format_euros(p.price_cents))), ("unit", Arg::from(unit))], &[("price", strong)])}
                {step.map(|s| view! { <small>{s}</small> })}
                {p.full_price_cents.map(|f| view! { <small class="full">{tr("catalogue-producer_price", &[("price", format_euros(f))])}</small> })}
            </div>
            {order}
        </li>
    }
}

fn page_link(q: &str, cat: &str, label: &str, n: i64) -> String {
    format!("{}?q={}&categorie={}&label={}&page={n}", routes::CATALOGUE, urlencode(q), urlencode(cat), urlencode(label))
}

fn pager(page: i64, pages: i64, q: String, cat: String, label: String) -> impl IntoView {
    let link = move |n: i64| page_link(&q, &cat, &label, n);
    (pages > 1).then(|| {
        view! {
            <nav class="pager" aria-label=t("catalogue-pages")>
                {(page > 1).then(|| view! { <A href=link(page - 1)>{t("catalogue-previous")}</A> })}
                <span>{tr("catalogue-page", &[("page", page), ("pages", pages)])}</span>
                {(page < pages).then(|| view! { <A href=link(page + 1)>{t("catalogue-next")}</A> })}
            </nav>
        }
    })
}
