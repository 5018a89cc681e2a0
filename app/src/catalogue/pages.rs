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
        {move || (!welcome.get().is_empty()).then(|| view! {
            <p class="ok" role="status">{t("catalogue-welcome")}</p>
            <p><a href=format!("{}#adhesion", routes::ACCOUNT)>{t("catalogue-welcome_join")}</a></p>
        })}
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
                <p class="desc"><a class="why" href=routes::price_explained(p.id)>{t("catalogue-why_price")}</a></p>
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

/// "Why this price": what the producer asks, what bringing it here costs,
/// the cost price, and the household's own price, in plain words.
#[component]
pub fn PriceExplainedPage() -> impl IntoView {
    use crate::catalogue::api::price_explained;
    let id = crate::ui::widgets::id_param();
    let data = Resource::new(id, price_explained);
    view! {
        {loaded(data, Wait::Quiet, move |p| {
            let unit = t(p.unit.label_key()).to_string();
            let per = |cents: i64| tr("unit-price_per", &[("price", Arg::Text(format_euros(cents))), ("unit", Arg::from(unit.clone()))]);
            view! {
                <h1>{tr("price-title", &[("product", p.product.clone())])}</h1>
                <section class="card price-explained">
                    <dl class="figures">
                        <dt>{tr("price-producer", &[("producer", p.producer.clone())])}</dt>
                        <dd>{per(p.producer_cents)}</dd>
                        {p.costs.iter().map(|(name, cents)| view! {
                            <dt>{tr("price-cost", &[("cost", name.clone())])}</dt>
                            <dd>{per(*cents)}</dd>
                        }).collect_view()}
                        <dt><strong>{t("price-cost_price")}</strong></dt>
                        <dd><strong>{per(p.cost_cents)}</strong></dd>
                        <dt><strong>{t("price-yours")}</strong></dt>
                        <dd><strong>{per(p.my_cents)}</strong></dd>
                    </dl>
                    <p>{t("price-explain_cost")}</p>
                    {if p.costs.is_empty() { Some(view! { <p>{t("price-no_costs")}</p> }) } else { None }}
                    <p>{tr("price-explain_share", &[("share", Arg::Num(p.share_percent))])}</p>
                    <p class="hint">{t("price-private")}</p>
                </section>
                <p><A href=routes::CATALOGUE>{t("price-back")}</A></p>
            }
            .into_any()
        })}
    }
}

/// The costs added to producers' prices: each named, by the unit, by the
/// kilogram or as a percentage, for all products, a category, a product
/// or a cycle. Withdrawn rather than changed: past orders keep theirs.
#[component]
pub fn CostsPage() -> impl IntoView {
    use crate::catalogue::api::{costs, AddCost, WithdrawCost};
    use crate::domain::costs::{CostKind, CostScope};
    use crate::ui::coordination_pages::SubNav;
    use crate::ui::widgets::{action_error, SavedNote};
    let add = ServerAction::<AddCost>::new();
    let withdraw = ServerAction::<WithdrawCost>::new();
    let data = Resource::new(move || (add.version().get(), withdraw.version().get()), |_| costs());
    view! {
        <SubNav/>
        <h1>{t("cost-title")}</h1>
        <SavedNote/>
        <p class="hint">{t("cost-explain")}</p>
        <FormError error=action_error(withdraw)/>
        {loaded(data, Wait::Quiet, move |d| view! {
            <section class="card" aria-labelledby="cost_list">
                <h2 id="cost_list">{t("cost-list")}</h2>
                {if d.costs.is_empty() {
                    view! { <p>{t("cost-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="rows">
                            {d.costs.into_iter().map(|c| {
                                let amount = match c.kind {
                                    CostKind::Percent => tr("cost-percent", &[("percent", c.percent.clone().unwrap_or_default().replace('.', ","))]),
                                    CostKind::PerKg => tr("cost-per_kg", &[("amount", format_euros(c.amount_cents.unwrap_or(0)))]),
                                    CostKind::PerUnit => tr("cost-per_unit", &[("amount", format_euros(c.amount_cents.unwrap_or(0)))]),
                                };
                                let scope = if c.scope == CostScope::All { t("cost-scope_all").to_string() } else { tr("cost-scope_named", &[("scope", t(c.scope.label_key()).to_string()), ("name", c.target.clone())]) };
                                view! {
                                    <li class:inactive=!c.active>
                                        <strong>{c.name.clone()}</strong> " " <span>{amount}</span> <span class="hint">{scope}</span>
                                        {if c.active {
                                            view! {
                                                <ActionForm action=withdraw>
                                                    <input type="hidden" name="id" value=c.id.to_string()/>
                                                    <button type="submit">{t("cost-withdraw")}</button>
                                                </ActionForm>
                                            }.into_any()
                                        } else {
                                            view! { <span class="status">{t("cost-withdrawn")}</span> }.into_any()
                                        }}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
            <section class="card" aria-labelledby="cost_new">
                <h2 id="cost_new">{t("cost-new")}</h2>
                <FormError error=action_error(add)/>
                <ActionForm action=add>
                    <label for="cost_name">{t("field-name")}</label>
                    <input id="cost_name" name="name" maxlength="120" required placeholder=t("cost-name_example")/>
                    <fieldset>
                        <legend>{t("field-cost_kind")}</legend>
                        {CostKind::ALL.into_iter().map(|k| {
                            let id = format!("kind-{}", k.code());
                            let for_id = id.clone();
                            view! {
                                <label class="choice" for=for_id>
                                    <input type="radio" id=id name="kind" value=k.code() checked=k == CostKind::PerUnit/>
                                    {t(k.label_key())}
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <label for="cost_amount">{t("field-cost_amount")}</label>
                    <input id="cost_amount" name="amount" inputmode="decimal" maxlength="12" required/>
                    <fieldset>
                        <legend>{t("field-cost_scope")}</legend>
                        {CostScope::ALL.into_iter().map(|sc| {
                            let id = format!("scope-{}", sc.code());
                            let for_id = id.clone();
                            view! {
                                <label class="choice" for=for_id>
                                    <input type="radio" id=id name="scope" value=sc.code() checked=sc == CostScope::All/>
                                    {t(sc.label_key())}
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <label for="cost_category">{t("field-category")}</label>
                    <select id="cost_category" name="category_id">
                        <option value="">"—"</option>
                        {d.categories.into_iter().map(|c| view! { <option value=c.id.to_string()>{c.name}</option> }).collect_view()}
                    </select>
                    <label for="cost_product">{t("field-product")}</label>
                    <select id="cost_product" name="product_id">
                        <option value="">"—"</option>
                        {d.products.into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                    </select>
                    <label for="cost_cycle">{t("field-cycle")}</label>
                    <select id="cost_cycle" name="cycle_id">
                        <option value="">"—"</option>
                        {d.cycles.into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                    </select>
                    <p class="hint">{t("cost-scope_hint")}</p>
                    <button type="submit" class="primary">{t("cost-add")}</button>
                </ActionForm>
            </section>
        }.into_any())}
    }
}
