//! Coordinators' pages: households and invitations, products, producers,
//! categories. Forms work on a laptop and a phone, with or without JavaScript.

use super::widgets::{action_error, id_param, list_and_form, query_param, route_id, Listed, FormError, FreshInvitation, SavedNote, loaded, Wait};
use crate::accounts::api::{household, households, AddMember, CreateHousehold, Reinvite, SetHouseholdTier};
use crate::accounts::api::my_profile;
use crate::catalogue::api::{
    categories, producers, load_product_editor, product_rows, SaveCategory, SaveProducer, SaveProduct,
};
use crate::catalogue::Label;
use crate::domain::{pricing::format_euros, quantity::Unit};
use crate::i18n::{t, tr, Arg};
use leptos::prelude::*;
use leptos_router::components::{Form, A};
use crate::routes;

#[component]
pub fn SubNav() -> impl IntoView {
    view! {
        <nav class="subnav" aria-label=t("nav-coordination")>
            <A href=routes::COORDINATION exact=true>{t("coord-home")}</A>
            <A href=routes::CYCLES>{t("coord-cycles")}</A>
            <A href=routes::PICKUP_POINTS>{t("coord-pickup_points")}</A>
            <A href=routes::TASKS>{t("coord-tasks")}</A>
            <A href=routes::HOUSEHOLDS>{t("coord-households")}</A>
            <A href=routes::PRODUCTS>{t("coord-products")}</A>
            <A href=routes::PRODUCERS>{t("coord-producers")}</A>
            <A href=routes::CATEGORIES>{t("coord-categories")}</A>
            <A href=routes::COSTS>{t("cost-title")}</A>
            <A href=routes::MEMBERSHIPS>{t("membership-register_title")}</A>
            <A href=routes::TREASURY>{t("money-treasury")}</A>
            <A href=routes::FUNDERS>{t("funding-title")}</A>
            <A href=routes::FUNDING_REPORT>{t("funding-report_title")}</A>
        </nav>
    }
}

