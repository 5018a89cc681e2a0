//! Coordinators plan cycles, set each pickup point's window, and move a
//! cycle on after closing.

use crate::ui::coordination_pages::SubNav;
use crate::ui::widgets::{action_error, id_param, marked, strong, FormError, SavedNote, loaded, Wait};
use crate::domain::quantity::format_amount;
use crate::cycles::api::{cycle, cycles, CreateCycle, EditCycle, MoveCycle, RemovePickup, SetPickup};
use crate::i18n::{t, tr, Arg};
use leptos::prelude::*;
use leptos_router::components::A;
use crate::routes;

#[component]
pub fn CyclesPage() -> impl IntoView {
    let create = ServerAction::<CreateCycle>::new();
    let list = Resource::new(|| (), |_| cycles());
    view! {
        <SubNav/>
        <h1>{t("coord-cycles")}</h1>
        <section class="card" aria-labelledby="new-cycle">
            <h2 id="new-cycle">{t("cycle-new")}</h2>
            <FormError error=action_error(create)/>
            <ActionForm action=create>
                <label for="name">{t("field-cycle_name")}</label>
                <input id="name" name="name" required maxlength="120" placeholder=t("cycle-name_example")/>
                <label for="opens">{t("field-opens")}</label>
                <input id="opens" name="opens" type="datetime-local" required/>
                <label for="closes">{t("field-closes")}</label>
                <input id="closes" name="closes" type="datetime-local" required/>
                <p class="hint">{t("cycle-all_products")}</p>
                <label class="choice" for="overlap_ok">
                    <input type="checkbox" id="overlap_ok" name="overlap_ok" value="on"/>
                    {t("cycle-overlap_ok")}
                </label>
                <button type="submit" class="primary">{t("cycle-create")}</button>
            </ActionForm>
        </section>
        {loaded(list, Wait::Quiet, move |rows| view! {
            <ul class="rows">
                {rows.into_iter().map(|c| view! {
                    <li>
                        <A href=routes::cycle(c.id)>{c.name}</A>
                        <span class="status">{t(c.state.label_key())}</span>
                        <span class="hint">{tr("cycle-span", &[("opens", c.opens), ("closes", c.closes)])} " · " {tr("cycle-orders", &[("count", c.orders)])}</span>
                    </li>
                }).collect_view()}
            </ul>
        }.into_any())}
    }
}

