//! A household's account (the member's and the coordination's view), the
//! receipt, the cycle's money and the treasury.

use super::api::{cycle_money, household_account, my_account, receipt, treasury, PayInvoice, RecordEntry, ReverseEntry, SaveTreasurySettings, SaveInvoice};
use super::{Entry, EntryKind, PaymentMethod};
use crate::domain::ledger::{standing, Standing};
use crate::domain::pricing::format_euros;
use crate::i18n::{t, tr, Arg};
use crate::routes;
use crate::ui::coordination_pages::SubNav;
use crate::ui::widgets::{action_error, id_param, loaded, marked, strong, FormError, SavedNote, Wait};
use leptos::prelude::*;
use leptos_router::components::A;

/// An entry in plain words: "Commande — Cycle de décembre", "Payé en
/// espèces", "Annulation : Paiement".
fn entry_words(e: &Entry) -> String {
    let method = |m: Option<PaymentMethod>| t(m.map_or("payment-unknown", PaymentMethod::label_key)).to_string();
    match e.kind {
        EntryKind::Order => tr("ledger-entry_order", &[("cycle", e.about.clone())]),
        EntryKind::Payment => tr("ledger-entry_payment", &[("method", method(e.method))]),
        EntryKind::Membership => tr("ledger-entry_membership", &[("period", e.about.clone())]),
        EntryKind::TopUp => tr("ledger-entry_top_up", &[("method", method(e.method))]),
        EntryKind::Refund => tr("ledger-entry_refund", &[("method", method(e.method))]),
        EntryKind::Adjustment => tr("ledger-entry_adjustment", &[("reason", e.note.clone())]),
        EntryKind::Reversal => tr("ledger-entry_reversal", &[("what", t(e.reverses.unwrap_or(EntryKind::Adjustment).label_key()).to_string()), ("reason", e.note.clone())]),
    }
}

/// The balance as a sentence: what the household owes, its credit, or
/// nothing due.
/// `mine`: said to the household itself ("you"), else about it.
fn balance_sentence(balance_cents: i64, mine: bool) -> impl IntoView {
    let (owes, credit, settled) = if mine {
        ("ledger-owes", "ledger-credit", "ledger-settled")
    } else {
        ("ledger-household_owes", "ledger-household_credit", "ledger-household_settled")
    };
    match standing(balance_cents) {
        Standing::Owes(c) => view! { <p class="balance owes">{marked(owes, &[("amount", Arg::Text(format_euros(c)))], &[("amount", strong)])}</p> }.into_any(),
        Standing::Credit(c) => view! { <p class="balance credit">{marked(credit, &[("amount", Arg::Text(format_euros(c)))], &[("amount", strong)])}</p> }.into_any(),
        Standing::Settled => view! { <p class="balance">{t(settled)}</p> }.into_any(),
    }
}

/// One line of an account: the day, what it was, the amount (a minus for
/// what was paid or credited), and its receipt.
fn entry_line(e: &Entry, with_receipt: bool) -> impl IntoView + use<> {
    let amount = if e.amount_cents < 0 { tr("ledger-minus", &[("amount", format_euros(-e.amount_cents))]) } else { format_euros(e.amount_cents) };
    let receipt = (with_receipt && e.receipt).then(|| view! { <A href=routes::receipt(e.id)>{t("ledger-receipt")}</A> });
    let reference = (!e.reference.is_empty()).then(|| tr("ledger-reference", &[("reference", e.reference.clone())]));
    view! {
        <span class="when">{e.when.clone()}</span>
        <span class="what">{entry_words(e)} {reference.map(|r| view! { <small class="hint">" · " {r}</small> })}</span>
        <span class="amount" class:credit={e.amount_cents < 0}>{amount}</span>
        {e.reversed.then(|| view! { <span class="status">{t("ledger-reversed")}</span> })}
        {receipt}
    }
}

