//! Workshops: the list by date with one-tap sign-up (children counted,
//! waiting list when full), the member's proposals, past workshops, the
//! coordinator's decisions, and the host's page.

use crate::ui::widgets::{action_error, answered, id_param, FormError, SavedNote, loaded, Wait};
use crate::i18n::{t, tr};
use crate::workshops::api::{
    workshop_host, workshops_overview, CancelWorkshop, DecideWorkshop, MarkWorkshopAttendance, ProposeWorkshop, SignUpWorkshop, WithdrawWorkshop,
};
use crate::workshops::WorkshopCard;
use leptos::prelude::*;
use leptos_router::components::A;
use crate::routes;

fn places_words(w: &WorkshopCard) -> String {
    match (w.places_left, w.waiting) {
        (0, 0) => t("workshop-full").to_string(),
        (0, n) => tr("workshop-full_waiting", &[("count", n)]),
        (n, _) => tr("workshop-places_left", &[("count", n)]),
    }
}

#[component]
pub fn WorkshopsPage() -> impl IntoView {
    let sign_up = ServerAction::<SignUpWorkshop>::new();
    let withdraw = ServerAction::<WithdrawWorkshop>::new();
    let propose = ServerAction::<ProposeWorkshop>::new();
    let decide = ServerAction::<DecideWorkshop>::new();
    let cancel = ServerAction::<CancelWorkshop>::new();
    let (a, b) = (answered(sign_up), answered(withdraw));
    let data = Resource::new(
        move || (a.get(), b.get(), propose.version().get() + decide.version().get() + cancel.version().get()),
        |_| workshops_overview(),
    );
    view! {
        <h1>{t("workshop-title")}</h1>
        <p class="hint">{t("workshop-intro")}</p>
        <SavedNote/>
        {[action_error(sign_up), action_error(withdraw), action_error(decide), action_error(cancel)].into_iter().map(|e| view! { <FormError error=e/> }).collect_view()}
        {loaded(data, Wait::Said, move |p| {
            let coordinates = p.coordinates;
            view! {
                {(!p.to_decide.is_empty()).then(|| view! {
                    <section class="card" aria-labelledby="to-decide">
                        <h2 id="to-decide">{t("workshop-to_decide")}</h2>
                        <ul class="rows">
                            {p.to_decide.into_iter().map(|w| {
                                let field = format!("reason-{}", w.id);
                                view! {
                                    <li>
                                        <span><strong>{w.title}</strong> " — " {w.when}</span>
                                        <ActionForm action=decide attr:class="inline">
                                            <input type="hidden" name="workshop_id" value=w.id.to_string()/>
                                            <label for=field.clone()>{t("field-reason")}</label>
                                            <input id=field name="reason" maxlength="500"/>
                                            <button type="submit" name="decision" value="approve" class="primary">{t("workshop-approve")}</button>
                                            <button type="submit" name="decision" value="decline">{t("workshop-decline")}</button>
                                        </ActionForm>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                })}
                {p.upcoming.is_empty().then(|| view! { <section class="card"><p>{t("workshop-none")}</p></section> })}
                <ul class="workshops">
                    {p.upcoming.into_iter().map(|w| {
                        let places = places_words(&w);
                        let full = w.places_left == 0 || w.waiting > 0;
                        let id = w.id.to_string();
                        let id2 = id.clone();
                        let children_field = format!("children-{}", w.id);
                        view! {
                            <li class="card" id=format!("atelier-{}", w.id) class:mine=w.my_status.is_some()>
                                {(!w.photo_url.is_empty()).then(|| view! { <img src=w.photo_url.clone() alt="" width="96" height="96" loading="lazy"/> })}
                                <h2>{w.title.clone()}</h2>
                                <p><strong>{w.day.clone()}</strong> ", " {w.hours.clone()} " · " {w.place.clone()}</p>
                                <p>{w.description.clone()}</p>
                                <p class="hint">{tr("workshop-hosted_by", &[("hosts", w.hosts.clone())])}
                                    {(!w.languages.is_empty()).then(|| view! { " · " {tr("workshop-languages", &[("languages", w.languages.clone())])} })}</p>
                                <p class="hint">{if w.price_note.is_empty() { t("workshop-free").to_string() } else { w.price_note.clone() }}
                                    {(!w.bring.is_empty()).then(|| view! { " · " {tr("workshop-bring", &[("things", w.bring.clone())])} })}</p>
                                {w.children_welcome.then(|| view! { <ul class="tags"><li>{t("workshop-children_welcome")}</li></ul> })}
                                <p class="places">{places}</p>
                                {match (w.my_status.as_deref(), w.my_position) {
                                    (Some("confirmed"), _) => view! { <p class="ok">{t("workshop-you_are_in")}</p> }.into_any(),
                                    (Some(_), Some(pos)) => view! { <p class="status">{tr("workshop-you_wait", &[("position", pos)])}</p> }.into_any(),
                                    _ => ().into_any(),
                                }}
                                {if w.my_status.is_some() {
                                    view! {
                                        <ActionForm action=withdraw>
                                            <input type="hidden" name="workshop_id" value=id/>
                                            <button type="submit">{t("workshop-withdraw")}</button>
                                        </ActionForm>
                                    }.into_any()
                                } else {
                                    view! {
                                        <ActionForm action=sign_up>
                                            <input type="hidden" name="workshop_id" value=id2/>
                                            {w.children_welcome.then(|| view! {
                                                <label for=children_field.clone()>{t("field-children")}</label>
                                                <select id=children_field name="children">
                                                    <option value="0">"0"</option>
                                                    <option value="1">"1"</option>
                                                    <option value="2">"2"</option>
                                                </select>
                                            })}
                                            {full.then(|| view! { <input type="hidden" name="waitlist" value="1"/> })}
                                            <button type="submit" class="primary">{if full { t("workshop-join_waitlist") } else { t("workshop-sign_up") }}</button>
                                        </ActionForm>
                                    }.into_any()
                                }}
                                {(w.is_host || coordinates).then(|| view! { <p><A href=routes::workshop_host(w.id)>{t("workshop-host_page")}</A></p> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <section class="card" id="mes-propositions" aria-labelledby="mine">
                    <h2 id="mine">{t("workshop-mine")}</h2>
                    <ul class="rows">
                        {p.mine.into_iter().map(|m| view! {
                            <li>
                                <span><strong>{m.title}</strong> " — " {m.when} " · " <span class="status">{t(m.state.label_key())}</span>
                                    {(!m.reason.is_empty()).then(|| view! { " — " {m.reason.clone()} })}</span>
                                {m.proposal_id.map(|pid| view! { <A href=routes::proposal(pid)>{t("workshop-see_vote")}</A> })}
                            </li>
                        }).collect_view()}
                    </ul>
                    <details>
                        <summary>{t("workshop-propose")}</summary>
                        <FormError error=action_error(propose)/>
                        <ActionForm action=propose>
                            <label for="w-title">{t("field-title")}</label>
                            <input id="w-title" name="title" required maxlength="160"/>
                            <label for="w-description">{t("field-workshop_what")}</label>
                            <textarea id="w-description" name="description" required maxlength="2000" rows="3"></textarea>
                            <label for="w-cohosts">{t("field-cohosts")}</label>
                            <input id="w-cohosts" name="cohosts" maxlength="200"/>
                            <label for="w-day">{t("field-workshop_day")}</label>
                            <input id="w-day" name="day" type="date" required/>
                            <div class="two">
                                <div>
                                    <label for="w-start">{t("field-workshop_start")}</label>
                                    <input id="w-start" name="start" type="time" required/>
                                </div>
                                <div>
                                    <label for="w-end">{t("field-workshop_end")}</label>
                                    <input id="w-end" name="end" type="time" required/>
                                </div>
                            </div>
                            <label for="w-place">{t("field-workshop_place")}</label>
                            <input id="w-place" name="place" required maxlength="200"/>
                            <label for="w-places">{t("field-places")}</label>
                            <input id="w-places" name="places" inputmode="numeric" maxlength="3" value="8" required/>
                            <label for="w-price">{t("field-price_note")}</label>
                            <input id="w-price" name="price_note" maxlength="200"/>
                            <label for="w-bring">{t("field-bring")}</label>
                            <input id="w-bring" name="bring" maxlength="500"/>
                            <label for="w-languages">{t("field-languages")}</label>
                            <input id="w-languages" name="languages" maxlength="200"/>
                            <p class="check">
                                <input type="checkbox" id="w-children" name="children_welcome" value="1"/>
                                <label for="w-children">{t("workshop-children_welcome")}</label>
                            </p>
                            <label for="w-photo">{t("field-photo_url")}</label>
                            <input id="w-photo" name="photo_url" maxlength="500"/>
                            <button type="submit" class="primary">{t("workshop-send_proposal")}</button>
                        </ActionForm>
                    </details>
                </section>
                <section class="card" aria-labelledby="past">
                    <h2 id="past">{t("workshop-past")}</h2>
                    <ul class="rows">
                        {p.past.into_iter().map(|w| view! {
                            <li>
                                <span>{w.title} " — " {w.when} " · " {tr("workshop-took_part", &[("count", w.took_part)])}</span>
                                {(w.is_host || coordinates).then(|| view! { <A href=routes::workshop_host(w.id)>{t("workshop-host_page")}</A> })}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }.into_any()
        })}
    }
}

/// The host's page: who comes, how many with children, attendance once it
/// began; a coordinator may cancel with a message.
#[component]
pub fn WorkshopHostPage() -> impl IntoView {
    let id = id_param();
    let mark = ServerAction::<MarkWorkshopAttendance>::new();
    let cancel = ServerAction::<CancelWorkshop>::new();
    let data = Resource::new(move || (id(), mark.version().get()), |(id, _)| workshop_host(id));
    view! {
        <p><A href=routes::WORKSHOPS>{t("workshop-back")}</A></p>
        <SavedNote/>
        <FormError error=action_error(mark)/>
        {loaded(data, Wait::Said, move |h| {
            let wid = h.id.to_string();
            view! {
                <h1>{h.title.clone()}</h1>
                <p>{h.when.clone()}</p>
                <p class="status">{tr("workshop-coming", &[("coming", h.coming), ("with_children", h.with_children)])}</p>
                <ul class="rows">
                    {h.people.into_iter().map(|p| {
                        let wid = wid.clone();
                        view! {
                            <li>
                                <span>{p.name.clone()}
                                    {(p.children > 0).then(|| view! { " " {tr("workshop-plus_children", &[("count", p.children)])} })}
                                    {(p.status == "waiting").then(|| view! { " · " <span class="hint">{t("workshop-waiting")}</span> })}
                                    {p.attended.map(|a| view! { " · " <strong>{if a { t("workshop-came") } else { t("workshop-absent") }}</strong> })}
                                </span>
                                {(h.started && p.status == "confirmed").then(|| view! {
                                    <ActionForm action=mark attr:class="inline">
                                        <input type="hidden" name="workshop_id" value=wid/>
                                        <input type="hidden" name="account_id" value=p.account_id.to_string()/>
                                        <button type="submit" name="attended" value="yes">{t("workshop-came")}</button>
                                        <button type="submit" name="attended" value="no">{t("workshop-absent")}</button>
                                    </ActionForm>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {h.coordinates.then(|| view! {
                    <section class="card" aria-labelledby="cancel">
                        <h2 id="cancel">{t("workshop-cancel")}</h2>
                        <FormError error=action_error(cancel)/>
                        <ActionForm action=cancel>
                            <input type="hidden" name="workshop_id" value=wid.clone()/>
                            <label for="cancel-message">{t("field-cancel_message")}</label>
                            <textarea id="cancel-message" name="message" required maxlength="500" rows="2"></textarea>
                            <button type="submit" class="danger">{t("workshop-cancel_button")}</button>
                        </ActionForm>
                    </section>
                })}
            }.into_any()
        })}
    }
}