#[component]
pub fn CyclePage() -> impl IntoView {
    let id = id_param();
    let set_pickup = ServerAction::<SetPickup>::new();
    let move_cycle = ServerAction::<MoveCycle>::new();
    let edit = ServerAction::<EditCycle>::new();
    let remove = ServerAction::<RemovePickup>::new();
    let detail = Resource::new(
        move || (id(), set_pickup.version().get() + move_cycle.version().get(), edit.version().get() + remove.version().get()),
        |(id, _, _)| cycle(id),
    );
    view! {
        <SubNav/>
        <SavedNote/>
        {loaded(detail, Wait::Quiet, move |c| {
            let cid = c.id.to_string();
            let cid2 = cid.clone();
            let (orders, waiting, closes) = (c.orders, c.waiting, c.closes.clone());
            let open_or_planned = matches!(c.state, crate::domain::cycles::CycleState::Planned | crate::domain::cycles::CycleState::Open);
            view! {
                <h1>{c.name.clone()}</h1>
                <section class="card">
                    <p><span class="status">{t(c.state.label_key())}</span></p>
                    {(c.state == crate::domain::cycles::CycleState::Planned).then(|| view! {
                        <p>{tr("cycle-opens_by_itself", &[("opens".into(), c.opens.clone())])}</p>
                    })}
                    <p>{tr("cycle-opens", &[("when", c.opens.clone())])} <br/> {tr("cycle-closes", &[("when", c.closes.clone())])}</p>
                    <p class="hint">{tr("cycle-products", &[("count", c.products)])} " · " {tr("cycle-orders", &[("count", c.orders)])}</p>
                    {open_or_planned.then(|| view! {
                        <p><A href=routes::cycle_page(c.id, "produits")>{t("cycle-offer")}</A></p>
                        <p class="hint">{tr("cycle-documents_when", &[("closes".into(), c.closes.clone())])}</p>
                    })}
                    <p><A href=routes::cycle_page(c.id, "creneaux")>{t("shift-coverage")}</A></p>
                    {(!matches!(c.state, crate::domain::cycles::CycleState::Planned | crate::domain::cycles::CycleState::Open | crate::domain::cycles::CycleState::Cancelled)).then(|| view! {
                        <p><A href=routes::cycle_page(c.id, "bilan")>{t("report-link")}</A></p>
                        <p><A href=routes::cycle_page(c.id, "argent")>{t("money-link")}</A></p>
                        <p><A href=routes::cycle_page(c.id, "reception")>{t("reception-title")}</A></p>
                        <p><A href=routes::cycle_page(c.id, "distribution")>{t("distribution-title")}</A></p>
                    })}
                </section>
                {(c.state == crate::domain::cycles::CycleState::Planned).then(|| view! {
                    <section class="card" aria-labelledby="edit-cycle">
                        <FormError error=action_error(edit)/>
                        // Open again when refused, so the fields are in sight.
                        <details open=move || action_error(edit).get().is_some()>
                            <summary><h2 id="edit-cycle">{t("cycle-edit")}</h2></summary>
                            <ActionForm action=edit>
                                <input type="hidden" name="cycle_id" value=c.id.to_string()/>
                                <label for="edit-name">{t("field-cycle_name")}</label>
                                <input id="edit-name" name="name" required maxlength="120" value=c.name.clone()/>
                                <label for="edit-opens">{t("field-opens")}</label>
                                <input id="edit-opens" name="opens" type="datetime-local" required value=c.opens_input.clone()/>
                                <label for="edit-closes">{t("field-closes")}</label>
                                <input id="edit-closes" name="closes" type="datetime-local" required value=c.closes_input.clone()/>
                                <label class="choice" for="edit-overlap">
                                    <input type="checkbox" id="edit-overlap" name="overlap_ok" value="on"/>
                                    {t("cycle-overlap_ok")}
                                </label>
                                <button type="submit" class="primary">{t("common-save")}</button>
                            </ActionForm>
                        </details>
                    </section>
                })}
                <section class="card" aria-labelledby="pickups">
                    <h2 id="pickups">{t("cycle-pickups")}</h2>
                    <FormError error=action_error(remove)/>
                    <ul class="rows">
                        {c.pickups.into_iter().map(|w| {
                            let cid = c.id.to_string();
                            view! {
                                <li>
                                    <strong>{w.name}</strong>
                                    <ul>
                                        {w.windows.into_iter().map(|(window_id, words)| {
                                            let cid = cid.clone();
                                            view! {
                                                <li>
                                                    {words}
                                                    {open_or_planned.then(|| view! {
                                                        <ActionForm action=remove attr:class="inline">
                                                            <input type="hidden" name="cycle_id" value=cid/>
                                                            <input type="hidden" name="window_id" value=window_id.to_string()/>
                                                            <button type="submit">{t("cycle-remove_pickup")}</button>
                                                        </ActionForm>
                                                    })}
                                                </li>
                                            }
                                        }).collect_view()}
                                    </ul>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <FormError error=action_error(set_pickup)/>
                    <ActionForm action=set_pickup>
                        <input type="hidden" name="cycle_id" value=cid/>
                        <label for="pickup_point_id">{t("field-pickup")}</label>
                        <select id="pickup_point_id" name="pickup_point_id">
                            {c.points.into_iter().map(|p| view! { <option value=p.id.to_string()>{p.name}</option> }).collect_view()}
                        </select>
                        <label for="day">{t("field-pickup_day")}</label>
                        <input id="day" name="day" type="date" required/>
                        <div class="two">
                            <div>
                                <label for="start">{t("field-pickup_start")}</label>
                                <input id="start" name="start" type="time" required/>
                            </div>
                            <div>
                                <label for="end">{t("field-pickup_end")}</label>
                                <input id="end" name="end" type="time" required/>
                            </div>
                        </div>
                        <button type="submit" class="primary">{t("cycle-set_pickup")}</button>
                    </ActionForm>
                </section>
                <section class="card" aria-labelledby="moves">
                    <h2 id="moves">{t("cycle-moves")}</h2>
                    <FormError error=action_error(move_cycle)/>
                    {c.next.into_iter().map(|to| {
                        use crate::domain::cycles::CycleState as S;
                        let cid = cid2.clone();
                        let (label, sentence, yes) = match to {
                            S::Closed => ("cycle-close_now", tr("cycle-confirm_close", &[("orders", Arg::Num(orders)), ("closes", Arg::from(&closes))]), "cycle-yes_close"),
                            S::Distributed => ("cycle-mark_distributed", tr("cycle-confirm_distributed", &[("waiting", waiting)]), "cycle-yes_distributed"),
                            S::Archived => ("cycle-mark_archived", t("cycle-confirm_archived").to_string(), "cycle-yes_archived"),
                            _ => ("cycle-cancel", tr("cycle-confirm_cancel", &[("orders", orders)]), "cycle-yes_cancel"),
                        };
                        view! {
                            <details class="confirm">
                                <summary>{t(label)}</summary>
                                <p>{sentence}</p>
                                <ActionForm action=move_cycle>
                                    <input type="hidden" name="cycle_id" value=cid/>
                                    <input type="hidden" name="to" value=to.code()/>
                                    <input type="hidden" name="confirmed" value="yes"/>
                                    <button type="submit" class="danger">{t(yes)}</button>
                                </ActionForm>
                            </details>
                        }
                    }).collect_view()}
                </section>
            }.into_any()
        })}
    }
}

/// After closing: the summary by tier (the coordination's own figures),
/// links to the purchase orders and the CSV files, and the packing list of
/// each pickup point (one printed page each).
#[component]
pub fn CycleReportPage() -> impl IntoView {
    use crate::domain::pricing::format_euros;
    use crate::orders::api::cycle_report;
    let id = id_param();
    let report = Resource::new(id, cycle_report);
    view! {
        <SubNav/>
        {loaded(report, Wait::Quiet, move |r| view! {
            <h1>{r.cycle_name.clone()}</h1>
            <p class="no-print">
                <A href=routes::cycle_page(id(), "bons")>{t("report-purchase_orders_print")}</A>
                <br/>
                <a href=format!("/coordination/cycles/{}/bons.csv", id()) rel="external" download="">{t("report-csv")}</a>
                <br/>
                <a href=format!("/coordination/cycles/{}/preparation.csv", id()) rel="external" download="">{t("report-packing_csv")}</a>
                <br/>
                <A href=routes::cycle_page(id(), "argent")>{t("money-link")}</A>
            </p>
            <section class="card" aria-labelledby="summary">
                <h2 id="summary">{t("report-summary")}</h2>
                // Eight columns: on a phone they scroll sideways in the card
                // (focusable, so a keyboard scrolls them too).
                <div class="wide" tabindex="0" role="region" aria-labelledby="summary">
                <table class="figures">
                    <thead><tr>
                        <th scope="col">{t("field-tier")}</th>
                        <th scope="col">{t("report-households")}</th>
                        <th scope="col">{t("report-producer_total")}</th>
                        <th scope="col">{t("report-costs")}</th>
                        <th scope="col">{t("report-cost_total")}</th>
                        <th scope="col">{t("report-due")}</th>
                        <th scope="col">{t("report-solidarity")}</th>
                        <th scope="col">{t("report-paid")}</th>
                    </tr></thead>
                    <tbody>
                        {r.summary.into_iter().chain(std::iter::once(crate::orders::SummaryRow { tier: t("report-total").to_string(), ..r.total })).map(|s| view! {
                            <tr>
                                <th scope="row">{s.tier}</th>
                                <td>{s.households.to_string()}</td>
                                <td>{format_euros(s.producer_cents)}</td>
                                <td>{format_euros(s.costs_cents)}</td>
                                <td>{format_euros(s.cost_cents)}</td>
                                <td>{format_euros(s.due_cents)}</td>
                                <td>{format_euros(s.solidarity_cents)}</td>
                                <td>{format_euros(s.paid_cents)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
            </section>
            <h2>{t("report-packing")}</h2>
            {r.packing.into_iter().map(|pp| view! {
                <section class="card print-page packing">
                    <h3>{pp.point} " — " {pp.window}</h3>
                    {pp.bags.into_iter().map(|bag| view! {
                        <div class="bag">
                            <h4>{bag.household}</h4>
                            <ul>
                                {bag.lines.into_iter().map(|l| packing_line(l, true)).collect_view()}
                            </ul>
                        </div>
                    }).collect_view()}
                </section>
            }).collect_view()}
        }.into_any())}
    }
}

/// One line of a household's bag, on the packing list and at the table:
/// a line a shortage reduced says so, with what was ordered.
fn packing_line(l: crate::orders::PackingLine, with_category: bool) -> impl IntoView {
    let reduced = l.ordered_milli.map(|o| tr("report-reduced", &[("ordered", format_amount(o, l.unit))]));
    let is_reduced = reduced.is_some();
    let what = [("amount", Arg::Text(format_amount(l.qty_milli, l.unit))), ("product", Arg::Text(l.product))];
    view! {
        <li class:reduced=is_reduced>
            {with_category.then(|| view! { <span class="hint">{l.category}</span> " · " })}
            {marked("report-packing_line", &what, &[("amount", strong)])}
            {reduced.map(|r| view! { " " <em class="status">{r}</em> })}
        </li>
    }
}

/// The purchase orders to hand or send to the producers: one printed page
/// each, headed with the association's name and address, the number and
/// date, where and when to deliver. Nothing internal (tiers, solidarity) is
/// on these pages: that summary stays on the cycle's report.
#[component]
pub fn PurchaseOrdersPage() -> impl IntoView {
    use crate::domain::pricing::format_euros;
    use crate::orders::api::cycle_report;
    // Handed to the producers: in the association's language (as its CSV
    // is), whatever the coordinator who prints it reads.
    let lang = crate::i18n::Lang::default();
    provide_context(lang);
    let id = id_param();
    let report = Resource::new(id, cycle_report);
    view! {
        <div class="no-print" lang=lang.code() dir=lang.dir()>
            <SubNav/>
            <p><A href=move || routes::cycle_page(id(), "bilan")>{t("report-back")}</A></p>
            // The print button needs script (public/enhance.js shows it and
            // prints); without it the page says to use the browser's own
            // print command.
            <button type="button" class="primary" data-scripted="" data-print="" hidden>{t("report-print")}</button>
            <p class="hint" data-unscripted="">{t("report-print_hint")}</p>
        </div>
        {loaded(report, Wait::Quiet, move |r| {
            let missing_letterhead = r.association_name.trim().is_empty() || r.association_address.trim().is_empty();
            let (name, address, delivery, issued) = (r.association_name, r.association_address, r.delivery, r.issued);
            view! {
                {missing_letterhead.then(|| view! { <p class="error no-print" role="alert">{t("report-letterhead_missing")}</p> })}
                {r.purchase_orders.into_iter().map(|po| view! {
                    <article class="card print-page purchase-order" lang=lang.code() dir=lang.dir()>
                        <header class="letterhead">
                            <p><strong>{name.clone()}</strong><br/>{address.clone()}</p>
                            <p>{tr("report-po_number", &[("number".into(), po.number.clone()), ("date".into(), issued.clone())])}</p>
                        </header>
                        <h2>{tr("report-po_title", &[("producer".into(), po.producer.clone())])}</h2>
                        <p>{po.place.clone()} <br/> {po.contact.clone()}</p>
                        <p><strong>{delivery.clone()}</strong></p>
                        <table class="figures">
                            <thead><tr>
                                <th scope="col">{t("report-product")}</th>
                                <th scope="col">{t("report-quantity")}</th>
                                <th scope="col">{t("report-unit_price")}</th>
                                <th scope="col">{t("report-line_total")}</th>
                            </tr></thead>
                            <tbody>
                                {po.lines.into_iter().map(|l| view! {
                                    <tr>
                                        <th scope="row">{l.product}</th>
                                        <td>{format_amount(l.qty_milli, l.unit)}</td>
                                        <td>{format_euros(l.price_cents)}</td>
                                        <td>{format_euros(l.total_cents)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                            <tfoot><tr><th scope="row" colspan="3">{t("report-total")}</th><td>{format_euros(po.total_cents)}</td></tr></tfoot>
                        </table>
                    </article>
                }).collect_view()}
            }.into_any()
        })}
    }
}

/// At the folding table: each household expected at the pickup point, the
/// amount due, and one form to record the handover and the payment.
#[component]
pub fn DistributionPage() -> impl IntoView {
    use crate::domain::pricing::format_euros;
    use crate::orders::api::{distribution_sheet, CorrectPickup, CountTill, RecordPickup};
    use crate::orders::PaymentMethod;
    let method_words = |m: Option<PaymentMethod>| t(m.map_or("payment-unknown", PaymentMethod::label_key)).to_string();
    let id = id_param();
    let record = ServerAction::<RecordPickup>::new();
    let correct = ServerAction::<CorrectPickup>::new();
    let count = ServerAction::<CountTill>::new();
    let sheet = Resource::new(move || (id(), record.version().get(), correct.version().get(), count.version().get()), |(id, _, _, _)| distribution_sheet(id));
    // Find a household by name: sent as `?q=`, the server hides the others;
    // with script the list narrows at each letter instead (data-filter on
    // the box, data-list on the lists, public/enhance.js), each line
    // carrying its name folded the same way.
    let q = crate::ui::widgets::query_param("q");
    let wanted = move || crate::domain::text::fold(q.get_untracked().trim());
    view! {
        <SavedNote/>
        <FormError error=action_error(record)/>
        <FormError error=action_error(correct)/>
        <FormError error=action_error(count)/>
        {loaded(sheet, Wait::Quiet, move |s| view! {
            {s.coordination.then(|| view! { <SubNav/> })}
            <h1>{tr("distribution-heading", &[("cycle", s.cycle_name)])}</h1>
            <form method="get" class="search" role="search">
                <label for="q">{t("distribution-search")}</label>
                <input id="q" name="q" type="search" autocomplete="off" maxlength="60" value=q.get_untracked() data-filter="sheet"/>
                <button type="submit">{t("common-search")}</button>
            </form>
            {s.points.into_iter().map(|p| view! {
                <section class="card print-page">
                    <h2>{p.point}</h2>
                    <p class="hint">{p.window}</p>
                    {(!p.till.is_empty()).then(|| view! {
                        <p class="till">
                            {tr("distribution-till", &[("lines", p.till.iter().map(|(m, c)| tr("distribution-till_line", &[("method".into(), t(m.label_key()).to_string()), ("amount".into(), format_euros(*c))])).collect::<Vec<_>>().join(" · "))])}
                        </p>
                    })}
                    {till_count(count, s.cycle_id, p.point_id, p.counted.clone())}
                    <ul class="sheet" data-list="sheet">
                        {p.rows.into_iter().map(|r| {
                            let due = format_euros(r.to_collect_cents);
                            let anchor = format!("commande-{}", r.order_id);
                            let paid_id = format!("paid-{}", r.order_id);
                            let method_id = format!("method-{}", r.order_id);
                            let folded = crate::domain::text::fold(&r.household);
                            // After the handover: what the household still owes, all told.
                            let owed = if r.picked_up { r.balance_cents.max(0) } else { 0 };
                            let bag = r.lines.clone();
                            view! {
                                <li id=anchor class:done=r.picked_up class:owes={owed > 0} hidden=!folded.contains(&wanted()) data-filter-text=folded.clone()>
                                    {if r.picked_up || r.to_collect_cents > 0 {
                                        marked("distribution-due", &[("household", Arg::Text(r.household.clone())), ("amount", Arg::Text(due.clone()))], &[("household", strong), ("amount", strong)]).into_any()
                                    } else {
                                        marked("distribution-settled", &[("household", Arg::Text(r.household.clone()))], &[("household", strong)]).into_any()
                                    }}
                                    {(!r.picked_up && r.before_cents != 0).then(|| {
                                        let key = if r.before_cents > 0 { "distribution-with_owed" } else { "distribution-with_credit" };
                                        view! { <p class="hint">{tr(key, &[("order", format_euros(r.due_cents)), ("amount", format_euros(r.before_cents.abs()))])}</p> }
                                    })}
                                    {(owed > 0).then(|| view! { <p class="error">{tr("distribution-still_owed", &[("amount".into(), format_euros(owed))])}</p> })}
                                    <details class="bag-contents">
                                        <summary>{tr("distribution-bag", &[("n", bag.len())])}</summary>
                                        <ul>
                                            {bag.into_iter().map(|l| packing_line(l, false)).collect_view()}
                                        </ul>
                                    </details>
                                    {if r.picked_up {
                                        let coordination = s.coordination;
                                        let corrections = r.corrections.clone();
                                        let correct_paid_id = format!("correct-paid-{}", r.order_id);
                                        let correct_method_id = format!("correct-method-{}", r.order_id);
                                        let reason_id = format!("correct-reason-{}", r.order_id);
                                        let current_method = r.method;
                                        let paid_now = r.paid_cents.unwrap_or(0);
                                        view! {
                                            <p class="ok">{if paid_now > 0 && paid_now < r.to_collect_cents {
                                                tr("distribution-done_partial", &[("paid".into(), format_euros(paid_now)), ("due".into(), format_euros(r.to_collect_cents)), ("method".into(), method_words(r.method))])
                                            } else if paid_now > 0 {
                                                tr("distribution-done_sentence", &[("paid".into(), format_euros(paid_now)), ("method".into(), method_words(r.method))])
                                            } else {
                                                t("distribution-done_nothing_paid").to_string()
                                            }}</p>
                                            {corrections.into_iter().map(|c| view! {
                                                <p class="hint">{tr("distribution-corrected", &[
                                                    ("before".into(), format_euros(c.before_paid_cents.unwrap_or(0))),
                                                    ("before_method".into(), method_words(c.before_method)),
                                                    ("paid".into(), format_euros(c.paid_cents)),
                                                    ("method".into(), method_words(Some(c.method))),
                                                    ("by".into(), c.by.clone()),
                                                    ("when".into(), c.when.clone()),
                                                    ("reason".into(), c.reason.clone()),
                                                ])}</p>
                                            }).collect_view()}
                                            {coordination.then(|| view! {
                                                <details>
                                                    <summary>{t("distribution-correct")}</summary>
                                                    <ActionForm action=correct>
                                                        <input type="hidden" name="order_id" value=r.order_id.to_string()/>
                                                        <div class="two">
                                                            <div>
                                                                <label for=correct_paid_id.clone()>{t("field-paid")}</label>
                                                                <input id=correct_paid_id name="paid" inputmode="decimal" maxlength="12" value=format!("{},{:02}", paid_now / 100, paid_now % 100)/>
                                                            </div>
                                                            <div>
                                                                <label for=correct_method_id.clone()>{t("field-payment_method")}</label>
                                                                <select id=correct_method_id name="method">
                                                                    {PaymentMethod::ALL.into_iter().map(|m| view! { <option value=m.code() selected=Some(m) == current_method>{t(m.label_key())}</option> }).collect_view()}
                                                                </select>
                                                            </div>
                                                        </div>
                                                        <label for=reason_id.clone()>{t("field-correction_reason")}</label>
                                                        <input id=reason_id name="reason" maxlength="300" required/>
                                                        <button type="submit">{t("distribution-correct_submit")}</button>
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
                                                        <label for=paid_id.clone()>{t("field-paid")}</label>
                                                        <input id=paid_id name="paid" inputmode="decimal" maxlength="12" value=format!("{},{:02}", r.to_collect_cents / 100, r.to_collect_cents % 100)/>
                                                    </div>
                                                    <div>
                                                        <label for=method_id.clone()>{t("field-payment_method")}</label>
                                                        <select id=method_id name="method">
                                                            {PaymentMethod::ALL.into_iter().map(|m| view! { <option value=m.code()>{t(m.label_key())}</option> }).collect_view()}
                                                        </select>
                                                    </div>
                                                </div>
                                                <button type="submit" class="primary">{t("distribution-record")}</button>
                                            </ActionForm>
                                        }.into_any()
                                    }}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }).collect_view()}
        }.into_any())}
    }
}

/// The till of one table: counted once at the end, by those holding it.
/// Counted, it shows what was expected, what was there, and the gap.
fn till_count(count: ServerAction<crate::orders::api::CountTill>, cycle_id: i64, point_id: i64, counted: Option<crate::orders::TillCount>) -> impl IntoView {
    use crate::domain::pricing::format_euros;
    let input_id = format!("counted-{point_id}");
    match counted {
        Some(c) => view! {
            <p class="till" id=format!("caisse-{point_id}")>
                {tr("distribution-till_counted", &[
                    ("counted", format_euros(c.counted_cents)),
                    ("expected", format_euros(c.expected_cents)),
                    ("gap", format_euros(c.counted_cents - c.expected_cents)),
                    ("by", c.by),
                    ("when", c.when),
                ])}
            </p>
        }
        .into_any(),
        None => view! {
            <details class="no-print" id=format!("caisse-{point_id}")>
                <summary>{t("distribution-count_till")}</summary>
                <ActionForm action=count>
                    <input type="hidden" name="cycle_id" value=cycle_id.to_string()/>
                    <input type="hidden" name="point_id" value=point_id.to_string()/>
                    <label for=input_id.clone()>{t("field-counted")}</label>
                    <input id=input_id name="counted" inputmode="decimal" maxlength="12" required/>
                    <p class="hint">{t("distribution-count_once")}</p>
                    <button type="submit">{t("distribution-count_submit")}</button>
                </ActionForm>
            </details>
        }
        .into_any(),
    }
}

/// Where households fetch their orders: name, address, how to get in.
#[component]
pub fn PickupPointsPage() -> impl IntoView {
    use crate::cycles::api::{pickup_points, SavePickupPoint};
    let save = ServerAction::<SavePickupPoint>::new();
    let edit = crate::ui::widgets::query_param("id");
    let list = Resource::new(move || save.version().get(), |_| pickup_points());
    view! {
        <SubNav/>
        <h1>{t("coord-pickup_points")}</h1>
        <SavedNote/>
        {loaded(list, Wait::Quiet, move |list| {
            let editing = edit.get_untracked().parse::<i64>().ok().and_then(|id| list.iter().find(|p| p.id == id).cloned());
            let current = editing.clone();
            let field = move |f: fn(&crate::cycles::PickupPoint) -> String| current.as_ref().map(f).unwrap_or_default();
            view! {
                <section class="card">
                    <h2>{if editing.is_some() { t("coord-edit_pickup_point") } else { t("coord-new_pickup_point") }}</h2>
                    <FormError error=action_error(save)/>
                    <ActionForm action=save>
                        {editing.as_ref().map(|p| view! { <input type="hidden" name="id" value=p.id.to_string()/> })}
                        <label for="name">{t("field-name")}</label>
                        <input id="name" name="name" required maxlength="120" value=field(|p| p.name.clone())/>
                        <label for="address">{t("field-address")}</label>
                        <input id="address" name="address" required maxlength="300" value=field(|p| p.address.clone())/>
                        <label for="access_notes">{t("field-access_notes")}</label>
                        <textarea id="access_notes" name="access_notes" maxlength="2000" rows="3">{field(|p| p.access_notes.clone())}</textarea>
                        <button type="submit" class="primary">{t("common-save")}</button>
                    </ActionForm>
                </section>
                <ul class="rows">
                    {list.into_iter().map(|p| view! {
                        <li>
                            <A href=format!("{}?id={}", routes::PICKUP_POINTS, p.id)>{p.name}</A>
                            <span class="hint">" · " {p.address}</span>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        })}
    }
}

/// What a cycle offers: every active product, ticked or not, with its
/// producer and its cap for this cycle. Among 150 products, with script: a
/// search, a producer filter, "none" / "all" for the lines shown and the
/// count ticked as it changes (public/enhance.js: data-filter, data-list,
/// data-check, data-count). Lines filtered out stay in the form, hidden, so
/// saving never drops what is not on screen. Without script every line is
/// shown and the count is the server's.
#[component]
pub fn CycleOfferPage() -> impl IntoView {
    use crate::cycles::api::{cycle_offer, SaveCycleOffer};
    use crate::domain::text::fold;
    let id = id_param();
    let save = ServerAction::<SaveCycleOffer>::new();
    let lines = Resource::new(move || (id(), save.version().get()), |(id, _)| cycle_offer(id));
    view! {
        <SubNav/>
        <h1>{t("cycle-offer")}</h1>
        <p><A href=move || routes::cycle(id())>{t("cycle-back")}</A></p>
        <SavedNote/>
        <FormError error=action_error(save)/>
        {loaded(lines, Wait::Quiet, move |list| {
            let mut producers: Vec<String> = list.iter().map(|l| l.producer.clone()).collect();
            producers.sort();
            producers.dedup();
            let ticked = list.iter().filter(|l| l.offered).count();
            view! {
                // Only with script: without it these could not act.
                <div class="card offer-tools" data-scripted="" hidden>
                    <label for="offer-search">{t("cycle-offer_search")}</label>
                    <input id="offer-search" type="search" autocomplete="off" maxlength="60" data-filter="offer"/>
                    <label for="offer-producer">{t("cycle-offer_producer")}</label>
                    <select id="offer-producer" data-filter="offer" data-filter-by="producer">
                        <option value="">{t("cycle-offer_all_producers")}</option>
                        {producers.into_iter().map(|p| view! { <option value=p.clone()>{p.clone()}</option> }).collect_view()}
                    </select>
                    <div class="two">
                        <button type="button" data-check="offer" value="">{t("cycle-offer_none")}</button>
                        <button type="button" data-check="offer" value="on">{t("cycle-offer_every")}</button>
                    </div>
                </div>
                <ActionForm action=save>
                    <input type="hidden" name="cycle_id" value=id().to_string()/>
                    <ul class="rows offer" data-list="offer">
                        {list.into_iter().enumerate().map(|(i, l)| {
                            let check = format!("offered-{}", l.product_id);
                            let cap = format!("cap-{}", l.product_id);
                            // What the search looks in: the name and the
                            // category, and the producer (one per line, so a
                            // search never spans two).
                            let text = fold(&format!("{} {}\n{}", l.name, l.category, l.producer));
                            let producer = l.producer.clone();
                            view! {
                                <li data-filter-text=text data-producer=producer>
                                    <input type="hidden" name=format!("lines[{i}][product]") value=l.product_id.to_string()/>
                                    <label class="choice" for=check.clone()>
                                        <input type="checkbox" id=check.clone() name=format!("lines[{i}][offered]") value="on" checked=l.offered/>
                                        <span>{l.name} <small class="hint">" · " {l.producer} " · " {l.category}</small></span>
                                    </label>
                                    <label for=cap.clone() class="cap">{tr("cycle-cap", &[("unit", t(l.unit.label_key()))])}</label>
                                    <input id=cap.clone() class="cap" name=format!("lines[{i}][cap]") inputmode="decimal" maxlength="10" value=l.cap/>
                                    {(l.sold_milli > 0).then(|| view! { <small class="hint">{tr("cycle-ordered", &[("amount", format_amount(l.sold_milli, l.unit))])}</small> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <div class="sticky-submit">
                        // The sentence in each plural form of the reader's
                        // language, for the script that counts again at
                        // each tick (it chooses with the same CLDR rules).
                        <p class="hint" role="status" data-count="offer" data-forms=crate::i18n::plural_forms_json("cycle-offer_count", "n")>
                            {tr("cycle-offer_count", &[("n", ticked)])}
                        </p>
                        <button type="submit" class="primary">{t("common-save")}</button>
                    </div>
                </ActionForm>
            }.into_any()
        })}
    }
}

/// Reception of the deliveries: every product ordered, grouped by producer,
/// in one form saved at once — typing carrots and bread then saving keeps
/// both, and a mistake anywhere saves nothing and says every problem. A
/// line says in words where it stands ("3,5 kg manquants"). What is typed
/// and not yet saved is said to be so, never shown as saved.
#[component]
pub fn ReceptionPage() -> impl IntoView {
    use crate::domain::quantity::format_quantity;
    use crate::domain::reception::{arrival, Arrival};
    use crate::orders::api::{reception, RecordDelivery};
    let id = id_param();
    let record = ServerAction::<RecordDelivery>::new();
    // The form posts and the page comes back: saved (`?ok=`, the lines as
    // the server now holds them) or refused (the error, nothing saved).
    // With script, what was typed is put back after a refusal, and "not
    // saved yet" shows from the first thing typed until the page comes back
    // saved (data-unsaved in the form; data-saved, the "saved" note, goes
    // then: public/enhance.js).
    let data = Resource::new(id, reception);
    let error = action_error(record);
    view! {
        <SubNav/>
        <p><A href=move || routes::cycle(id())>{t("cycle-back")}</A></p>
        <div data-saved="">
            <SavedNote/>
        </div>
        <FormError error=error/>
        {loaded(data, Wait::Quiet, move |r| {
            let editable = r.editable;
            let mut producers: Vec<(String, Vec<(usize, crate::orders::ReceptionLine)>)> = Vec::new();
            for (i, l) in r.lines.into_iter().enumerate() {
                match producers.last_mut() {
                    Some((p, ls)) if *p == l.producer => ls.push((i, l)),
                    _ => producers.push((l.producer.clone(), vec![(i, l)])),
                }
            }
            let groups = producers.into_iter().map(|(producer, lines)| view! {
                <fieldset class="card delivery">
                    <legend><h2>{producer}</h2></legend>
                    <ul class="rows reception">
                        {lines.into_iter().map(|(i, l)| {
                            let unit = t(l.unit.label_key());
                            let field = format!("received-{}", l.product_id);
                            let line_unit = l.unit;
                            let qty = move |m: i64| format_amount(m, line_unit);
                            let state = arrival(l.ordered_milli, l.received_milli);
                            let said = match state {
                                Arrival::NotRecorded => t("reception-not_recorded").to_string(),
                                Arrival::Complete => t("reception-complete").to_string(),
                                Arrival::Short { missing_milli } => tr("reception-missing", &[("qty".into(), qty(missing_milli))]),
                                Arrival::Surplus { extra_milli } => tr("reception-surplus_kept", &[("qty".into(), qty(extra_milli))]),
                            };
                            let arrived = l.received_milli.map(|m| tr("reception-arrived", &[("amount", qty(m))]));
                            let keep = format!("surplus-keep-{}", l.product_id);
                            let back = format!("surplus-back-{}", l.product_id);
                            let (keep_for, back_for) = (keep.clone(), back.clone());
                            view! {
                                <li id=format!("produit-{}", l.product_id) class:short=matches!(state, Arrival::Short { .. })>
                                    <p><strong>{l.product.clone()}</strong></p>
                                    <p>{tr("reception-ordered", &[("amount", qty(l.ordered_milli))])} {arrived.map(|a| view! { " · " {a} })}</p>
                                    <p class="status">{said}</p>
                                    {editable.then(|| view! {
                                        <input type="hidden" name=format!("lines[{i}][product]") value=l.product_id.to_string()/>
                                        <label for=field.clone()>{tr("reception-what_arrived", &[("unit".into(), unit.to_string())])}</label>
                                        <input id=field name=format!("lines[{i}][received]") inputmode="decimal" maxlength="12"
                                            value=l.received_milli.map(format_quantity).unwrap_or_default()/>
                                        <details class="surplus">
                                            <summary>{t("reception-surplus_question")}</summary>
                                            <label class="choice" for=keep_for>
                                                <input type="radio" id=keep name=format!("lines[{i}][surplus]") value="keep"/>
                                                {t("reception-surplus_keep")}
                                            </label>
                                            <label class="choice" for=back_for>
                                                <input type="radio" id=back name=format!("lines[{i}][surplus]") value="give_back"/>
                                                {t("reception-surplus_give_back")}
                                            </label>
                                        </details>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </fieldset>
            }).collect_view();
            view! {
                <h1>{tr("reception-heading", &[("cycle", r.cycle_name)])}</h1>
                <p class="hint">{t("reception-help")}</p>
                {if editable {
                    view! {
                        <ActionForm action=record>
                            <input type="hidden" name="cycle_id" value=r.cycle_id.to_string()/>
                            {groups}
                            <div class="sticky-submit">
                                <p class="hint" role="status" data-unsaved="" hidden>{t("reception-not_saved_yet")}</p>
                                <button type="submit" class="primary">{t("reception-record")}</button>
                            </div>
                        </ActionForm>
                    }.into_any()
                } else {
                    groups.into_any()
                }}
            }.into_any()
        })}
    }
}
