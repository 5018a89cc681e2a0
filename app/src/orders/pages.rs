//! The member's order in the open cycle: one form with every product of the
//! cycle, a pickup point, and a confirm button. Works without JavaScript.

use crate::ui::widgets::{action_error, answered, loaded, FormError, SavedNote, Wait};
use crate::domain::{pricing::format_euros, quantity::format_quantity};
use crate::i18n::{fill, t};
use crate::orders::api::{load_order_page, PlaceOrder};
use crate::orders::{OrderPage, OrderProduct};
use leptos::prelude::*;
use crate::routes;

#[component]
pub fn OrderPageView() -> impl IntoView {
    view! {
        <OrderFor household=None/>
        <PastOrders/>
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
                            <h2 id=format!("waiting-{i}")>{fill(t("order.waiting"), &[("cycle".into(), o.cycle_name.clone())])}</h2>
                            <ul class="lines">{o.lines.into_iter().map(|l| view! {
                                <li><span>{format!("{} — {} {}", l.name, format_quantity(l.qty_milli), t(l.unit.label_key()))}</span> <strong>{format_euros(l.line_cents)}</strong></li>
                            }).collect_view()}</ul>
                            <p class="total">{t("order.total")} " " <strong>{format_euros(o.total_cents)}</strong></p>
                            {o.pickup.map(|p| view! { <p class="pickup">{t("order.pickup_at")} " " <strong>{p}</strong></p> })}
                        </section>
                    }).collect_view()}
                    {(!history.is_empty()).then(|| view! {
                        <section class="card" aria-labelledby="past-orders">
                            <h2 id="past-orders">{t("order.past")}</h2>
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
            <leptos_router::components::A href=routes::household(household)>{t("order.back_to_household")}</leptos_router::components::A>
            " · " {t("order.desk_hint")}
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
                <h1>{t(if household.is_some() { "order.desk_title_plain" } else { "order.title" })}</h1>
                <section class="card"><p>{t(if household.is_some() { "order.desk_no_cycle" } else { "order.no_cycle" })}</p></section>
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
    let summary = p.order.clone().map(|o| {
        let pickup = p.pickups.iter().find(|w| w.point_id == o.pickup_point_id).cloned();
        view! {
            <section class="card summary" aria-labelledby="my-order">
                <h2 id="my-order">{match &p.for_household {
                    Some(name) => fill(t("order.theirs"), &[("household".into(), name.clone())]),
                    None => t("order.mine").to_string(),
                }}</h2>
                <ul class="lines">
                    {o.lines.into_iter().map(|l| view! {
                        <li><span>{l.name} " — " {format_quantity(l.qty_milli)} " " {t(l.unit.label_key())}</span> <strong>{format_euros(l.line_cents)}</strong></li>
                    }).collect_view()}
                </ul>
                <p class="total">{t("order.total")} " " <strong>{format_euros(o.total_cents)}</strong></p>
                {pickup.map(|w| view! { <p>{t("order.pickup_at")} " " <strong>{w.name}</strong> ", " {w.window} "."</p> })}
            </section>
        }
    });
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
    #[cfg(feature = "hydrate")]
    {
        let key = basket_key.clone();
        Effect::new(move |_| {
            if matches!(place.value().get(), Some(Ok(()))) || matches!(cancel.value().get(), Some(Ok(()))) {
                basket_call("confirmed", &key);
            } else if matches!(place.value().get(), Some(Err(crate::error::AppError::Offline))) {
                basket_call("offline", &key);
            }
        });
    }
    let cancel_key = format!("{}-annule", p.key);
    let cancel_cycle_id = cycle_id.clone();
    let needs_tier = p.needs_tier;
    // Find a product among 150 (JavaScript only: without it, nothing is
    // hidden and the list is whole).
    let search = RwSignal::new(String::new());
    let scripted = crate::ui::widgets::scripted();
    view! {
        {desk_name.map(|name| view! { <p class="desk-for"><strong>{fill(t("order.desk_for"), &[("household".into(), name)])}</strong></p> })}
        {needs_tier.then(|| view! {
            <section class="card">
                <p class="error" role="alert">{t(if household.is_some() { "error.household_tier_missing" } else { "error.choose_tier_first" })}</p>
                {household.is_none().then(|| view! { <p><a href=routes::CHOOSE_TIER>{t("order.choose_tier")}</a></p> })}
            </section>
        })}
        <h1>{p.cycle_name}</h1>
        <p class="deadline">{t("order.closes")} " " <strong>{p.closes}</strong> "."</p>
        <SavedNote/>
        {summary}
        // With no network the basket is kept and sent later by
        // public/basket.js, which says so: no "nothing was sent" error.
        <FormError error=Signal::derive(move || match place.value().get() {
            Some(Err(crate::error::AppError::Offline)) => None,
            other => other.and_then(|r| r.err()).map(|e| e.message()),
        })/>
        <ActionForm action=place attr:data-basket=basket_key attr:data-restored=t("order.draft_restored")>
            <input type="hidden" name="cycle_id" value=cycle_id/>
            <input type="hidden" name="key" value=p.key/>
            {for_household()}
            <fieldset>
                <legend>{t("order.where")}</legend>
                {p.pickups.into_iter().map(|w| {
                    let id = format!("pickup-{}", w.point_id);
                    view! {
                        <label class="choice" for=id.clone()>
                            <input type="radio" name="pickup_point_id" id=id.clone() value=w.point_id.to_string() checked=chosen == Some(w.point_id)/>
                            <span><strong>{w.name}</strong> " — " {w.window}<br/><small>{w.address}</small></span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            {move || scripted.get().then(|| view! {
                <div class="product-search">
                    <label for="product-search">{t("order.search")}</label>
                    <input id="product-search" type="search" autocomplete="off" maxlength="60" on:input=move |ev| search.set(event_target_value(&ev))/>
                </div>
            })}
            {groups.into_iter().map(|(category, list)| view! {
                <section class="category">
                    <h2>{category}</h2>
                    <ul class="products">
                        {list.into_iter().map(|(i, prod)| order_line(i, prod, search)).collect_view()}
                    </ul>
                </section>
            }).collect_view()}
            <div class="sticky-submit">
                <button type="submit" class="primary">{t("order.confirm")}</button>
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
                    <button type="submit">{t("order.cancel")}</button>
                </ActionForm>
            </section>
        })}
    }
}

/// Tells public/basket.js (which keeps what was typed on the phone) that the
/// server holds the order now ("confirmed": the draft can go), or that the
/// confirmation did not reach it ("offline": keep it and send it later).
#[cfg(feature = "hydrate")]
fn basket_call(method: &str, key: &str) {
    use leptos::web_sys::js_sys::{Function, Reflect};
    use wasm_bindgen::JsCast;
    let Some(window) = leptos::web_sys::window() else { return };
    let Some(basket) = window.get("potCommunBasket") else { return };
    if let Ok(f) = Reflect::get(&basket, &method.into()).and_then(|f| f.dyn_into::<Function>().map_err(Into::into)) {
        let _ = f.call1(&basket, &key.into());
    }
}

fn order_line(i: usize, p: OrderProduct, search: RwSignal<String>) -> impl IntoView {
    let unit = t(p.unit.label_key());
    let folded = crate::domain::text::fold(&format!("{} {} {}", p.name, p.producer, p.category));
    let shown = move || {
        let q = crate::domain::text::fold(&search.get());
        q.is_empty() || folded.contains(&q)
    };
    let input_id = format!("qty-{}", p.id);
    let mut hint = format!("{} / {unit}", format_euros(p.price_cents));
    if p.step_milli != 1000 || p.min_milli != p.step_milli {
        hint.push_str(&format!(" · {} {} {unit}", t("catalogue.by"), format_quantity(p.step_milli)));
    }
    let left = p.remaining_milli.map(|r| {
        if r == 0 { t("order.sold_out").to_string() } else { format!("{} {} {unit}", t("order.left"), format_quantity(r)) }
    });
    view! {
        <li class="product order-line" hidden=move || !shown()>
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
                <h2 id="changes">{t("order.changes")}</h2>
                <ul class="rows">
                    {list.into_iter().map(|c| view! {
                        <li>{format!("{} — {} ({}) · {}", c.when, t(change_key(&c.action)), c.who, format_euros(c.total_cents))}</li>
                    }).collect_view()}
                </ul>
            </section>
        }.into_any(),
        _ => ().into_any(),
    })
}
