//! Volunteer shifts: the member's page (sign up in one tap), the
//! coordinator's coverage of a cycle, and the reusable tasks.

use crate::ui::coordination_pages::SubNav;
use crate::ui::widgets::{action_error, answered, id_param, marked, strong, FormError, SavedNote, loaded, Wait};
use crate::i18n::{t, tr, Arg};
use crate::shifts::api::{
    shift_board, shift_coverage, shift_tasks, AddVolunteer, CopyShifts, CreateShift, DeleteShift, MarkAttendance, RemoveVolunteer, SaveShiftTask,
    SetShiftNeeded, SignUpForShift, WithdrawFromShift,
};
use crate::shifts::{status_key, ShiftCard, Task};
use leptos::prelude::*;
use leptos_router::components::A;
use crate::routes;

/// What the task suits, in words, as small tags.
fn suits(task: &Task) -> impl IntoView + use<> {
    let tags: Vec<&'static str> = [
        (task.with_children, "task-with_children"),
        (task.little_french, "task-little_french"),
        (task.limited_mobility, "task-limited_mobility"),
    ]
    .into_iter()
    .filter_map(|(yes, key)| yes.then_some(key))
    .collect();
    (!tags.is_empty()).then(|| view! { <ul class="tags">{tags.into_iter().map(|k| view! { <li>{t(k)}</li> }).collect_view()}</ul> })
}

fn places_words(card: &ShiftCard) -> String {
    match card.places_left {
        0 => t("shift-full").to_string(),
        n => tr("shift-places_left", &[("count", n)]),
    }
}

