//! The member's membership (on their account page), the desk's form on a
//! household's account, and the register.

use super::api::{membership_register, my_membership, BulkRenew, DeskMembership as DeskAction, JoinMembership, PublishCharter, SaveMembershipSettings};
use crate::domain::membership::MembershipState;
use crate::domain::pricing::format_euros;
use crate::i18n::{t, tr, Arg};
use crate::routes;
use crate::ui::coordination_pages::SubNav;
use crate::ui::widgets::{action_error, loaded, FormError, SavedNote, Wait};
use leptos::prelude::*;
use leptos_router::components::A;

/// The fee as a sentence: set, or free above a minimum.
fn fee_words(fee: crate::domain::membership::FeeRule) -> String {
    if fee.free_amount {
        tr("membership-fee_free", &[("amount", format_euros(fee.fee_cents))])
    } else {
        tr("membership-fee_set", &[("amount", format_euros(fee.fee_cents))])
    }
}

/// The charter, as the person reads it before accepting it.
fn charter_text(c: &super::Charter) -> impl IntoView + use<> {
    view! {
        <details class="charter">
            <summary>{tr("membership-charter_read", &[("version", Arg::Num(c.version))])}</summary>
            {c.body.split("\n").filter(|p| !p.trim().is_empty()).map(|p| view! { <p lang="fr">{p.to_string()}</p> }).collect_view()}
        </details>
    }
}

/// Where the household's membership stands, and the form to join or
/// renew with the charter.
#[component]
pub fn MyMembership() -> impl IntoView {
    let join = ServerAction::<JoinMembership>::new();
    let m = Resource::new(move || join.version().get(), |_| my_membership());
    view! {
        <section class="card" id="adhesion" aria-labelledby="membership_title">
            <h2 id="membership_title">{t("membership-title")}</h2>
            <FormError error=action_error(join)/>
            {loaded(m, Wait::Quiet, move |m| {
                let state = match m.state {
                    MembershipState::Current { .. } => tr("membership-current", &[("date", m.ends.clone())]),
                    MembershipState::Renew { .. } => tr("membership-renew_soon", &[("date", m.ends.clone())]),
                    MembershipState::Lapsed if m.ever => tr("membership-lapsed", &[("date", m.ends.clone())]),
                    MembershipState::Lapsed => t("membership-never").to_string(),
                };
                let open = !matches!(m.state, MembershipState::Current { .. });
                let lapsed = matches!(m.state, MembershipState::Lapsed);
                view! {
                    <p class:error=lapsed>{state}</p>
                    {open.then(move || view! {
                        <ActionForm action=join>
                            <input type="hidden" name="charter_id" value=m.charter.id.to_string()/>
                            <p>{tr("membership-period", &[("from", m.next_from.clone()), ("to", m.next_to.clone())])}</p>
                            <p>{fee_words(m.fee)}</p>
                            {m.fee.free_amount.then(|| view! {
                                <label for="fee">{t("field-fee")}</label>
                                <input id="fee" name="fee" inputmode="decimal" maxlength="12" value=format!("{},{:02}", m.fee.fee_cents / 100, m.fee.fee_cents % 100)/>
                            })}
                            {charter_text(&m.charter)}
                            <label class="choice" for="accept">
                                <input type="checkbox" id="accept" name="accept" value="on" required/>
                                {t("field-accept_charter")}
                            </label>
                            <p class="hint">{t("membership-owed_hint")}</p>
                            <button type="submit" class="primary">{if m.ever { t("membership-renew") } else { t("membership-join") }}</button>
                        </ActionForm>
                    })}
                }
                .into_any()
            })}
        </section>
    }
}

