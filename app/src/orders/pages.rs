//! The member's basket in the open cycle ("Ma commande"): what is in it,
//! where to pick it up, confirm. Products are added from the catalogue,
//! each with its stepper. A coordinator taking an order for a household
//! keeps one form with every product of the cycle. Works without
//! JavaScript.

use crate::ui::widgets::{action_error, answered, loaded, marked, query_param, strong, FormError, SavedNote, Wait};
use crate::domain::{pricing::format_euros, quantity::{format_amount, format_quantity, Unit}};
use crate::i18n::{t, tr, Arg};
use crate::orders::api::{load_basket, load_order_page, BasketLine, PlaceOrder, RepeatLastOrder};
use crate::orders::{BasketPage, MyOrder, OrderPage, OrderProduct, Orderable};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use crate::routes;

/// "Ma commande": the member's basket in the open cycle, then what waits
/// to be picked up and the household's history.
#[component]
pub fn OrderPageView() -> impl IntoView {
    view! {
        <BasketView/>
        <PastOrders/>
    }
}

/// A product's stepper: − and + move by the product's step (a form that
/// posts and comes back to the product without JavaScript; public/basket.js
/// steps at once and saves in the background with it), the quantity can be
/// typed, and the line's price at the household's tier is beside it.
pub fn stepper(id: i64, name: &str, unit: Unit, o: &Orderable) -> impl IntoView + use<> {
    let unit_words = t(unit.label_key());
    let step_words = format_amount(o.step_milli, unit);
    let said = |key: &str| tr(key, &[("qty".into(), step_words.clone()), ("product".into(), name.to_string()), ("unit".into(), unit_words.to_string())]);
    let (less, more, label) = (said("basket-less"), said("basket-more"), said("basket-qty_label"));
    let qty = if o.qty_milli > 0 { format_quantity(o.qty_milli) } else { String::new() };
    let line = if o.qty_milli > 0 { format_euros(o.line_cents) } else { String::new() };
    view! {
        <form class="stepper" method="post" action=BasketLine::url() data-stepper=""
            data-step=o.step_milli.to_string() data-min=o.min_milli.to_string() data-most=o.most_milli.map(|m| m.to_string()).unwrap_or_default()>
            <input type="hidden" name="cycle_id" value=o.cycle_id.to_string()/>
            <input type="hidden" name="product_id" value=id.to_string()/>
            // The first button is the one Enter presses: a typed quantity
            // is saved as typed, not stepped.
            <button type="submit" class="visually-hidden" tabindex="-1">{t("basket-save_qty")}</button>
            <button type="submit" class="step" name="step" value="-1" aria-label=less>"−"</button>
            <input id=format!("n-{id}") name="qty" inputmode="decimal" autocomplete="off" value=qty placeholder="0" maxlength="8" size="3" aria-label=label/>
            <button type="submit" class="step" name="step" value="1" aria-label=more>"+"</button>
            <span class="unit">{unit_words}</span>
            <output class="line" data-line="">{line}</output>
        </form>
    }
}

#[component]
fn BasketView() -> impl IntoView {
    let place = ServerAction::<PlaceOrder>::new();
    let step = ServerAction::<BasketLine>::new();
    let repeat = ServerAction::<RepeatLastOrder>::new();
    let basket = Resource::new(|| (), |_| load_basket());
    let step_error = Signal::derive(move || step.value().get().and_then(|r| r.err()).map(|e| e.message()));
    view! {
        <FormError error=step_error/>
        <FormError error=action_error(repeat)/>
        {loaded(basket, Wait::Said, move |v| match v {
            None => view! {
                <h1>{t("order-title")}</h1>
                <section class="card"><p>{t("order-no_cycle")}</p></section>
            }.into_any(),
            Some(b) => basket_page(b, place).into_any(),
        })}
    }
}