/// The coordination's home: what needs doing now, each with its link —
/// a cycle to prepare, one taking orders, shifts short of volunteers, a
/// delivery to receive, bags to hand over, payments still owed.
#[component]
pub fn CoordinationHome() -> impl IntoView {
    use crate::cycles::api::coordination_todo;
    let todo = Resource::new(|| (), |_| coordination_todo());
    view! {
        <SubNav/>
        <h1>{t("coord-home_title")}</h1>
        {loaded(todo, Wait::Quiet, move |v| match v {
            list if list.is_empty() => view! { <section class="card"><p>{t("coord-todo_nothing")}</p></section> }.into_any(),
            list => view! {
                <ul class="rows todo">
                    {list.into_iter().map(|d| {
                        let sentence = crate::i18n::tr(d.kind.sentence_key(), &[
                            ("cycle", Arg::from(&d.cycle)),
                            ("n", Arg::Num(d.count)),
                            ("when", Arg::from(&d.when)),
                        ]);
                        view! {
                            <li class=format!("todo-{:?}", d.kind).to_lowercase()>
                                <A href=format!("{}{}", routes::cycle(d.cycle_id), d.kind.page())>{sentence}</A>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any(),
        })}
        <p><A href=routes::CYCLES>{t("coord-all_cycles")}</A></p>
    }
}

fn contact_inputs() -> impl IntoView {
    view! {
        <label for="display_name">{t("field-display_name")}</label>
        <input id="display_name" name="display_name" required maxlength="120" autocomplete="off"/>
        <p class="hint">{t("coord-email_or_phone_hint")}</p>
        <label for="phone">{t("field-phone")}</label>
        <input id="phone" name="phone" type="tel" inputmode="tel" maxlength="30" autocomplete="off"/>
        <label for="email">{t("field-email")}</label>
        <input id="email" name="email" type="email" maxlength="254" autocomplete="off"/>
    }
}

#[component]
pub fn HouseholdsPage() -> impl IntoView {
    let create = ServerAction::<CreateHousehold>::new();
    let search = query_param("q");
    let list = Resource::new(move || search.get(), |s| households(Some(s)));
    // Tiers for the creation form come with the coordinator's own profile call.
    let tiers = Resource::new(|| (), |_| my_profile());
    view! {
        <SubNav/>
        <h1>{t("coord-households")}</h1>
        <section class="card" aria-labelledby="new-household">
            <h2 id="new-household">{t("coord-new_household")}</h2>
            <FormError error=action_error(create)/>
            <ActionForm action=create>
                <label for="household_name">{t("field-household_name")}</label>
                <input id="household_name" name="household_name" required maxlength="120" autocomplete="off"/>
                {contact_inputs()}
                <label for="tier_id">{t("field-tier")}</label>
                <select id="tier_id" name="tier_id">
                    <option value="">{t("coord-tier_later")}</option>
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            tiers.await.map(|p| p.tiers.into_iter().map(|tier| view! {
                                <option value=tier.id.to_string()>{tr("coord-tier_option", &[("tier", Arg::from(tier.name)), ("share", Arg::Num(tier.share_percent))])}</option>
                            }).collect_view()).ok()
                        })}
                    </Suspense>
                </select>
                <button type="submit" class="primary">{t("coord-create_and_invite")}</button>
            </ActionForm>
        </section>
        <Form method="GET" action=routes::HOUSEHOLDS attr:class="search" attr:role="search">
            <label for="q">{t("coord-search_households")}</label>
            <input id="q" type="search" name="q" value=move || search.get() maxlength="100"/>
            <button type="submit">{t("catalogue-search_submit")}</button>
        </Form>
        {loaded(list, Wait::Quiet, move |rows| view! {
            <ul class="rows">
                {rows.into_iter().map(|h| view! {
                    <li>
                        <A href=routes::household(h.id)>{h.name}</A>
                        <span class="hint">" · " {tr("coord-members", &[("count", h.members)])} " · " {h.tier_name}</span>
                    </li>
                }).collect_view()}
            </ul>
        }.into_any())}
    }
}

#[component]
pub fn HouseholdPage() -> impl IntoView {
    let id = id_param();
    let add = ServerAction::<AddMember>::new();
    let set_tier = ServerAction::<SetHouseholdTier>::new();
    let reinvite = ServerAction::<Reinvite>::new();
    let detail = Resource::new(
        move || (id(), set_tier.version().get(), add.version().get()),
        |(id, _, _)| household(id),
    );
    view! {
        <SubNav/>
        <SavedNote/>
        <FreshInvitation/>
        {loaded(detail, Wait::Quiet, move |h| {
            let hid = h.id.to_string();
            let hid_tier = hid.clone();
            view! {
                <h1>{h.name.clone()}</h1>
                <p><A href=routes::desk_order(h.id) attr:class="button primary">{t("order-desk_link")}</A></p>
                <p><A href=routes::household_account(h.id)>{t("ledger-household_link")}</A></p>
                <section class="card">
                    <h2>{t("coord-members_title")}</h2>
                    <FormError error=action_error(reinvite)/>
                    <ul class="rows">
                        {h.members.into_iter().map(|m| {
                            let contact = [m.phone.clone(), m.email.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
                            view! {
                                <li>
                                    <strong>{m.display_name}</strong> " " <span class="hint">{contact}</span>
                                    <span class="status">{if m.active { t("coord-active") } else { t("coord-pending") }}</span>
                                    <ActionForm action=reinvite>
                                        <input type="hidden" name="account_id" value=m.account_id.to_string()/>
                                        <button type="submit">{t("coord-new_link")}</button>
                                    </ActionForm>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
                <section class="card">
                    <h2>{t("field-tier")}</h2>
                    <p class="hint">{t("coord-tier_private")}</p>
                    <FormError error=action_error(set_tier)/>
                    <ActionForm action=set_tier>
                        <input type="hidden" name="household_id" value=hid_tier/>
                        <label for="tier_id" class="visually-hidden">{t("field-tier")}</label>
                        <select id="tier_id" name="tier_id">
                            {h.tiers.into_iter().map(|tier| view! {
                                <option value=tier.id.to_string() selected=h.tier_id == Some(tier.id)>{tr("coord-tier_option", &[("tier", Arg::from(tier.name)), ("share", Arg::Num(tier.share_percent))])}</option>
                            }).collect_view()}
                        </select>
                        <button type="submit" class="primary">{t("common-save")}</button>
                    </ActionForm>
                </section>
                <section class="card">
                    <h2>{t("coord-add_member")}</h2>
                    <FormError error=action_error(add)/>
                    <ActionForm action=add>
                        <input type="hidden" name="household_id" value=hid/>
                        {contact_inputs()}
                        <button type="submit" class="primary">{t("coord-create_and_invite")}</button>
                    </ActionForm>
                </section>
            }.into_any()
        })}
    }
}

#[component]
pub fn ProductsPage() -> impl IntoView {
    let q = query_param("q");
    let page = query_param("page");
    let rows = Resource::new(move || (q.get(), page.get()), |(q, p)| product_rows(q, p.parse().unwrap_or(1)));
    view! {
        <SubNav/>
        <h1>{t("coord-products")}</h1>
        <SavedNote/>
        <p><A href=routes::NEW_PRODUCT attr:class="button primary">{t("coord-new_product")}</A></p>
        <Form method="GET" action=routes::PRODUCTS attr:class="search" attr:role="search">
            <label for="q">{t("catalogue-search")}</label>
            <input id="q" type="search" name="q" value=move || q.get() maxlength="100"/>
            <button type="submit">{t("catalogue-search_submit")}</button>
        </Form>
        {loaded(rows, Wait::Quiet, move |(rows, total)| view! {
            <p class="hint">{tr("catalogue-products_found", &[("count", total)])}</p>
            <ul class="rows">
                {rows.into_iter().map(|p| view! {
                    <li class:inactive=!p.active>
                        <A href=routes::product(p.id)>{p.name}</A>
                        <span class="hint">" · " {p.category} " · " {p.producer} " · "
                            {tr("unit-price_per", &[("price", format_euros(p.price_cents)), ("unit", t(p.unit.label_key()).to_string())])}
                            {(!p.active).then(|| view! { " · " {t("coord-inactive")} })}
                        </span>
                    </li>
                }).collect_view()}
            </ul>
        }.into_any())}
    }
}

#[component]
pub fn ProductEditPage() -> impl IntoView {
    // No id on /coordination/produits/nouveau: a new product.
    let id = route_id();
    let save = ServerAction::<SaveProduct>::new();
    let editor = Resource::new(id, load_product_editor);
    view! {
        <SubNav/>
        {loaded(editor, Wait::Quiet, move |ed| {
            let p = ed.product;
            let title = if p.id.is_some() { t("coord-edit_product") } else { t("coord-new_product") };
            view! {
                <h1>{title}</h1>
                <FormError error=action_error(save)/>
                <ActionForm action=save>
                    {p.id.map(|id| view! { <input type="hidden" name="id" value=id.to_string()/> })}
                    <label for="name">{t("field-name")}</label>
                    <input id="name" name="name" required maxlength="120" value=p.name.clone()/>
                    <label for="description">{t("field-description")}</label>
                    <textarea id="description" name="description" maxlength="2000" rows="3">{p.description.clone()}</textarea>
                    <label for="producer_id">{t("field-producer")}</label>
                    <select id="producer_id" name="producer_id" required>
                        {ed.producers.into_iter().map(|pr| view! {
                            <option value=pr.id.to_string() selected=pr.id == p.producer_id>{pr.name}</option>
                        }).collect_view()}
                    </select>
                    <label for="category_id">{t("field-category")}</label>
                    <select id="category_id" name="category_id" required>
                        {ed.categories.into_iter().map(|c| view! {
                            <option value=c.id.to_string() selected=c.id == p.category_id>{c.name}</option>
                        }).collect_view()}
                    </select>
                    <label for="unit">{t("field-unit")}</label>
                    <select id="unit" name="unit">
                        {Unit::ALL.into_iter().map(|u| view! {
                            <option value=u.code() selected=u.code() == p.unit>{t(u.label_key())}</option>
                        }).collect_view()}
                    </select>
                    <label for="price">{t("field-price")}</label>
                    <input id="price" name="price" inputmode="decimal" required maxlength="12" value=p.price.clone()/>
                    <div class="two">
                        <div>
                            <label for="step">{t("field-step")}</label>
                            <input id="step" name="step" inputmode="decimal" required maxlength="12" value=p.step.clone()/>
                        </div>
                        <div>
                            <label for="min">{t("field-min")}</label>
                            <input id="min" name="min" inputmode="decimal" maxlength="12" value=p.min.clone()/>
                        </div>
                    </div>
                    <div class="two">
                        <div>
                            <label for="cap_household">{t("field-cap_household")}</label>
                            <input id="cap_household" name="cap_household" inputmode="decimal" maxlength="12" value=p.cap_household.clone()/>
                        </div>
                        <div>
                            <label for="cap_cycle">{t("field-cap_cycle")}</label>
                            <input id="cap_cycle" name="cap_cycle" inputmode="decimal" maxlength="12" value=p.cap_cycle.clone()/>
                        </div>
                    </div>
                    <fieldset>
                        <legend>{t("field-labels")}</legend>
                        {Label::ALL.into_iter().map(|l| {
                            let id = format!("label_{}", l.code());
                            view! {
                                <label class="choice" for=id.clone()>
                                    <input type="checkbox" id=id.clone() name=id.clone() value="on" checked=p.labels.contains(&l)/>
                                    {t(l.label_key())}
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <label for="photo_url">{t("field-photo_url")}</label>
                    <input id="photo_url" name="photo_url" maxlength="500" value=p.photo_url.clone()/>
                    <label class="choice" for="active">
                        <input type="checkbox" id="active" name="active" value="on" checked=p.active/>
                        {t("field-active")}
                    </label>
                    <button type="submit" class="primary">{t("common-save")}</button>
                </ActionForm>
            }.into_any()
        })}
    }
}

impl Listed for crate::catalogue::Producer {
    fn id(&self) -> i64 {
        self.id
    }
    fn name(&self) -> String {
        self.name.clone()
    }
    fn detail(&self) -> Option<String> {
        let place = tr("catalogue-place_distance", &[("place", Arg::from(&self.place)), ("km", Arg::Num(self.distance_km))]);
        Some(format!(" · {place} · {}", self.contact))
    }
}

impl Listed for crate::catalogue::Category {
    fn id(&self) -> i64 {
        self.id
    }
    fn name(&self) -> String {
        self.name.clone()
    }
}

#[component]
pub fn ProducersPage() -> impl IntoView {
    let save = ServerAction::<SaveProducer>::new();
    let list = Resource::new(move || save.version().get(), |_| producers());
    view! {
        <SubNav/>
        <h1>{t("coord-producers")}</h1>
        <SavedNote/>
        {list_and_form(list, routes::PRODUCERS, ("coord-new_producer", "coord-edit_producer"), action_error(save), move |editing: Option<crate::catalogue::Producer>| {
            let current = editing.clone().unwrap_or_default();
            view! {
                <ActionForm action=save>
                    {editing.map(|p| view! { <input type="hidden" name="id" value=p.id.to_string()/> })}
                    <label for="name">{t("field-name")}</label>
                    <input id="name" name="name" required maxlength="120" value=current.name/>
                    <label for="place">{t("field-place")}</label>
                    <input id="place" name="place" required maxlength="120" value=current.place/>
                    <label for="distance_km">{t("field-distance_km")}</label>
                    <input id="distance_km" name="distance_km" inputmode="numeric" required maxlength="6" value=current.distance_km.to_string()/>
                    <label for="story">{t("field-story")}</label>
                    <textarea id="story" name="story" maxlength="2000" rows="3">{current.story}</textarea>
                    <label for="contact">{t("field-contact")}</label>
                    <input id="contact" name="contact" maxlength="500" value=current.contact/>
                    <button type="submit" class="primary">{t("common-save")}</button>
                </ActionForm>
            }
            .into_any()
        })}
    }
}

#[component]
pub fn CategoriesPage() -> impl IntoView {
    let save = ServerAction::<SaveCategory>::new();
    let list = Resource::new(move || save.version().get(), |_| categories());
    view! {
        <SubNav/>
        <h1>{t("coord-categories")}</h1>
        <SavedNote/>
        {list_and_form(list, routes::CATEGORIES, ("coord-new_category", "coord-edit_category"), action_error(save), move |editing: Option<crate::catalogue::Category>| {
            view! {
                <ActionForm action=save>
                    {editing.clone().map(|c| view! { <input type="hidden" name="id" value=c.id.to_string()/> })}
                    <label for="name">{t("field-name")}</label>
                    <input id="name" name="name" required maxlength="60" value=editing.as_ref().map(|c| c.name.clone()).unwrap_or_default()/>
                    <label for="position">{t("field-position")}</label>
                    <input id="position" name="position" inputmode="numeric" maxlength="5" value=editing.as_ref().map(|c| c.position.to_string()).unwrap_or_default()/>
                    <button type="submit" class="primary">{t("common-save")}</button>
                </ActionForm>
            }
            .into_any()
        })}
    }
}