/// A membership taken at the desk, on the household's account page.
#[component]
pub fn DeskMembership(household_id: i64, action: ServerAction<DeskAction>, register: Resource<Result<super::Register, crate::error::AppError>>) -> impl IntoView {
    view! {
        <section class="card" id="adhesion" aria-labelledby="desk-membership">
            <h2 id="desk-membership">{t("membership-desk_title")}</h2>
            <FormError error=action_error(action)/>
            {loaded(register, Wait::Quiet, move |r| {
                let line = r.lines.iter().find(|l| l.household_id == household_id).cloned();
                let state = line.as_ref().map(|l| l.state).unwrap_or(MembershipState::Lapsed);
                let current = line.filter(|l| !l.period.is_empty()).map(|l| tr("membership-register_line", &[("period", l.period.clone()), ("version", l.charter_version.unwrap_or_default().to_string())]));
                view! {
                    {current.map(|c| view! { <p>{c}</p> })}
                    {(!matches!(state, MembershipState::Current { .. })).then(move || view! {
                        <ActionForm action=action>
                            <input type="hidden" name="household_id" value=household_id.to_string()/>
                            <input type="hidden" name="charter_id" value=r.charter.id.to_string()/>
                            <p>{tr("membership-period", &[("from", r.next_from.clone()), ("to", r.next_to.clone())])} " " {fee_words(r.fee)}</p>
                            {r.fee.free_amount.then(|| view! {
                                <label for="desk-fee">{t("field-fee")}</label>
                                <input id="desk-fee" name="fee" inputmode="decimal" maxlength="12"/>
                            })}
                            {charter_text(&r.charter)}
                            <div class="two">
                                <div>
                                    <label for="desk-paid">{t("membership-paid_now")}</label>
                                    <input id="desk-paid" name="paid" inputmode="decimal" maxlength="12"/>
                                </div>
                                <div>
                                    <label for="desk-method">{t("field-payment_method")}</label>
                                    <select id="desk-method" name="method">
                                        {crate::ledger::PaymentMethod::ALL.into_iter().map(|m| view! { <option value=m.code()>{t(m.label_key())}</option> }).collect_view()}
                                    </select>
                                </div>
                            </div>
                            <label class="choice" for="desk-accept">
                                <input type="checkbox" id="desk-accept" name="accept" value="on" required/>
                                {t("membership-desk_accept")}
                            </label>
                            <button type="submit" class="primary">{t("membership-desk_submit")}</button>
                        </ActionForm>
                    })}
                }
                .into_any()
            })}
        </section>
    }
}