fn basket_page(b: BasketPage, place: ServerAction<PlaceOrder>) -> impl IntoView {
    let repris = query_param("repris");
    let manque = query_param("manque");
    let chosen = b.chosen.or_else(|| (b.pickups.len() == 1).then(|| b.pickups[0].point_id));
    let basket_key = format!("mine-{}", b.cycle_id);
    let cycle_id = b.cycle_id.to_string();
    let (cycle_for_confirm, cycle_for_cancel) = (cycle_id.clone(), cycle_id.clone());
    let (key, cancel_key) = (b.key.clone(), format!("{}-annule", b.key));
    let empty = b.lines.is_empty();
    let total = format_euros(b.bar.total_cents);
    // What the server holds, apart from the basket being changed: the
    // lines, the total and where it waits.
    let summary = b.confirmed.clone().map(|o| order_summary(t("order-mine").to_string(), o, &b.pickups));
    let status = match (b.draft, b.confirmed.is_some()) {
        (true, true) => Some(("basket-changed", "warning")),
        (false, true) => Some(("basket-confirmed", "ok")),
        _ => None,
    };
    let hidden_lines = b.lines.iter().enumerate().map(|(i, l)| view! {
        <input type="hidden" name=format!("lines[{i}][product]") value=l.id.to_string()/>
        <input type="hidden" id=format!("qty-{}", l.id) name=format!("lines[{i}][qty]") value=format_quantity(l.order.qty_milli)/>
    }).collect_view();
    let repeated = move || {
        let n: i64 = repris.get().parse().ok()?;
        let missing: i64 = manque.get().parse().unwrap_or(0);
        let kept = tr("basket-repeated", &[("count", n)]);
        let lost = (missing > 0).then(|| tr("basket-repeat_missing", &[("count", missing)]));
        Some(view! { <p class="ok" role="status">{kept} {lost.map(|l| format!(" {l}"))}</p> })
    };
    view! {
        {b.needs_tier.then(|| view! {
            <section class="card">
                <p class="error" role="alert">{t("error-choose_tier_first")}</p>
                <p><a href=routes::CHOOSE_TIER>{t("order-choose_tier")}</a></p>
            </section>
        })}
        <h1>{tr("basket-title", &[("cycle", b.cycle_name)])}</h1>
        <p class="deadline">{marked("order-closes", &[("closes", Arg::Text(b.closes))], &[("closes", strong)])}</p>
        {(b.balance_cents != 0).then(|| {
            let key = if b.balance_cents > 0 { "basket-owed" } else { "basket-credit" };
            view! { <p class="hint"><a href=routes::ACCOUNT>{tr(key, &[("amount", format_euros(b.balance_cents.abs()))])}</a></p> }
        })}
        <SavedNote/>
        {repeated}
        {status.map(|(key, class)| view! { <p class=class role="status">{t(key)}</p> })}
        {summary}
        {if empty {
            view! {
                <section class="card">
                    <p>{t("basket-empty")}</p>
                    <p><a class="button primary" href=routes::CATALOGUE>{t("basket-choose")}</a></p>
                </section>
            }.into_any()
        } else {
            view! {
                <ul class="products basket">
                    {b.lines.into_iter().map(|l| {
                        let hint = tr("unit-price_per", &[("price", format_euros(l.price_cents)), ("unit", t(l.unit.label_key()).to_string())]);
                        view! {
                            <li class="product" id=format!("p-{}", l.id)>
                                <div class="info">
                                    <h2 class="name">{l.name.clone()}</h2>
                                    <p class="producer">{l.producer}</p>
                                    <p class="hint">{hint}</p>
                                </div>
                                {stepper(l.id, &l.name, l.unit, &l.order)}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p><a href=routes::CATALOGUE>{t("basket-more_products")}</a></p>
            }.into_any()
        }}
        {b.can_repeat.then(|| view! {
            <section class="card">
                <form method="post" action=RepeatLastOrder::url()>
                    <input type="hidden" name="cycle_id" value=cycle_id.clone()/>
                    <button type="submit">{t("basket-repeat")}</button>
                    {(!empty).then(|| view! { <p class="hint">{t("basket-repeat_replaces")}</p> })}
                </form>
            </section>
        })}
        // With no network the confirmation is kept and sent later by
        // public/basket.js, which says so: no "nothing was sent" error.
        <FormError error=Signal::derive(move || match place.value().get() {
            Some(Err(crate::error::AppError::Offline)) => None,
            other => other.and_then(|r| r.err()).map(|e| e.message()),
        })/>
        {(!empty).then(|| view! {
            <ActionForm action=place attr:data-basket=basket_key attr:data-restored=t("order-draft_restored") attr:class="card confirm-basket">
                <input type="hidden" name="cycle_id" value=cycle_for_confirm/>
                <input type="hidden" name="key" value=key/>
                {hidden_lines}
                {pickup_choice(b.pickups, chosen)}
                <p class="total">{marked("order-total", &[("total", Arg::Text(total.clone()))], &[("total", bar_total)])}</p>
                <button type="submit" class="primary">{t("order-confirm")}</button>
            </ActionForm>
        })}
        {b.confirmed.is_some().then(|| view! {
            <section class="card">
                <ActionForm action=place>
                    <input type="hidden" name="cycle_id" value=cycle_for_cancel/>
                    <input type="hidden" name="key" value=cancel_key/>
                    <input type="hidden" name="cancel" value="1"/>
                    <button type="submit">{t("order-cancel")}</button>
                </ActionForm>
            </section>
        })}
    }
}

/// What waits to be picked up, on its own card at the top (after closing
/// it is the member's order, not history), then the household's history.
#[component]
fn PastOrders() -> impl IntoView {
    let past = Resource::new(|| (), |_| crate::orders::api::past_orders());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let orders = past.await.unwrap_or_default();
                let (waiting, history): (Vec<_>, Vec<_>) = orders.into_iter().partition(|o| o.pickup.is_some());
                view! {
                    {waiting.into_iter().enumerate().map(|(i, o)| view! {
                        <section class="card summary waiting" aria-labelledby=format!("waiting-{i}")>
                            <h2 id=format!("waiting-{i}")>{tr("order-waiting", &[("cycle".into(), o.cycle_name.clone())])}</h2>
                            <ul class="lines">{o.lines.into_iter().map(|l| view! {
                                <li><span>{order_line_words(&l)}</span> <strong>{format_euros(l.line_cents)}</strong></li>
                            }).collect_view()}</ul>
                            <p class="total">{marked("order-total", &[("total", Arg::Text(format_euros(o.total_cents)))], &[("total", strong)])}</p>
                            {o.pickup.map(pickup_words)}
                        </section>
                    }).collect_view()}
                    {(!history.is_empty()).then(|| view! {
                        <section class="card" aria-labelledby="past-orders">
                            <h2 id="past-orders">{t("order-past")}</h2>
                            <ul class="rows">
                                {history.into_iter().map(|o| view! {
                                    <li class="past">
                                        <strong>{o.cycle_name}</strong>
                                        <span class="status">{t(o.state.label_key())}</span>
                                        <span>{format_euros(o.total_cents)}</span>
                                    </li>
                                }).collect_view()}
                            </ul>
                        </section>
                    })}
                }
            })}
        </Suspense>
    }
}

