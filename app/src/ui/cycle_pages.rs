//! Coordinators plan cycles, set each pickup point's window, and move a
//! cycle on after closing.

use super::coordination_pages::SubNav;
use super::widgets::{action_error, error_view, FormError, SavedNote};
use crate::cycles::api::{cycle, cycles, CreateCycle, MoveCycle, SetPickup};
use crate::i18n::t;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CyclesPage() -> impl IntoView {
    let create = ServerAction::<CreateCycle>::new();
    let list = Resource::new(|| (), |_| cycles());
    view! {
        <SubNav/>
        <h1>{t("coord.cycles")}</h1>
        <section class="card" aria-labelledby="new-cycle">
            <h2 id="new-cycle">{t("cycle.new")}</h2>
            <FormError error=action_error(create)/>
            <ActionForm action=create>
                <label for="name">{t("field.cycle_name")}</label>
                <input id="name" name="name" required maxlength="120" placeholder=t("cycle.name_example")/>
                <label for="opens">{t("field.opens")}</label>
                <input id="opens" name="opens" type="datetime-local" required/>
                <label for="closes">{t("field.closes")}</label>
                <input id="closes" name="closes" type="datetime-local" required/>
                <p class="hint">{t("cycle.all_products")}</p>
                <button type="submit" class="primary">{t("cycle.create")}</button>
            </ActionForm>
        </section>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Err(e) => error_view(e),
                    Ok(rows) => view! {
                        <ul class="rows">
                            {rows.into_iter().map(|c| view! {
                                <li>
                                    <A href=format!("/coordination/cycles/{}", c.id)>{c.name}</A>
                                    <span class="status">{t(c.state.label_key())}</span>
                                    <span class="hint">{c.opens} " → " {c.closes} " · " {c.orders.to_string()} " " {t("cycle.orders")}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn CyclePage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
    let set_pickup = ServerAction::<SetPickup>::new();
    let move_cycle = ServerAction::<MoveCycle>::new();
    let detail = Resource::new(
        move || (id(), set_pickup.version().get(), move_cycle.version().get()),
        |(id, _, _)| cycle(id),
    );
    view! {
        <SubNav/>
        <SavedNote/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match detail.await {
                    Err(e) => error_view(e),
                    Ok(c) => {
                        let cid = c.id.to_string();
                        let cid2 = cid.clone();
                        view! {
                            <h1>{c.name.clone()}</h1>
                            <section class="card">
                                <p><span class="status">{t(c.state.label_key())}</span></p>
                                <p>{t("cycle.opens")} " " {c.opens.clone()} <br/> {t("cycle.closes")} " " {c.closes.clone()}</p>
                                <p class="hint">{c.products.to_string()} " " {t("cycle.products")} " · " {c.orders.to_string()} " " {t("cycle.orders")}</p>
                            </section>
                            <section class="card" aria-labelledby="pickups">
                                <h2 id="pickups">{t("cycle.pickups")}</h2>
                                <ul class="rows">
                                    {c.pickups.into_iter().map(|w| view! { <li><strong>{w.name}</strong> " — " {w.window}</li> }).collect_view()}
                                </ul>
                                <FormError error=action_error(set_pickup)/>
                                <ActionForm action=set_pickup>
                                    <input type="hidden" name="cycle_id" value=cid/>
                                    <label for="pickup_point_id">{t("field.pickup")}</label>
                                    <select id="pickup_point_id" name="pickup_point_id">
                                        {c.points.into_iter().map(|p| view! { <option value=p.id.to_string()>{p.name}</option> }).collect_view()}
                                    </select>
                                    <label for="day">{t("field.pickup_day")}</label>
                                    <input id="day" name="day" type="date" required/>
                                    <div class="two">
                                        <div>
                                            <label for="start">{t("field.pickup_start")}</label>
                                            <input id="start" name="start" type="time" required/>
                                        </div>
                                        <div>
                                            <label for="end">{t("field.pickup_end")}</label>
                                            <input id="end" name="end" type="time" required/>
                                        </div>
                                    </div>
                                    <button type="submit" class="primary">{t("cycle.set_pickup")}</button>
                                </ActionForm>
                            </section>
                            <section class="card">
                                <FormError error=action_error(move_cycle)/>
                                {c.next.into_iter().map(|to| {
                                    let cid = cid2.clone();
                                    view! {
                                        <ActionForm action=move_cycle>
                                            <input type="hidden" name="cycle_id" value=cid/>
                                            <input type="hidden" name="to" value=to.code()/>
                                            <button type="submit">{t(match to {
                                                crate::domain::cycles::CycleState::Distributed => "cycle.mark_distributed",
                                                crate::domain::cycles::CycleState::Archived => "cycle.mark_archived",
                                                _ => "cycle.cancel",
                                            })}</button>
                                        </ActionForm>
                                    }
                                }).collect_view()}
                            </section>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}