/// The register of memberships: who is a member until when, with which
/// charter; those to renew, and what renewing them all would book.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let bulk = ServerAction::<BulkRenew>::new();
    let publish = ServerAction::<PublishCharter>::new();
    let settings = ServerAction::<SaveMembershipSettings>::new();
    let data = Resource::new(move || (bulk.version().get(), publish.version().get(), settings.version().get()), |_| membership_register());
    let booked = crate::ui::widgets::query_param("renouvelees");
    view! {
        <SubNav/>
        <h1>{t("membership-register_title")}</h1>
        <SavedNote/>
        {move || booked.get().parse::<i64>().ok().map(|n| view! { <p class="ok" role="status">{tr("membership-booked", &[("n", Arg::Num(n))])}</p> })}
        <FormError error=action_error(bulk)/>
        <FormError error=action_error(publish)/>
        <FormError error=action_error(settings)/>
        {loaded(data, Wait::Quiet, move |r| {
            let total = r.fee.fee_cents * r.to_renew.len() as i64;
            let n = r.to_renew.len() as i64;
            let charter_id = r.charter.id;
            let to_renew = r.to_renew.clone();
            let preview = tr("membership-bulk_preview", &[("n", Arg::Num(n)), ("fee", Arg::Text(format_euros(r.fee.fee_cents))), ("total", Arg::Text(format_euros(total))), ("from", Arg::Text(r.next_from.clone())), ("to", Arg::Text(r.next_to.clone()))]);
            let charter = r.charter.clone();
            let admin = r.admin;
            let (fee, renewal, blocks) = (r.fee, r.renewal.clone(), r.blocks_ordering);
            view! {
                <section class="card" aria-labelledby="renew-title">
                    <h2 id="renew-title">{t("membership-to_renew")}</h2>
                    {if to_renew.is_empty() {
                        view! { <p>{t("membership-none_to_renew")}</p> }.into_any()
                    } else {
                        view! {
                            <p>{preview}</p>
                            <ActionForm action=bulk>
                                <input type="hidden" name="charter_id" value=charter_id.to_string()/>
                                <ul>
                                    {to_renew.into_iter().enumerate().map(|(i, (id, name))| view! {
                                        <li>
                                            <input type="hidden" name=format!("households[{i}]") value=id.to_string()/>
                                            <A href=routes::household_account(id)>{name}</A>
                                        </li>
                                    }).collect_view()}
                                </ul>
                                <p class="hint">{t("membership-bulk_hint")}</p>
                                <button type="submit" class="primary">{tr("membership-bulk_submit", &[("n", Arg::Num(n))])}</button>
                            </ActionForm>
                        }.into_any()
                    }}
                </section>
                <section class="card" aria-labelledby="register-title">
                    <h2 id="register-title">{t("membership-register_list")}</h2>
                    // A list, not a table: it reads on a phone at the desk.
                    <ul class="rows register">
                        {r.lines.into_iter().map(|l| {
                            let recorded = if l.by.is_empty() {
                                String::new()
                            } else {
                                tr(if l.at_desk { "membership-recorded_desk" } else { "membership-recorded_online" }, &[("by", l.by.clone()), ("date", l.accepted.clone())])
                            };
                            let detail = l.fee_cents.map(|fee| tr("membership-register_detail", &[
                                ("fee", Arg::Text(format_euros(fee))),
                                ("version", Arg::Num(l.charter_version.unwrap_or_default())),
                                ("recorded", Arg::Text(recorded)),
                            ]));
                            view! {
                                <li class:lapsed=matches!(l.state, MembershipState::Lapsed)>
                                    <A href=routes::household_account(l.household_id)>{l.household}</A>
                                    <span>{if l.period.is_empty() { t("membership-never_short").to_string() } else { l.period.clone() }}</span>
                                    {detail.map(|d| view! { <small class="hint">{d}</small> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
                <section class="card" id="charte" aria-labelledby="charter-title">
                    <h2 id="charter-title">{tr("membership-charter_version", &[("version", Arg::Num(charter.version))])}</h2>
                    {charter_text(&charter)}
                    {admin.then(move || view! {
                        <ActionForm action=publish>
                            <label for="charter-body">{t("field-charter")}</label>
                            <textarea id="charter-body" name="body" rows="8" maxlength="5000" required>{charter.body.clone()}</textarea>
                            <p class="hint">{t("membership-publish_hint")}</p>
                            <button type="submit">{t("membership-publish")}</button>
                        </ActionForm>
                    })}
                </section>
                {admin.then(move || view! {
                    <section class="card" aria-labelledby="membership_settings">
                        <h2 id="membership_settings">{t("membership-settings")}</h2>
                        <ActionForm action=settings>
                            <label for="set-fee">{t("field-fee")}</label>
                            <input id="set-fee" name="fee" inputmode="decimal" maxlength="12" value=format!("{},{:02}", fee.fee_cents / 100, fee.fee_cents % 100) required/>
                            <label class="choice" for="free_amount">
                                <input type="checkbox" id="free_amount" name="free_amount" value="on" checked=fee.free_amount/>
                                {t("membership-free_amount")}
                            </label>
                            <label for="renewal">{t("field-renewal")}</label>
                            <input id="renewal" name="renewal" maxlength="5" value=renewal required/>
                            <label class="choice" for="blocks_ordering">
                                <input type="checkbox" id="blocks_ordering" name="blocks_ordering" value="on" checked=blocks/>
                                {t("membership-blocks_ordering")}
                            </label>
                            <button type="submit" class="primary">{t("common-save")}</button>
                        </ActionForm>
                    </section>
                })}
            }
            .into_any()
        })}
    }
}