/// A coordinator enters the order of a household that phoned or came to the
/// desk: the same form, for that household, recorded with who made it.
#[component]
pub fn DeskOrderPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let household = params.read_untracked().get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
    view! {
        <crate::ui::coordination_pages::SubNav/>
        <p class="hint">
            <leptos_router::components::A href=routes::household(household)>{t("order-back_to_household")}</leptos_router::components::A>
            " · " {t("order-desk_hint")}
        </p>
        <OrderFor household=Some(household)/>
    }
}

#[component]
fn OrderFor(household: Option<i64>) -> impl IntoView {
    let place = ServerAction::<PlaceOrder>::new();
    let cancel = ServerAction::<PlaceOrder>::new();
    let (placed, cancelled) = (answered(place), answered(cancel));
    let page = Resource::new(move || (placed.get(), cancelled.get()), move |_| load_order_page(household));
    view! {
        {loaded(page, Wait::Said, move |v| match v {
            None => view! {
                <h1>{t(if household.is_some() { "order-desk_title_plain" } else { "order-title" })}</h1>
                <section class="card"><p>{t(if household.is_some() { "order-desk_no_cycle" } else { "order-no_cycle" })}</p></section>
            }.into_any(),
            Some(p) => {
                let cycle_id = p.cycle_id;
                view! {
                    {order_form(p, household, place, cancel)}
                    {household.map(|h| view! { <ChangeLog cycle_id household=h version=placed/> })}
                }.into_any()
            }
        })}
    }
}

