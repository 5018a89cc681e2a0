//! Coordinators plan cycles, set each pickup point's window, and move a
//! cycle on after closing.

use super::coordination_pages::SubNav;
use super::widgets::{action_error, error_view, id_param, FormError, SavedNote};
use crate::cycles::api::{cycle, cycles, CreateCycle, MoveCycle, SetPickup};
use crate::i18n::{fill, t};
use leptos::prelude::*;
use leptos_router::components::A;

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
    let id = id_param();
    let id = move || id().unwrap_or(0);
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
                                {matches!(c.state, crate::domain::cycles::CycleState::Planned | crate::domain::cycles::CycleState::Open).then(|| view! {
                                    <p><A href=format!("/coordination/cycles/{}/produits", c.id)>{t("cycle.offer")}</A></p>
                                })}
                                <p><A href=format!("/coordination/cycles/{}/creneaux", c.id)>{t("shift.coverage")}</A></p>
                                {(!matches!(c.state, crate::domain::cycles::CycleState::Planned | crate::domain::cycles::CycleState::Open | crate::domain::cycles::CycleState::Cancelled)).then(|| view! {
                                    <p><A href=format!("/coordination/cycles/{}/bilan", c.id)>{t("report.link")}</A></p>
                                    <p><A href=format!("/coordination/cycles/{}/reception", c.id)>{t("reception.title")}</A></p>
                                    <p><A href=format!("/coordination/cycles/{}/distribution", c.id)>{t("distribution.title")}</A></p>
                                })}
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
                                                crate::domain::cycles::CycleState::Closed => "cycle.close_now",
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