/// The member's account: where it stands, every entry, the receipts, and
/// the membership.
#[component]
pub fn MyAccountPage() -> impl IntoView {
    let account = Resource::new(|| (), |_| my_account());
    view! {
        <h1>{t("ledger-my_account")}</h1>
        <SavedNote/>
        <crate::memberships::pages::MyMembership/>
        <crate::funding::pages::MyComposition/>
        {loaded(account, Wait::Quiet, move |a| view! {
            <section class="card" aria-labelledby="balance-title">
                <h2 id="balance-title">{t("ledger-balance_title")}</h2>
                {balance_sentence(a.balance_cents, true)}
                <p class="hint">{t("ledger-balance_explain")}</p>
            </section>
            <section class="card" aria-labelledby="entries-title">
                <h2 id="entries-title">{t("ledger-entries_title")}</h2>
                {if a.entries.is_empty() {
                    view! { <p>{t("ledger-no_entries")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="rows ledger">
                            {a.entries.into_iter().map(|e| view! { <li>{entry_line(&e, true)}</li> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        }.into_any())}
    }
}

/// A receipt, on one printed page.
#[component]
pub fn ReceiptPage() -> impl IntoView {
    let id = id_param();
    let r = Resource::new(id, receipt);
    view! {
        {loaded(r, Wait::Quiet, move |r| {
            let title = if r.kind == EntryKind::Membership { t("ledger-receipt_membership_title") } else { t("ledger-receipt_title") };
            let method = r.method.map(|m| t(m.label_key()).to_string()).unwrap_or_default();
            view! {
                <article class="card receipt print-page">
                    <p><strong>{r.association_name.clone()}</strong><br/>{r.association_address.clone()}</p>
                    <h1>{title}</h1>
                    <p class="hint">{tr("ledger-receipt_number", &[("number", Arg::Num(r.number))])}</p>
                    {if r.kind == EntryKind::Membership {
                        view! { <p>{tr("ledger-receipt_membership", &[("household", r.household.clone()), ("period", r.about.clone()), ("amount", format_euros(r.amount_cents))])}</p> }.into_any()
                    } else {
                        view! { <p>{tr("ledger-receipt_payment", &[("household", r.household.clone()), ("amount", format_euros(r.amount_cents)), ("method", method), ("date", r.when.clone())])}</p> }.into_any()
                    }}
                    {(!r.reference.is_empty()).then(|| view! { <p>{tr("ledger-reference", &[("reference", r.reference.clone())])}</p> })}
                    <p>{tr("ledger-receipt_recorded", &[("date", r.when.clone()), ("by", r.by.clone())])}</p>
                    {r.reversed.then(|| view! { <p class="error">{t("ledger-receipt_reversed")}</p> })}
                    <p class="no-print"><button type="button" class="primary" data-scripted="" data-print="" hidden>{t("ledger-print")}</button></p>
                    <p class="no-print hint">{t("report-print_hint")}</p>
                    <p class="no-print"><A href=routes::ACCOUNT>{t("ledger-back_to_account")}</A></p>
                </article>
            }
            .into_any()
        })}
    }
}

/// A household's account for the coordination: record money received or
/// given back, a correction, a membership at the desk; reverse a mistake.
#[component]
pub fn HouseholdAccountPage() -> impl IntoView {
    let id = id_param();
    let record = ServerAction::<RecordEntry>::new();
    let reverse = ServerAction::<ReverseEntry>::new();
    let desk = ServerAction::<crate::memberships::api::DeskMembership>::new();
    let account = Resource::new(move || (id(), record.version().get(), reverse.version().get(), desk.version().get()), |(id, _, _, _)| household_account(id));
    // Loaded with the page, not from inside its view: a resource made while
    // the account renders would miss the request's context.
    let register = Resource::new(move || desk.version().get(), |_| crate::memberships::api::membership_register());
    view! {
        <SubNav/>
        <SavedNote/>
        <FormError error=action_error(record)/>
        <FormError error=action_error(reverse)/>
        {loaded(account, Wait::Quiet, move |a| {
            let hid = a.household_id;
            view! {
                <h1>{tr("ledger-account_of", &[("household", a.household.clone())])}</h1>
                <p><A href=routes::household(a.household_id)>{t("ledger-back_to_household")}</A></p>
                <section class="card">
                    {balance_sentence(a.balance_cents, false)}
                </section>
                <section class="card" aria-labelledby="record-title">
                    <h2 id="record-title">{t("ledger-record_title")}</h2>
                    <ActionForm action=record>
                        <input type="hidden" name="household_id" value=hid.to_string()/>
                        <input type="hidden" name="key" value=a.key.clone()/>
                        <label for="entry-kind">{t("field-entry_kind")}</label>
                        <select id="entry-kind" name="kind">
                            {[EntryKind::Payment, EntryKind::TopUp, EntryKind::Refund, EntryKind::Adjustment].into_iter().map(|k| view! { <option value=k.code()>{t(k.label_key())}</option> }).collect_view()}
                        </select>
                        <div class="two">
                            <div>
                                <label for="entry-amount">{t("field-amount")}</label>
                                <input id="entry-amount" name="amount" inputmode="decimal" maxlength="12" required/>
                            </div>
                            <div>
                                <label for="entry-method">{t("field-payment_method")}</label>
                                <select id="entry-method" name="method">
                                    {PaymentMethod::ALL.into_iter().map(|m| view! { <option value=m.code()>{t(m.label_key())}</option> }).collect_view()}
                                </select>
                            </div>
                        </div>
                        <label class="choice" for="in_favour">
                            <input type="checkbox" id="in_favour" name="in_favour" value="on"/>
                            {t("ledger-in_favour")}
                        </label>
                        <label for="entry-reference">{t("field-reference")}</label>
                        <input id="entry-reference" name="reference" maxlength="120"/>
                        <label for="entry-note">{t("field-note")}</label>
                        <input id="entry-note" name="note" maxlength="300"/>
                        <p class="hint">{t("ledger-record_hint")}</p>
                        <button type="submit" class="primary">{t("ledger-record_submit")}</button>
                    </ActionForm>
                </section>
                <crate::memberships::pages::DeskMembership household_id=a.household_id action=desk register=register/>
                <section class="card" aria-labelledby="entries-title">
                    <h2 id="entries-title">{t("ledger-entries_title")}</h2>
                    <ul class="rows ledger">
                        {a.entries.into_iter().map(|e| {
                            let can_reverse = e.kind != EntryKind::Reversal && !e.reversed;
                            let note_id = format!("reverse-note-{}", e.id);
                            view! {
                                <li id=format!("operation-{}", e.id)>
                                    {entry_line(&e, true)}
                                    {(!e.by.is_empty()).then(|| view! { <small class="hint">{tr("ledger-recorded_by", &[("by", e.by.clone())])}</small> })}
                                    {can_reverse.then(|| view! {
                                        <details>
                                            <summary>{t("ledger-reverse")}</summary>
                                            <ActionForm action=reverse>
                                                <input type="hidden" name="household_id" value=hid.to_string()/>
                                                <input type="hidden" name="entry_id" value=e.id.to_string()/>
                                                <label for=note_id.clone()>{t("field-note")}</label>
                                                <input id=note_id name="note" maxlength="300" required/>
                                                <button type="submit">{t("ledger-reverse_submit")}</button>
                                            </ActionForm>
                                        </details>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }
            .into_any()
        })}
    }
}

/// A cycle's money: the figures by tier, what was collected and how, each
/// till, and each producer's invoice beside its purchase order.
#[component]
pub fn CycleMoneyPage() -> impl IntoView {
    let id = id_param();
    let save = ServerAction::<SaveInvoice>::new();
    let pay = ServerAction::<PayInvoice>::new();
    let money = Resource::new(move || (id(), save.version().get(), pay.version().get()), |(id, _, _)| cycle_money(id));
    view! {
        <SubNav/>
        <SavedNote/>
        <FormError error=action_error(save)/>
        <FormError error=action_error(pay)/>
        {loaded(money, Wait::Quiet, move |m| {
            let cycle_id = m.cycle_id;
            let total = m.total.clone();
            view! {
                <h1>{tr("money-title", &[("cycle", m.cycle_name.clone())])}</h1>
                <p><A href=routes::cycle(m.cycle_id)>{t("report-back")}</A></p>
                <section class="card" aria-labelledby="money_goods">
                    <h2 id="money_goods">{t("money-goods_title")}</h2>
                    <dl class="figures">
                        <dt>{t("report-producer_total")}</dt><dd>{format_euros(total.producer_cents)}</dd>
                        <dt>{t("report-costs")}</dt><dd>{format_euros(total.costs_cents)}</dd>
                        <dt>{t("report-cost_total")}</dt><dd>{format_euros(total.cost_cents)}</dd>
                        <dt>{t("report-due")}</dt><dd>{format_euros(total.due_cents)}</dd>
                        <dt>{t("report-solidarity")}</dt><dd>{format_euros(total.solidarity_cents)}</dd>
                        <dt>{t("report-paid")}</dt><dd>{format_euros(total.paid_cents)}</dd>
                    </dl>
                    <p class="hint">{t("money-rule")}</p>
                    <div class="wide" tabindex="0" role="region" aria-labelledby="money_by_tier">
                    <table class="figures">
                        <caption id="money_by_tier">{t("money-by_tier")}</caption>
                        <thead><tr>
                            <th scope="col">{t("field-tier")}</th>
                            <th scope="col">{t("report-households")}</th>
                            <th scope="col">{t("report-cost_total")}</th>
                            <th scope="col">{t("report-due")}</th>
                            <th scope="col">{t("report-solidarity")}</th>
                        </tr></thead>
                        <tbody>
                            {m.summary.into_iter().map(|s| view! {
                                <tr>
                                    <th scope="row">{s.tier}</th>
                                    <td>{s.households.to_string()}</td>
                                    <td>{format_euros(s.cost_cents)}</td>
                                    <td>{format_euros(s.due_cents)}</td>
                                    <td>{format_euros(s.solidarity_cents)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                </section>
                <section class="card" aria-labelledby="money_collected">
                    <h2 id="money_collected">{t("money-collected_title")}</h2>
                    {if m.collected.is_empty() {
                        view! { <p>{t("money-nothing_collected")}</p> }.into_any()
                    } else {
                        view! { <ul>{m.collected.into_iter().map(|(meth, c)| view! { <li>{tr("distribution-till_line", &[("method", t(meth.label_key()).to_string()), ("amount", format_euros(c))])}</li> }).collect_view()}</ul> }.into_any()
                    }}
                    <p>{tr("money-association_owed", &[("owed", format_euros(m.owed_cents)), ("credit", format_euros(m.credit_cents))])}</p>
                    <h3>{t("money-tills")}</h3>
                    <ul class="rows">
                        {m.tills.into_iter().map(|till| view! {
                            <li>
                                <strong>{till.point}</strong>
                                <span>{till.received.iter().map(|(meth, c)| tr("distribution-till_line", &[("method", t(meth.label_key()).to_string()), ("amount", format_euros(*c))])).collect::<Vec<_>>().join(" · ")}</span>
                                {match till.counted {
                                    Some(c) => view! { <p class:error={c.counted_cents != c.expected_cents}>{tr("distribution-till_counted", &[("counted", format_euros(c.counted_cents)), ("expected", format_euros(c.expected_cents)), ("gap", format_euros(c.counted_cents - c.expected_cents)), ("by", c.by), ("when", c.when)])}</p> }.into_any(),
                                    None => view! { <p class="hint">{t("money-till_not_counted")}</p> }.into_any(),
                                }}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
                <section class="card" aria-labelledby="money_invoices">
                    <h2 id="money_invoices">{t("money-invoices_title")}</h2>
                    <ul class="rows">
                        {m.invoices.into_iter().map(|i| {
                            let amount_id = format!("invoice-amount-{}", i.producer_id);
                            let reference_id = format!("invoice-reference-{}", i.producer_id);
                            let value = i.invoiced_cents.map(|c| format!("{},{:02}", c / 100, c % 100)).unwrap_or_default();
                            view! {
                                <li id=format!("facture-{}", i.producer_id)>
                                    <strong>{i.producer}</strong>
                                    <p>{tr("money-invoice_expected", &[("amount", format_euros(i.expected_cents))])}</p>
                                    {i.invoiced_cents.map(|c| view! {
                                        <p class:error={c != i.expected_cents}>{tr("money-invoice_invoiced", &[("amount", format_euros(c)), ("gap", format_euros(c - i.expected_cents))])}</p>
                                    })}
                                    {if i.paid {
                                        view! { <p class="ok">{t("money-invoice_paid")}</p> }.into_any()
                                    } else {
                                        view! {
                                            <ActionForm action=save>
                                                <input type="hidden" name="cycle_id" value=cycle_id.to_string()/>
                                                <input type="hidden" name="producer_id" value=i.producer_id.to_string()/>
                                                <div class="two">
                                                    <div>
                                                        <label for=amount_id.clone()>{t("field-invoiced")}</label>
                                                        <input id=amount_id name="amount" inputmode="decimal" maxlength="12" value=value required/>
                                                    </div>
                                                    <div>
                                                        <label for=reference_id.clone()>{t("field-reference")}</label>
                                                        <input id=reference_id name="reference" maxlength="120" value=i.reference/>
                                                    </div>
                                                </div>
                                                <button type="submit">{t("money-invoice_save")}</button>
                                            </ActionForm>
                                            {i.invoiced_cents.is_some().then(|| view! {
                                                <ActionForm action=pay>
                                                    <input type="hidden" name="cycle_id" value=cycle_id.to_string()/>
                                                    <input type="hidden" name="producer_id" value=i.producer_id.to_string()/>
                                                    <button type="submit">{t("money-invoice_pay")}</button>
                                                </ActionForm>
                                            })}
                                        }.into_any()
                                    }}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }
            .into_any()
        })}
    }
}

/// The treasury: who owes, who holds credit, the accountant's files and
/// their account codes.
#[component]
pub fn TreasuryPage() -> impl IntoView {
    let save = ServerAction::<SaveTreasurySettings>::new();
    let data = Resource::new(move || save.version().get(), |_| treasury());
    view! {
        <SubNav/>
        <h1>{t("money-treasury")}</h1>
        <SavedNote/>
        <FormError error=action_error(save)/>
        {loaded(data, Wait::Quiet, move |d| view! {
            <section class="card" aria-labelledby="export-title">
                <h2 id="export-title">{t("money-export_title")}</h2>
                <p class="hint">{t("money-export_hint")}</p>
                // One under the other: two date boxes side by side are
                // wider than a phone.
                <form method="get" action="/coordination/journal.csv">
                    <label for="du">{t("money-from")}</label>
                    <input id="du" name="du" type="date" required/>
                    <label for="au">{t("money-to")}</label>
                    <input id="au" name="au" type="date" required/>
                    <button type="submit" class="primary">{t("money-journal_csv")}</button>
                    <button type="submit" formaction="/coordination/grand-livre.csv">{t("money-ledger_csv")}</button>
                </form>
            </section>
            <section class="card" aria-labelledby="balances-title">
                <h2 id="balances-title">{t("money-balances_title")}</h2>
                {if d.balances.is_empty() {
                    view! { <p>{t("money-all_settled")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="rows">
                            {d.balances.into_iter().map(|(id, name, b)| view! {
                                <li><A href=routes::household_account(id)>{name}</A> " " {balance_sentence(b, false)}</li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
            <section class="card" aria-labelledby="codes-title">
                <h2 id="codes-title">{t("money-codes_title")}</h2>
                {if d.admin {
                    let c = d.codes.clone();
                    view! {
                        <ActionForm action=save>
                            {[
                                ("members", "field-account_members", c.members),
                                ("sales", "field-account_sales", c.sales),
                                ("memberships", "field-account_memberships", c.memberships),
                                ("cash", "field-account_cash", c.cash),
                                ("bank", "field-account_bank", c.bank),
                                ("producers", "field-account_producers", c.producers),
                                ("purchases", "field-account_purchases", c.purchases),
                            ].into_iter().map(|(name, label, value)| {
                                let field = format!("code-{name}");
                                view! {
                                    <label for=field.clone()>{t(label)}</label>
                                    <input id=field name=name value=value maxlength="20" required/>
                                }
                            }).collect_view()}
                            <label class="choice" for="debt_blocks_ordering">
                                <input type="checkbox" id="debt_blocks_ordering" name="debt_blocks_ordering" value="on" checked=d.debt_blocks_ordering/>
                                {t("money-debt_blocks_ordering")}
                            </label>
                            <button type="submit" class="primary">{t("common-save")}</button>
                        </ActionForm>
                    }.into_any()
                } else {
                    let c = d.codes.clone();
                    view! { <p>{tr("money-codes_read", &[("members", c.members), ("sales", c.sales), ("cash", c.cash), ("bank", c.bank)])}</p> }.into_any()
                }}
            </section>
        }.into_any())}
    }
}