fn order_form(p: OrderPage, household: Option<i64>, place: ServerAction<PlaceOrder>, cancel: ServerAction<PlaceOrder>) -> impl IntoView {
    let for_household = move || household.map(|h| view! { <input type="hidden" name="household_id" value=h.to_string()/> });
    let chosen = p.order.as_ref().map(|o| o.pickup_point_id).or_else(|| (p.pickups.len() == 1).then(|| p.pickups[0].point_id));
    let title = match &p.for_household {
        Some(name) => tr("order-theirs", &[("household".into(), name.clone())]),
        None => t("order-mine").to_string(),
    };
    let summary = p.order.clone().map(|o| order_summary(title, o, &p.pickups));
    let has_order = p.order.is_some();
    let desk_name = p.for_household.clone();
    let mut groups: Vec<(String, Vec<(usize, OrderProduct)>)> = Vec::new();
    for (i, prod) in p.products.into_iter().enumerate() {
        match groups.last_mut() {
            Some((c, list)) if *c == prod.category => list.push((i, prod)),
            _ => groups.push((prod.category.clone(), vec![(i, prod)])),
        }
    }
    let cycle_id = p.cycle_id.to_string();
    // One draft per household and cycle on this phone (a coordinator's
    // desk laptop keeps one per household it takes orders for).
    let basket_key = format!("{}-{}", household.map_or_else(|| "mine".to_string(), |h| h.to_string()), p.cycle_id);
    let cancel_key = format!("{}-annule", p.key);
    let cancel_cycle_id = cycle_id.clone();
    let needs_tier = p.needs_tier;
    view! {
        {desk_name.map(|name| view! { <p class="desk-for"><strong>{tr("order-desk_for", &[("household".into(), name)])}</strong></p> })}
        {needs_tier.then(|| view! {
            <section class="card">
                <p class="error" role="alert">{t(if household.is_some() { "error-household_tier_missing" } else { "error-choose_tier_first" })}</p>
                {household.is_none().then(|| view! { <p><a href=routes::CHOOSE_TIER>{t("order-choose_tier")}</a></p> })}
            </section>
        })}
        <h1>{p.cycle_name}</h1>
        <p class="deadline">{marked("order-closes", &[("closes", Arg::Text(p.closes))], &[("closes", strong)])}</p>
        <SavedNote/>
        {summary}
        // With no network the basket is kept and sent later by
        // public/basket.js, which says so: no "nothing was sent" error.
        <FormError error=Signal::derive(move || match place.value().get() {
            Some(Err(crate::error::AppError::Offline)) => None,
            other => other.and_then(|r| r.err()).map(|e| e.message()),
        })/>
        <ActionForm action=place attr:data-basket=basket_key attr:data-restored=t("order-draft_restored")>
            <input type="hidden" name="cycle_id" value=cycle_id/>
            <input type="hidden" name="key" value=p.key/>
            {for_household()}
            {pickup_choice(p.pickups, chosen)}
            // Find a product among all those offered: with script the
            // lists narrow as one types (public/enhance.js); hidden lines
            // stay in the form, so confirming keeps them.
            <div class="product-search" data-scripted="" hidden>
                <label for="product-search">{t("order-search")}</label>
                <input id="product-search" type="search" autocomplete="off" maxlength="60" data-filter="desk"/>
            </div>
            {groups.into_iter().map(|(category, list)| view! {
                <section class="category">
                    <h2>{category}</h2>
                    <ul class="products" data-list="desk">
                        {list.into_iter().map(|(i, prod)| order_line(i, prod)).collect_view()}
                    </ul>
                </section>
            }).collect_view()}
            <div class="sticky-submit">
                <button type="submit" class="primary">{t("order-confirm")}</button>
            </div>
        </ActionForm>
        {has_order.then(|| view! {
            <section class="card">
                <FormError error=action_error(cancel)/>
                <ActionForm action=cancel>
                    <input type="hidden" name="cycle_id" value=cancel_cycle_id/>
                    <input type="hidden" name="key" value=cancel_key/>
                    <input type="hidden" name="cancel" value="1"/>
                    {for_household()}
                    <button type="submit">{t("order-cancel")}</button>
                </ActionForm>
            </section>
        })}
    }
}