#[component]
pub fn ShiftsPage() -> impl IntoView {
    let sign_up = ServerAction::<SignUpForShift>::new();
    let withdraw = ServerAction::<WithdrawFromShift>::new();
    let (signed, withdrawn) = (answered(sign_up), answered(withdraw));
    let board = Resource::new(move || (signed.get(), withdrawn.get()), |_| shift_board());
    view! {
        <h1>{t("shift-title")}</h1>
        <p class="hint">{t("shift-intro")}</p>
        <SavedNote/>
        <FormError error=action_error(sign_up)/>
        <FormError error=action_error(withdraw)/>
        {loaded(board, Wait::Said, move |b| {
            let cutoff = b.cutoff_hours;
            let contacts = b.contacts.iter().map(|(n, p)| tr("shift-contact", &[("name", n), ("phone", p)])).collect::<Vec<_>>().join(" · ");
            let contacts2 = contacts.clone();
            view! {
                {b.tables.into_iter().map(|c| view! {
                    <p class="card"><a class="button primary" href=routes::distribution(c)>{t("shift-open_sheet")}</a></p>
                }).collect_view()}
                <section class="card" aria-labelledby="my-shifts">
                    <h2 id="my-shifts">{t("shift-mine")}</h2>
                    {if b.mine.is_empty() {
                        view! { <p>{t("shift-none_yet")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="rows">
                                {b.mine.into_iter().map(|c| {
                                    let contacts = contacts2.clone();
                                    view! {
                                        <li id=format!("mon-creneau-{}", c.id)>
                                            <p><strong>{c.task.name.clone()}</strong> " — " {c.day.clone()} ", " {c.hours.clone()}</p>
                                            <p>{c.place.clone()} {(!c.address.is_empty()).then(|| format!(", {}", c.address))}</p>
                                            {if c.may_withdraw {
                                                view! {
                                                    <ActionForm action=withdraw>
                                                        <input type="hidden" name="shift_id" value=c.id.to_string()/>
                                                        <button type="submit">{t("shift-withdraw")}</button>
                                                    </ActionForm>
                                                }.into_any()
                                            } else {
                                                let words = if contacts.is_empty() {
                                                    t("shift-call_to_withdraw").to_string()
                                                } else {
                                                    tr("shift-call_to_withdraw_at", &[("contacts", contacts)])
                                                };
                                                view! { <p class="hint">{words}</p> }.into_any()
                                            }}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <p class="hint">{crate::i18n::tr("shift-cutoff", &[("hours", cutoff)])}</p>
                </section>
                <h2>{t("shift-open")}</h2>
                {b.days.is_empty().then(|| view! { <section class="card"><p>{t("shift-none_open")}</p></section> })}
                {b.days.into_iter().map(|(day, cards)| view! {
                    <section class="card" aria-label=day.clone()>
                        <h3 class="day">{day.clone()}</h3>
                        <ul class="shifts">
                            {cards.into_iter().map(|c| {
                                let places = places_words(&c);
                                let full = c.places_left == 0;
                                view! {
                                    <li id=format!("creneau-{}", c.id) class:full=full class:mine=c.mine>
                                        <p><strong>{c.task.name.clone()}</strong> " · " {c.hours.clone()}</p>
                                        <p>{c.place.clone()}</p>
                                        <p class="hint">{c.task.description.clone()}</p>
                                        {(!c.notes.is_empty()).then(|| view! { <p class="hint">{c.notes.clone()}</p> })}
                                        {suits(&c.task)}
                                        <p class="places">{places}</p>
                                        {if c.mine {
                                            view! { <p class="ok">{t("shift-you_are_in")}</p> }.into_any()
                                        } else if !full {
                                            view! {
                                                <ActionForm action=sign_up>
                                                    <input type="hidden" name="shift_id" value=c.id.to_string()/>
                                                    <button type="submit" class="primary">{t("shift-sign_up")}</button>
                                                </ActionForm>
                                            }.into_any()
                                        } else {
                                            ().into_any()
                                        }}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }).collect_view()}
                <section class="card" aria-labelledby="past-shifts">
                    <h2 id="past-shifts">{t("shift-past")}</h2>
                    <p>{marked("shift-household_hours", &[("hours", Arg::Text(b.household_hours))], &[("hours", strong)])} " " {t("shift-thanks")}</p>
                    <ul class="rows">
                        {b.past.into_iter().map(|p| view! {
                            <li>{tr("shift-past_line", &[("task", p.task), ("day", p.day), ("hours", p.hours), ("status", t(status_key(&p.status)).to_string())])}</li>
                        }).collect_view()}
                    </ul>
                </section>
            }.into_any()
        })}
    }
}

/// A cycle's shifts for the coordinator: short ones first, who signed up
/// with a phone number to call, and the forms to add shifts and people.
#[component]
pub fn CoveragePage() -> impl IntoView {
    let id = id_param();
    let create = ServerAction::<CreateShift>::new();
    let copy = ServerAction::<CopyShifts>::new();
    let add = ServerAction::<AddVolunteer>::new();
    let remove = ServerAction::<RemoveVolunteer>::new();
    let mark = ServerAction::<MarkAttendance>::new();
    let needed = ServerAction::<SetShiftNeeded>::new();
    let delete = ServerAction::<DeleteShift>::new();
    let data = Resource::new(
        move || {
            (
                id(),
                create.version().get() + copy.version().get() + add.version().get() + remove.version().get(),
                mark.version().get() + needed.version().get() + delete.version().get(),
            )
        },
        |(id, _, _)| shift_coverage(id),
    );
    view! {
        <SubNav/>
        <p><A href=move || routes::cycle(id())>{t("cycle-back")}</A></p>
        <SavedNote/>
        {[action_error(add), action_error(remove), action_error(mark), action_error(needed), action_error(delete), action_error(copy)]
            .into_iter()
            .map(|e| view! { <FormError error=e/> })
            .collect_view()}
        {loaded(data, Wait::Said, move |c| {
            let cid = c.cycle_id.to_string();
            let cid_copy = cid.clone();
            // One list of members for the page, not one per
            // shift: an association of 500 households stays a
            // light page.
            let open_shifts: Vec<(i64, String)> = c.shifts.iter()
                .filter(|s| s.taken < s.needed)
                .map(|s| (s.id, format!("{} · {} · {} ({})", s.task, s.place, s.when, tr("shift-taken_of", &[("taken", s.taken), ("needed", s.needed)]))))
                .collect();
            let members = c.members.clone();
            view! {
                <h1>{tr("shift-coverage_of", &[("cycle", c.cycle_name.clone())])}</h1>
                <p class="status">{tr("shift-places_filled", &[("taken", c.taken), ("needed", c.needed)])}</p>
                {c.copy_from.clone().map(|from| view! {
                    <ActionForm action=copy>
                        <input type="hidden" name="cycle_id" value=cid_copy/>
                        <button type="submit">{tr("shift-copy_from", &[("cycle", from)])}</button>
                    </ActionForm>
                })}
                <ul class="coverage">
                    {c.shifts.into_iter().map(|s| {
                        let sid = s.id.to_string();
                        let (sid_needed, sid_delete) = (sid.clone(), sid.clone());
                        let needed_field = format!("needed-{}", s.id);
                        let missing = s.needed - s.taken;
                        view! {
                            <li id=format!("creneau-{}", s.id) class="card" class:short={missing > 0} class:urgent=s.short_soon>
                                <p><strong>{s.task.clone()}</strong> " · " {s.place.clone()}</p>
                                <p>{s.when.clone()}</p>
                                <p class="status">
                                    {tr("shift-taken_of", &[("taken", s.taken), ("needed", s.needed)])}
                                    {s.short_soon.then(|| view! { " — " <strong>{t("shift-short_soon")}</strong> })}
                                </p>
                                <ul class="rows">
                                    {s.people.into_iter().map(|p| {
                                        let sid = sid.clone();
                                        let aid = p.account_id.to_string();
                                        let aid2 = aid.clone();
                                        let sid2 = sid.clone();
                                        view! {
                                            <li>
                                                <span>{p.name.clone()} {p.phone.clone().map(|ph| { let tel = format!("tel:{}", ph.replace(' ', "")); view! { " · " <a href=tel>{ph}</a> } })}</span>
                                                " " <span class="hint">{t(status_key(&p.status))}</span>
                                                {if s.started {
                                                    view! {
                                                        <ActionForm action=mark attr:class="inline">
                                                            <input type="hidden" name="shift_id" value=sid/>
                                                            <input type="hidden" name="account_id" value=aid/>
                                                            <button type="submit" name="status" value="done">{t("shift-mark_done")}</button>
                                                            <button type="submit" name="status" value="no_show">{t("shift-mark_no_show")}</button>
                                                        </ActionForm>
                                                    }.into_any()
                                                } else {
                                                    view! {
                                                        <ActionForm action=remove attr:class="inline">
                                                            <input type="hidden" name="shift_id" value=sid2/>
                                                            <input type="hidden" name="account_id" value=aid2/>
                                                            <button type="submit">{t("shift-remove_person")}</button>
                                                        </ActionForm>
                                                    }.into_any()
                                                }}
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                                <details>
                                    <summary>{t("shift-edit")}</summary>
                                    <ActionForm action=needed attr:class="inline">
                                        <input type="hidden" name="shift_id" value=sid_needed/>
                                        <label for=needed_field.clone()>{t("field-needed")}</label>
                                        <input id=needed_field name="needed" inputmode="numeric" maxlength="2" value=s.needed.to_string()/>
                                        <button type="submit">{t("common-save")}</button>
                                    </ActionForm>
                                    <details class="confirm">
                                        <summary>{t("shift-delete")}</summary>
                                        <p>{crate::i18n::tr("shift-confirm_delete", &[("people", s.taken)])}</p>
                                        <ActionForm action=delete attr:class="inline">
                                            <input type="hidden" name="shift_id" value=sid_delete/>
                                            <input type="hidden" name="confirmed" value="yes"/>
                                            <button type="submit" class="danger">{t("shift-yes_delete")}</button>
                                        </ActionForm>
                                    </details>
                                </details>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {(!open_shifts.is_empty()).then(|| view! {
                    <section class="card" aria-labelledby="add-person">
                        <h2 id="add-person">{t("shift-add_person")}</h2>
                        <ActionForm action=add>
                            <label for="add-shift">{t("field-shift")}</label>
                            <select id="add-shift" name="shift_id">
                                {open_shifts.into_iter().map(|(id, label)| view! { <option value=id.to_string()>{label}</option> }).collect_view()}
                            </select>
                            <label for="add-account">{t("field-person")}</label>
                            <select id="add-account" name="account_id">
                                {members.into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                            </select>
                            <button type="submit">{t("shift-add")}</button>
                        </ActionForm>
                    </section>
                })}
                <section class="card" aria-labelledby="new-shift">
                    <h2 id="new-shift">{t("shift-new")}</h2>
                    <FormError error=action_error(create)/>
                    {c.tasks.is_empty().then(|| view! { <p><A href=routes::TASKS>{t("shift-tasks_first")}</A></p> })}
                    <ActionForm action=create>
                        <input type="hidden" name="cycle_id" value=cid/>
                        <label for="task_id">{t("field-task")}</label>
                        <select id="task_id" name="task_id">
                            {c.tasks.into_iter().map(|t| view! { <option value=t.id.to_string()>{t.name}</option> }).collect_view()}
                        </select>
                        <label for="place">{t("field-shift_place")}</label>
                        <select id="place" name="place">
                            <option value="0">{t("shift-warehouse")}</option>
                            {c.points.into_iter().map(|p| view! { <option value=p.id.to_string()>{p.name}</option> }).collect_view()}
                        </select>
                        <label for="new-shift-day">{t("field-shift_day")}</label>
                        <input id="new-shift-day" name="day" type="date" required/>
                        <div class="two">
                            <div>
                                <label for="new-shift-start">{t("field-shift_start")}</label>
                                <input id="new-shift-start" name="start" type="time" required/>
                            </div>
                            <div>
                                <label for="new-shift-end">{t("field-shift_end")}</label>
                                <input id="new-shift-end" name="end" type="time" required/>
                            </div>
                        </div>
                        <label for="needed">{t("field-needed")}</label>
                        <input id="needed" name="needed" inputmode="numeric" maxlength="2" value="2" required/>
                        <label for="notes">{t("field-notes")}</label>
                        <textarea id="notes" name="notes" maxlength="2000" rows="2"></textarea>
                        <button type="submit" class="primary">{t("shift-create")}</button>
                    </ActionForm>
                </section>
            }.into_any()
        })}
    }
}

/// Reusable tasks: written once, picked for every cycle's shifts.
#[component]
pub fn TasksPage() -> impl IntoView {
    let save = ServerAction::<SaveShiftTask>::new();
    let tasks = Resource::new(move || save.version().get(), |_| shift_tasks());
    let checkboxes = |task: &Task, prefix: String| {
        [
            ("with_children", task.with_children, "task-with_children"),
            ("little_french", task.little_french, "task-little_french"),
            ("limited_mobility", task.limited_mobility, "task-limited_mobility"),
            ("at_table", task.at_table, "task-at_table"),
        ]
        .into_iter()
        .map(|(name, checked, key)| {
            let id = format!("{prefix}-{name}");
            view! {
                <p class="check">
                    <input type="checkbox" id=id.clone() name=name value="1" checked=checked/>
                    <label for=id>{t(key)}</label>
                </p>
            }
        })
        .collect_view()
    };
    view! {
        <SubNav/>
        <h1>{t("task-title")}</h1>
        <p class="hint">{t("task-intro")}</p>
        <SavedNote/>
        <FormError error=action_error(save)/>
        {loaded(tasks, Wait::Quiet, move |list| view! {
            <ul class="tasks">
                {list.into_iter().map(|task| {
                    let prefix = format!("t{}", task.id);
                    let name_id = format!("{prefix}-name");
                    let desc_id = format!("{prefix}-description");
                    let tags = suits(&task);
                    let boxes = checkboxes(&task, prefix.clone());
                    let description = task.description.clone();
                    view! {
                        <li class="card">
                            <details>
                                <summary><strong>{task.name.clone()}</strong></summary>
                                <ActionForm action=save>
                                    <input type="hidden" name="id" value=task.id.to_string()/>
                                    <label for=name_id.clone()>{t("field-name")}</label>
                                    <input id=name_id name="name" required maxlength="120" value=task.name.clone()/>
                                    <label for=desc_id.clone()>{t("field-description")}</label>
                                    <textarea id=desc_id name="description" required maxlength="2000" rows="3">{task.description.clone()}</textarea>
                                    {boxes}
                                    <button type="submit">{t("common-save")}</button>
                                </ActionForm>
                            </details>
                            <p class="hint">{description}</p>
                            {tags}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }.into_any())}
        <section class="card" aria-labelledby="new-task">
            <h2 id="new-task">{t("task-new")}</h2>
            <ActionForm action=save>
                <label for="new-name">{t("field-name")}</label>
                <input id="new-name" name="name" required maxlength="120"/>
                <label for="new-description">{t("field-description")}</label>
                <textarea id="new-description" name="description" required maxlength="2000" rows="3"></textarea>
                {checkboxes(&Task::default(), "new".into())}
                <button type="submit" class="primary">{t("task-add")}</button>
            </ActionForm>
        </section>
    }
}