/// After closing: the summary by tier, the purchase order of each producer
/// (one printed page each) and the packing list of each pickup point.
#[component]
pub fn CycleReportPage() -> impl IntoView {
    use crate::domain::{pricing::format_euros, quantity::format_quantity};
    use crate::orders::api::cycle_report;
    let id = id_param();
    let id = move || id().unwrap_or(0);
    let report = Resource::new(id, cycle_report);
    view! {
        <SubNav/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match report.await {
                    Err(e) => error_view(e),
                    Ok(r) => view! {
                        <h1>{r.cycle_name.clone()}</h1>
                        <p class="no-print">
                            <a href=format!("/coordination/cycles/{}/bons.csv", id()) rel="external" download="">{t("report.csv")}</a>
                            <br/>
                            <a href=format!("/coordination/cycles/{}/preparation.csv", id()) rel="external" download="">{t("report.packing_csv")}</a>
                        </p>
                        <section class="card" aria-labelledby="summary">
                            <h2 id="summary">{t("report.summary")}</h2>
                            <table class="figures">
                                <thead><tr>
                                    <th scope="col">{t("field.tier")}</th>
                                    <th scope="col">{t("report.households")}</th>
                                    <th scope="col">{t("report.producer_total")}</th>
                                    <th scope="col">{t("report.paid")}</th>
                                    <th scope="col">{t("report.solidarity")}</th>
                                </tr></thead>
                                <tbody>
                                    {r.summary.into_iter().chain(std::iter::once(crate::orders::SummaryRow { tier: t("report.total").to_string(), ..r.total })).map(|s| view! {
                                        <tr>
                                            <th scope="row">{s.tier}</th>
                                            <td>{s.households.to_string()}</td>
                                            <td>{format_euros(s.producer_cents)}</td>
                                            <td>{format_euros(s.paid_cents)}</td>
                                            <td>{format_euros(s.solidarity_cents)}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </section>
                        <h2>{t("report.purchase_orders")}</h2>
                        {r.purchase_orders.into_iter().map(|po| view! {
                            <section class="card print-page purchase-order">
                                <h3>{po.producer} " — " {po.place}</h3>
                                <p class="hint">{po.contact}</p>
                                <table class="figures">
                                    <thead><tr>
                                        <th scope="col">{t("report.product")}</th>
                                        <th scope="col">{t("report.quantity")}</th>
                                        <th scope="col">{t("report.unit_price")}</th>
                                        <th scope="col">{t("report.line_total")}</th>
                                    </tr></thead>
                                    <tbody>
                                        {po.lines.into_iter().map(|l| view! {
                                            <tr>
                                                <th scope="row">{l.product}</th>
                                                <td>{format_quantity(l.qty_milli)} " " {t(l.unit.label_key())}</td>
                                                <td>{format_euros(l.price_cents)}</td>
                                                <td>{format_euros(l.total_cents)}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                    <tfoot><tr><th scope="row" colspan="3">{t("report.total")}</th><td>{format_euros(po.total_cents)}</td></tr></tfoot>
                                </table>
                            </section>
                        }).collect_view()}
                        <h2>{t("report.packing")}</h2>
                        {r.packing.into_iter().map(|pp| view! {
                            <section class="card print-page packing">
                                <h3>{pp.point} " — " {pp.window}</h3>
                                {pp.bags.into_iter().map(|bag| view! {
                                    <div class="bag">
                                        <h4>{bag.household}</h4>
                                        <ul>
                                            {bag.lines.into_iter().map(|(category, product, qty, unit)| view! {
                                                <li><span class="hint">{category}</span> " · " <strong>{format_quantity(qty)} " " {t(unit.label_key())}</strong> " " {product}</li>
                                            }).collect_view()}
                                        </ul>
                                    </div>
                                }).collect_view()}
                            </section>
                        }).collect_view()}
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// At the folding table: each household expected at the pickup point, the
/// amount due, and one form to record the handover and the payment.
#[component]
pub fn DistributionPage() -> impl IntoView {
    use crate::domain::pricing::format_euros;
    use crate::orders::api::{distribution_sheet, CorrectPickup, RecordPickup};
    use crate::orders::{payment_key, PAYMENT_METHODS};
    let id = id_param();
    let id = move || id().unwrap_or(0);
    let record = ServerAction::<RecordPickup>::new();
    let correct = ServerAction::<CorrectPickup>::new();
    let sheet = Resource::new(move || (id(), record.version().get(), correct.version().get()), |(id, _, _)| distribution_sheet(id));
    view! {
        <SavedNote/>
        <FormError error=action_error(record)/>
        <FormError error=action_error(correct)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match sheet.await {
                    Err(e) => error_view(e),
                    Ok(s) => view! {
                        {s.coordination.then(|| view! { <SubNav/> })}
                        <h1>{t("distribution.title")} " — " {s.cycle_name}</h1>
                        {s.points.into_iter().map(|p| view! {
                            <section class="card print-page">
                                <h2>{p.point}</h2>
                                <p class="hint">{p.window}</p>
                                <ul class="sheet">
                                    {p.rows.into_iter().map(|r| {
                                        let due = format_euros(r.due_cents);
                                        let anchor = format!("commande-{}", r.order_id);
                                        let paid_id = format!("paid-{}", r.order_id);
                                        let method_id = format!("method-{}", r.order_id);
                                        view! {
                                            <li id=anchor class:done=r.picked_up>
                                                <p><strong>{r.household}</strong> " — " {t("distribution.due")} " " <strong>{due.clone()}</strong></p>
                                                {if r.picked_up {
                                                    let coordination = s.coordination;
                                                    let corrections = r.corrections.clone();
                                                    let correct_paid_id = format!("correct-paid-{}", r.order_id);
                                                    let correct_method_id = format!("correct-method-{}", r.order_id);
                                                    let reason_id = format!("correct-reason-{}", r.order_id);
                                                    let current_method = r.method.clone().unwrap_or_default();
                                                    let paid_now = r.paid_cents.unwrap_or(0);
                                                    view! {
                                                        <p class="ok">{fill(t("distribution.done_sentence"), &[
                                                            ("paid".into(), format_euros(paid_now)),
                                                            ("method".into(), t(payment_key(r.method.as_deref().unwrap_or(""))).to_string()),
                                                        ])}</p>
                                                        {corrections.into_iter().map(|c| view! {
                                                            <p class="hint">{fill(t("distribution.corrected"), &[
                                                                ("before".into(), format_euros(c.before_paid_cents.unwrap_or(0))),
                                                                ("before_method".into(), t(payment_key(c.before_method.as_deref().unwrap_or(""))).to_string()),
                                                                ("paid".into(), format_euros(c.paid_cents)),
                                                                ("method".into(), t(payment_key(&c.method)).to_string()),
                                                                ("by".into(), c.by.clone()),
                                                                ("when".into(), c.when.clone()),
                                                                ("reason".into(), c.reason.clone()),
                                                            ])}</p>
                                                        }).collect_view()}
                                                        {coordination.then(|| view! {
                                                            <details>
                                                                <summary>{t("distribution.correct")}</summary>
                                                                <ActionForm action=correct>
                                                                    <input type="hidden" name="order_id" value=r.order_id.to_string()/>
                                                                    <div class="two">
                                                                        <div>
                                                                            <label for=correct_paid_id.clone()>{t("field.paid")}</label>
                                                                            <input id=correct_paid_id name="paid" inputmode="decimal" maxlength="12" value=format!("{},{:02}", paid_now / 100, paid_now % 100)/>
                                                                        </div>
                                                                        <div>
                                                                            <label for=correct_method_id.clone()>{t("field.payment_method")}</label>
                                                                            <select id=correct_method_id name="method">
                                                                                {PAYMENT_METHODS.iter().map(|m| view! { <option value=*m selected=*m == current_method>{t(payment_key(m))}</option> }).collect_view()}
                                                                            </select>
                                                                        </div>
                                                                    </div>
                                                                    <label for=reason_id.clone()>{t("field.correction_reason")}</label>
                                                                    <input id=reason_id name="reason" maxlength="300" required/>
                                                                    <button type="submit">{t("distribution.correct_submit")}</button>
                                                                </ActionForm>
                                                            </details>
                                                        })}
                                                    }.into_any()
                                                } else {
                                                    view! {
                                                        <ActionForm action=record>
                                                            <input type="hidden" name="order_id" value=r.order_id.to_string()/>
                                                            <div class="two">
                                                                <div>
                                                                    <label for=paid_id.clone()>{t("field.paid")}</label>
                                                                    <input id=paid_id name="paid" inputmode="decimal" maxlength="12" value=format!("{},{:02}", r.due_cents / 100, r.due_cents % 100)/>
                                                                </div>
                                                                <div>
                                                                    <label for=method_id.clone()>{t("field.payment_method")}</label>
                                                                    <select id=method_id name="method">
                                                                        {PAYMENT_METHODS.iter().map(|m| view! { <option value=*m>{t(payment_key(m))}</option> }).collect_view()}
                                                                    </select>
                                                                </div>
                                                            </div>
                                                            <button type="submit" class="primary">{t("distribution.record")}</button>
                                                        </ActionForm>
                                                    }.into_any()
                                                }}
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            </section>
                        }).collect_view()}
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Where households fetch their orders: name, address, how to get in.
#[component]
pub fn PickupPointsPage() -> impl IntoView {
    use crate::cycles::api::{pickup_points, SavePickupPoint};
    let save = ServerAction::<SavePickupPoint>::new();
    let edit = super::widgets::query_param("id");
    let list = Resource::new(move || save.version().get(), |_| pickup_points());
    view! {
        <SubNav/>
        <h1>{t("coord.pickup_points")}</h1>
        <SavedNote/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Err(e) => error_view(e),
                    Ok(list) => {
                        let editing = edit.get_untracked().parse::<i64>().ok().and_then(|id| list.iter().find(|p| p.id == id).cloned());
                        let current = editing.clone();
                        let field = move |f: fn(&crate::cycles::PickupPoint) -> String| current.as_ref().map(f).unwrap_or_default();
                        view! {
                            <section class="card">
                                <h2>{if editing.is_some() { t("coord.edit_pickup_point") } else { t("coord.new_pickup_point") }}</h2>
                                <FormError error=action_error(save)/>
                                <ActionForm action=save>
                                    {editing.as_ref().map(|p| view! { <input type="hidden" name="id" value=p.id.to_string()/> })}
                                    <label for="name">{t("field.name")}</label>
                                    <input id="name" name="name" required maxlength="120" value=field(|p| p.name.clone())/>
                                    <label for="address">{t("field.address")}</label>
                                    <input id="address" name="address" required maxlength="300" value=field(|p| p.address.clone())/>
                                    <label for="access_notes">{t("field.access_notes")}</label>
                                    <textarea id="access_notes" name="access_notes" maxlength="2000" rows="3">{field(|p| p.access_notes.clone())}</textarea>
                                    <button type="submit" class="primary">{t("common.save")}</button>
                                </ActionForm>
                            </section>
                            <ul class="rows">
                                {list.into_iter().map(|p| view! {
                                    <li>
                                        <A href=format!("/coordination/lieux?id={}", p.id)>{p.name}</A>
                                        <span class="hint">" · " {p.address}</span>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// What a cycle offers: every active product, ticked or not, with its cap
/// for this cycle.
#[component]
pub fn CycleOfferPage() -> impl IntoView {
    use crate::cycles::api::{cycle_offer, SaveCycleOffer};
    use crate::domain::quantity::format_quantity;
    let id = id_param();
    let id = move || id().unwrap_or(0);
    let save = ServerAction::<SaveCycleOffer>::new();
    let lines = Resource::new(move || (id(), save.version().get()), |(id, _)| cycle_offer(id));
    view! {
        <SubNav/>
        <h1>{t("cycle.offer")}</h1>
        <p><A href=move || format!("/coordination/cycles/{}", id())>{t("cycle.back")}</A></p>
        <SavedNote/>
        <FormError error=action_error(save)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match lines.await {
                    Err(e) => error_view(e),
                    Ok(list) => view! {
                        <ActionForm action=save>
                            <input type="hidden" name="cycle_id" value=id().to_string()/>
                            <ul class="rows offer">
                                {list.into_iter().enumerate().map(|(i, l)| {
                                    let check = format!("offered-{}", l.product_id);
                                    let cap = format!("cap-{}", l.product_id);
                                    view! {
                                        <li>
                                            <input type="hidden" name=format!("lines[{i}][product]") value=l.product_id.to_string()/>
                                            <label class="choice" for=check.clone()>
                                                <input type="checkbox" id=check.clone() name=format!("lines[{i}][offered]") value="on" checked=l.offered/>
                                                <span>{l.name} <small class="hint">" · " {l.category}</small></span>
                                            </label>
                                            <label for=cap.clone() class="cap">{t("cycle.cap")} " (" {t(l.unit.label_key())} ")"</label>
                                            <input id=cap.clone() class="cap" name=format!("lines[{i}][cap]") inputmode="decimal" maxlength="10" value=l.cap/>
                                            {(l.sold_milli > 0).then(|| view! { <small class="hint">{t("cycle.ordered")} " " {format_quantity(l.sold_milli)}</small> })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            <div class="sticky-submit"><button type="submit" class="primary">{t("common.save")}</button></div>
                        </ActionForm>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Reception of the deliveries: for each product ordered, what arrived when
/// a producer brought less. One small form per product, so a coordinator
/// with the delivery note in hand records one line at a time.
#[component]
pub fn ReceptionPage() -> impl IntoView {
    use crate::domain::quantity::format_quantity;
    use crate::orders::api::{reception, RecordReception};
    let id = id_param();
    let id = move || id().unwrap_or(0);
    let record = ServerAction::<RecordReception>::new();
    let data = Resource::new(move || (id(), record.version().get()), |(id, _)| reception(id));
    view! {
        <SubNav/>
        <p><A href=move || format!("/coordination/cycles/{}", id())>{t("cycle.back")}</A></p>
        <SavedNote/>
        <FormError error=action_error(record)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => error_view(e),
                    Ok(r) => {
                        let cid = r.cycle_id.to_string();
                        let editable = r.editable;
                        view! {
                            <h1>{t("reception.title")} " — " {r.cycle_name}</h1>
                            <p class="hint">{t("reception.help")}</p>
                            <ul class="rows reception">
                                {r.lines.into_iter().map(|l| {
                                    let unit = t(l.unit.label_key());
                                    let field = format!("received-{}", l.product_id);
                                    let ordered = format!("{} {}", format_quantity(l.ordered_milli), unit);
                                    let arrived = l.received_milli.map(|m| format!("{} {} {}", t("reception.arrived"), format_quantity(m), unit));
                                    let cid = cid.clone();
                                    view! {
                                        <li id=format!("produit-{}", l.product_id) class:short=l.received_milli.is_some()>
                                            <p><strong>{l.product}</strong> " · " {l.producer}</p>
                                            <p>{t("reception.ordered")} " " {ordered}</p>
                                            {arrived.map(|a| view! { <p class="status">{a}</p> })}
                                            {editable.then(|| view! {
                                                <ActionForm action=record attr:class="inline">
                                                    <input type="hidden" name="cycle_id" value=cid/>
                                                    <input type="hidden" name="product_id" value=l.product_id.to_string()/>
                                                    <label for=field.clone()>{t("field.received")} " (" {unit} ")"</label>
                                                    <input id=field name="received" inputmode="decimal" maxlength="12" required/>
                                                    <button type="submit">{t("reception.record")}</button>
                                                </ActionForm>
                                            })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}