fn order_line(i: usize, p: OrderProduct) -> impl IntoView {
    let unit = t(p.unit.label_key());
    let folded = crate::domain::text::fold(&format!("{} {} {}", p.name, p.producer, p.category));
    let input_id = format!("qty-{}", p.id);
    let mut hint = tr("unit-price_per", &[("price", format_euros(p.price_cents)), ("unit", unit.to_string())]);
    if p.step_milli != 1000 || p.min_milli != p.step_milli {
        hint.push_str(" · ");
        hint.push_str(&tr("catalogue-by", &[("amount", format_amount(p.step_milli, p.unit))]));
    }
    let left = p.remaining_milli.map(|r| {
        if r == 0 { t("order-sold_out").to_string() } else { tr("order-left", &[("amount", format_amount(r, p.unit))]) }
    });
    view! {
        <li class="product order-line" data-filter-text=folded>
            <div class="info">
                <label for=input_id.clone()><strong>{p.name}</strong></label>
                <p class="producer">{p.producer}</p>
                <p class="hint">{hint}</p>
                {left.map(|l| view! { <p class="left">{l}</p> })}
            </div>
            <div class="qty">
                <input type="hidden" name=format!("lines[{i}][product]") value=p.id.to_string()/>
                <input id=input_id name=format!("lines[{i}][qty]") inputmode="decimal" value=p.qty placeholder="0" maxlength="8" size="4"/>
                <span>{unit}</span>
            </div>
        </li>
    }
}

/// The order the server holds: its lines, total, and where it waits.
fn order_summary(title: String, o: MyOrder, pickups: &[crate::cycles::PickupWindow]) -> impl IntoView + use<> {
    let pickup = pickups.iter().find(|w| w.point_id == o.pickup_point_id).cloned();
    view! {
        <section class="card summary" aria-labelledby="my-order">
            <h2 id="my-order">{title}</h2>
            <ul class="lines">
                {o.lines.into_iter().map(|l| view! {
                    <li><span>{order_line_words(&l)}</span> <strong>{format_euros(l.line_cents)}</strong></li>
                }).collect_view()}
            </ul>
            <p class="total">{marked("order-total", &[("total", Arg::Text(format_euros(o.total_cents)))], &[("total", strong)])}</p>
            {pickup.map(pickup_words)}
        </section>
    }
}

/// A line of an order: the product and how much of it.
fn order_line_words(l: &crate::orders::MyLine) -> String {
    tr("order-line", &[("product", l.name.clone()), ("amount", format_amount(l.qty_milli, l.unit))])
}

/// Where and when the order waits, the place in bold.
fn pickup_words(w: crate::cycles::PickupWindow) -> impl IntoView {
    view! { <p class="pickup">{marked("order-pickup_at", &[("place", Arg::Text(w.name)), ("window", Arg::Text(w.window))], &[("place", strong)])}</p> }
}

/// For [`marked`]: the total that public/basket.js updates as the basket
/// changes.
fn bar_total(value: String) -> AnyView {
    view! { <strong data-bar-total="">{value}</strong> }.into_any()
}

/// Where to pick the order up: one radio per pickup point of the cycle,
/// with its windows and address; `chosen` ticked.
fn pickup_choice(pickups: Vec<crate::cycles::PickupWindow>, chosen: Option<i64>) -> impl IntoView {
    view! {
        <fieldset>
            <legend>{t("order-where")}</legend>
            {pickups.into_iter().map(|w| {
                let id = format!("pickup-{}", w.point_id);
                view! {
                    <label class="choice" for=id.clone()>
                        <input type="radio" name="pickup_point_id" id=id.clone() value=w.point_id.to_string() checked=chosen == Some(w.point_id)/>
                        <span><strong>{w.name}</strong> " — " {w.window}<br/><small>{w.address}</small></span>
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// Who changed this household's order in the cycle: members and
/// coordinators alike, with what it came to.
#[component]
fn ChangeLog(cycle_id: i64, household: i64, version: Memo<usize>) -> impl IntoView {
    use crate::orders::api::order_changes;
    use crate::orders::change_key;
    let changes = Resource::new(move || version.get(), move |_| order_changes(cycle_id, household));
    loaded(changes, Wait::Quiet, move |list| match list {
        list if !list.is_empty() => view! {
            <section class="card" aria-labelledby="changes">
                <h2 id="changes">{t("order-changes")}</h2>
                <ul class="rows">
                    {list.into_iter().map(|c| view! {
                        <li>{tr("order-change_line", &[("when", c.when), ("change", t(change_key(&c.action)).to_string()), ("who", c.who), ("total", format_euros(c.total_cents))])}</li>
                    }).collect_view()}
                </ul>
            </section>
        }.into_any(),
        _ => ().into_any(),
    })
}
